"""Role text is data, never markup; odd Unicode shows as written; fuzzed input never crashes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLabel

from careerdesk.domain.errors import CatalogueError
from careerdesk.store.sources import load_catalogue
from careerdesk.ui.start import build_window
from careerdesk.ui.views.richtext import ReadingView
from tests.conftest import FIXTURE_SKILLS, role_dict, write_catalogue

IMG = '<img src="file:///etc/passwd">'
LINK = '<a href="http://example.com/x">click</a>'
RICH = "<b>bold</b> <script>alert(1)</script> &amp; <table><tr><td>cell</td></tr></table>"
RTL = "مهندس خلفية"  # Arabic: "backend engineer"
EMOJI = "Dev 👩🏽‍💻 e\u0301cole"  # skin-tone ZWJ sequence and a combining accent
LONG = "word " * 2000


# Any JSON value, leaning towards objects with the keys of a role profile.
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=30),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.sampled_from(list(role_dict("x", "X"))) | st.text(max_size=8), children, max_size=6),
    max_leaves=30,
)


def hostile_role() -> dict:
    role = role_dict("hostile", f"{RICH} Engineer", aliases=[IMG, RTL],
                     skills=[(f"{LINK} skill", "technical"), ("SQL", "technical")],
                     path=[("Next", "plain")])
    role["summary"] = f"{IMG} first\n\n{LINK} second {EMOJI}"
    role["outlook"] = RICH + " " + LONG
    role["responsibilities"] = [IMG, LINK, RTL]
    role["faq"] = [{"question": f"{RICH}?", "answer": f"{IMG} {LINK}"}]
    role["seniority_levels"][0]["name"] = RICH
    role["salary"]["source"] = LINK
    return role


@pytest.fixture
def hostile_window(qtbot, isolated_home, tmp_path, monkeypatch):
    skills = [*FIXTURE_SKILLS, {"name": f"{LINK} skill", "kind": "technical", "aliases": []}]
    data = write_catalogue(tmp_path / "data", [hostile_role(), role_dict("plain", "Next", skills=[("SQL", "technical")],
                                                                         path=[])], skills)
    monkeypatch.setenv("CAREERDESK_DATA", str(data))
    requested = []
    monkeypatch.setattr(ReadingView, "loadResource",
                        lambda self, kind, url: requested.append(url.toString()))
    window = build_window(isolated_home)
    qtbot.addWidget(window)
    window.show()
    window.open_role("hostile")
    for i in range(5):
        window.tabs.setCurrentIndex(i)
    window.requested = requested
    return window


def test_markup_in_every_field_shows_literally(hostile_window):
    w = hostile_window
    overview = w.overview.plain_text()
    for text in (IMG, LINK, RICH, RTL, EMOJI):
        assert text in overview, text
    assert "".join(LONG.split())[:200] in "".join(overview.split())
    assert IMG in w.responsibilities.plain_text() and LINK in w.responsibilities.plain_text()
    assert w.title.text() == f"{RICH} Engineer"
    assert w.faq.items[0].question.text() == f"{RICH}?"
    assert w.faq.items[0].answer.text() == f"{IMG} {LINK}"
    assert w.roles.index(w.roles.row_of("hostile")).data() == f"{RICH} Engineer"
    assert w.skills.model.index(0).data() == f"{LINK} skill"
    assert w.requested == []  # no image, link or stylesheet was ever fetched


def test_every_label_is_plain_text(hostile_window):
    from PySide6.QtCore import Qt

    for label in hostile_window.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(JSON_VALUES)
def test_fuzzed_role_files_are_rejected_cleanly(tmp_path: Path, value):
    folder = tmp_path / "fuzz"
    write_catalogue(folder, [])
    (folder / "roles" / "x.json").write_text(json.dumps(value), encoding="utf-8")
    try:
        catalogue = load_catalogue(folder)
    except CatalogueError as exc:
        assert str(exc).startswith("x.json")
    else:
        assert [r.id for r in catalogue.roles] == ["x"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_binary_junk_is_rejected_cleanly(tmp_path: Path, junk):
    folder = tmp_path / "junk"
    write_catalogue(folder, [])
    (folder / "roles" / "x.json").write_bytes(junk)
    with pytest.raises(CatalogueError, match="^x.json"):
        load_catalogue(folder)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(JSON_VALUES)
def test_fuzzed_import_files_are_rejected_cleanly_or_imported_whole(tmp_path: Path, value):
    from careerdesk.importers.role_files import RoleImportError, read_role_files

    path = tmp_path / "fuzz.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    try:
        profiles = read_role_files([path])
    except RoleImportError as exc:
        assert exc.problems and all(p.startswith(("fuzz.json", "no role profiles")) for p in exc.problems)
    else:
        assert profiles


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_fuzzed_role_pages_never_crash_the_reader(tmp_path: Path, text):
    from careerdesk.domain.skills import CanonicalSkill, SkillIndex
    from careerdesk.importers.role_page import parse_role_page

    index = SkillIndex([CanonicalSkill(name="SQL", kind="technical", aliases=["Structured Query Language"])])
    data = parse_role_page(text, index, lambda _t: None, lambda _t: "Imported")
    assert isinstance(data["title"], str) and isinstance(data["skills"], list)
