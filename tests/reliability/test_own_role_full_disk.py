"""Removing one of the person's own roles that hid a bundled one needs the catalogue rebuilt. On a
full disk the rebuild fails: the removal must then be undone, so that "nothing was changed" (what
the window says) is true. Before, the removal stayed committed while the catalogue still showed
the role as theirs, and trying again said it was not one of their roles. Real files, a real tmpfs
filled to its last blocks."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from careerdesk.domain.errors import CareerDeskError, NotFoundError
from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from tests.conftest import role_dict, write_catalogue
from tests.reliability.test_faults import fill, needs_root, small_disk


@contextmanager
def own_role_on_a_full_disk(tmp_path: Path) -> Iterator[tuple[Desk, Path, Path]]:
    """(desk, disk, data): the person's own role `b1` hides a bundled one, on a 3 MB tmpfs filled
    to a page or two: too little for the catalogue's rebuild a change of `b1` needs."""
    data = write_catalogue(tmp_path / "data", [role_dict(f"b{i}", f"B {i}") for i in range(300)])
    with small_disk(tmp_path / "disk", "3m") as disk:
        desk = Desk.open(disk / "home", data)
        try:
            desk.import_roles([RoleProfile.model_validate(role_dict("b1", "Mine"))], replace=True)
            fill(disk)
            os.truncate(disk / "filler", (disk / "filler").stat().st_size - 64 * 1024)
            yield desk, disk, data
        finally:
            desk.close()


@needs_root
def test_a_removal_whose_rebuild_fails_on_a_full_disk_is_undone(tmp_path):
    with own_role_on_a_full_disk(tmp_path) as (desk, disk, data):
        with pytest.raises(CareerDeskError):
            desk.remove_role("b1")
        assert desk.is_mine("b1") and desk.role("b1").title == "Mine"
        (disk / "filler").unlink()  # (space again: the same removal now works)
        desk.remove_role("b1")
        assert not desk.is_mine("b1") and desk.role("b1").title == "B 1"
        again = Desk.open(disk / "home", data)  # (and another start agrees, on the same disk)
        try:
            assert not again.is_mine("b1") and again.role("b1").title == "B 1"
        finally:
            again.close()


@needs_root
def test_a_rename_whose_rebuild_fails_on_a_full_disk_changes_nothing(tmp_path):
    # (an edit that changed the id of a role hiding a bundled one: the new id and the old one's
    # removal are one change; before, the new id stayed saved when the removal's rebuild failed)
    renamed = RoleProfile.model_validate(role_dict("b1-new", "Mine"))
    with own_role_on_a_full_disk(tmp_path) as (desk, disk, _data):
        with pytest.raises(CareerDeskError):
            desk.import_roles([renamed], removing=["b1"])
        assert desk.role("b1-new") is None and desk.is_mine("b1") and desk.role("b1").title == "Mine"
        (disk / "filler").unlink()
        desk.import_roles([renamed], removing=["b1"])
        assert desk.is_mine("b1-new") and not desk.is_mine("b1") and desk.role("b1").title == "B 1"


def test_a_rename_from_a_role_not_ones_own_is_refused(tmp_path):
    data = write_catalogue(tmp_path / "data", [role_dict(f"b{i}", f"B {i}") for i in range(3)])
    desk = Desk.open(tmp_path / "home", data)
    try:
        with pytest.raises(NotFoundError):
            desk.import_roles([RoleProfile.model_validate(role_dict("b1-new", "Mine"))], removing=["b1"])
        assert desk.role("b1-new") is None and desk.role("b1").title == "B 1"
        assert [r.id for r in desk.find_roles("b")] == ["b0", "b1", "b2"]
    finally:
        desk.close()
