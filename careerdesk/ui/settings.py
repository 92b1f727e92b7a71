"""Every piece of remembered UI state, its key and its default, in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
SPLITTER = "window/splitter"
LAST_ROLE = "session/last_role"
LAST_TAB = "session/last_tab"
LAST_MODE = "session/last_mode"  # 0: roles, 1: my plan
THEME = "appearance/theme"  # system | light | dark
SYSTEM_SCHEME = "appearance/system_scheme"  # light | dark: the system's, when last asked (ui/theme.py)
LANGUAGE = "appearance/language"  # system | en | de
LAST_FOLDER = "files/last_folder"  # where the last file dialog was answered
WELCOMED = "session/welcomed"  # the first-run welcome was dismissed
DEFAULT_ROLE = "backend-engineer"


def open_settings(home: Path) -> QSettings:
    """Settings live in the data folder, so CAREERDESK_HOME (and tests) isolate them too."""
    return QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def read_str(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def read_bool(settings: QSettings, key: str, default: bool = False) -> bool:
    value = settings.value(key, default)
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1")


def read_int(settings: QSettings, key: str, default: int = 0) -> int:
    try:
        return int(settings.value(key, default))
    except (TypeError, ValueError):
        return default
