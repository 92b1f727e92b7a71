"""The window's language: CareerDesk's own messages (resources/translations/careerdesk_<lang>.qm),
Qt's (dialog buttons and the like), and numbers, money and dates as that language writes them.

Every visible string goes through tr() / translate(); `python scripts/translations.py` runs
`pyside6-lupdate` over the package into resources/translations/careerdesk_de.ts (edit it in
Qt Linguist or by hand) and compiles it with `pyside6-lrelease`. Role content (titles, skills,
FAQ) stays in the language it was written in."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTranslator

from careerdesk.domain import i18n
from careerdesk.paths import resources_dir

# What View > Language offers: the setting's value and the language's own name for itself.
LANGUAGES = {"en": "English", "de": "Deutsch"}
SYSTEM = "system"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def resolve(choice: str, system: QLocale | None = None) -> QLocale:
    """The locale a language setting means: one we ship, else the system's if we ship it, else English."""
    if choice in LANGUAGES:
        return QLocale(choice)
    system = system or QLocale.system()
    code = system.name().split("_")[0]
    return system if code in LANGUAGES else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_translations(locale: QLocale | None = None, folder: Path | None = None) -> list[str]:
    """Install what exists for `locale` (default: the system's); returns what was loaded."""
    app = QCoreApplication.instance()
    locale = locale or QLocale.system()
    folder = folder or translations_dir()
    loaded = []
    for name, path in (("careerdesk", str(folder)),
                       ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", path):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
        else:  # (not installed, so not in _installed: nothing else would ever delete it)
            translator.deleteLater()
    return loaded


# The translators install_translations put in. (Not found as the application's QTranslator
# children: that makes every child's Python class, QStyle's enums among them, on every start.)
_installed: list[QTranslator] = []


def remove_translations() -> None:
    app = QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
    i18n.reset()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def apply_language(choice: str, folder: Path | None = None) -> QLocale:
    """Switch the whole app (Qt widgets, our messages, the layers below through
    `careerdesk.domain.i18n`) to the language `choice` names; returns the locale used."""
    remove_translations()
    locale = resolve(choice)
    QLocale.setDefault(locale)
    if locale.language() == QLocale.Language.English:
        return locale  # English is the source language: ISO dates and 1,234 as before
    install_translations(locale, folder)
    i18n.install(
        translate=lambda context, text, disambiguation, n: QCoreApplication.translate(
            context, text, disambiguation, n),
        number=lambda value, decimals: locale.toString(float(value), "f", decimals),
        money=lambda amount, currency: _money(locale, amount, currency),
        day=lambda value: locale.toString(_qdate(value), _four_digit_year(locale)),
        month=lambda value, with_year: locale.toString(_qdate(value), "MMM yyyy" if with_year else "MMM"),
    )
    return locale


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _four_digit_year(locale: QLocale) -> str:
    """The locale's short date with the year in full ("dd.MM.yyyy"): two-digit years read as ages."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def _money(locale: QLocale, amount: int, currency: str) -> str:
    return locale.toCurrencyString(float(amount), i18n.currency_symbol(currency) or currency, 0)
