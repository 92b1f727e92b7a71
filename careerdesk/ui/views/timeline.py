"""My plan > Timeline: pace, the milestones (due dates and effort, editable), and the
pictures: milestones on a time axis, skills had per week, days with progress."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careerdesk.domain import clock, i18n
from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.plan import Gap
from careerdesk.domain.schedule import DatedPlan
from careerdesk.export import timeline_chart as charts
from careerdesk.service.desk import Desk
from careerdesk.ui.errors import show_error
from careerdesk.ui.style import font_scaler
from careerdesk.ui.views.dates import date_format

SkillKeyRole = Qt.ItemDataRole.UserRole + 1
SKILL, STATUS, EFFORT, START, DUE, DONE = range(6)


def ink_of(palette: QPalette) -> charts.Ink:
    """Print colours taken from the window's palette, so light and dark both read well."""
    text, window = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Window)
    mix = lambda a, b: int(a * 0.82 + b * 0.18)  # noqa: E731  (a faint line or empty cell)
    track = QColor(mix(window.red(), text.red()), mix(window.green(), text.green()), mix(window.blue(), text.blue()))
    return charts.Ink(text, palette.color(QPalette.ColorRole.PlaceholderText), track)


class Picture(QWidget):
    """A painted picture from export/timeline_chart.py, in the window's font and palette."""

    def __init__(self, name: str, accessible: str, height: Callable[[], float], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(accessible)
        self.height_of = height
        self.draw: Callable[[QPainter, QRectF, Callable, charts.Ink], None] | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(560, int(self.height_of()) + 4)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(320, self.sizeHint().height())

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        if self.draw is None:
            return
        painter = QPainter(self)
        font = font_scaler(self)
        self.draw(painter, QRectF(self.rect()), font, ink_of(self.palette()))


class LocalDates(QStyledItemDelegate):
    """Due dates shown and edited as the rest of the window writes dates (i18n.day):
    YYYY-MM-DD in English, the reader's own short date in another language."""

    def displayText(self, value, locale) -> str:  # noqa: N802 (Qt override)
        return i18n.day(value.toPython()) if isinstance(value, QDate) else super().displayText(value, locale)

    def createEditor(self, parent, option, index):  # noqa: N802 (Qt override)
        editor = QDateEdit(parent)
        editor.setDisplayFormat(date_format())
        editor.setCalendarPopup(True)
        editor.setAccessibleName(self.tr("Due date"))
        return editor


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    f = label.font()
    f.setBold(True)
    label.setFont(f)
    return label


class TimelinePanel(QScrollArea):
    exportRequested = Signal()
    changed = Signal()  # a milestone or an effort was saved

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self.setWidgetResizable(True)
        self.schedule = desk.schedule
        self.dated: DatedPlan | None = None
        self._filling = False
        self.pace = QLabel()
        self.pace.setObjectName("pace")
        self.pace.setWordWrap(True)
        self.pace.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = QLabel()
        self.message.setObjectName("scheduleMessage")
        self.message.setWordWrap(True)
        self.message.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.schedule_button = QPushButton(self.tr("Schedule by the target date"))
        self.schedule_button.setObjectName("scheduleButton")
        self.schedule_button.setAccessibleName(self.tr("Give every open skill a due date"))
        self.schedule_button.clicked.connect(self.schedule_now)
        export = QPushButton(self.tr("Export milestones…"))
        export.setAccessibleName(self.tr("Export the milestones as a calendar file"))
        export.clicked.connect(self.exportRequested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.schedule_button)
        buttons.addWidget(export)
        buttons.addStretch(1)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("milestoneTable")
        self.table.setAccessibleName(self.tr("Milestones: double-click a due date or an effort to change it"))
        self.table.setHorizontalHeaderLabels([self.tr("Skill"), self.tr("Status"), self.tr("Effort (weeks)"),
                                              self.tr("Start"), self.tr("Due"), self.tr("Done")])
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.horizontalHeader().setSectionResizeMode(SKILL, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(DUE, LocalDates(self.table))
        # the page scrolls, so the table shows every row rather than scrolling inside it
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.itemChanged.connect(self._item_changed)

        self.timeline = Picture("timelineChart", self.tr("Milestones on a time axis, today marked"),
                                lambda: charts.timeline_height(self.dated.rows if self.dated else []))
        self.progress = Picture("progressOverTime", self.tr("Skills you had, week by week"),
                                lambda: charts.PROGRESS_H)
        self.heatmap = Picture("progressCalendar", self.tr("Days you made progress"),
                               lambda: charts.heatmap_size()[1])
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 8, 8)
        layout.addWidget(self.pace)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(_heading(self.tr("Milestones")))
        layout.addWidget(self.timeline)
        layout.addWidget(self.table)
        layout.addWidget(_heading(self.tr("Progress over time")))
        layout.addWidget(self.progress)
        layout.addWidget(_heading(self.tr("Days with progress")))
        layout.addWidget(self.heatmap)
        layout.addStretch(1)
        self.setWidget(page)

    # Showing

    def show_gap(self, gap: Gap | None) -> None:
        """Recompute everything from the stored plan, as of today."""
        self.dated = self.schedule.dated_plan(clock.today(), gap) if gap is not None else None
        dated = self.dated
        late = self.schedule.after_target() if dated else None  # the target date moved before them
        self.pace.setText((dated.pace.describe() + (f"\n{late}" if late else "")) if dated
                          else self.tr("Choose a target role to plan dates."))
        self.schedule_button.setEnabled(dated is not None)
        self._fill_table()
        if dated is None:
            for picture in (self.timeline, self.progress, self.heatmap):
                picture.draw = None
        else:
            self.timeline.draw = lambda p, r, f, ink: charts.paint_timeline(
                p, r, dated.rows, dated.today, dated.target_date, f, ink)
            self.progress.draw = lambda p, r, f, ink: charts.paint_progress(p, r, dated.weekly, dated.total, f, ink)
            self.heatmap.draw = lambda p, r, f, ink: charts.paint_heatmap(p, r, dated.days, dated.today, f, ink)
        if dated is not None:
            self.timeline.setAccessibleDescription(
                "; ".join(self.tr("{skill}: due {date}").format(skill=r.name, date=i18n.day(r.due))
                          for r in dated.rows if r.due and r.status != "have"))
            self.progress.setAccessibleDescription(
                self.tr("{n} of {total} skills now").format(n=dated.weekly[-1][1], total=dated.total)
                if dated.weekly else self.tr("No progress recorded yet"))
            self.heatmap.setAccessibleDescription(self.tr("1 day with progress") if len(dated.days) == 1 else
                                                  self.tr("{n} days with progress").format(n=len(dated.days)))
        for picture in (self.timeline, self.progress, self.heatmap):
            picture.updateGeometry()
            picture.update()

    def _fill_table(self) -> None:
        rows = [r for r in (self.dated.rows if self.dated else []) if r.status != "have"]
        rows.sort(key=lambda r: (r.due or dt.date.max, r.name))
        self._filling = True
        try:
            self.table.setRowCount(len(rows))
            for n, row in enumerate(rows):
                cells = [QTableWidgetItem(row.name), QTableWidgetItem(self._status_text(row.status)),
                         QTableWidgetItem(), QTableWidgetItem(i18n.day(row.start) if row.start else ""),
                         QTableWidgetItem(), QTableWidgetItem("")]
                cells[EFFORT].setData(Qt.ItemDataRole.EditRole, row.effort_weeks)
                if row.due:
                    cells[DUE].setData(Qt.ItemDataRole.EditRole, QDate(row.due.year, row.due.month, row.due.day))
                else:
                    cells[DUE].setData(Qt.ItemDataRole.EditRole, QDate(self._today()))
                    cells[DUE].setData(Qt.ItemDataRole.DisplayRole, self.tr("(no date)"))
                for column, cell in enumerate(cells):
                    cell.setData(SkillKeyRole, row.name)
                    if column not in (EFFORT, DUE):
                        cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    self.table.setItem(n, column, cell)
        finally:
            self._filling = False
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(SKILL, QHeaderView.ResizeMode.Stretch)
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedHeight(self.table.horizontalHeader().height() + rows_height
                                  + 2 * self.table.frameWidth() + 24)

    def _status_text(self, status: str) -> str:
        """The status as the Skills tab names it (literal tr() calls, so lupdate finds them)."""
        return {"have": self.tr("Have"), "learning": self.tr("Learning"), "none": self.tr("Not yet")}[status]

    def _today(self) -> dt.date:
        return clock.today()

    # Changing

    def schedule_now(self) -> None:
        dated = sum(1 for m in self.schedule.milestones().values() if m.due)
        question = (self.tr("Replace the due date you have with new ones, from today to the target date?")
                    if dated == 1 else
                    self.tr("Replace the {n} due dates you have with new ones, from today to the target date?")
                    .format(n=dated))
        if dated and QMessageBox.question(
                self, self.tr("Schedule the plan"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            proposal = self.schedule.apply(self._today())
        except CareerDeskError as exc:
            show_error(self, self.tr("Could not schedule the plan"), str(exc))
            return
        self.message.setText(proposal.message)
        self.changed.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        skill = item.data(SkillKeyRole)
        try:
            if item.column() == DUE:
                self.schedule.set_due(skill, item.data(Qt.ItemDataRole.EditRole).toPython(), self._today())
            elif item.column() == EFFORT:
                self.schedule.set_effort(skill, int(item.data(Qt.ItemDataRole.EditRole)))
            else:
                return
        except CareerDeskError as exc:
            show_error(self, self.tr("Could not change the milestone"),
                       self.tr("{problem}. The plan is unchanged.").format(problem=exc))
        self.changed.emit()  # refilled either way: a refused change shows the stored value again
