"""A search result in the finder is read whole when it is typed: a step stopped early leaves
no read behind it. So the catalogue locked or damaged after a keystroke gives one clear
message and keeps the list shown; the CLI can change the catalogue between keystrokes (and
the next one shows the change); a reopened catalogue is searched at the next keystroke."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtTest import QTest

from careerdesk.store.store import Store
from tests.conftest import BUNDLED_DATA, role_dict

pytestmark = pytest.mark.qt_no_exception_capture  # the app's own hook shows what escapes a slot


@pytest.fixture
def window(window_telling_errors):
    return window_telling_errors


def listed(window) -> list[str]:
    return [window.roles.index(i).data() for i in range(window.roles.rowCount())]


def typed(window, text: str) -> list[str]:
    """Type `text` into the search box after what is there, a key at a time."""
    for char in text:
        QTest.keyClick(window.search, char)
    return listed(window)


def fresh_search(home, text: str) -> list[str]:
    store = Store(home, BUNDLED_DATA)
    try:
        return [row.title for row in store.catalogue.search(text)]
    finally:
        store.close()


def damage_pages(path, *names: str) -> None:
    """Scribble over the root pages of `names` and bump the file's change counter, as a disk
    fault or another program would: the open connection sees it at its next read."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    roots = [conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [n]).fetchone()[0] for n in names]
    conn.close()
    with open(path, "r+b") as file:
        for root in roots:
            file.seek((root - 1) * page_size)
            file.write(b"\xff" * page_size)
        file.seek(24)
        counter = int.from_bytes(file.read(4), "big")
        file.seek(24)
        file.write((counter + 1).to_bytes(4, "big"))


@pytest.mark.parametrize("first", ["c", "nur"])  # (one letter: the alias step stopped at the list's end)
def test_a_catalogue_locked_after_a_keystroke_keeps_the_list_and_says_so(window, isolated_home, first):
    before = typed(window, first)
    assert len(before) == 200 if first == "c" else before
    window.desk.store.db.execute("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(isolated_home / "catalogue.sqlite", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        assert typed(window, "s") == before  # the list as it was, for the text before
        assert len(window.shown_errors) == 1
        title, message, _details = window.shown_errors[0]
        assert title == "CareerDesk could not do that"  # (a message of ours, not "Something went wrong")
        assert "in use by another program" in message and "Traceback" not in message
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert typed(window, "e") == fresh_search(isolated_home, f"{first}se")  # works again once the lock is gone
    assert len(window.shown_errors) == 1


def test_a_catalogue_damaged_after_a_keystroke_keeps_the_list_and_says_so(window, isolated_home):
    before = typed(window, "a")
    assert len(before) == 200
    damage_pages(isolated_home / "catalogue.sqlite", "role_names", "role_initials")
    assert typed(window, "n") == before
    assert len(window.shown_errors) == 1
    title, message, _details = window.shown_errors[0]
    assert title == "CareerDesk could not do that"
    assert "is damaged" in message and "restart CareerDesk" in message and "Traceback" not in message
    assert (isolated_home / ".catalogue-damaged").exists()  # the next start builds it again


def test_the_cli_can_change_the_catalogue_between_keystrokes(window, isolated_home, tmp_path):
    before = typed(window, "c")  # (a step read only part-way must not hold a read open)
    assert len(before) == 200
    role = role_dict("from-cli", "Cartographer From CLI", aliases=["Chart Maker"])
    role["skills"] = [{"name": "SQL", "kind": "technical"}]
    (tmp_path / "from-cli.json").write_text(json.dumps(role), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CAREERDESK_DATA"}
    done = subprocess.run([sys.executable, "-m", "careerdesk", "--home", str(isolated_home), "roles", "import",
                           str(tmp_path / "from-cli.json")], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert listed(window) == before  # the result shown stays what it was
    after = typed(window, "a")
    assert "Cartographer From CLI" in after
    assert after == fresh_search(isolated_home, "ca")
    window.open_role("from-cli")  # (a role in the result: the change announced keeps the search)
    window.pick_up_outside_changes(force=True)
    assert window.search.text() == "ca" and listed(window) == after and not window.shown_errors


def test_a_reopened_catalogue_is_searched_at_the_next_keystroke(window, isolated_home):
    before = typed(window, "c")
    store = window.desk.store
    old = store.db
    store.restore(store.back_up())  # (a restore reopens the catalogue: the user's roles may differ)
    assert store.db is not old and store.catalogue.db is store.db
    assert listed(window) == before
    assert typed(window, "o") == fresh_search(isolated_home, "co")
    QTest.keyClick(window.search, "o")
    QTest.keyClick(window.search, "\b")
    window.search.setText("c")
    assert listed(window) == before and not window.shown_errors
