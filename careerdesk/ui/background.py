"""Slow work on a worker thread that reports by signal, behind a window-modal progress
dialog, so the window never freezes and its menus cannot be used while the work runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget

from careerdesk.ui.style import give_style_sheet

if TYPE_CHECKING:
    from PySide6.QtCore import QEventLoop, QThread

T = TypeVar("T")

_running: set[QThread] = set()  # threads of cancelled work, kept alive until they end
_under_way = 0  # run_with_progress calls whose work has not returned yet


def busy() -> bool:
    """True while work runs on a worker thread, cancelled work included: it may be replacing
    the very catalogue file the window reads (an O*NET import reopens it), so the window's
    own deferred reads (My plan's first build, the outside-change poll) wait until it is done."""
    return _under_way > 0 or bool(_running)


class Cancelled(Exception):
    """The person cancelled the work; nothing it would have changed was changed."""


class _Worker(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], object]):
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller, raised there
            self.failed.emit(exc)
        else:
            self.done.emit(result)


class _Outcome(QObject):
    """Lives on the main thread, so the worker's signals arrive here queued."""

    def __init__(self, loop: QEventLoop):
        super().__init__()
        self.loop = loop
        self.result: object = None
        self.error: BaseException | None = None
        self.cancelled = False

    @Slot(object)
    def on_done(self, result: object) -> None:
        self.result = result
        self.loop.quit()

    @Slot(object)
    def on_failed(self, error: BaseException) -> None:
        self.error = error
        self.loop.quit()

    @Slot()
    def on_cancel(self) -> None:
        self.cancelled = True
        self.loop.quit()


def run_with_progress(label: str, work: Callable[[], T], parent: QWidget | None = None,
                      show_after: float = 0.0, cancellable: bool = False) -> T:
    """Run `work` on a worker thread (it must not touch widgets); the dialog appears once it
    has taken `show_after` seconds. Returns its result or raises its exception; raises
    Cancelled when the person pressed Cancel (offer that only for work that changes nothing
    until it returns, such as reading and checking a file)."""
    # (imported here: the window's start touches this module for `busy` only, and each Qt
    # class PySide builds costs its Python enums)
    from PySide6.QtCore import QEventLoop, QThread

    loop = QEventLoop()
    outcome = _Outcome(loop)
    worker = _Worker(work)
    thread = QThread()
    worker.moveToThread(thread)
    worker.done.connect(outcome.on_done)
    worker.failed.connect(outcome.on_failed)
    thread.started.connect(worker.run)

    dialogs: list = []  # made only once the work has taken `show_after` (most starts never need it)

    def reveal_dialog() -> None:
        from PySide6.QtWidgets import QProgressDialog

        cancel = QApplication.translate("background", "Cancel") if cancellable else ""
        dialog = QProgressDialog(label, cancel, 0, 0, parent)
        give_style_sheet(dialog)  # (its bar is the sheet's)
        dialog.setWindowTitle("CareerDesk")
        from PySide6.QtCore import Qt  # (never on a quick start: ui/qt_int.py)

        dialog.setWindowModality(Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoReset(False)
        dialog.setAutoClose(False)
        if not cancellable:
            dialog.setCancelButton(None)
        else:  # (closing the dialog emits `canceled` too: for work that cannot stop, it only hides it)
            dialog.canceled.connect(outcome.on_cancel)
        dialogs.append(dialog)
        dialog.show()

    reveal = QTimer()
    reveal.setSingleShot(True)
    reveal.timeout.connect(reveal_dialog)
    reveal.start(int(show_after * 1000))

    global _under_way
    _under_way += 1
    thread.start()
    try:
        loop.exec()
    finally:
        _under_way -= 1
    reveal.stop()
    for dialog in dialogs:
        if cancellable:
            dialog.canceled.disconnect(outcome.on_cancel)
        dialog.close()
        dialog.deleteLater()
    if outcome.cancelled:
        # The work cannot be stopped mid-way; let it finish unseen, and drop its result.
        _running.add(thread)
        worker.done.connect(thread.quit)
        worker.failed.connect(thread.quit)
        thread.finished.connect(lambda: _running.discard(thread))
        thread.setProperty("worker", worker)  # keeps the worker alive with the thread
        raise Cancelled()
    thread.quit()
    thread.wait()
    if outcome.error is not None:
        raise outcome.error
    return outcome.result  # type: ignore[return-value]
