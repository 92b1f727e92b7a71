"""My Plan: who and where, the progress picture, and the gap / best fit / compare tabs."""

from __future__ import annotations

from PySide6.QtCore import QDate, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.plan import EARLIEST_TARGET_DATE, LATEST_TARGET_DATE, Plan
from careerdesk.domain.report import GroupCounts, group_counts
from careerdesk.export.chart import BarColours, chart_height, paint_chart
from careerdesk.service.desk import Desk
from careerdesk.ui.empty_state import EmptyAwareTable
from careerdesk.ui.errors import show_error
from careerdesk.ui.literal import plain_label
from careerdesk.ui.models.fit import FitModel, RoleIdRole
from careerdesk.ui.models.roles import RoleChoiceModel
from careerdesk.ui.role_picker import make_searchable
from careerdesk.ui.style import font_scaler, give_style_sheet
from careerdesk.ui.undo import LedgerEditor
from careerdesk.ui.views.compare import CompareView
from careerdesk.ui.views.dates import date_format
from careerdesk.ui.views.gap import GapView
from careerdesk.ui.views.timeline import TimelinePanel


class ProgressChart(QWidget):
    """The same chart as in the exported PDF, in the window's palette."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planChart")
        self.setAccessibleName(self.tr("Progress per skill group"))
        self.groups: list[GroupCounts] = []
        self.setMaximumWidth(760)

    def setgroup_counts(self, groups: list[GroupCounts]) -> None:
        self.groups = groups
        self.setAccessibleDescription(
            "; ".join(self.tr("{group}: {have} of {total}, {learning} learning").format(
                group=g.kind.label, have=g.have, total=g.total, learning=g.learning) for g in groups))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(520, int(chart_height(self.groups or [None] * 3)) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, self.sizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        if not self.groups:
            return
        painter = QPainter(self)
        font = font_scaler(self)
        palette = self.palette()
        paint_chart(painter, QRectF(self.rect()), self.groups, font, palette.color(QPalette.ColorRole.Text),
                    palette.color(QPalette.ColorRole.PlaceholderText), screen_colours(palette))


def _mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    return QColor.fromRgbF(*(x + (y - x) * share_of_b for x, y in zip(a.getRgbF()[:3], b.getRgbF()[:3], strict=True)))


def screen_colours(palette: QPalette) -> BarColours:
    """Bar colours for the window: the empty part is a faint step from the background towards
    the text colour, so it reads as a track in light and in dark appearance alike."""
    base, text = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    return BarColours(missing=_mix(base, text, 0.16))


class PlanView(QWidget):
    roleRequested = Signal(str)
    exportRequested = Signal()
    printRequested = Signal()
    previewRequested = Signal()
    milestonesExportRequested = Signal()
    refreshed = Signal()  # the plan may have changed: the window re-checks what it can export

    def __init__(self, desk: Desk, editor: LedgerEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("planView")
        # Its date edits (a calendar popup's, the milestones') are sized by the sheet's style, though
        # no rule names them: 19 px tall, 23 px under Fusion. The page keeps the sheet, and that look.
        give_style_sheet(self)
        self.desk = desk
        self.name = QLineEdit()
        self.name.setObjectName("planName")
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.setPlaceholderText(self.tr("Shown on the exported plan (optional)"))
        self.name.setMaxLength(120)
        self.current = QComboBox()
        self.current.setObjectName("planCurrent")
        self.current.setAccessibleName(self.tr("Current role"))
        self.target = QComboBox()
        self.target.setObjectName("planTarget")
        self.target.setAccessibleName(self.tr("Target role"))
        self.has_date = QCheckBox(self.tr("by"))
        self.has_date.setAccessibleName(self.tr("Set a target date"))
        self.date = QDateEdit()
        self.date.setObjectName("planDate")
        self.date.setAccessibleName(self.tr("Target date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())  # ISO in English, dd.MM.yyyy in German
        # the same range the plan accepts, so a stored date is never moved to fit the widget
        self.date.setDateRange(QDate(EARLIEST_TARGET_DATE), QDate(LATEST_TARGET_DATE))
        self.date.setDate(QDate.currentDate().addYears(1))
        self.choices = RoleChoiceModel(self.tr("(choose a role)"), self)
        for combo in (self.current, self.target):
            combo.setModel(self.choices)
            combo.setMinimumContentsLength(22)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            make_searchable(combo)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("I am now a"), self.current)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(self.has_date)
        target_row.addWidget(self.date)
        form.addRow(self.tr("I want to become a"), target_row)

        self.headline = plain_label(wrap=True)  # names the target role: role text, shown as written
        self.headline.setObjectName("planHeadline")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.headline.setFont(font)
        self.chart = ProgressChart()

        export = QPushButton(self.tr("Export plan…"))
        export.setObjectName("planExport")
        export.setAccessibleName(self.tr("Export the plan as PDF or Markdown"))
        export.clicked.connect(self.exportRequested)
        printing = QPushButton(self.tr("Print…"))
        printing.setObjectName("planPrint")
        printing.clicked.connect(self.printRequested)
        preview = QPushButton(self.tr("Print preview…"))
        preview.setObjectName("planPreview")
        preview.clicked.connect(self.previewRequested)
        self.output_buttons = (preview, printing, export)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in self.output_buttons:
            buttons.addWidget(b)

        self.gap_view = GapView(desk, editor)
        self.fit_family = QComboBox()
        self.fit_family.setObjectName("fitFamily")
        self.fit_family.setAccessibleName(self.tr("Filter best-fit roles by family"))
        self.fit_model = FitModel(self)
        self.fit_table = EmptyAwareTable("fit", self.tr("No roles in the catalogue yet."))
        self.fit_table.setObjectName("fitTable")
        self.fit_table.setAccessibleName(self.tr("Roles ranked by how much of them you have"))
        self.fit_table.setModel(self.fit_model)
        self.fit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fit_table.verticalHeader().hide()
        self.fit_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.fit_table.setAlternatingRowColors(True)
        self.fit_table.activated.connect(lambda index: self.roleRequested.emit(index.data(RoleIdRole)))
        self.fit_page = fit_page = QWidget()
        fit_layout = QVBoxLayout(fit_page)
        fit_layout.setContentsMargins(0, 8, 0, 0)
        fit_hint = QLabel(self.tr("Every role, ranked by the share of its skills you already have. "
                                  "Double-click or press Enter to open one."))
        fit_hint.setWordWrap(True)
        fit_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        top = QHBoxLayout()
        top.addWidget(fit_hint, 1)
        top.addWidget(self.fit_family)
        fit_layout.addLayout(top)
        fit_layout.addWidget(self.fit_table, 1)
        self.compare = CompareView(desk, self.choices)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.tabs.setAccessibleName(self.tr("Plan sections"))
        self.tabs.addTab(self.gap_view, self.tr("Gap"))
        self.tabs.addTab(fit_page, self.tr("Best fit"))
        self.tabs.addTab(self.compare, self.tr("Compare"))
        self.timeline = TimelinePanel(desk)
        self.timeline.changed.connect(self.refresh)
        self.timeline.exportRequested.connect(self.milestonesExportRequested)
        self.tabs.addTab(self.timeline, self.tr("Timeline"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 10, 8)
        title = QLabel(self.tr("My plan"))
        big = title.font()
        big.setPointSizeF(big.pointSizeF() * 1.7)
        big.setBold(True)
        title.setFont(big)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addWidget(self.headline)
        layout.addWidget(self.chart)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)

        self.name.editingFinished.connect(self._save)
        self.current.currentIndexChanged.connect(self._save)
        self.target.currentIndexChanged.connect(self._save)
        self.has_date.toggled.connect(self._save)
        self.date.dateChanged.connect(self._save)
        self.fit_family.currentIndexChanged.connect(self._family_changed)
        # Best fit ranks every role (the costliest part of the page at 10,000 roles): it is
        # filled when its tab is shown, and refilled there after each change.
        self._fit_stale = True
        self.tabs.currentChanged.connect(self._fill_fit_if_shown)
        self._roles: list | None = None  # every role, by title, for the pickers
        self._families: list[str] | None = None  # for best fit's filter
        self._known: set[str] = set()
        self._gone: dict[str, str] | None = None
        self._loading = False
        self._strict = False  # a strict `load` refreshing (see load)

    # Loading and saving

    def load(self, strict: bool = False) -> None:
        """Fill the form from the stored plan and recompute everything. `strict` (My plan's first
        build, the person opening it): data another program holds locked raises (DataInUse) even
        where the gap's read would take it for a target gone; the next load reads it all again."""
        self._loading = True
        try:
            plan = self.desk.plan()
            if self._roles is None:  # read once, and again only after the catalogue changed
                self._roles = self.desk.role_titles()
                self._known, self._gone = {role_id for role_id, _ in self._roles}, None
            # kept, and shown as such, when a newer catalogue no longer has the role
            gone = {rid: self.tr("{id} (no longer in the catalogue)").format(id=rid)
                    for rid in (plan.current_role, plan.target_role) if rid and rid not in self._known}
            if gone != self._gone:
                self.choices.set_roles(self._roles, gone)
                self._gone = gone
            for combo, chosen in ((self.current, plan.current_role), (self.target, plan.target_role)):
                combo.setCurrentIndex(max(self.choices.row_of(chosen), 0))
            if not self.name.isModified():  # a name being typed is kept: it is saved when confirmed
                self.name.setText(plan.name)
            self.has_date.setChecked(plan.target_date is not None)
            if plan.target_date:
                self.date.setDate(QDate(plan.target_date.year, plan.target_date.month, plan.target_date.day))
            if self._families is None:  # (a scan of every role: read again only after a change)
                self._families = self.desk.families()
                self.fit_family.clear()
                self.fit_family.addItem(self.tr("All families"), "")
                for family in self._families:
                    self.fit_family.addItem(family, family)
            self.fit_family.setCurrentIndex(0)
            self.compare.choose(plan.current_role, plan.target_role)
        finally:
            self._loading = False
        self._strict = strict
        try:
            self.refresh()
        finally:
            self._strict = False

    def roles_changed(self) -> None:
        """The catalogue changed: the pickers read every role again on the next load, and
        best fit's facts are read again, on a worker thread, before they are asked for."""
        self._roles = self._families = None
        self.desk.prepare_best_fit()

    def plan_from_form(self) -> Plan:
        date = self.date.date().toPython() if self.has_date.isChecked() else None
        return Plan(name=self.name.text(), current_role=self.current.currentData(),
                    target_role=self.target.currentData(), target_date=date)

    def _save(self) -> None:
        self.date.setEnabled(self.has_date.isChecked())
        if self._loading:
            return
        try:
            self.desk.save_plan(self.plan_from_form())
        except (CareerDeskError, ValueError) as exc:
            show_error(self, self.tr("Could not save the plan"), str(exc))
            return
        self.name.setModified(False)  # saved: the next load may show the stored name again
        plan = self.desk.plan()
        self.compare.choose(plan.current_role, plan.target_role)
        self.refresh()

    def set_role(self, which: str, role_id: str) -> None:
        """Make `role_id` the current or the target role ('current' / 'target')."""
        combo = self.current if which == "current" else self.target
        combo.setCurrentIndex(max(self.choices.row_of(role_id), 0))

    # Showing

    def refresh(self) -> None:
        self.date.setEnabled(self.has_date.isChecked())
        plan = self.desk.plan()
        gap, problem = None, self.tr("Choose a target role to see what you have and what is missing.")
        if plan.target_role:
            try:
                gap = self.desk.gap()
            except CareerDeskError as exc:
                if exc.passing and self._strict:
                    raise  # (a load: its caller says so, or tries again once the lock has gone)
                problem = self.tr("Your target role ({id}) is no longer in the catalogue. Your plan is kept; "
                                  "choose another target to see the gap.").format(id=plan.target_role)
        if gap is None:
            self.headline.setText(problem)
            self.chart.setgroup_counts([])
            self.chart.hide()
        else:
            have, total = len(gap.have), gap.total
            percent = have * 100 // total if total else 0
            sentence = self.tr(  # O*NET titles are plural: "the skills Registered Nurses need"
                "You have {have} of the {total} skills {title} need ({percent}%): {learning} in progress, "
                "{missing} still to start.") if gap.target.plural_title else self.tr(
                "You have {have} of the {total} skills a {title} needs ({percent}%): {learning} in progress, "
                "{missing} still to start.")
            self.headline.setText(sentence.format(have=have, total=total, title=gap.target.title,
                                                    percent=percent, learning=len(gap.learning),
                                                    missing=len(gap.missing)))
            self.chart.setgroup_counts(group_counts(gap))
            self.chart.show()
        self.gap_view.show_gap(gap, problem if gap is None else "")
        self.timeline.show_gap(gap)
        if gap is not None:
            self.headline.setText(self.headline.text() + " " + self.timeline.pace.text())
        self._fit_stale = True
        self._fill_fit_if_shown()
        self.compare.refresh()
        self.refreshed.emit()

    def _family_changed(self) -> None:
        self._fit_stale = True
        self._fill_fit_if_shown()

    def _fill_fit_if_shown(self) -> None:
        if self._fit_stale and self.tabs.currentWidget() is self.fit_page:
            self._refresh_fit()

    def _refresh_fit(self) -> None:
        self._fit_stale = False
        self.fit_model.set_fits(self.desk.best_fit(self.fit_family.currentData() or None))
        self.fit_table.resizeColumnsToContents()
        self.fit_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
