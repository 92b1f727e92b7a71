"""How the views write and edit calendar dates: ISO (2026-12-02) in English, as CareerDesk
always has, and the reader's own short date with the year in full (02.12.2026) otherwise."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def date_format(locale: QLocale | None = None) -> str:
    """A QDateEdit display format for `locale` (default: the one apply_language set)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.English:
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")  # two-digit years read as ages
