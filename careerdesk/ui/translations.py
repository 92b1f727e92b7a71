"""Loading translations: CareerDesk's own (resources/translations/careerdesk_<locale>.qm)
and Qt's (dialog buttons and the like). Every visible string goes through tr(); make a
catalogue with `pyside6-lupdate careerdesk -ts resources/translations/careerdesk_de.ts`,
translate it in Qt Linguist, and compile it with `pyside6-lrelease`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from careerdesk.paths import resources_dir


def install_translations(locale: QLocale | None = None, folder: Path | None = None) -> list[str]:
    """Install what exists for `locale` (default: the system's); returns what was loaded."""
    app = QCoreApplication.instance()
    locale = locale or QLocale.system()
    folder = folder or resources_dir() / "translations"
    loaded = []
    for name, path in (("careerdesk", str(folder)),
                       ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", path):
            app.installTranslator(translator)
            loaded.append(name)
    return loaded
