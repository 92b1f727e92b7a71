"""The exported plan carries the timeline and the pace: read back from the PDF and Markdown."""

from __future__ import annotations

import datetime as dt

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize

from careerdesk.domain.plan import Plan, SkillStatus
from careerdesk.export.markdown import render_markdown
from careerdesk.export.pdf import export_pdf
from careerdesk.service.desk import Desk
from careerdesk.store.store import Store
from tests.conftest import BUNDLED_DATA


@pytest.fixture
def desk(qapp, isolated_home, monkeypatch):
    store = Store(isolated_home, BUNDLED_DATA)
    desk = Desk(store)
    desk.save_plan(Plan(current_role="backend-engineer", target_role="backend-architect",
                        target_date=dt.date(2029, 12, 31)))
    for day, key, name in (("2027-01-04", "sql", "SQL"), ("2027-01-18", "system design", "System design"),
                           ("2027-02-01", "distributed systems", "Distributed systems")):
        monkeypatch.setenv("CAREERDESK_TODAY", day)
        desk.set_status(key, name, SkillStatus.HAVE)
    desk.set_status("kafka", "Kafka", SkillStatus.LEARNING)
    desk.schedule.apply(dt.date(2027, 2, 1))
    desk.schedule.set_due("Kafka", "2027-03-15", dt.date(2027, 2, 1))
    yield desk
    store.close()


def test_pdf_has_pace_timeline_and_milestones_as_text(desk, tmp_path):
    report = desk.plan_report(today=dt.date(2027, 2, 1))
    out = tmp_path / "plan.pdf"
    export_pdf(report, out, QPageSize.PageSizeId.A4)
    whole = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert ("You gain 2.2 skills a month (2 since 2027-01-04). At this pace you reach the target on "
            in whole) and "on track for 2029-12-31" in whole
    assert "Timeline" in whole and "today" in whole and "target" in whole
    assert "Kafka Learning 3 wk 2027-02-01 2027-03-15" in whole  # the moved milestone's row
    for milestone in desk.schedule.milestones().values():
        assert milestone.due.isoformat() in whole
    assert "Skills you had, week by week" in whole and "now: 2 of" in whole


def test_markdown_lists_pace_and_milestones(desk):
    text = render_markdown(desk.plan_report(today=dt.date(2027, 2, 1)))
    assert "## Timeline and pace" in text and "on track for 2029-12-31" in text
    assert "- 2027-03-15: **Kafka** (about 3 weeks)" in text


def test_what_to_learn_next_names_where_to_learn(desk, tmp_path):
    report = desk.plan_report(today=dt.date(2027, 2, 1))
    out = tmp_path / "plan.pdf"
    export_pdf(report, out, QPageSize.PageSizeId.A4)
    squashed = "".join("".join(p.extract_text().split()) for p in PdfReader(out).pages)
    first = report.gap.missing[0]
    link = report.learn[first.key][0]
    assert "".join(f"Learn: {link.title}, {link.url}".split()) in squashed
    assert "learn: [" in render_markdown(report)
