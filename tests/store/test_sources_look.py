"""A window start looks at the catalogue's sources quickly (no stat per role file) and
finishes the look after its first paint; the command line looks at every file at once."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from careerdesk.service import Changes, Desk
from careerdesk.store.errors import NotQuick
from careerdesk.store.store import Store
from tests.conftest import role_dict


class FileLooks:
    """Records every os.stat and os.scandir under a folder (pathlib and DirEntry go through
    these: a DirEntry.stat needs the scandir that made it)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path):
        self.folder = str(folder)
        self.seen: list[str] = []
        for name in ("stat", "scandir"):
            real = getattr(os, name)
            monkeypatch.setattr(os, name, self._spy(real, name))

    def _spy(self, real, name):
        def spy(path=".", *args, **kwargs):
            if os.fspath(path).startswith(self.folder):
                self.seen.append(f"{name} {os.fspath(path)}")
            return real(path, *args, **kwargs)
        return spy


def built(home: Path, data: Path) -> None:
    Store(home, data).close()  # the catalogue built, and the quick look recorded with it


def test_a_window_start_stats_no_role_file_when_nothing_changed(isolated_home, fixture_data, monkeypatch):
    built(isolated_home, fixture_data)
    looks = FileLooks(monkeypatch, fixture_data / "roles")
    desk = Desk.open(isolated_home, fixture_data, check_sources_later=True)
    assert desk.role_count() == 3
    assert looks.seen == [f"stat {fixture_data / 'roles'}"]  # the folder itself, once
    desk.close()


def test_the_command_line_still_looks_at_every_file(isolated_home, fixture_data, monkeypatch):
    built(isolated_home, fixture_data)
    looks = FileLooks(monkeypatch, fixture_data / "roles")
    Desk.open(isolated_home, fixture_data).close()
    assert f"scandir {fixture_data / 'roles'}" in looks.seen


def edit_in_place(data: Path, role_id: str, title: str) -> None:
    """Rewrite a role file where it is (as many editors save): its folder does not change."""
    path = data / "roles" / f"{role_id}.json"
    before = os.stat(path.parent)
    role = json.loads(path.read_text(encoding="utf-8"))
    path.write_text(json.dumps({**role, "title": title}), encoding="utf-8")
    assert os.stat(path.parent).st_mtime_ns == before.st_mtime_ns


def test_a_file_edited_in_place_is_found_after_the_first_paint(isolated_home, fixture_data):
    built(isolated_home, fixture_data)
    edit_in_place(fixture_data, "backend-engineer", "Back-End Engineer")
    desk = Desk.open(isolated_home, fixture_data, check_sources_later=True)
    heard: list[Changes] = []
    desk.changes.subscribe(heard.append)
    assert desk.title_of("backend-engineer") == "Backend Engineer"  # trusted for the first paint
    assert desk.check_sources(wait=True)
    assert desk.title_of("backend-engineer") == "Back-End Engineer"
    assert [c.catalogue for c in heard] == [True]
    assert not desk.check_sources(wait=True)  # looked once: nothing more to do
    desk.close()
    again = Desk.open(isolated_home, fixture_data, check_sources_later=True)
    assert again.title_of("backend-engineer") == "Back-End Engineer" and not again.check_sources(wait=True)
    again.close()


def test_nothing_changed_means_nothing_announced(isolated_home, fixture_data):
    built(isolated_home, fixture_data)
    desk = Desk.open(isolated_home, fixture_data, check_sources_later=True)
    heard: list[Changes] = []
    desk.changes.subscribe(heard.append)
    assert not desk.check_sources(wait=True)
    assert heard == []
    desk.close()


def test_an_added_role_file_shows_on_the_first_paint(isolated_home, fixture_data):
    built(isolated_home, fixture_data)
    role = role_dict("sre", "Site Reliability Engineer", "Infrastructure", skills=[("SQL", "technical")])
    (fixture_data / "roles" / "sre.json").write_text(json.dumps(role), encoding="utf-8")
    desk = Desk.open(isolated_home, fixture_data, check_sources_later=True)
    assert desk.title_of("sre") == "Site Reliability Engineer"
    desk.close()


def test_the_users_own_roles_are_never_taken_on_a_quick_look(isolated_home, fixture_data, tmp_path):
    """Another process changed the user's roles behind the catalogue's back: rebuilt at once."""
    import sqlite3

    built(isolated_home, fixture_data)
    conn = sqlite3.connect(isolated_home / "careerdesk.sqlite")
    with conn:
        conn.execute("INSERT INTO user_roles (id, profile, added_at) VALUES (?, ?, ?)",
                     ["mine-1", json.dumps(role_dict("mine-1", "My Own Role")), "2026-01-01T00:00:00+00:00"])
    conn.close()
    desk = Desk.open(isolated_home, fixture_data, check_sources_later=True)
    assert desk.title_of("mine-1") == "My Own Role"
    desk.close()


def test_the_digest_of_no_own_roles_is_sha256_of_nothing():
    import hashlib

    from careerdesk.store import freshness

    assert freshness.digest("") == hashlib.sha256(b"").hexdigest()
    assert freshness.digest("a\0{}\n") == hashlib.sha256(b"a\0{}\n").hexdigest()


def opens_quickly(home, data) -> bool:
    """Whether a window start's main-thread open (`quick_only`) opens the folder, not stopping
    at NotQuick."""
    try:
        Store(home, data, check_sources_later=True, quick_only=True).close()
    except NotQuick:
        return False
    return True


def test_a_quick_only_open_says_what_a_window_start_will_find(isolated_home, fixture_data):
    """The window opens its data on the main thread only when the open is quick (no build); a
    first launch, a changed catalogue or a damaged one go behind the progress dialog. (Until round
    15 a separate look, Store.opens_quickly, said so before the open, reading both files again.)"""
    import sqlite3

    from careerdesk.store.freshness import DAMAGE_MARK

    assert not opens_quickly(isolated_home, fixture_data)  # a first launch builds
    assert not isolated_home.exists()  # and the try made nothing
    built(isolated_home, fixture_data)
    assert opens_quickly(isolated_home, fixture_data)
    (isolated_home / DAMAGE_MARK).write_text("", encoding="utf-8")
    assert not opens_quickly(isolated_home, fixture_data)
    assert (isolated_home / DAMAGE_MARK).exists()  # (left for the open behind the dialog)
    built(isolated_home, fixture_data)
    assert opens_quickly(isolated_home, fixture_data)
    role = role_dict("sre", "Site Reliability Engineer", "Infrastructure", skills=[("SQL", "technical")])
    (fixture_data / "roles" / "sre.json").write_text(json.dumps(role), encoding="utf-8")
    assert not opens_quickly(isolated_home, fixture_data)  # an added file
    built(isolated_home, fixture_data)
    conn = sqlite3.connect(isolated_home / "careerdesk.sqlite")
    with conn:
        conn.execute("INSERT INTO user_roles (id, profile, added_at) VALUES (?, ?, ?)",
                     ["mine-1", json.dumps(role_dict("mine-1", "My Own Role")), "2026-01-01T00:00:00+00:00"])
    conn.close()
    assert not opens_quickly(isolated_home, fixture_data)  # own roles changed behind its back
    built(isolated_home, fixture_data)
    assert opens_quickly(isolated_home, fixture_data)
