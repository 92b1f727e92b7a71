"""My plan as a page of the main window, built the first time it is needed: it is the
window's heaviest page (four tabs, charts, best fit over every role) and most starts show a
role, so the window paints first and builds this only when someone opens the plan."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.listing import Backoff
from careerdesk.ui import plan_output

if TYPE_CHECKING:
    from careerdesk.ui.main_window import MainWindow
    from careerdesk.ui.views.plan import PlanView

log = logging.getLogger(__name__)


def warm_up_models() -> None:
    """Import what edits and imports validate with (pydantic and the validated models: ~100 ms
    and ~12 MiB) on a worker thread, once, when a menu that leads to one opens: the window,
    My plan, the gap, best fit and the exports read without them (domain/reading.py,
    domain/plan.py), so a session that only reads and ticks never pays for them. Python's
    imports are thread-safe (a dialog opened before this finishes waits for the modules it
    needs instead of importing them twice) once PySide's `__feature__` import hook is out of
    the way: it was not (careerdesk/ui/__init__.py)."""
    import sys
    import threading

    global _warming
    if _warming or "careerdesk.domain.skills" in sys.modules:
        return
    _warming = True
    threading.Thread(target=_import_models, name="warm-up", daemon=True).start()


_warming = False


def _import_models() -> None:
    import careerdesk.domain.profile  # noqa: F401
    import careerdesk.domain.skills  # noqa: F401

    forget_sources()


def forget_sources() -> None:
    """Empty linecache: PySide6's import hook used to read the source of every module imported
    after it and linecache kept every line (~8 MiB with pydantic's); the hook is taken out now
    (careerdesk/ui/__init__.py), but a warning or a logged traceback still fills it. Nothing
    needs the lines (a traceback reads them again)."""
    import linecache

    linecache.clearcache()


def load_when_idle(window: MainWindow) -> None:
    """My plan's first build, once no slow work is under way: an O*NET import started just
    after the window opened reopens the catalogue on its thread while this would read it.
    Made unasked, it never waits on a lock another program holds (a CLI, a second window
    writing): while the lock lasts it says nothing and tries again later (PlanRetry)."""
    from careerdesk.ui.background import busy

    if busy():
        QTimer.singleShot(200, window, lambda: load_when_idle(window))
        return
    try:
        with window.desk.not_waiting():
            window.plan_view.load(strict=True)
    except CareerDeskError as exc:
        if not exc.passing:  # damage, a vanished file: said as always (the app's hook), once
            stop_retrying(window)
            window.roles.give_up_retrying()  # (rows a lock left blank would find it too: not said twice)
            if not window.roles.to_say(exc):  # (the list's rows found it first, and said it)
                log.info("My plan's first build found what the role list said: %s", exc)
                return
            raise  # (remembered as said: nor do the list's rows say it again)
        log.info("My plan waits for data another program holds: %s", exc)
        if window.plan_retry is None:
            window.plan_retry = PlanRetry(window)
            window.roles.damage_found.connect(window.plan_retry.stop)  # (said by the role list's retry)
        window.plan_retry.later()
        return
    stop_retrying(window)


def load_plan(window: MainWindow) -> None:
    """My plan loaded because the person asked for it (My plan, Make this my target). While its
    first build waits for a lock to end, one try without waiting: data still in use is said
    once, in the words the rest of the app uses (raised to the app's hook), and the quiet
    retries go on. A plan that cannot be read leaves the Roles page, and its button, as they were."""
    waiting = window.plan_retry is not None and window.plan_retry.waiting
    try:
        if waiting:
            with window.desk.not_waiting():
                window.plan_view.load(strict=True)
        else:
            window.plan_view.load(strict=True)
    except CareerDeskError as exc:
        if not exc.passing:  # (said now: no quiet retry says it again)
            stop_retrying(window)
            window.roles.give_up_retrying()
        window.actions_["plan" if window.pages.currentIndex() == 1 else "roles"].setChecked(True)
        raise
    stop_retrying(window)


def stop_retrying(window: MainWindow) -> None:
    if window.plan_retry is not None:
        window.plan_retry.stop()


class PlanRetry(QObject):
    """My plan's first build tried again while another program holds the data locked, on a
    timer that waits longer each time (domain/listing.py's Backoff, as the role list's rows
    are read again): each try fails at once while the lock lasts and says nothing."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.backoff = Backoff()
        self.waiting = False  # a lock left the plan unbuilt or unread
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: load_when_idle(window))

    def later(self) -> None:
        self.waiting = True
        self.timer.start(self.backoff.next_ms())

    def stop(self) -> None:
        self.waiting = False
        self.timer.stop()
        self.backoff.reset()


def build_plan_view(window: MainWindow) -> PlanView:
    """The plan view, wired to the window and put in the place kept for it in its pages."""
    from careerdesk.ui.views.plan import PlanView

    view = PlanView(window.desk, window.editor)
    view.roleRequested.connect(window.open_from_plan)
    view.exportRequested.connect(lambda: plan_output.export_plan(window, window.desk))
    view.printRequested.connect(lambda: plan_output.print_plan(window, window.desk))
    view.previewRequested.connect(lambda: plan_output.preview_plan(window, window.desk))
    view.milestonesExportRequested.connect(lambda: plan_output.export_milestones(window, window.desk))
    view.refreshed.connect(lambda: plan_output.update_output_actions(window))
    placeholder = window.pages.widget(1)
    window.pages.insertWidget(1, view)
    window.pages.removeWidget(placeholder)
    placeholder.deleteLater()
    window.plan_view_if_built = view
    plan_output.update_output_actions(window)
    window.desk.prepare_best_fit()  # on a worker thread: the first Best fit then does not wait
    forget_sources()  # (what the page's imports brought in)
    settle_start_up_objects()
    return view


def settle_start_up_objects() -> None:
    """What the start made (modules, classes, the window's widgets: several hundred thousand
    objects) lives as long as the window; every full garbage collection walked them all, a
    20-120 ms pause at a random moment (a role switch, a tick). Frozen, collections skip them
    (a full one: 19 -> 0.9 ms, bundled catalogue). Once per process: a window built again
    (View > Language) would otherwise freeze the garbage of the one it replaced for good."""
    import gc

    if not gc.get_freeze_count():
        gc.freeze()


def use_role_in_plan(window: MainWindow, which: str) -> None:
    """Make the window's open role the plan's current or target role, then show the plan."""
    if window.current_role is None:
        return
    load_plan(window)
    window.plan_view.set_role(which, window.current_role.id)
    window.show_mode(1)
    if which == "target":
        text = QCoreApplication.translate("PlanPage", "{title} is now your target role")
    else:
        text = QCoreApplication.translate("PlanPage", "{title} is now your current role")
    window.statusBar().showMessage(text.format(title=window.current_role.title), 4000)
