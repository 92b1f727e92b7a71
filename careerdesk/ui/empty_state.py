"""What an empty tab says: why it is empty, and one line on what it is for ("What is this?"),
so a first look at an empty screen teaches rather than puzzles."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

WHAT_IS_THIS = {
    "overview": QT_TRANSLATE_NOOP("empty_state", "A summary of a role: what it is, other names for it, the "
                                  "market outlook, pay and seniority levels."),
    "responsibilities": QT_TRANSLATE_NOOP("empty_state", "What people in a role do, week in, week out."),
    "skills": QT_TRANSLATE_NOOP("empty_state", "A role's skills as a checklist: tick what you can already do. "
                                "A tick counts for every role that needs the same skill."),
    "faq": QT_TRANSLATE_NOOP("empty_state", "Questions people ask about a role, with answers."),
    "career_path": QT_TRANSLATE_NOOP("empty_state", "Where a role usually leads next, and which roles lead to it."),
    "gap": QT_TRANSLATE_NOOP("empty_state", "The skills your target role needs, split into what you still need "
                             "(most important first), what you are learning and what you have."),
    "fit": QT_TRANSLATE_NOOP("empty_state", "Every role, ranked by how much of its skill list you already have."),
    "compare": QT_TRANSLATE_NOOP("empty_state", "Two roles side by side: the skills they share, what is new, pay "
                                 "and seniority."),
}


def what_is_this(tab: str) -> str:
    return QCoreApplication.translate("empty_state", "What is this?") + " " + QCoreApplication.translate(
        "empty_state", WHAT_IS_THIS[tab])


def empty_text(why: str, tab: str) -> str:
    return f"{why}\n\n{what_is_this(tab)}"


class EmptyLabel(QLabel):
    """The empty state as a plain-text label (role titles in `why` stay text)."""

    def __init__(self, tab: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.tab = tab
        self.setObjectName(f"empty_{tab}")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setContentsMargins(24, 20, 24, 20)

    def show_why(self, why: str) -> None:
        self.setText(empty_text(why, self.tab))
        self.setAccessibleName(self.text())


def paint_empty(view: QAbstractItemView, text: str) -> None:
    """Draw `text` in an item view's empty viewport (call from paintEvent after the base)."""
    painter = QPainter(view.viewport())
    painter.setPen(view.palette().color(QPalette.ColorRole.PlaceholderText))
    area = QRect(view.viewport().rect().adjusted(24, 20, -24, -20))
    painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                     text)
    painter.end()


class EmptyAwareTable(QTableView):
    """A table that says what it is for while it has no rows."""

    def __init__(self, tab: str, why: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.empty_message = empty_text(why, tab)

    def setModel(self, model) -> None:  # noqa: N802 (Qt override)
        super().setModel(model)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._describe)
        self._describe()

    def _describe(self) -> None:
        """What is painted is not read out: screen readers get it as the description."""
        self.setAccessibleDescription(self.empty_message if self.model().rowCount() == 0 else "")

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            paint_empty(self, self.empty_message)


def show_no_role(window) -> None:
    """An empty catalogue: every reading tab says why it is empty and what it is for."""
    window.current_role = None
    window.filler.forget_role()
    window.title.setText(QCoreApplication.translate("empty_state", "No roles in the catalogue"))
    window.subtitle.setText(QCoreApplication.translate(
        "empty_state", "Import or add roles to start planning (File > Import roles, File > New role)."))
    why = QCoreApplication.translate("empty_state", "No role is open: the catalogue has no roles yet.")
    window.overview.show_empty(why, "overview")
    window.responsibilities.show_empty(why, "responsibilities")
    window.skills.show_empty(why)
    window.faq.show_empty(why)
    window.career_path.show_empty(why)
    window.header_progress.setValue(0)
    window.header_progress_text.setText("")
