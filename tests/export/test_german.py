"""The exported plan in German: with the window's language German, the PDF, the Markdown and
the calendar speak German (headings, column headers, legends, statuses) and write dates as a
German reader does, while role content stays as written and the .ics stays machine-readable.
The translations come from this branch's catalogue, compiled with lrelease as the app's are."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtGui import QPageSize

from careerdesk.domain.plan import Plan, SkillStatus
from careerdesk.export.ics import build_calendar
from careerdesk.export.markdown import render_markdown
from careerdesk.export.pdf import export_pdf
from careerdesk.service.desk import Desk
from careerdesk.store.store import Store
from careerdesk.ui.translations import remove_translations
from tests.conftest import BUNDLED_DATA
from tests.german_qm import german


@pytest.fixture
def desk(qapp, isolated_home, monkeypatch):
    store = Store(isolated_home, BUNDLED_DATA)
    desk = Desk(store)
    desk.save_plan(Plan(name="Ada Lovelace", current_role="backend-engineer", target_role="backend-architect",
                        target_date=dt.date(2029, 12, 31)))
    for day, key, name in (("2027-01-04", "sql", "SQL"), ("2027-01-18", "system design", "System design")):
        monkeypatch.setenv("CAREERDESK_TODAY", day)
        desk.set_status(key, name, SkillStatus.HAVE)
    desk.set_status("kafka", "Kafka", SkillStatus.LEARNING)
    desk.schedule.apply(dt.date(2027, 2, 1))
    desk.schedule.set_due("Kafka", "2027-03-15", dt.date(2027, 2, 1))
    yield desk
    store.close()


@pytest.fixture
def german_app(qapp, tmp_path):
    """The app switched to German as View > Language does; English again afterwards."""
    with german():
        yield


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)


def test_the_pdf_speaks_german_and_english_comes_back(desk, german_app, tmp_path):
    report = desk.plan_report(today=dt.date(2027, 2, 1))
    out = tmp_path / "plan.pdf"
    pages = export_pdf(report, out, QPageSize.PageSizeId.A4)
    whole = pdf_text(out)
    for heading in ("Was Sie als Nächstes lernen", "In Arbeit", "Bereits vorhanden", "Der Weg von hier aus",
                    "Zeitplan", "Ihre Kompetenzen, Woche für Woche"):
        assert heading in whole, heading
    for header in ("KOMPETENZ", "GRUPPE", "NOTIZEN", "WARUM", "AUFWAND", "FÄLLIG", "SCHRITT", "IHR FORTSCHRITT"):
        assert header in whole, header
    assert "Vorhanden" in whole and "Noch nicht" in whole  # the chart's legend
    # the milestone row, its dates as Germans write them
    assert re.search(r"Kafka Lerne ich 3 Wo\. \d\d\.\d\d\.\d{4} 15\.03\.2027", whole)
    assert "01.02.2027" in whole  # prepared on, in the running header
    assert "Karriereplan für Ada Lovelace" in whole and f"Seite 1 von {pages}" in whole
    assert "heute" in whole and re.search(r"jetzt: \d+ von \d+", whole)  # the pictures' own words
    assert "Backend Architect" in whole and "Kafka" in whole  # role content as written
    assert "What to learn next" not in whole and "2027-03-15" not in whole

    remove_translations()  # back to English: the same plan exports as before
    out = tmp_path / "english.pdf"
    export_pdf(report, out, QPageSize.PageSizeId.A4)
    english = pdf_text(out)
    assert "What to learn next" in english and re.search(r"Kafka Learning 3 wk \d{4}-\d\d-\d\d 2027-03-15", english)
    assert "Was Sie als Nächstes lernen" not in english


def test_markdown_and_calendar_in_german(desk, german_app):
    report = desk.plan_report(today=dt.date(2027, 2, 1))
    text = render_markdown(report)
    assert "| Gruppe | Vorhanden | Lerne ich | Noch nicht |" in text
    assert "## Was Sie als Nächstes lernen" in text and "## Zeitplan und Tempo" in text
    assert "- 15.03.2027: **Kafka** (etwa 3 Wochen)" in text
    assert "Erstellt mit CareerDesk." in text

    rows = report.dated.rows
    cal = Calendar.from_ical(build_calendar(rows, "Backend Architect", "backend-architect",
                                            dt.datetime(2027, 2, 1, tzinfo=dt.UTC)).to_ical())
    assert str(cal["x-wr-calname"]) == "Karriereplan: Backend Architect"
    kafka = next(e for e in cal.walk("VEVENT") if "Kafka" in str(e["summary"]))
    assert str(kafka["summary"]) == "Meilenstein: Kafka"
    assert "lerne ich; etwa 3 Wochen Lernaufwand" in str(kafka["description"])
    assert kafka.decoded("dtstart") == dt.date(2027, 3, 15)  # machine fields stay machine fields
    assert b"DTSTART;VALUE=DATE:20270315" in cal.to_ical()


def test_markdown_names_each_skills_group_as_german_writes_it(desk, german_app):
    """German capitalises nouns: "(Tools & Technologien)", never a lowercased "(tools & technologien)"."""
    text = render_markdown(desk.plan_report(today=dt.date(2027, 2, 1)))
    groups = set(re.findall(r"^(?:-|\d+\.) \*\*.*?\*\* \(([^)]*)\)", text, re.M))
    assert groups and groups <= {"fachliche Kompetenzen", "Soft Skills", "Tools & Technologien"}, groups


def test_an_export_that_cannot_be_written_says_why_in_german(desk, german_app, tmp_path):
    """The operating system's reason ("Not a directory", "Permission denied") is English:
    the person reads why in their own language."""
    import errno

    from careerdesk.domain.errors import os_reason
    from careerdesk.export.output import ExportError

    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError) as caught:
        desk.export_plan(blocker / "plan.pdf")
    assert "Not a directory" not in str(caught.value) and "kein Ordner" in str(caught.value)
    for code, english in ((errno.EACCES, "Permission denied"), (errno.EROFS, "Read-only file system"),
                          (errno.ENOSPC, "No space left on device")):
        assert english not in os_reason(OSError(code, english))
    remove_translations()
    assert os_reason(OSError(errno.EACCES, "Permission denied")) != ""
