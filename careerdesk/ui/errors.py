"""Errors shown to people: one dialog style, and a last-resort hook instead of a silent exit."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from careerdesk.domain.errors import CareerDeskError

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    """A modal message a person can act on; technical detail stays behind 'Show Details'."""
    from PySide6.QtCore import Qt  # (not before the first paint either: ui/qt_int.py)
    from PySide6.QtWidgets import QMessageBox  # (not before the first paint: its Python enums cost time)

    from careerdesk.ui.style import give_app_icon

    app = QApplication.instance()
    if app is not None:
        give_app_icon(app)  # (an error during the first paint: before start-up gives it)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(message)
    if details:
        box.setDetailedText(details)
    box.setAccessibleName(title)
    box.exec()


def install_excepthook() -> None:
    """Log unexpected exceptions and tell the user, rather than letting Qt abort."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, value, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        details = "".join(traceback.format_exception(kind, value, tb))
        if isinstance(value, CareerDeskError):  # ours: its message says what happened and what to do
            show_error(QApplication.activeWindow(), QApplication.translate("errors", "CareerDesk could not do that"),
                       str(value), details)
            return
        show_error(
            QApplication.activeWindow(),
            QApplication.translate("errors", "Something went wrong"),
            QApplication.translate(
                "errors",
                "CareerDesk hit an unexpected problem. Your ticks are saved as you make them, "
                "so nothing you changed before this is lost. If it keeps happening, restart "
                "the app.",
            ),
            details,
        )

    sys.excepthook = hook



