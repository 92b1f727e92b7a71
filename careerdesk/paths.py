"""Where things live: the user's data folder and the bundled catalogue and resources.

No Qt here, so headless commands start fast; the locations match what
QStandardPaths.AppDataLocation gives for the app on each platform.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

HOME_ENV = "CAREERDESK_HOME"
# Another catalogue source folder (same layout as data/); used by tests and catalogue authors.
DATA_ENV = "CAREERDESK_DATA"
# Another folder for files the app can always make again (tests point it at a temp folder).
CACHE_ENV = "CAREERDESK_CACHE"
APP_DIR_NAME = "CareerDesk"


def default_home() -> Path:
    """The per-user data folder: CAREERDESK_HOME if set, else the platform's app-data folder."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR_NAME


def cache_dir() -> Path:
    """The per-user cache folder: CAREERDESK_CACHE if set, else the platform's cache folder.
    Nothing in it is the user's: deleting it costs the next start a few milliseconds."""
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_DIR_NAME / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_DIR_NAME
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / APP_DIR_NAME


def _bundle_root() -> Path:
    """The folder holding `data/` and `resources/`: the PyInstaller bundle, the installed
    package (data is copied into it), or the source checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = Path(__file__).resolve().parent
    if (package / "data").is_dir():
        return package
    return package.parent


def bundled_data_dir() -> Path:
    override = os.environ.get(DATA_ENV)
    return Path(override) if override else _bundle_root() / "data"


def resources_dir() -> Path:
    return _bundle_root() / "resources"
