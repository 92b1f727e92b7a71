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



def test_a_one_letter_result_shrunk_before_its_first_page_is_outdated_at_its_first_page(tmp_path):
    """A one-letter result is counted with the catalogue's version, as a listing is: a page
    read after another program changed the catalogue is blank, and the window relists."""
    from careerdesk.store.search import SEARCH_LIMIT

    data = write_catalogue(tmp_path / "data", [role_dict("a-bundled", "A Bundled")], [])
    desk = Desk.open(tmp_path / "home", data)
    other = Desk.open(tmp_path / "home", data)
    try:
        desk.import_roles([RoleProfile.model_validate(role_dict(f"q{i:03}", f"Quill {i:03}"))
                           for i in range(SEARCH_LIMIT + 2)])
        listing = desk.find_roles("q", paged=True)  # (counted, nothing read yet)
        assert isinstance(listing, RoleListing) and len(listing) == SEARCH_LIMIT
        for i in range(5):  # another program removes five before the list paints its first page
            other.remove_role(f"q{i:03}")
        with pytest.raises(IndexError):
            listing[0]  # blank: the first page is of another catalogue than the one counted
        assert listing.outdated  # and the window is told to list the roles again
        fresh = desk.find_roles("q", paged=True)
        assert len(fresh) == SEARCH_LIMIT - 3 and fresh[0].id == "q005" and not fresh.outdated
    finally:
        other.close()
        desk.close()
