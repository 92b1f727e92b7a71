"""Work a start puts off until just after the window's first paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs `then` once, just after `window` first painted: for start-up work the first
    screen does not need (importing QtNetwork for the single-instance server costs ~10 ms).

    `keys` (the window's shortcuts) runs just before `then`, or sooner: at the first key the
    window sees before that. Qt asks the focus widget, and each parent up to the window, whether
    it takes a key itself (a ShortcutOverride event) before it looks the key up among the
    shortcuts, so a shortcut set then is found for that very key. (On Windows input comes before
    the paint message: a key pressed as the window appears can come before its first paint.)"""

    def __init__(self, window: QWidget, then: Callable[[], object], keys: Callable[[], object] | None = None):
        super().__init__(window)
        self._window, self._then, self._keys = window, then, keys
        self._painted = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            self._give_keys()
        elif kind == QEvent.Type.Paint and not self._painted:
            self._painted = True
            if self._keys is None:
                watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _give_keys(self) -> None:
        keys, self._keys = self._keys, None
        if keys is not None:
            keys()
        if self._painted:
            self._window.removeEventFilter(self)

    def _run(self) -> None:
        self._give_keys()
        self._then()


def later(msec: int, context: QObject, slot: Callable[[], object]) -> None:
    """`QTimer.singleShot(msec, context, slot)`: `slot` runs once, after `msec`, unless `context`
    is gone by then. Made as a timer `context` owns: that overload of singleShot makes
    QMetaMethod's Python enums, two types a start has no other use for."""
    timer = QTimer(context)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    timer.timeout.connect(timer.deleteLater)
    timer.start(msec)
