"""Every dialog opens within the screen, whatever its size: a laptop at 1366 x 768 with 125 %
scaling has 1093 x 614 pixels to lay out, and the offscreen platform's screen is 800 x 800."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from tests.ui.screens import dialogs


def test_every_dialog_fits_on_a_small_screen(window, qtbot):
    # The job ad dialog opened 1100 x 700, the role editor 900 x 680 and the CV scan 900 px wide:
    # on a small screen their buttons (Check, Make this my target, Save, Close) were off it
    free = QGuiApplication.primaryScreen().availableGeometry()
    assert free.width() < 900  # smaller than the sizes the dialogs asked for
    too_big = []
    for name, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if dialog.width() > free.width() or dialog.height() > free.height():
            too_big.append((name, dialog.width(), dialog.height()))
        dialog.close()
    assert too_big == []
