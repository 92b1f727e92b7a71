"""Career Path tab: the ladder up from this role, then its related roles (sideways moves)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from careerdesk.domain.listing import RoleRow
from careerdesk.domain.reading import RoleView
from careerdesk.service.desk import Desk, PathStep
from careerdesk.ui.layout_items import empty_layout
from careerdesk.ui.literal import button_text, plain_label, plain_tip
from careerdesk.ui.style import give_style_sheet
from careerdesk.ui.tabs import set_fill

CARD_WIDTH = 460


class Connector(QWidget):
    """The arrow between two steps."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedSize(QSize(CARD_WIDTH, 30))

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(colour, 2))
        x = 34.0
        painter.drawLine(QPointF(x, 2), QPointF(x, self.height() - 8))
        head = QPainterPath(QPointF(x - 5, self.height() - 10))
        head.lineTo(QPointF(x, self.height() - 3))
        head.lineTo(QPointF(x + 5, self.height() - 10))
        painter.drawPath(head)


class StepCard(QPushButton):
    """One step: number, title and how much of its skill list the user has. A card is reused
    from role to role (`set_step`): building them was most of a switch on this tab."""

    def __init__(self, number: str = "", title: str = "", caption: str = "",
                 tally_value: tuple[int, int] | None = None, current: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("currentStep" if current else "pathStep")
        self.setCheckable(False)
        self.setFixedWidth(CARD_WIDTH)
        self.setMinimumHeight(74)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor if not current else Qt.CursorShape.ArrowCursor)
        self.badge = badge = plain_label()
        badge.setObjectName("stepBadge")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setFixedSize(36, 36)
        self.name = name = plain_label(wrap=True)
        font = name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        name.setFont(font)
        self.detail = detail = plain_label()
        detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.bar = bar = QProgressBar()  # hidden (so taking no room) when a step has no tally
        bar.setTextVisible(False)
        bar.setFixedHeight(6)
        text = QVBoxLayout()
        text.setSpacing(3)
        text.addWidget(name)
        text.addWidget(detail)
        text.addWidget(bar)
        grid = CardGrid(self)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(14)
        grid.addWidget(badge, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addLayout(text, 0, 1)
        for child in self.findChildren(QWidget):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.set_step(number, title, caption, tally_value)

    def set_step(self, number: str, title: str, caption: str, tally_value: tuple[int, int] | None) -> None:
        self.badge.setText(number)
        self.name.setText(title)
        self.detail.setText(caption)
        if tally_value is not None:
            # Painted again only when its fill changes (0 of 25 after 0 of 25 is the same bar):
            # turning a bar's updates back on after setting it asked for a paint on every switch.
            set_fill(self.bar, *tally_value)
        self.bar.setVisible(tally_value is not None)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.layout().sizeHint().expandedTo(QSize(CARD_WIDTH, 74))


class CardGrid(QGridLayout):
    """A step card's layout, whose height is its height at the card's own width whatever width
    it is asked about: the page's layout asks a card at the page's width, where a long title
    fits on one line it does not fit in the card (its second line was cut, over the caption)."""

    def heightForWidth(self, _width: int) -> int:  # noqa: N802 (Qt override)
        return super().heightForWidth(CARD_WIDTH)


class CareerPathView(QScrollArea):
    """`roleRequested(id)` asks the window to open a role.

    The page is one body whose labels, cards and chips are kept and refilled from role to
    role; only a longer ladder or more chips than any role before adds widgets. The layout is
    put together again only when a role's sections differ from the last one's (its spacings
    depend on them): kept, its items keep what they measured of the widgets that did not change."""

    roleRequested = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("careerPath")
        give_style_sheet(self)  # (its steps, badges, bars and chips are the sheet's)
        self.setAccessibleName(self.tr("Career path"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.desk = desk
        self.step_buttons: list[QPushButton] = []
        self.incoming_buttons: list[QPushButton] = []
        self._role: RoleView | None = None
        self._body: QWidget | None = None  # built when a role is first shown
        self.setWidget(QWidget())

    def on_changes(self, changes) -> None:
        if changes.skills and self._role is not None:
            self.show_role(self._role)  # each step's progress counts the user's skills

    def _build_body(self) -> None:
        body = self._body = QWidget()
        # The page's own paint is its background; each widget on it asks for its own paint when
        # its text or place changes. Its width follows its widest row of chips, so it changed
        # size on nearly every switch, and a widget resized is painted whole: every card, badge,
        # bar and arrow in view, changed or not. Static, a resize paints only what it uncovers.
        body.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(24, 16, 24, 24)
        self._layout.setSpacing(0)
        self._plan: list[QWidget | int] = []  # what the layout holds (_arrange)
        self._title, self._shows = self._heading(body), self._note(body)
        self._current = StepCard(current=True, parent=body)
        self._current.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._connectors: list[Connector] = []
        self._cards: list[StepCard] = []
        self._related_title, self._related_note = self._heading(body), self._note(body)
        self._related_title.setText(self.tr("Related roles"))
        self._lead_title = self._heading(body)
        self._lead_title.setText(self.tr("Roles that lead here"))
        self._direct_note, self._further_note, self._nobody_note = self._note(body), self._note(body), self._note(body)
        self._direct_note.setText(self.tr("The next step from:"))
        self._further_note.setText(self.tr("Further along the path from:"))
        self._nobody_note.setText(self.tr("No role in the catalogue names this one on its path."))
        self._direct, self._further = _Chips(self, body), _Chips(self, body)

    def show_role(self, role: RoleView) -> None:
        self._role = role
        if self._body is None:
            self._build_body()
        if self.widget() is not self._body:
            self.setWidget(self._body)  # (an empty state's label goes)
        focus = QApplication.focusWidget()
        if focus is not None and self._body.isAncestorOf(focus):
            focus.clearFocus()  # a new role's card is not the one clicked (as when cards were new)
        # Each card's bar has its updates off while its value is set (StepCard.set_step): the page's
        # were turned off and on around the fill, which asked every label, card and chip for a paint
        # of its own, and in a wide window the page painted twice in one paint (cards on their own,
        # then again in the page's region).
        self._fill(role)
        # Laid out now, cards and chips first, then the page, then the scroll area fitted to it: left to the
        # event loop, each level waits for a pass of its own, and the window paints in between.
        for part in (self._current, *self.step_buttons, self._direct, self._further):
            part.layout().activate()
        self._layout.activate()
        QCoreApplication.sendPostedEvents(self.viewport(), QEvent.Type.LayoutRequest)
        self.verticalScrollBar().setValue(0)

    def _fill(self, role: RoleView) -> None:
        plan: list[QWidget | int] = []  # the page top to bottom: widgets, and spacings as ints
        add = plan.append

        self.step_buttons, self.incoming_buttons = [], []
        steps = self.desk.path_steps(role)
        ladder = [s for s in steps if s.kind == "next"]
        related = [s for s in steps if s.kind == "related"]
        heading = self.tr("Next steps from {title}") if ladder or not related else self.tr("Moves from {title}")
        self._title.setText(heading.format(title=role.title))
        add(self._title)
        plan.append(4)
        # a curated role with no steps at all sits at the top of its ladder (top_of_ladder says so
        # explicitly once the catalogue data carries it)
        top = not ladder and (role.top_of_ladder or (not steps and role.source == "curated"))
        if ladder:
            shows = self.tr("This shows the promotion ladder: the usual next roles, one above the other.")
        elif top:
            shows = self.tr("This is the top of the ladder in the catalogue.")
        elif related:
            shows = self.tr("No promotion ladder is recorded for this role; below are related roles: "
                            "sideways moves to occupations that share much of the work.")
        else:
            shows = self.tr("No next steps or related roles are recorded for this role.")
        self._shows.setText(shows)
        add(self._shows)
        plan.append(10)
        here = self.desk.progress(role).overall
        current = self._current
        current.set_step("●", role.title, self.tr("You are here · {t}").format(t=here.describe()),
                         (here.have, here.total))
        current.setAccessibleName(self.tr("{title}: you are here").format(title=role.title))
        current.setAccessibleDescription(here.describe())
        add(current)
        for number, step in enumerate(ladder, start=1):
            if number > len(self._connectors):
                self._connectors.append(Connector(self._body))
            add(self._connectors[number - 1])
            add(self._set_step(str(number), step))
        if related:
            plan.append(24)
            add(self._related_title)
            plan.append(4)
            source = self.tr(" (as O*NET lists them)") if role.plural_title else ""
            self._related_note.setText(self.tr("Sideways moves, not promotions{source}.").format(source=source))
            add(self._related_note)
            for step in related:
                plan.append(6)
                add(self._set_step("↔", step))

        direct, further = self.desk.leading_to(role.id)
        self._direct.show_rows(direct)
        self._further.show_rows(further)
        plan.append(24)
        add(self._lead_title)
        plan.append(6)
        if direct:
            add(self._direct_note)
            add(self._direct)
        if further:
            plan.append(8)
            add(self._further_note)
            add(self._further)
        if not direct and not further:
            add(self._nobody_note)
        self._arrange(plan)
        self.incoming_buttons = [*self._direct.in_use(), *self._further.in_use()]
        # Tab goes down the page as it reads (cards made for a longer ladder come after the chips).
        buttons = [*self.step_buttons, *self.incoming_buttons]
        for before, after in pairwise(buttons):
            QWidget.setTabOrder(before, after)

    def _arrange(self, plan: list[QWidget | int]) -> None:
        """Put the page's layout together as `plan` says, and show only the widgets in it, unless
        it already is: its items, and what each has measured, then stay (a new item measures its
        widget afresh), and so does which widgets are shown."""
        if len(plan) == len(self._plan) and all(a is b for a, b in zip(plan, self._plan, strict=True)):
            return
        layout = self._layout
        empty_layout(layout)
        for part in plan:
            if isinstance(part, int):
                layout.addSpacing(part)
            else:
                layout.addWidget(part)
        layout.addStretch(1)
        self._plan = plan
        in_use = {id(part) for part in plan}
        for widget in self._body.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            widget.setVisible(id(widget) in in_use)

    def show_empty(self, why: str) -> None:
        """No role open: say so, and what this tab is for."""
        from careerdesk.ui.empty_state import EmptyLabel

        self.step_buttons, self.incoming_buttons = [], []
        if self._body is not None and self.widget() is self._body:
            self.takeWidget()  # kept for the next role
        label = EmptyLabel("career_path")
        label.show_why(why)
        self.setWidget(label)

    def _set_step(self, number: str, step: PathStep) -> StepCard:
        """The next unused card, showing `step`."""
        if len(self.step_buttons) == len(self._cards):
            card = StepCard(parent=self._body)
            card.clicked.connect(lambda _=False, c=card: self.roleRequested.emit(c.property("roleId")))
            self._cards.append(card)
        card = self._cards[len(self.step_buttons)]
        self.step_buttons.append(card)
        if step.role_id is None:
            card.set_step(number, step.title, self.tr("Not in the catalogue yet"), None)
            card.setEnabled(False)
            card.setAccessibleName(step.title)
            card.setAccessibleDescription("")
            card.setToolTip("")
            card.setProperty("roleId", None)
            return card
        tally = step.tally
        caption = tally.describe() if tally else ""
        # A sideways move reads differently from a step up the ladder, so it says so.
        related = step.kind == "related"
        shown = (self.tr("Related move · you have {c}") if related else self.tr("You have {c}")).format(c=caption)
        card.set_step(number, step.title, shown, (tally.have, tally.total) if tally else None)
        card.setEnabled(True)
        card.setAccessibleName(self.tr("Open {title}").format(title=step.title))
        card.setAccessibleDescription(self.tr("Related move: {c}").format(c=caption) if related else caption)
        card.setToolTip(plain_tip(self.tr("Open {title}").format(title=step.title)))
        card.setProperty("roleId", step.role_id)
        return card

    def _heading(self, parent: QWidget) -> QLabel:
        label = plain_label(parent=parent)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        label.setFont(font)
        return label

    def _note(self, parent: QWidget) -> QLabel:
        label = plain_label(parent=parent, wrap=True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label


class _Chips(QWidget):
    """The roles leading here as chips, in rows of up to four. Chip n always sits in row n // 4
    at place n % 4, so refilling only sets texts and hides the chips not needed."""

    PER_ROW = 4

    def __init__(self, view: CareerPathView, parent: QWidget):
        super().__init__(parent)
        self.view = view
        self.chips: list[QPushButton] = []
        self.count = 0
        self.flow = QVBoxLayout(self)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.flow.setSpacing(6)
        self.row: QHBoxLayout | None = None

    def show_rows(self, rows: list[RoleRow]) -> None:
        for number, row in enumerate(rows):
            chip = self.chips[number] if number < len(self.chips) else self._add_chip()
            chip.setText(button_text(row.title))
            chip.setAccessibleName(QCoreApplication.translate("CareerPathView", "Open {title}").format(title=row.title))
            chip.setProperty("roleId", row.id)
            chip.show()
        for chip in self.chips[len(rows):]:
            chip.hide()
        self.count = len(rows)

    def in_use(self) -> list[QPushButton]:
        return self.chips[:self.count]

    def _add_chip(self) -> QPushButton:
        chip = QPushButton(self)
        chip.setObjectName("roleChip")
        chip.setCursor(Qt.CursorShape.PointingHandCursor)
        chip.clicked.connect(lambda _=False, c=chip: self.view.roleRequested.emit(c.property("roleId")))
        if len(self.chips) % self.PER_ROW == 0:
            self.row = QHBoxLayout()
            self.row.setSpacing(6)
            self.row.addStretch(1)
            self.flow.addLayout(self.row)
        self.row.insertWidget(self.row.count() - 1, chip)
        self.chips.append(chip)
        return chip
