"""Starting the GUI: the application object, the data, and the ready main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from careerdesk import APP_NAME, __version__
from careerdesk.domain.errors import CareerDeskError
from careerdesk.logs import setup_logging
from careerdesk.paths import bundled_data_dir, resources_dir
from careerdesk.service import Desk
from careerdesk.ui.background import run_with_progress
from careerdesk.ui.errors import install_excepthook, show_error
from careerdesk.ui.language import live_window
from careerdesk.ui.main_window import MainWindow
from careerdesk.ui.settings import LANGUAGE, open_settings, read_str
from careerdesk.ui.single_instance import InstanceServer, ask_running_instance, bring_forward
from careerdesk.ui.style import apply_style
from careerdesk.ui.translations import SYSTEM, apply_language

log = logging.getLogger(__name__)


def build_window(home: Path) -> QMainWindow:
    """The ready main window over the data folder `home` (a QApplication must exist)."""
    desk = Desk.open(Path(home), bundled_data_dir(), check_sources_later=True)  # (outside_changes.py finishes)
    window = MainWindow(desk, open_settings(Path(home)))
    window.own_desk()
    return window


def build_window_with_progress(app: QApplication, home: Path) -> QMainWindow:
    """Open the store off the main thread, so a first launch that builds a large catalogue
    shows progress instead of a frozen, blank screen; then build the window as usual."""
    desk = run_with_progress(app.translate("app", "Preparing the role catalogue…"),
                             lambda: Desk.open(Path(home), bundled_data_dir(), check_sources_later=True),
                             show_after=0.4)  # a normal start never sees the dialog
    window = MainWindow(desk, open_settings(Path(home)))
    window.own_desk()
    return window


def run_gui(home: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("careerdesk")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "careerdesk.svg")))
    apply_style(app)
    setup_logging(home)
    if ask_running_instance(home):
        log.info("CareerDesk is already open on %s: brought it forward", home)
        return 0
    instance = InstanceServer(home, app)
    instance.listen()
    apply_language(read_str(open_settings(home), LANGUAGE, SYSTEM))
    install_excepthook()
    try:
        window = build_window_with_progress(app, home)
    except CareerDeskError as exc:
        log.error("cannot start: %s", exc)
        show_error(None, app.translate("app", "CareerDesk cannot start"), str(exc))
        return 2
    # View > Language replaces the window: a second launch raises whichever one is in use.
    instance.raiseRequested.connect(lambda: bring_forward(live_window(app.topLevelWidgets())))
    window.show()
    recovery = window.desk.recovery
    if recovery is not None:
        QTimer.singleShot(0, lambda: QMessageBox.warning(
            window, app.translate("app", "Your data was recovered"), recovery.message()))
    return app.exec()
