"""A backup onto a full disk names the folder it could not write, the backups folder, not the
data file it copied (which is fine, and which a person would otherwise go and free space for, or
suspect). A real small tmpfs filled to the last block; the window's own "Back up my data now"."""

from __future__ import annotations

from pathlib import Path

import pytest

from careerdesk.service.desk import Desk
from careerdesk.store.errors import DataUnwritable
from careerdesk.store.health import BACKUP_DIR, backups
from careerdesk.store.store import Store
from tests.reliability.test_faults import fill, needs_root, small_disk
from tests.ui.conftest import open_window


@pytest.fixture
def full_disk_home(tmp_path, fixture_data):
    """A data folder with its day's backup made, on a 4 MB tmpfs of its own; `fill` fills it."""
    with small_disk(tmp_path / "disk", "4m") as disk:
        home = disk / "home"
        for _ in range(2):  # (the second open makes the day's backup: no worker copies meanwhile)
            Store(home, fixture_data).close()
        assert backups(home)
        yield home


def assert_names_the_backups_folder(message: str, home: Path) -> None:
    assert "disk is full" in message, message
    assert str(home / BACKUP_DIR) in message, message
    assert "careerdesk.sqlite" not in message, message  # the data file is not what failed


@needs_root
def test_back_up_now_on_a_full_disk_names_the_backups_folder(qtbot, full_disk_home, fixture_data, monkeypatch):
    monkeypatch.setenv("CAREERDESK_DATA", str(fixture_data))
    window = open_window(qtbot, full_disk_home)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("careerdesk.ui.data_actions.show_error", lambda _parent, title, message: shown.append(
        (title, message)))
    made = backups(full_disk_home)
    fill(full_disk_home.parent)
    window.findChild(type(window.actions_["backup"]), "backUp").trigger()
    [(title, message)] = shown
    assert title == "Backup failed" and message.startswith("No backup was made.")
    assert_names_the_backups_folder(message, full_disk_home)
    assert backups(full_disk_home) == made
    assert not [p.name for p in (full_disk_home / BACKUP_DIR).iterdir() if "partial" in p.name]
    window.close()


@needs_root
def test_the_desks_backup_on_a_full_disk_names_the_backups_folder(full_disk_home, fixture_data):
    """The door `careerdesk data backup` calls, on a disk that fills up once the data is open (a
    command started on a disk already full stops at the opening, naming the data file: rightly)."""
    desk = Desk.open(full_disk_home, fixture_data)
    made = backups(full_disk_home)
    try:
        fill(full_disk_home.parent)
        with pytest.raises(DataUnwritable) as raised:
            desk.back_up()
    finally:
        desk.close()
    assert_names_the_backups_folder(str(raised.value), full_disk_home)
    assert backups(full_disk_home) == made
