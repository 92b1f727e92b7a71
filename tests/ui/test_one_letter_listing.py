"""A letter that more titles start with than the finder lists (every letter titles use at
10,000 roles): the list holds the search's rows read a page at a time as they are painted,
and the window's count, open role, selection and further typing are as with a list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from careerdesk.domain.listing import RoleListing
from careerdesk.store.search import SEARCH_LIMIT
from careerdesk.ui.models.roles import RoleIdRole
from tests.conftest import role_dict, write_catalogue
from tests.ui.conftest import open_window


def shown(window) -> list[str]:
    return [window.roles.index(r).data(RoleIdRole) for r in range(window.roles.rowCount())]


def test_one_letter_that_titles_fill_lists_its_rows_as_painted_with_the_open_role_selected(
        qtbot, isolated_home, tmp_path, monkeypatch):
    roles = [role_dict(f"q{i:03}", f"Quill Maker {i:03}", "Data & AI" if i % 3 else "Software Engineering")
             for i in range(SEARCH_LIMIT + 30)]
    roles += [role_dict("welder", "Welder"), role_dict("quantum", "Quantum Analyst", aliases=["Qa Lead"])]
    monkeypatch.setenv("CAREERDESK_DATA", str(write_catalogue(tmp_path / "data", roles, [])))
    window = open_window(qtbot, isolated_home)
    window.resize(1100, 700)
    desk = window.desk
    found = desk.find_roles("q")
    assert isinstance(found, list) and len(found) == SEARCH_LIMIT
    opened = found[40]  # (past the first page: its row comes from the store, not from a page read)
    window.open_role(opened.id)
    qtbot.keyClicks(window.search, "q")
    listing = window.roles._rows
    assert isinstance(listing, RoleListing) and window.roles.rowCount() == SEARCH_LIMIT
    qtbot.wait(20)  # (painted)
    assert 0 < listing.materialised() <= 2 * desk.store.catalogue.LETTER_PAGE
    assert window.result_count.text() == f"The best {SEARCH_LIMIT} matches; type more to narrow"
    assert window.current_role.id == opened.id and window.role_list.currentIndex().row() == 40
    assert [i.data(RoleIdRole) for i in window.role_list.selectionModel().selectedIndexes()] == [opened.id]
    assert shown(window) == [r.id for r in found]
    qtbot.keyClicks(window.search, "u")  # (the same roles, as every row was read above: nothing to repaint)
    assert shown(window) == [r.id for r in desk.find_roles("qu")]
    qtbot.keyClicks(window.search, "a")
    assert shown(window) == [r.id for r in desk.find_roles("qua")] == ["quantum"]
    assert window.result_count.text() == "1 role" and window.role_list.currentIndex().row() == -1
    qtbot.keyClick(window.search, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.search, Qt.Key.Key_Backspace)
    assert shown(window) == [r.id for r in found]
    assert window.role_list.currentIndex().row() == 40 and window.current_role.id == opened.id
    window.open_role("welder")  # (not among them: no row selected)
    window.search.setText("")
    qtbot.keyClicks(window.search, "q")
    assert window.current_role.id == "welder" and not window.role_list.currentIndex().isValid()
    assert window.role_list.selectionModel().selectedIndexes() == []
    window.family.setCurrentIndex(window.family.findData("Data & AI"))  # (fewer titles than the limit)
    assert isinstance(window.roles._rows, RoleListing) and window.roles.rowCount() == 153
    assert shown(window) == [r.id for r in desk.find_roles("q", "Data & AI")]
    assert window.result_count.text() == "153 roles"
