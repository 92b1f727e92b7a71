"""The plan document: read back with a PDF library, and its layout rules checked directly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QPageSize

from careerdesk.domain.plan import Plan, SkillStatus
from careerdesk.export.markdown import render_markdown
from careerdesk.export.pdf import ExportError, export_pdf, paginate, plan_blocks
from careerdesk.service.desk import Desk
from careerdesk.store.store import Store
from tests.conftest import BUNDLED_DATA, role_dict, write_catalogue

HOSTILE = '<b>bold</b> <img src="file:///etc/passwd"> <a href="http://example.com">link</a> & fi'


def words(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    return [words(page.extract_text()) for page in PdfReader(path).pages]


@pytest.fixture
def desk(qapp, isolated_home):
    store = Store(isolated_home, BUNDLED_DATA)
    desk = Desk(store)
    desk.save_plan(Plan(name="Ada Lovelace", current_role="backend-engineer", target_role="backend-architect",
                        target_date=dt.date(2027, 6, 30)))
    desk.set_status("system design", "System design", SkillStatus.HAVE)
    desk.set_status("kafka", "Kafka", SkillStatus.LEARNING)
    desk.set_note("kafka", "Kafka", "Certified Kafka developer course, finishing in March", HOSTILE)
    yield desk
    store.close()


def test_pdf_holds_the_whole_plan_as_selectable_text(desk, tmp_path):
    report = desk.plan_report(today=dt.date(2026, 11, 29))
    out = tmp_path / "plan.pdf"
    pages = export_pdf(report, out, QPageSize.PageSizeId.A4)
    texts = pdf_pages(out)
    assert len(texts) == pages >= 2
    whole = " ".join(texts)
    assert "Career plan: Ada Lovelace" in whole
    assert "From Backend Engineer to Backend Architect" in whole and "target date 2027-06-30" in whole
    squashed = "".join(whole.split())  # wrapped lines may break after a hyphen
    for item in report.gap.missing:
        assert "".join(item.skill.label.split()) in squashed, item.skill.label
    assert "Kafka" in whole and "System design" in whole
    for responsibility in report.target.responsibilities:
        assert "".join(responsibility.split()) in squashed
    assert "Principal Engineer" in whole  # the path after the target
    for number, text in enumerate(texts, 1):
        assert f"Page {number} of {pages}" in text
        assert "Career plan for Ada Lovelace" in text  # running header
    # ligatures off: "fi" extracts as two letters, so copied text reads right
    assert "Certified Kafka developer course" in whole
    # role and user text is shown literally, never as markup
    assert "".join(HOSTILE.split()) in squashed


def test_paper_size_a4_and_letter(desk, tmp_path):
    report = desk.plan_report()
    for paper, size in ((QPageSize.PageSizeId.A4, (595, 842)), (QPageSize.PageSizeId.Letter, (612, 792))):
        out = tmp_path / f"{paper.name}.pdf"
        export_pdf(report, out, paper)
        box = PdfReader(out).pages[0].mediabox
        assert (round(float(box.width)), round(float(box.height))) == size


def test_no_block_is_split_and_headings_stay_with_their_table(desk):
    blocks = plan_blocks(desk.plan_report())
    width, height = 495.0, 400.0  # a short page forces many breaks
    pages = paginate(blocks, width, height)
    assert len(pages) > 3
    rows = [b for b in blocks if b.repeat_header is not None]
    placed_rows = [b for page in pages for b, _ in page if b.repeat_header is not None]
    assert placed_rows == rows  # every row exactly once, in order
    for page in pages:
        for block, y in page:
            assert y + block.height_of(width) <= height + 0.01  # nothing runs past the page end
        assert page[0][0].repeat_header is None  # a continued table starts with its header again
        if page is not pages[-1]:
            assert not page[-1][0].keep_with_next  # no heading or table header alone at the bottom


def test_failed_export_leaves_no_file(desk, tmp_path):
    report = desk.plan_report()
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    with pytest.raises(ExportError, match="cannot write"):
        export_pdf(report, out_dir / "missing" / "plan.pdf")
    assert list(out_dir.iterdir()) == []


def test_markdown_escapes_markup_and_lists_everything(desk):
    text = render_markdown(desk.plan_report(today=dt.date(2026, 11, 29)))
    assert text.startswith("# Career plan: Ada Lovelace\n")
    assert "\\<b\\>bold\\</b\\>" in text and "<b>" not in text
    assert "## What to learn next" in text and "## The path from here" in text
    assert "| Technical skills |" in text


def test_empty_role_and_no_name_still_export(qapp, isolated_home, tmp_path):
    data = write_catalogue(tmp_path / "data", [role_dict("empty", "Empty Role")])
    store = Store(isolated_home, data)
    desk = Desk(store)
    desk.save_plan(Plan(target_role="empty"))
    out = tmp_path / "empty.pdf"
    assert export_pdf(desk.plan_report(), out) == 1
    text = pdf_pages(out)[0]
    assert "Career plan" in text and "Nothing missing" in text and "No skills ticked yet" in text
    store.close()


def test_a_word_longer_than_its_column_is_broken_so_all_of_it_shows(desk, tmp_path):
    # Evidence is often an address with no space in it (a certificate's verify link): drawn with
    # word wrap only, it ran past its column and was cut off at the cell's edge
    url = "https://www.credly.com/badges/" + "3f2a9c1e-7b4d-4e8a-9f10-" * 8 + "verify"
    desk.set_note("kafka", "Kafka", "Course done", url)
    out = tmp_path / "plan.pdf"
    export_pdf(desk.plan_report(), out, QPageSize.PageSizeId.A4)
    lines = [line for page in PdfReader(out).pages for line in page.extract_text().splitlines()]
    squashed = "".join("".join(lines).split())
    assert url in squashed  # nothing lost...
    longest = max((line for line in lines if "3f2a9c1e" in line), key=len)
    assert len(longest) < 60, longest  # ...and no line of it wider than the notes column


def test_a_long_address_breaks_only_itself_and_leaves_the_other_words_whole(desk, tmp_path):
    # Evidence is often a sentence with a link in it: the link is broken over lines, but the words
    # around it wrap at their spaces, as in any other cell ("Completed the Conf|luent course" was
    # what breaking the whole cell anywhere gave)
    url = "https://www.credly.com/badges/" + "3f2a9c1e-7b4d-4e8a-9f10-" * 4 + "verify"
    words = ("Completed the Confluent Fundamentals for Apache Kafka course with distinction, "
             "certificate verifiable online").split()
    desk.set_note("kafka", "Kafka", "Course done", " ".join([*words[:6], url, *words[6:]]))
    out = tmp_path / "plan.pdf"
    export_pdf(desk.plan_report(), out, QPageSize.PageSizeId.A4)
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    shown = set(text.split())
    assert all(word in shown for word in words), [w for w in words if w not in shown]
    assert url in "".join("".join(text.splitlines()).split())  # (the address whole, over its lines)


def test_the_running_header_never_runs_into_the_date(desk, tmp_path):
    # O*NET titles are long ("First-Line Supervisors of Non-Retail Sales Workers"): with a
    # person's full name the running header ran on under the date at the right
    from PySide6.QtGui import QFontMetricsF

    from careerdesk.export.pdf import font

    desk.save_plan(Plan(name="Maria-Magdalena Alexandra Constantinopoulou-Papadopoulos",
                        current_role="backend-engineer", target_role="onet-41-1012-00"))
    out = tmp_path / "plan.pdf"
    export_pdf(desk.plan_report(), out, QPageSize.PageSizeId.A4)
    chunks = []
    PdfReader(out).pages[0].extract_text(
        visitor_text=lambda text, _cm, tm, _font, _size: chunks.append((tm[4], tm[5], text)))
    top = min(y for _x, y, text in chunks if text.strip())
    (header_x, header), (date_x, _date) = sorted((x, text) for x, y, text in chunks if y == top and text.strip())
    header_end = header_x + QFontMetricsF(font(8)).horizontalAdvance(header.replace("\t", " "))
    assert header_end < date_x - 4, (header, header_end, date_x)
    assert header.startswith("CareerDesk")


def test_a_pdf_that_does_not_fit_on_the_disk_is_an_error_not_a_broken_file(desk, tmp_path):
    # Qt's PDF writer ignores failed writes: on a full disk the export said "wrote plan.pdf"
    # and left a truncated PDF no reader opens. A file-size limit fails writes past 8 KB as a
    # full disk does (EFBIG instead of ENOSPC; SIGXFSZ ignored so the write returns the error).
    import resource
    import signal

    report = desk.plan_report()
    out = tmp_path / "exports" / "plan.pdf"
    out.parent.mkdir()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    old_handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (8 * 1024, hard))
    try:
        with pytest.raises(ExportError, match="cannot write"):
            export_pdf(report, out, QPageSize.PageSizeId.A4)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, old_handler)
    assert list(out.parent.iterdir()) == []  # no truncated plan.pdf, no temporary file
