"""Starting the GUI: the application object, the data, and the ready main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from careerdesk import APP_NAME, __version__
from careerdesk.domain.errors import CareerDeskError
from careerdesk.logs import setup_logging
from careerdesk.paths import bundled_data_dir
from careerdesk.service import Desk, NotQuick
from careerdesk.ui.errors import install_excepthook, show_error
from careerdesk.ui.first_paint import AfterFirstPaint, later
from careerdesk.ui.language import live_window
from careerdesk.ui.main_window import MainWindow
from careerdesk.ui.settings import LANGUAGE, open_settings, read_str
from careerdesk.ui.single_instance import InstanceServer, ask_running_instance, bring_forward
from careerdesk.ui.style import app_icon_path, apply_style, give_app_icon, new_application
from careerdesk.ui.translations import SYSTEM, apply_language

log = logging.getLogger(__name__)

SERVE_IF_OPENING_TAKES_MS = 200
SERVE_AT_THE_LATEST_MS = 1000


def build_window(home: Path) -> QMainWindow:
    """The ready main window over the data folder `home` (a QApplication must exist)."""
    desk = Desk.open(Path(home), bundled_data_dir(), check_sources_later=True)  # (outside_changes.py finishes)
    window = MainWindow(desk, open_settings(Path(home)))
    window.own_desk()
    return window


def _nothing() -> None:
    pass


def build_window_with_progress(app: QApplication, home: Path, resume: Callable[[], object] = _nothing) -> QMainWindow:
    """Open the store off the main thread, so a first launch that builds a large catalogue
    shows progress instead of a frozen, blank screen; then build the window as usual. A
    catalogue current at a quick look opens in milliseconds: then on this thread, without the
    worker thread and its event loop (Qt classes whose enums alone cost more). `resume` is
    called before a long open: what start-up paused (the garbage collector) runs again.

    The quick open is simply tried: it stops, having changed nothing, at anything that can take
    long (a first launch, a build, damage, an upgrade, a CLI holding the folder). A separate look
    first (`Desk.opens_quickly`, until round 15) opened both files and read their schemas twice
    more at every start, and could be overtaken anyway."""
    data = bundled_data_dir()
    desk = None
    try:
        desk = Desk.open(Path(home), data, check_sources_later=True, quick_only=True)
    except NotQuick as exc:
        log.info("opening %s takes longer (%s): behind the progress dialog", home, exc)
    if desk is None:
        resume()  # a build of thousands of roles makes (and frees) objects for seconds
        from careerdesk.ui.background import run_with_progress

        desk = run_with_progress(app.translate("app", "Preparing the role catalogue…"),
                                 lambda: Desk.open(Path(home), data, check_sources_later=True),
                                 show_after=0.4)  # a normal start never sees the dialog
    window = MainWindow(desk, open_settings(Path(home)))
    window.own_desk()
    return window


def start_gui(home: Path, resume: Callable[[], object] = _nothing) -> QMainWindow | int:
    """Everything a start does up to the shown window: the application's name, icon, style and
    language, the log, the one-window-per-folder check and the window itself. Returns the shown
    window, or the exit code when none opens (another window came forward, or the data cannot
    be opened). `resume` (app.run_gui: the garbage collector, paused for start-up) is called just
    after the first paint, before a long catalogue build, or after a second at the latest."""
    app = QApplication.instance()
    styled = app is None
    if app is None:  # (its window icon named on its command line: given to the application after the paint)
        app = new_application(sys.argv[0] if sys.argv else APP_NAME, app_icon_path())
    else:
        give_app_icon(app)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("careerdesk")
    apply_style(app, styled)
    setup_logging(home)
    if ask_running_instance(home):
        log.info("CareerDesk is already open on %s: brought it forward", home)
        return 0
    apply_language(read_str(open_settings(home), LANGUAGE, SYSTEM))
    install_excepthook()

    def resume_all() -> None:  # what start-up put off, before any dialog opens: the icon dialogs take too
        give_app_icon(app)
        resume()

    launches = LaterLaunches(app, home)
    # Served once the window has painted; sooner if opening the data takes long (a first launch
    # building a large catalogue), so a second launch meanwhile never opens a second window.
    slow_open = QTimer()
    slow_open.setSingleShot(True)
    slow_open.timeout.connect(launches.serve)
    slow_open.start(SERVE_IF_OPENING_TAKES_MS)

    try:
        window = build_window_with_progress(app, home, resume_all)
    except CareerDeskError as exc:
        log.error("cannot start: %s", exc)
        resume_all()
        show_error(None, app.translate("app", "CareerDesk cannot start"), str(exc))
        return 2
    finally:
        slow_open.stop()
    window.show()

    def after_first_paint() -> None:
        resume_all()
        launches.serve()

    AfterFirstPaint(window, after_first_paint)
    later(SERVE_AT_THE_LATEST_MS, launches, after_first_paint)  # (a minimised window never paints)
    recovery = window.desk.recovery
    if recovery is not None:
        from PySide6.QtWidgets import QMessageBox

        def warn() -> None:
            give_app_icon(app)
            QMessageBox.warning(window, app.translate("app", "Your data was recovered"), recovery.message())

        QTimer.singleShot(0, warn)
    return window


class LaterLaunches(QObject):
    """Listens for a second launch over `home` once `serve` is called (after the check for a
    running window, which stays first): importing QtNetwork for the server costs ~10 ms, which
    the first paint does not wait for."""

    def __init__(self, app: QApplication, home: Path):
        super().__init__(app)
        self.app, self.home = app, home
        self.server: InstanceServer | None = None

    def serve(self) -> None:
        if self.server is not None:
            return
        self.server = InstanceServer(self.home, self.app)
        self.server.listen()
        # View > Language replaces the window: a second launch raises whichever one is in use.
        self.server.raiseRequested.connect(lambda: bring_forward(live_window(self.app.topLevelWidgets())))


def run_gui(home: Path, resume: Callable[[], object] = _nothing) -> int:
    started = start_gui(home, resume)
    if isinstance(started, int):
        return started
    return QApplication.instance().exec()
