"""The role and plan views in German: every string reaches lupdate in a named context, German
words, numbers and dates reach the screen, and English stays exactly as it was."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QApplication

from careerdesk.domain.plan import Plan
from careerdesk.domain.profile import RoleProfile
from careerdesk.ui.start import build_window
from careerdesk.ui.translations import apply_language, remove_translations
from careerdesk.ui.views.dates import date_format
from careerdesk.ui.views.faq import FaqView
from careerdesk.ui.views.timeline import DUE, SKILL, START, STATUS
from tests.conftest import ROOT, role_dict
from tests.ui.conftest import activate

VIEWS = sorted(str(p) for p in (ROOT / "careerdesk" / "ui" / "views").glob("*.py"))


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


LUPDATE, LRELEASE = _tool("pyside6-lupdate"), _tool("pyside6-lrelease")
needs_tools = pytest.mark.skipif(not (Path(LUPDATE).exists() and Path(LRELEASE).exists()),
                                 reason="pyside6-lupdate / pyside6-lrelease not available")

# A few translations from the German catalogue, one per kind of string the views hold:
# module-level text with an explicit context, a status picked in code, a painted-free
# table header, a format the view fills in.
GERMAN = {
    ("TimelinePanel", "Not yet"): "Noch nicht",
    ("TimelinePanel", "Learning"): "Lerne ich",
    ("TimelinePanel", "Start"): "Beginn",
    ("CompareView", "Pay: {pay} per year, {region}"): "Gehalt: {pay} pro Jahr, {region}",
    ("CompareView", "Pay and seniority"): "Gehalt und Karrierestufen",
    ("OverviewView", "{currency} per year, {region}"): "{currency} pro Jahr, {region}",
    ("OverviewView", "Salary range"): "Gehaltsspanne",
    ("SkillsView", "{group}: {have} of {total}"): "{group}: {have} von {total}",
    ("GapView", "Where to learn"): "Lernquelle",
    ("PlanView", "My plan"): "Mein Plan",
}


def _extract(tmp_path: Path) -> ET.Element:
    ts = tmp_path / "views.ts"
    subprocess.run([LUPDATE, "-no-obsolete", "-locations", "none", *VIEWS, "-ts", str(ts)],
                   check=True, capture_output=True)
    return ET.parse(ts).getroot()


@needs_tools
def test_every_view_string_lands_in_a_named_context(tmp_path):
    found = {}
    for context in _extract(tmp_path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.setdefault(name, set()).add(message.findtext("source"))
    assert "" not in found, f"strings without a context: {found.get('')}"
    # strings a view builds outside a class, or picks from a mapping, are extracted too
    for (context, source) in GERMAN:
        assert source in found.get(context, set()), (context, source)
    assert {"Have", "Learning", "Not yet"} <= found["TimelinePanel"]
    assert "{b} is the next step on {a}'s career path." in found["CompareView"]
    assert "the curated profiles" in found["OverviewView"]


@pytest.fixture
def german(tmp_path):
    """German as the window would have it, from a catalogue compiled here (the shipped one
    is rebuilt by scripts/translations.py from every branch's strings)."""
    root = _extract(tmp_path)
    for context in root.iter("context"):
        for message in context.iter("message"):
            text = GERMAN.get((context.findtext("name"), message.findtext("source")))
            if text is not None:
                node = message.find("translation")
                node.text = text
                node.attrib.pop("type", None)
    ts = tmp_path / "careerdesk_de.ts"
    ET.ElementTree(root).write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([LRELEASE, str(ts), "-qm", str(tmp_path / "careerdesk_de.qm")], check=True, capture_output=True)
    apply_language("de", tmp_path)
    yield
    remove_translations()


def _plan_window(qtbot, home, monkeypatch):
    monkeypatch.setenv("CAREERDESK_TODAY", "2027-01-04")
    window = build_window(home)
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    activate(window)
    window.show_mode(1)
    view = window.plan_view
    view.current.setCurrentIndex(view.current.findData("backend-engineer"))
    view.target.setCurrentIndex(view.target.findData("backend-architect"))
    view.date.setDate(QDate(2027, 12, 31))
    view.has_date.setChecked(True)
    return window


@needs_tools
def test_plan_and_timeline_speak_german(qtbot, isolated_home, monkeypatch, german):
    window = _plan_window(qtbot, isolated_home, monkeypatch)
    view = window.plan_view
    assert view.date.displayFormat() == "dd.MM.yyyy"
    assert view.date.text() == "31.12.2027"
    window.desk.schedule.apply(dt.date(2027, 1, 4))
    view.refresh()
    table = view.timeline.table
    assert table.horizontalHeaderItem(START).text() == "Beginn"
    statuses = {table.item(r, STATUS).text() for r in range(table.rowCount())}
    assert statuses <= {"Noch nicht", "Lerne ich"} and "Noch nicht" in statuses
    first = table.item(0, START).text()
    assert first == "04.01.2027", first  # i18n.day: the German short date, year in full
    due_index = table.model().index(0, DUE)
    shown = table.itemDelegateForColumn(DUE).displayText(due_index.data(Qt.ItemDataRole.EditRole), QLocale())
    assert shown.count(".") == 2 and len(shown) == 10, shown
    assert "REST API design: due 31.12.2027" in view.timeline.timeline.accessibleDescription()
    gap = view.gap_view
    assert gap.model().headerData(4, Qt.Orientation.Horizontal) == "Lernquelle"
    view.tabs.setCurrentWidget(view.compare)
    text = view.compare.result.plain_text()
    assert "Gehalt und Karrierestufen" in text
    assert "Gehalt: 50.000 $ – 150.000 $ pro Jahr" in text


@needs_tools
def test_overview_and_skills_speak_german(qtbot, isolated_home, german):
    window = build_window(isolated_home)
    qtbot.addWidget(window)
    window.open_role("backend-architect")
    overview = window.overview.plain_text()
    assert "Gehaltsspanne" in overview and "pro Jahr" in overview
    assert "per year" not in overview
    window.show_tab_named("skills")
    labels = [label.text() for label in window.skills.group_labels.values() if label.text()]
    assert labels and all(" von " in text for text in labels), labels


def test_date_fields_follow_the_locale_but_english_keeps_iso():
    assert date_format(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "dd.MM.yyyy"
    assert date_format(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "yyyy-MM-dd"
    assert date_format(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == "yyyy-MM-dd"


def test_english_plan_dates_stay_iso(qtbot, isolated_home, monkeypatch):
    window = _plan_window(qtbot, isolated_home, monkeypatch)
    view = window.plan_view
    assert view.date.text() == "2027-12-31"
    window.desk.schedule.apply(dt.date(2027, 1, 4))
    view.refresh()
    table = view.timeline.table
    assert table.item(0, START).text() == "2027-01-04"
    assert table.item(0, STATUS).text() in {"Not yet", "Learning"}
    assert "REST API design: due 2027-12-31" in view.timeline.timeline.accessibleDescription()


def test_see_also_names_each_kind_of_link_once(qtbot, isolated_home):
    window = build_window(isolated_home)
    qtbot.addWidget(window)
    window.open_role("backend-engineer")
    text = window.overview.plain_text()
    first = text.split("\n", 1)[0]
    assert "See also the curated profiles " in first
    assert first.count("the curated profile") == 1  # not once before every link
    assert "; the O*NET occupation Software Developers." in first


def test_one_question_is_counted_in_the_singular(qtbot):
    view = FaqView()
    qtbot.addWidget(view)
    view.show_role(RoleProfile.model_validate(role_dict("solo", "Solo Role")))
    assert view.count.text() == "1 question people ask about this role"


def test_the_link_column_shows_its_header_in_a_wide_window(qtbot, isolated_home):
    window = build_window(isolated_home)
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    # a plan saved earlier: My plan fills the gap table before the table has its size
    window.desk.save_plan(Plan(current_role="backend-engineer", target_role="backend-architect"))
    window.show_mode(1)
    gap = window.plan_view.gap_view
    QApplication.processEvents()
    header = gap.header()
    assert gap.viewport().width() > 700
    assert header.sectionSize(4) >= header.sectionSizeHint(4)
    assert header.sectionSize(SKILL) > 3 * header.sectionSize(4)  # the names keep most of the room
