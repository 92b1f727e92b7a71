"""The list found its rows of a catalogue changed since they were listed, and listing them again
meets damage (a file another program scribbled over: its change counter moved too). The rows not
read stay blank, and the person is told why, once: not silence (the window's look at outside
changes says nothing of a lock, which passes; damage does not pass). Real files, real widgets,
the app's own hook."""

from __future__ import annotations

import pytest

from careerdesk.domain.listing import RoleListing
from tests.ui.test_role_list_locked import last_row
from tests.ui.test_search_result_held import damage_pages
from tests.ui.test_tab_switch import settle

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook shows what escapes


@pytest.fixture
def window(window_telling_errors, qtbot):
    qtbot.waitUntil(lambda: window_telling_errors.plan_view_if_built is not None, timeout=10000)
    window_telling_errors.outside._timer.stop()  # (no poll: the list's own finding looks at once)
    return window_telling_errors


def test_damage_met_listing_the_rows_again_is_said_once(window, isolated_home, qtbot):
    settle()
    old = window.roles._rows
    assert isinstance(old, RoleListing) and old.materialised() < len(old)
    # (the index the count reads, not the one the pages are read along)
    damage_pages(isolated_home / "catalogue.sqlite", "roles_onet")
    window.role_list.scrollToBottom()
    settle()
    window.role_list.viewport().repaint()  # (a page read after the change: read fine, but outdated)
    settle()
    qtbot.wait(50)
    assert old.outdated and last_row(window).data() is None  # (blank: listing again met the damage)
    assert len(window.shown_errors) == 1 and "is damaged" in window.shown_errors[0][1]
    window.outside._poll()  # (the watcher's next ticks say nothing more)
    window.outside._poll()
    window.role_list.viewport().repaint()
    settle()
    assert len(window.shown_errors) == 1
