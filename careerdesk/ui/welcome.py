"""The first-run welcome: what ticking and the plan are for, in three sentences."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from careerdesk.ui import settings as keys
from careerdesk.ui.literal import plain_label


class WelcomeBanner(QFrame):
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAccessibleName(self.tr("Welcome"))
        # (its height for a width measured once: a start's layouts asked it 27 times, ui/wrapped.py)
        text = plain_label(self.tr(
            "Welcome to CareerDesk. Tick the skills you already have on any role's Skills tab: each tick is "
            "saved at once and counts for every role that lists the skill. Then open My plan (Ctrl+2), choose "
            "the role you want next, and see what to learn first; everything stays on this computer."), wrap=True)
        close = QPushButton(self.tr("Got it"))
        close.setObjectName("welcomeDismiss")
        close.setAccessibleName(self.tr("Dismiss the welcome"))
        close.clicked.connect(self._dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(text, 1)
        button_column = QVBoxLayout()  # (the button at the top, as Qt.AlignTop would put it)
        button_column.addWidget(close)
        button_column.addStretch(1)
        layout.addLayout(button_column)

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()


def welcome_banner(settings: QSettings) -> WelcomeBanner:
    """The banner, shown until it is dismissed, which `settings` remember."""
    banner = WelcomeBanner()
    banner.dismissed.connect(lambda: settings.setValue(keys.WELCOMED, True))
    banner.setVisible(not keys.read_bool(settings, keys.WELCOMED))
    return banner
