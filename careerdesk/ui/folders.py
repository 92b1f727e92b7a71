"""Where file dialogs open: the user's Documents folder the first time, then the folder they
last used (remembered across launches), never the program's own folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from careerdesk.ui import settings as keys


def documents() -> Path:
    """The platform's Documents folder, or home when there is none on disk."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def start_folder(settings: QSettings) -> Path:
    last = keys.read_str(settings, keys.LAST_FOLDER)
    return Path(last) if last and Path(last).is_dir() else documents()


def remember(settings: QSettings, chosen: str | Path) -> None:
    """Remember the folder of a chosen file (or the chosen folder itself)."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    settings.setValue(keys.LAST_FOLDER, str(folder))
