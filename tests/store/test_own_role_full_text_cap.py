"""A search's full-text step reads at most its cap of matches (search._FTS_CAP, 600), in the
full-text table's order (rowid), then keeps the best. A full build writes the user's roles first,
so a role of theirs is always read; one imported into a built catalogue must be too: it ranks
before every O*NET role of its tier, and a 2-letter search in the built-in catalogue ("an":
~700 titles and aliases hold a word starting so) left it out, until the next rebuild put it first."""

from __future__ import annotations

import shutil

from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from tests.conftest import BUNDLED_DATA, role_dict


def own(role_id: str, title: str) -> RoleProfile:
    return RoleProfile.model_validate(role_dict(role_id, title))


def ids(desk: Desk, text: str) -> list[str]:
    return [row.id for row in desk.find_roles(text)]


def test_an_own_role_imported_is_found_by_a_broad_search_as_after_a_rebuild(tmp_path):
    home = tmp_path / "home"
    desk = Desk.open(home, BUNDLED_DATA)
    try:
        desk.import_roles([own("my-anvil", "Zq Anvil Smith"), own("my-anchor", "Zq Anchor")])
        desk.import_roles([own("my-anchor", "Zq Anchor Maker")], replace=True)  # (an edit: its rows again)
        found = {text: ids(desk, text) for text in ("an", "é", "zq an")}
    finally:
        desk.close()
    assert {"my-anvil", "my-anchor"} <= set(found["an"])
    again = tmp_path / "rebuilt"
    shutil.copytree(home, again, ignore=shutil.ignore_patterns("catalogue.sqlite*", "*.lock"))
    desk = Desk.open(again, BUNDLED_DATA)
    try:
        assert {text: ids(desk, text) for text in found} == found
    finally:
        desk.close()
