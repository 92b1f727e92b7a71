"""A listing whose catalogue another program shrank: a page read past the new end holds no row,
so no version comes with it; that page is still of another catalogue than the one counted
(a page starting before the count always holds a row of the catalogue counted). Real files,
a real second Desk (the CLI's door)."""

from __future__ import annotations

import pytest

from careerdesk.domain.listing import RoleListing
from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from tests.conftest import role_dict, write_catalogue

OWN = RoleListing.PAGE + 6


@pytest.fixture
def desks(tmp_path):
    data = write_catalogue(tmp_path / "data", [role_dict("a-bundled", "A Bundled")], [])
    desk = Desk.open(tmp_path / "home", data)
    desk.import_roles([RoleProfile.model_validate(role_dict(f"own{i:03}", f"Own {i:03}")) for i in range(OWN)])
    other = Desk.open(tmp_path / "home", data)  # (another program: the CLI, a second window)
    yield desk, other
    other.close()
    desk.close()


def test_a_page_read_past_the_end_of_a_shrunk_catalogue_makes_the_listing_outdated(desks):
    desk, other = desks
    listing = desk.find_roles("", source="mine")
    said = []
    listing.on_outdated = lambda: said.append(True)
    assert len(listing) == OWN and listing[0].id == "own000"  # (the first page read)
    for i in range(OWN - RoleListing.PAGE + 1):  # (fewer own roles than the first page holds now)
        other.remove_role(f"own{i:03}")
    with pytest.raises(IndexError):
        listing[RoleListing.PAGE]  # blank: the page holds nothing now
    assert listing.outdated and said == [True]  # and the window is told to list the roles again
    fresh = desk.find_roles("", source="mine")
    assert len(fresh) == RoleListing.PAGE - 1 and not fresh.outdated

