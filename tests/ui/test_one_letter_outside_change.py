"""Rows read as painted (a one-letter result, search9; the list of every role) while another
program changes the catalogue before the window has looked again (its poll, ~1.5 s; longer
while a dialog is open). Pages read after the change would be of the new catalogue and the
pages read before of the old one: one role listed twice and another not at all until the
window relisted (round 9's pinned defect). Now a page read after another program's commit is
left blank, and the window lists the roles again at once, not at its next poll."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from careerdesk.domain.listing import RoleListing
from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from careerdesk.store.search import SEARCH_LIMIT
from careerdesk.ui.models.roles import RoleIdRole
from tests.conftest import role_dict, write_catalogue
from tests.ui.conftest import open_window

QUILLS = SEARCH_LIMIT + 30  # more "q" titles than a search lists: the one-letter result is paged


def listed(window) -> list[str | None]:
    return [window.roles.index(i).data(RoleIdRole) for i in range(window.roles.rowCount())]


@pytest.fixture
def window(qtbot, isolated_home, tmp_path, monkeypatch):
    data = write_catalogue(tmp_path / "data", [role_dict(f"q{i:03}", f"Quill Maker {i:03}") for i in range(QUILLS)], [])
    monkeypatch.setenv("CAREERDESK_DATA", str(data))
    window = open_window(qtbot, isolated_home)
    window.resize(1100, 700)
    window.outside._timer.stop()  # (no poll: only the list's own finding can relist it in time)
    window.data = data
    return window


def another_program_adds(window, role_id: str, title: str) -> None:
    other = Desk.open(window.desk.store.home, window.data)  # (the CLI, a second window: the same service door)
    try:
        other.import_roles([RoleProfile.model_validate(role_dict(role_id, title))])
    finally:
        other.close()


@pytest.mark.parametrize("typed", ["q", ""])
def test_a_role_added_by_another_program_is_never_listed_twice_and_the_list_follows_at_once(
        qtbot, window, typed):
    qtbot.keyClicks(window.search, typed)
    qtbot.wait(20)  # (painted: the first page read)
    assert isinstance(window.roles._rows, RoleListing)
    assert window.roles._rows.materialised() < 100  # (the rest are read as they are shown)
    another_program_adds(window, "qa", "Qa")  # (ranks first in both lists: the shortest title, family first)
    shown = [role_id for role_id in listed(window) if role_id is not None]  # (scrolled through)
    assert len(shown) == len(set(shown))
    # the list lists again by itself, long before a poll would have (there is none here)
    qtbot.waitUntil(lambda: window.roles.index(0).data(RoleIdRole) == "qa", timeout=1000)
    after = listed(window)
    assert None not in after and len(after) == len(set(after))
    assert after[:3] == ["qa", "q000", "q001"]
    assert len(after) == (SEARCH_LIMIT if typed else QUILLS + 1)


def test_a_commit_that_changes_no_role_relists_the_same_rows_and_keeps_the_open_role(qtbot, window):
    window.open_role("q005")
    before = [window.roles.index(i).data(RoleIdRole) for i in range(20)]  # (the first page only)
    # (another window's start noting what it looked at: sqlite3 here, any program could)
    with closing(sqlite3.connect(window.desk.store.catalogue_path, isolation_level=None)) as other:
        other.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('note', 'x')")
    old = window.roles._rows
    window.role_list.scrollToBottom()  # (rows not read yet, painted after the commit)
    scrolled = window.role_list.verticalScrollBar().value()
    qtbot.waitUntil(lambda: window.roles._rows is not old, timeout=1000)  # (listed again)
    assert old.outdated and not window.roles.outdated()
    qtbot.wait(50)
    assert window.role_list.verticalScrollBar().value() == scrolled  # (not pulled back to the open role)
    assert listed(window)[:20] == before and None not in listed(window)
    assert window.role_list.currentIndex().data(RoleIdRole) == "q005"
    assert window.current_role.id == "q005"


def test_a_listing_read_after_another_programs_commit_is_outdated_once(tmp_path):
    roles = [role_dict(f"r{i:03}", f"Role {i:03}") for i in range(SEARCH_LIMIT + 30)]
    data = write_catalogue(tmp_path / "data", roles, [])
    desk = Desk.open(tmp_path / "home", data)
    try:
        listings = [desk.find_roles(""), desk.find_roles("r", paged=True)]  # (more titles than a search lists)
        assert all(isinstance(listing, RoleListing) for listing in listings)
        said = []
        for listing in listings:
            listing.on_outdated = lambda: said.append(True)
            assert listing[0].id == "r000"
            assert listing.index_of("r100") == 100  # (asked of the store: still the catalogue counted)
        other = Desk.open(tmp_path / "home", data)
        try:
            other.import_roles([RoleProfile.model_validate(role_dict("r", "R"))])  # (first in both)
        finally:
            other.close()
        for n, listing in enumerate(listings, 1):
            assert listing[1].id == "r001"  # a page read before the change is still shown
            assert listing.index_of("r120") == -1  # (its row in the new catalogue is not its row here)
            assert listing.outdated and said == [True] * n  # said once
            for row in (listing.PAGE * 3, listing.PAGE, len(listing) - 1):
                with pytest.raises(IndexError):
                    listing[row]  # a page read after it is not (it would be the new catalogue's)
            assert listing.index_of("r000") == 0 and listing.index_of("r001") == 1  # (rows read: kept)
            assert list(listing)[0].id == "r"  # (read whole, at once: the new catalogue)
        assert said == [True, True]
        fresh = desk.find_roles("")  # a listing made afterwards is current
        assert fresh[0].id == "r" and len(fresh) == SEARCH_LIMIT + 31 and not fresh.outdated
        assert fresh[RoleListing.PAGE].id == f"r{RoleListing.PAGE - 1:03}" and not fresh.outdated
    finally:
        desk.close()


def test_while_a_dialog_is_open_the_list_is_listed_again_at_the_first_tick_after_it(qtbot, window):
    from PySide6.QtWidgets import QDialog

    dialog = QDialog(window)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.isVisible())
    old = window.roles._rows
    another_program_adds(window, "qa", "Qa")
    window.role_list.scrollToBottom()  # (a page read after the change: the list knows)
    qtbot.waitUntil(lambda: old.outdated, timeout=1000)
    qtbot.wait(100)
    assert window.roles._rows is old  # (nothing relisted under the dialog)
    dialog.close()
    window.outside._poll()  # (the watcher's next tick)
    assert window.roles._rows is not old and window.roles.index(0).data(RoleIdRole) == "qa"
    assert None not in listed(window)
