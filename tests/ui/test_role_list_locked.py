"""The role list reads its rows a page at a time as they are shown (domain/listing.py): a catalogue
locked by another program (a CLI import) while someone scrolls gives one message, not one per row
painted, each after the lock's full wait."""

from __future__ import annotations

import sqlite3

import pytest

from tests.ui.test_tab_switch import settle

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook shows what escapes a paint


@pytest.fixture
def window(window_telling_errors):
    return window_telling_errors


def test_scrolling_over_a_locked_catalogue_says_so_once_and_reads_again_when_relisted(window, isolated_home):
    settle()
    reads = []
    listing = window.roles._rows
    fetch = listing._fetch
    listing._fetch = lambda offset, limit: reads.append(offset) or fetch(offset, limit)
    window.desk.store.db.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(isolated_home / "catalogue.sqlite", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        window.role_list.scrollToBottom()
        settle()
        window.role_list.viewport().repaint()
        settle()
        assert len(window.shown_errors) == 1
        title, message, _details = window.shown_errors[0]
        assert "in use by another program" in message and "Traceback" not in message
        assert len(reads) == 1  # (each row painted after it waited out the lock again)
    finally:
        other.execute("ROLLBACK")
        other.close()
    window.refresh_roles()  # (what the window does once the catalogue changed, or the search is typed)
    window.role_list.scrollToBottom()
    settle()
    last = window.roles.index(window.roles.rowCount() - 1)
    assert last.data()  # read again once the lock is gone
    assert len(window.shown_errors) == 1
