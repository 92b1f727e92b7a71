"""My plan > Timeline in the real window: schedule, move a milestone, pace after ticks, .ics."""

from __future__ import annotations

import datetime as dt

import pytest
from icalendar import Calendar
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from careerdesk.domain.plan import SkillStatus
from careerdesk.ui.start import build_window
from careerdesk.ui.views.timeline import DUE, EFFORT, SKILL
from tests.ui.conftest import activate


@pytest.fixture
def window(qtbot, isolated_home, monkeypatch):
    monkeypatch.setenv("CAREERDESK_TODAY", "2027-01-04")
    w = build_window(isolated_home)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    activate(w)
    w.show_mode(1)
    view = w.plan_view
    view.current.setCurrentIndex(view.current.findData("backend-engineer"))
    view.target.setCurrentIndex(view.target.findData("backend-architect"))
    view.date.setDate(QDate(2029, 12, 31))
    view.has_date.setChecked(True)
    view.tabs.setCurrentWidget(view.timeline)
    return w


def row_of(table, name: str) -> int:
    for r in range(table.rowCount()):
        if table.item(r, SKILL).text() == name:
            return r
    raise AssertionError(name)


def tick(window, name: str) -> None:
    key = name.casefold()
    assert window.editor.set_status(key, name, SkillStatus.HAVE)


def test_schedule_then_move_a_milestone(qtbot, window, monkeypatch):
    panel = window.plan_view.timeline
    assert "No progress recorded yet" in panel.pace.text()
    qtbot.mouseClick(panel.schedule_button, Qt.MouseButton.LeftButton)
    stored = window.desk.schedule.milestones()
    open_skills = len(window.desk.gap().missing) + len(window.desk.gap().learning)
    assert len(stored) == open_skills == panel.table.rowCount()
    assert all(dt.date(2027, 1, 4) <= m.due <= dt.date(2029, 12, 31) for m in stored.values())
    assert "before your target date 2029-12-31" in panel.message.text()

    # move the last milestone to the front: the table re-sorts by due date
    last = panel.table.rowCount() - 1
    name = panel.table.item(last, SKILL).text()
    panel.table.item(last, DUE).setData(Qt.ItemDataRole.EditRole, QDate(2027, 1, 10))
    assert window.desk.schedule.milestones()[name.casefold()].due == dt.date(2027, 1, 10)
    assert panel.table.item(0, SKILL).text() == name

    # a date after the target: a clear message, the plan unchanged, the table shows the stored date
    errors = []
    monkeypatch.setattr("careerdesk.ui.views.timeline.show_error", lambda *a: errors.append(a[2]))
    before = window.desk.schedule.milestones()
    panel.table.item(0, DUE).setData(Qt.ItemDataRole.EditRole, QDate(2030, 2, 1))
    assert errors == ["2030-02-01 is after your target date 2029-12-31: choose an earlier date or move the "
                      "target date first. The plan is unchanged."]
    assert window.desk.schedule.milestones() == before
    assert panel.table.item(0, DUE).data(Qt.ItemDataRole.EditRole) == QDate(2027, 1, 10)

    # an own effort estimate is kept, and used by the next schedule
    panel.table.item(0, EFFORT).setData(Qt.ItemDataRole.EditRole, 9)
    assert window.desk.schedule.milestones()[name.casefold()].effort_weeks == 9

    # scheduling again asks before replacing the dates the user has; No keeps them
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No)
    qtbot.mouseClick(panel.schedule_button, Qt.MouseButton.LeftButton)
    assert "Replace the" in asked[0] and window.desk.schedule.milestones()[name.casefold()].due == dt.date(2027, 1, 10)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.schedule_button, Qt.MouseButton.LeftButton)
    rescheduled = window.desk.schedule.milestones()[name.casefold()]
    assert rescheduled.due != dt.date(2027, 1, 10) and rescheduled.effort_weeks == 9


def test_pace_changes_after_ticks_with_a_controlled_clock(qtbot, window, monkeypatch):
    view = window.plan_view
    tick(window, "SQL")  # day one: the starting point, not pace
    assert "No skills gained since you started on 2027-01-04" in view.timeline.pace.text()
    monkeypatch.setenv("CAREERDESK_TODAY", "2027-01-18")
    tick(window, "System design")
    monkeypatch.setenv("CAREERDESK_TODAY", "2027-02-01")
    tick(window, "Distributed systems")
    first = view.timeline.pace.text()
    assert first.startswith("You gain 2.2 skills a month (2 since 2027-01-04)")
    assert "on track for 2029-12-31" in first and first in view.headline.text()
    # months pass without a tick: the pace drops and the projection passes the target date
    monkeypatch.setenv("CAREERDESK_TODAY", "2029-06-01")
    view.refresh()
    later = view.timeline.pace.text()
    assert later != first and "behind by" in later
    dated = view.timeline.dated
    assert dated.weekly[0] == (dt.date(2027, 1, 4), 0) and dated.weekly[-1][1] == 2  # SQL is not in the target
    assert sum(dated.days.values()) == 3


def test_export_milestones_from_the_file_menu(qtbot, window, tmp_path, monkeypatch):
    qtbot.mouseClick(window.plan_view.timeline.schedule_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "plan"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.objectName() == "exportMilestones")
    action.trigger()
    cal = Calendar.from_ical((tmp_path / "plan.ics").read_bytes())
    dues = {str(e["summary"]).removeprefix("Milestone: "): e.decoded("dtstart") for e in cal.walk("VEVENT")}
    assert dues == {m.name: m.due for m in window.desk.schedule.milestones().values()}


def test_export_milestones_before_any_due_date_says_what_to_do_and_writes_nothing(qtbot, window, tmp_path,
                                                                                    monkeypatch):
    # a calendar with no events is not valid iCalendar: it was written anyway ("0 milestones")
    shown, asked = [], []
    monkeypatch.setattr("careerdesk.ui.plan_output.show_error", lambda *args: shown.append(args[1:]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or (str(tmp_path / "p"), ""))
    before = set(tmp_path.iterdir())
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.objectName() == "exportMilestones")
    action.trigger()
    assert shown and shown[0][0] == "No milestones yet" and "Schedule by the target date" in shown[0][1]
    assert asked == [] and set(tmp_path.iterdir()) == before


def test_moving_the_target_date_before_the_milestones_is_said_under_the_pace(qtbot, window):
    view = window.plan_view
    qtbot.mouseClick(view.timeline.schedule_button, Qt.MouseButton.LeftButton)
    assert "after your target date" not in view.timeline.pace.text()
    view.date.setDate(QDate(2027, 3, 1))
    assert "milestones are due after your target date 2027-03-01" in view.timeline.pace.text()
