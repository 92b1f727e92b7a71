"""A listing read on after this process reopened the catalogue (a rebuild: one of the person's own
roles removed that hid a bundled one; an O*NET import, on a worker thread while the window paints).
SQLite's data_version belongs to a connection and a new one counts from the same start, so the
version alone does not tell the rebuilt file from the one counted: the pages read afterwards must
still not pass for the listing's (one role listed twice, another not at all). Real files."""

from __future__ import annotations

from pathlib import Path

from careerdesk.domain.listing import RoleListing
from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from tests.conftest import role_dict, write_catalogue


def test_a_listing_read_after_the_catalogue_was_reopened_is_outdated(tmp_path: Path):
    data = write_catalogue(tmp_path / "data", [role_dict(f"b{i:03}", f"B {i:03}") for i in range(150)], [])
    desk = Desk.open(tmp_path / "home", data)
    try:
        desk.import_roles([RoleProfile.model_validate(role_dict("b100", "A First"))], replace=True)  # (in place)
        listing = desk.find_roles("")
        said = []
        listing.on_outdated = lambda: said.append(True)
        assert [listing[i].id for i in range(2)] == ["b100", "b000"]  # (the first page read)
        built = desk.store._catalogue_file
        desk.remove_role("b100")  # the bundled role it hid comes back: a rebuild, and a new connection
        assert desk.store._catalogue_file != built
        shown = [row.id for row in (listing.kept(i) or _read(listing, i) for i in range(len(listing))) if row]
        assert len(shown) == len(set(shown))  # never one role twice
        assert listing.outdated and said == [True]
        fresh = desk.find_roles("")
        assert [fresh[i].id for i in range(len(fresh))] == [f"b{i:03}" for i in range(150)] and not fresh.outdated
        assert fresh.index_of("b149") == 149
    finally:
        desk.close()


def _read(listing: RoleListing, i: int):
    try:
        return listing[i]
    except IndexError:  # (blank: the window lists the roles again)
        return None
