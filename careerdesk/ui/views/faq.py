"""FAQ tab: questions that expand to their answers, like an accordion."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from careerdesk.domain.reading import FaqEntry, RoleView
from careerdesk.ui.layout_items import empty_layout
from careerdesk.ui.literal import plain_label
from careerdesk.ui.style import give_style_sheet
from careerdesk.ui.wrapped import WrappedLabel


class _QuestionLabel(WrappedLabel):
    """The question text; a click on it toggles the answer like the arrow does."""

    clicked = Signal()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.clicked.emit()
        super().mousePressEvent(event)


class FaqItem(QFrame):
    """One question; its arrow button (or a click on the question) shows the answer."""

    def __init__(self, entry: FaqEntry, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("faqItem")
        self.toggle = QToolButton()
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleDescription(self.tr("Show or hide the answer"))
        self.question = _QuestionLabel()
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.question.font())
        font.setBold(True)
        self.question.setFont(font)
        self.question.setCursor(Qt.CursorShape.PointingHandCursor)
        self.answer = plain_label(wrap=True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setContentsMargins(30, 0, 8, 8)
        self.answer.setVisible(False)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.question, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.answer)
        self.toggle.toggled.connect(self.set_expanded)
        self.question.clicked.connect(self.toggle.toggle)
        self.set_entry(entry)

    def set_entry(self, entry: FaqEntry) -> None:
        """Show another question, folded (items are reused from role to role: building them
        was most of opening a role on this tab)."""
        self.toggle.setAccessibleName(entry.question)
        self.question.setText(entry.question)
        self.answer.setText(entry.answer)
        self.set_expanded(False)

    def set_expanded(self, expanded: bool) -> None:
        self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.answer.setVisible(expanded)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()


class FaqView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("faq")
        give_style_sheet(self)  # (its items are the sheet's)
        self.items: list[FaqItem] = []  # the open role's questions
        self._made: list[FaqItem] = []  # every item built so far, the first len(items) in use
        self.items_empty = None
        expand = QPushButton(self.tr("Expand all"))
        expand.setAccessibleName(self.tr("Expand all answers"))
        collapse = QPushButton(self.tr("Collapse all"))
        collapse.setAccessibleName(self.tr("Collapse all answers"))
        self.expand_all, self.collapse_all = expand, collapse
        expand.clicked.connect(lambda: self.set_all(True))
        collapse.clicked.connect(lambda: self.set_all(False))
        self.count = WrappedLabel()  # wrapped: never let this caption dictate the window's minimum width
        self.count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(expand)
        bar.addWidget(collapse)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setAccessibleName(self.tr("Frequently asked questions"))
        self.scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

    def on_changes(self, changes) -> None:
        """Questions show no user data; a changed catalogue re-opens the role instead."""

    def show_role(self, role: RoleView) -> None:
        if role.faq and len(role.faq) == len(self.items) and self.items_empty is None:
            # The same number of questions as the last role (most roles of a catalogue): the
            # items in the layout are the ones this role uses, in order, with the stretch after
            # them; only their texts change. Taking every item out of the layout and putting it
            # back laid the page out afresh on top of the new texts.
            for item, entry in zip(self.items, role.faq, strict=True):
                item.set_entry(entry)
            self._after_fill()
            return
        self._clear()
        for number, entry in enumerate(role.faq):
            if number < len(self._made):
                self._made[number].set_entry(entry)
            else:
                self._made.append(FaqItem(entry, self.body))
        self.items = self._made[:len(role.faq)]
        for item in self.items:
            self.body_layout.addWidget(item)
            # Shown now: a layout shows what it gets on a visible tab only on the event loop's
            # next pass, and this tab is filled as it is shown (ui/tabs.py, TabFiller).
            item.show()
        for item in self._made[len(self.items):]:
            item.hide()
        if not self.items:
            self._add_empty(self.tr("No questions for {title} yet.").format(title=role.title))
        self.body_layout.addStretch(1)
        self._after_fill()

    def _after_fill(self) -> None:
        if self.items:
            self.items[0].set_expanded(True)
        if self.items:
            self.count.setText(self.tr("1 question people ask about this role") if len(self.items) == 1 else
                               self.tr("{n} questions people ask about this role").format(n=len(self.items)))
        else:
            self.count.setText(self.tr("No questions and answers have been written for this role yet."))
        # nothing to expand or collapse: no idle buttons
        self.expand_all.setVisible(len(self.items) > 1)
        self.collapse_all.setVisible(len(self.items) > 1)
        self.scroll.verticalScrollBar().setValue(0)

    def _add_empty(self, why: str) -> None:
        from careerdesk.ui.empty_state import EmptyLabel

        label = EmptyLabel("faq", self.body)
        label.show_why(why)
        self.items_empty = label
        self.body_layout.addWidget(label)
        label.show()

    def _clear(self) -> None:
        """Empty the layout; items stay for reuse, an empty-state label goes."""
        empty_layout(self.body_layout)
        if self.items_empty is not None:  # (taken from the layout it would still show)
            self.items_empty.hide()
            self.items_empty.deleteLater()
            self.items_empty = None

    def show_empty(self, why: str) -> None:
        """No role open: say so, and what this tab is for."""
        self._clear()
        self.items = []
        for item in self._made:
            item.hide()
        self.count.setText("")
        self._add_empty(why)
        self.body_layout.addStretch(1)

    def set_all(self, expanded: bool) -> None:
        for item in self.items:
            item.set_expanded(expanded)
