"""Career Path tab: the ladder up from this role, then its related roles (sideways moves)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
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
from careerdesk.ui.literal import button_text, plain_label, plain_tip

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
    """One step: number, title and how much of its skill list the user has."""

    def __init__(self, number: str, title: str, caption: str, tally_value: tuple[int, int] | None,
                 current: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("currentStep" if current else "pathStep")
        self.setCheckable(False)
        self.setFixedWidth(CARD_WIDTH)
        self.setMinimumHeight(74)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setCursor(Qt.CursorShape.PointingHandCursor if not current else Qt.CursorShape.ArrowCursor)
        badge = plain_label(number)
        badge.setObjectName("stepBadge")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setFixedSize(36, 36)
        name = plain_label(title)
        name.setWordWrap(True)
        font = name.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        name.setFont(font)
        detail = plain_label(caption)
        detail.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        text = QVBoxLayout()
        text.setSpacing(3)
        text.addWidget(name)
        text.addWidget(detail)
        if tally_value is not None:
            bar = QProgressBar()
            bar.setTextVisible(False)
            bar.setFixedHeight(6)
            bar.setRange(0, max(tally_value[1], 1))
            bar.setValue(tally_value[0])
            text.addWidget(bar)
        grid = QGridLayout(self)
        grid.setContentsMargins(14, 10, 14, 10)
        grid.setHorizontalSpacing(14)
        grid.addWidget(badge, 0, 0, Qt.AlignmentFlag.AlignVCenter)
        grid.addLayout(text, 0, 1)
        for child in self.findChildren(QWidget):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.layout().sizeHint().expandedTo(QSize(CARD_WIDTH, 74))


class CareerPathView(QScrollArea):
    """`roleRequested(id)` asks the window to open a role."""

    roleRequested = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("careerPath")
        self.setAccessibleName(self.tr("Career path"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.desk = desk
        self.step_buttons: list[QPushButton] = []
        self.incoming_buttons: list[QPushButton] = []
        self.setWidget(QWidget())
        self._role: RoleView | None = None

    def on_changes(self, changes) -> None:
        if changes.skills and self._role is not None:
            self.show_role(self._role)  # each step's progress counts the user's skills

    def show_role(self, role: RoleView) -> None:
        self._role = role
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(0)
        self.step_buttons, self.incoming_buttons = [], []

        steps = self.desk.path_steps(role)
        ladder = [s for s in steps if s.kind == "next"]
        related = [s for s in steps if s.kind == "related"]
        heading = self.tr("Next steps from {title}") if ladder or not related else self.tr("Moves from {title}")
        layout.addWidget(self._heading(heading.format(title=role.title)))
        layout.addSpacing(4)
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
        layout.addWidget(self._note(shows))
        layout.addSpacing(10)
        here = self.desk.progress(role).overall
        current = StepCard("●", role.title, self.tr("You are here · {t}").format(t=here.describe()),
                           (here.have, here.total), current=True)
        current.setAccessibleName(self.tr("{title}: you are here").format(title=role.title))
        current.setAccessibleDescription(here.describe())
        current.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(current)
        for number, step in enumerate(ladder, start=1):
            layout.addWidget(Connector())
            card = self._step_card(str(number), step)
            self.step_buttons.append(card)
            layout.addWidget(card)
        if related:
            layout.addSpacing(24)
            layout.addWidget(self._heading(self.tr("Related roles")))
            layout.addSpacing(4)
            source = self.tr(" (as O*NET lists them)") if role.plural_title else ""
            layout.addWidget(self._note(self.tr("Sideways moves, not promotions{source}.").format(source=source)))
            for step in related:
                layout.addSpacing(6)
                card = self._step_card("↔", step)
                self.step_buttons.append(card)
                layout.addWidget(card)

        direct, further = self.desk.leading_to(role.id)
        layout.addSpacing(24)
        layout.addWidget(self._heading(self.tr("Roles that lead here")))
        layout.addSpacing(6)
        if direct:
            layout.addWidget(self._note(self.tr("The next step from:")))
            layout.addWidget(self._chips(direct))
        if further:
            layout.addSpacing(8)
            layout.addWidget(self._note(self.tr("Further along the path from:")))
            layout.addWidget(self._chips(further))
        if not direct and not further:
            layout.addWidget(self._note(self.tr("No role in the catalogue names this one on its path.")))
        layout.addStretch(1)
        self.setWidget(body)

    def show_empty(self, why: str) -> None:
        """No role open: say so, and what this tab is for."""
        from careerdesk.ui.empty_state import EmptyLabel

        self.step_buttons, self.incoming_buttons = [], []
        label = EmptyLabel("career_path")
        label.show_why(why)
        self.setWidget(label)

    def _step_card(self, number: str, step: PathStep) -> StepCard:
        if step.role_id is None:
            card = StepCard(number, step.title, self.tr("Not in the catalogue yet"), None)
            card.setEnabled(False)
            card.setAccessibleName(step.title)
            return card
        tally = step.tally
        caption = tally.describe() if tally else ""
        # A sideways move reads differently from a step up the ladder, so it says so.
        related = step.kind == "related"
        shown = (self.tr("Related move · you have {c}") if related else self.tr("You have {c}")).format(c=caption)
        card = StepCard(number, step.title, shown, (tally.have, tally.total) if tally else None)
        card.setAccessibleName(self.tr("Open {title}").format(title=step.title))
        card.setAccessibleDescription(self.tr("Related move: {c}").format(c=caption) if related else caption)
        card.setToolTip(plain_tip(self.tr("Open {title}").format(title=step.title)))
        card.setProperty("roleId", step.role_id)
        card.clicked.connect(lambda _=False, rid=step.role_id: self.roleRequested.emit(rid))
        return card

    def _chips(self, rows: list[RoleRow]) -> QWidget:
        box = QWidget()
        flow = _FlowRows(box)
        for row in rows:
            chip = QPushButton(button_text(row.title))
            chip.setObjectName("roleChip")
            chip.setAccessibleName(self.tr("Open {title}").format(title=row.title))
            chip.setProperty("roleId", row.id)
            chip.setCursor(Qt.CursorShape.PointingHandCursor)
            chip.clicked.connect(lambda _=False, rid=row.id: self.roleRequested.emit(rid))
            self.incoming_buttons.append(chip)
            flow.add(chip)
        return box

    def _heading(self, text: str) -> QLabel:
        label = plain_label(text)
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        label.setFont(font)
        return label

    def _note(self, text: str) -> QLabel:
        label = plain_label(text)
        label.setWordWrap(True)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label


class _FlowRows:
    """Lays chips out in rows of up to four: enough for the handful of roles that lead in."""

    PER_ROW = 4

    def __init__(self, box: QWidget):
        self.layout = QVBoxLayout(box)
        self.layout.setContentsMargins(0, 0, 0, 0)
        self.layout.setSpacing(6)
        self.row: QHBoxLayout | None = None
        self.count = 0

    def add(self, widget: QWidget) -> None:
        if self.row is None or self.count % self.PER_ROW == 0:
            self.row = QHBoxLayout()
            self.row.setSpacing(6)
            self.row.addStretch(1)
            self.layout.addLayout(self.row)
        self.row.insertWidget(self.row.count() - 1, widget)
        self.count += 1
