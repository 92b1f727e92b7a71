"""Work a start puts off until just after the window's first paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs `then` once, just after `window` first painted: for start-up work the first
    screen does not need (importing QtNetwork for the single-instance server costs ~10 ms)."""

    def __init__(self, window: QWidget, then: Callable[[], object]):
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def later(msec: int, context: QObject, slot: Callable[[], object]) -> None:
    """`QTimer.singleShot(msec, context, slot)`: `slot` runs once, after `msec`, unless `context`
    is gone by then. Made as a timer `context` owns: that overload of singleShot makes
    QMetaMethod's Python enums, two types a start has no other use for."""
    timer = QTimer(context)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    timer.timeout.connect(timer.deleteLater)
    timer.start(msec)
