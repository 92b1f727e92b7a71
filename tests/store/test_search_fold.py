"""store/search.py hands each row's tier, r.onet and r.specialised to Python as one integer,
tier * 4 + onet * 2 + specialised, which orders as the three did only while onet and
specialised are 0 or 1. Every table the search reads them from holds nothing else, built and
after an own role's import, replacement and removal. (That the results keep their order is
tests/test_fast_paths.py's comparison with a search worked out in Python.)"""

from __future__ import annotations

import sqlite3

from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from tests.conftest import BUNDLED_DATA, role_dict

_TABLES = ("role_rank", "role_names", "role_initials")
BITS = {(0, 0), (0, 1), (1, 0), (1, 1)}


def flags(home) -> set[tuple[int, int]]:
    conn = sqlite3.connect(home / "catalogue.sqlite")
    try:
        return {pair for table in _TABLES
                for pair in conn.execute(f"SELECT DISTINCT onet, specialised FROM {table}")}
    finally:
        conn.close()


def own(title: str, code: str | None) -> RoleProfile:
    role = role_dict("my-welder", title, aliases=["Welding Hand"])
    if code:
        role["onet_code"] = code
    return RoleProfile.model_validate(role)


def test_the_rank_flags_search_folds_are_0_or_1(tmp_path):
    home = tmp_path / "home"
    desk = Desk.open(home, BUNDLED_DATA)
    try:
        assert {(0, 0), (1, 0), (1, 1)} <= flags(home) <= BITS  # (curated; O*NET base and specialised)
        desk.import_roles([own("Specialised Welder", "51-4121.06")])
        assert (0, 1) in flags(home) <= BITS  # (an own role with a specialisation's code)
        desk.import_roles([own("Welder Again", "51-4121.00")], replace=True)
        assert flags(home) <= BITS
        desk.remove_role("my-welder")
        assert flags(home) <= BITS
    finally:
        desk.close()

