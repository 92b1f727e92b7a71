"""The window opens on a quick look at the catalogue's sources; a role file edited in place
shows within a few seconds of the first paint, through the usual change route."""

from __future__ import annotations

from careerdesk.store.store import Store
from tests.store.test_sources_look import edit_in_place
from tests.ui.conftest import open_window


def listed_titles(window) -> list[str]:
    model = window.role_list.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_role_file_edited_in_place_shows_soon_after_the_first_paint(qtbot, isolated_home, fixture_data,
                                                                         monkeypatch):
    monkeypatch.setenv("CAREERDESK_DATA", str(fixture_data))
    Store(isolated_home, fixture_data).close()
    edit_in_place(fixture_data, "backend-engineer", "Back-End Engineer")
    window = open_window(qtbot, isolated_home)
    assert "Backend Engineer" in listed_titles(window)  # the first paint trusted the quick look
    qtbot.waitUntil(lambda: "Back-End Engineer" in listed_titles(window), timeout=15_000)
    assert "Backend Engineer" not in listed_titles(window)
