"""With nothing typed, the finder lists every role of a big catalogue without reading them
all: the rows on screen are read a page at a time, and scrolling, the keyboard, the open role's
selection, the filters, the count and the accessible text still cover every role."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from bench.synthetic import make_catalogue
from careerdesk.domain.listing import RoleListing
from careerdesk.store.prebuilt import write_prebuilt
from careerdesk.ui.models.roles import RoleIdRole
from tests.ui.conftest import open_window

ROLES = 1500


@pytest.fixture(scope="module")
def big_data(tmp_path_factory):
    data = make_catalogue(tmp_path_factory.mktemp("big") / "data", ROLES, seed=2)
    write_prebuilt(data)  # built once, as a package build does: each test's first launch copies it (~5-15 s each)
    return data


@pytest.fixture
def big_window(qtbot, isolated_home, big_data, monkeypatch):
    monkeypatch.setenv("CAREERDESK_DATA", str(big_data))
    window = open_window(qtbot, isolated_home)
    window.resize(1100, 700)
    qtbot.wait(20)
    return window


def test_the_start_reads_the_rows_on_screen_not_every_role(qtbot, big_window):
    window = big_window
    listing = window.roles._rows
    assert isinstance(listing, RoleListing)
    assert window.roles.rowCount() == ROLES
    assert listing.materialised() <= 2 * RoleListing.PAGE  # the first page, and the open role's
    assert window.result_count.text() == "1,500 roles"
    view = window.role_list
    assert window.current_role is not None
    assert view.currentIndex().data(RoleIdRole) == window.current_role.id


def test_keyboard_scrolling_and_the_open_role_reach_every_row(qtbot, big_window):
    window = big_window
    view = window.role_list
    everyone = window.desk.list_roles()
    view.setFocus()
    view.setCurrentIndex(window.roles.index(0))
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.currentIndex().row() == ROLES - 1
    assert window.current_role.id == everyone[-1].id  # the last role, opened
    assert view.viewport().rect().contains(view.visualRect(view.currentIndex()))
    qtbot.keyClick(view, Qt.Key.Key_PageUp)
    assert 0 < view.currentIndex().row() < ROLES - 1
    assert window.current_role.id == everyone[view.currentIndex().row()].id
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert window.current_role.id == everyone[0].id
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    qtbot.wait(10)
    last = window.roles.index(ROLES - 1)  # the scroll bar's end shows the last role
    assert view.viewport().rect().contains(view.visualRect(last))
    assert last.data() == everyone[-1].title
    assert last.data(Qt.ItemDataRole.AccessibleDescriptionRole).endswith(everyone[-1].family)
    middle = everyone[ROLES // 2]  # far from the rows on screen: comes to the middle, selected
    window.open_role(middle.id)
    rect = view.visualRect(view.currentIndex())
    height = view.viewport().height()
    assert view.currentIndex().row() == ROLES // 2
    assert height / 4 < rect.center().y() < 3 * height / 4, (rect, height)
    assert [i.data(RoleIdRole) for i in view.selectionModel().selectedIndexes()] == [middle.id]


def test_filters_search_and_clearing_keep_the_listing_whole(qtbot, big_window):
    window = big_window
    desk = window.desk
    family = desk.families()[2]
    window.family.setCurrentIndex(window.family.findData(family))
    assert window.roles.rowCount() == len(desk.list_roles(family))
    assert window.result_count.text() == f"{len(desk.list_roles(family)):,} roles"
    assert {window.roles.index(r).data(RoleIdRole) for r in range(window.roles.rowCount())} == {
        row.id for row in desk.list_roles(family)}
    window.family.setCurrentIndex(0)
    opened = desk.list_roles()[700]
    window.open_role(opened.id)
    qtbot.keyClicks(window.search, "analytics")
    assert 0 < window.roles.rowCount() <= desk.search_limit
    window.search.clear()
    assert window.roles.rowCount() == ROLES
    assert window.current_role.id == opened.id
    assert window.role_list.currentIndex().row() == 700


def test_opening_a_role_far_down_reads_about_a_screen_of_rows(qtbot, big_window):
    """The list scrolls to the role opened and reads the rows it then shows: a page of 256 rows
    was a third of that repaint (10,000 roles), and one of 64 four times the rows on screen; the
    rows read are now those on screen, rounded out to at most two pages of 16."""
    window = big_window
    listing = window.roles._rows
    qtbot.wait(50)
    far = listing[1200:1201][0].id  # (a slice is read as it is, not kept)
    before = listing.materialised()
    window.open_role(far)
    qtbot.wait(50)
    assert window.role_list.currentIndex().data(RoleIdRole) == far
    on_screen = window.role_list.viewport().height() // window.role_list.sizeHintForRow(0) + 1
    assert on_screen < RoleListing.PAGE
    assert 0 < listing.materialised() - before <= 32  # (a page of 64 before; of 256 before that)


def test_clearing_a_search_lists_every_role_with_the_open_one_selected_from_the_top(qtbot, big_window):
    """Clearing a search grows the list from its results to every role (more rows than
    RoleListModel.GROW_AT_END: they go in at the front). The rows are the listing's, the open
    role stays open and selected on its own row, the list shows its top, the count says every
    role; typing again lists the matches, and clearing with nothing open selects nothing."""
    window = big_window
    desk = window.desk
    every = desk.list_roles()
    opened = every[3]
    window.open_role(opened.id)
    for typed in ("c", "cloud"):
        qtbot.keyClicks(window.search, typed)
        found = desk.find_roles(window.search.text())
        assert [window.roles.index(r).data(RoleIdRole) for r in range(window.roles.rowCount())] == [
            r.id for r in found]
        assert window.result_count.text() == (f"{len(found)} roles" if len(found) < desk.search_limit
                                               else f"The best {desk.search_limit} matches; type more to narrow")
        window.role_list.verticalScrollBar().setValue(window.role_list.verticalScrollBar().maximum())
        while window.search.text():
            qtbot.keyClick(window.search, Qt.Key.Key_Backspace)
        assert window.roles.rowCount() == ROLES
        assert [window.roles.index(r).data(RoleIdRole) for r in range(60)] == [r.id for r in every[:60]]
        assert window.roles.index(ROLES - 1).data(RoleIdRole) == every[-1].id
        assert window.result_count.text() == f"{ROLES:,} roles"
        assert window.current_role.id == opened.id
        assert window.role_list.currentIndex().row() == 3
        selected = window.role_list.selectionModel().selectedIndexes()
        assert [i.data(RoleIdRole) for i in selected] == [opened.id]
        assert window.role_list.verticalScrollBar().value() == 0
    qtbot.keyClicks(window.search, "zzzzq")  # nothing found: no rows, no current row
    assert window.roles.rowCount() == 0 and window.result_count.text() == "0 roles"
    assert not window.role_list.currentIndex().isValid()
    window.search.clear()
    assert window.roles.rowCount() == ROLES and window.role_list.currentIndex().row() == 3
