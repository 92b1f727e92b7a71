"""store/rank_positions.py: each role's place in the search order is one integer, which a search
sorts on instead of the six columns it stands for. It must order exactly as they do, be the same
in every table the search reads, leave every other role's alone when one of the user's roles is
added, edited or removed, and still order right once the gap between two roles is used up."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from careerdesk.domain.kinds import SkillStatus
from careerdesk.domain.plan import Plan
from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from careerdesk.store.catalogue_build import catalogue_stamp, data_part, read_stamp
from careerdesk.store.rank_positions import GAP, TIER
from tests.conftest import BUNDLED_DATA, role_dict

_TABLES = ("role_names", "role_initials")


def positions(home: Path) -> dict[str, int]:
    """Role id -> rank_pos, after checking what the search relies on: one position a role,
    unique, in the order of the columns it stands for, below TIER / 2, the same in every table."""
    conn = sqlite3.connect(home / "catalogue.sqlite")
    try:
        rows = conn.execute("SELECT onet, specialised, employment, title, id, rank_pos FROM role_rank").fetchall()
        assert {(o, s) for o, s, *_ in rows} <= {(0, 0), (0, 1), (1, 0), (1, 1)}
        ordered = sorted(rows, key=lambda r: (r[0], r[1], r[2], len(r[3]), r[3].casefold(), r[4]))
        found = [r[-1] for r in ordered]
        assert found == sorted(set(found)), "positions unique and in the order of the columns"
        assert 0 < found[0] and found[-1] < TIER // 2
        position = {r[4]: r[-1] for r in rows}
        for table in _TABLES:
            for role_id, pos in conn.execute(f"SELECT role_id, rank_pos FROM {table}"):
                assert position[role_id] == pos, (table, role_id)
        return position
    finally:
        conn.close()


def own(role_id: str, title: str, code: str | None = None) -> RoleProfile:
    role = role_dict(role_id, title, aliases=["Welding Hand"])
    if code:
        role["onet_code"] = code
    return RoleProfile.model_validate(role)


def test_an_own_role_imported_edited_and_removed_moves_no_other_role(tmp_path):
    home = tmp_path / "home"
    desk = Desk.open(home, BUNDLED_DATA)
    try:
        built = positions(home)
        assert sorted(built.values()) == [GAP * (n + 1) for n in range(len(built))]
        for change in (lambda: desk.import_roles([own("my-welder", "Specialised Welder", "51-4121.06")]),
                       lambda: desk.import_roles([own("my-welder", "Welder Again", "51-4121.00")], replace=True),
                       lambda: desk.import_roles([own("my-welder", "Welder")], replace=True)):
            change()
            now = positions(home)
            assert {k: v for k, v in now.items() if k != "my-welder"} == built
            assert now["my-welder"] not in built.values()
        desk.remove_role("my-welder")
        assert positions(home) == built
    finally:
        desk.close()


def searched(desk: Desk) -> list[list]:
    return [list(desk.find_roles(q, source=s)) for q in ("zq", "zq keeper", "z", "keeper", "welding hand", "hand")
            for s in (None, "mine")]


def test_roles_added_into_one_gap_until_it_is_used_up_rank_as_a_rebuild_ranks_them(tmp_path):
    """Each role sorts just before the one added before it, so each takes the midpoint of a gap
    half as wide: the 33rd finds its neighbours 1 apart, and every role is renumbered."""
    home = tmp_path / "home"
    desk = Desk.open(home, BUNDLED_DATA)
    try:
        built = positions(home)
        for n in range(40, 0, -1):
            desk.import_roles([own(f"my-keeper-{n:02}", f"Zq Keeper {n:02}")])
            positions(home)
        after = positions(home)
        assert {k: v for k, v in after.items() if not k.startswith("my-")} != built, "renumbered once"
        found = searched(desk)
        assert [row.id for row in desk.find_roles("zq keeper")] == [f"my-keeper-{n:02}" for n in range(1, 41)]
        desk.remove_role("my-keeper-07")
        desk.import_roles([own("my-keeper-07", "Zq Keeper 07")])
        assert searched(desk) == found
    finally:
        desk.close()
    again = tmp_path / "rebuilt"
    shutil.copytree(home, again, ignore=shutil.ignore_patterns("catalogue.sqlite*", "*.lock"))
    desk = Desk.open(again, BUNDLED_DATA)
    try:
        assert searched(desk) == found
    finally:
        desk.close()


def test_a_catalogue_built_before_positions_is_rebuilt_and_the_users_data_kept(tmp_path):
    """rank_pos came with catalogue schema 11. A home from before it (a schema-10 catalogue,
    without the column, and the user's ticks, note, plan and own role) opens: the catalogue is
    built again, as any change of layout is, and searches as a fresh build does; the user's
    file, which no catalogue layout touches, keeps every tick, note and plan."""
    home = tmp_path / "home"
    desk = Desk.open(home, BUNDLED_DATA)
    desk.import_roles([own("my-welder", "Zq Welder")])
    desk.set_status("sql", "SQL", SkillStatus.HAVE)
    desk.set_status("python", "Python", SkillStatus.LEARNING)
    desk.set_note("sql", "SQL", "daily at work", "the reports repo")
    desk.save_plan(Plan(name="Me", current_role="my-welder", target_role="data-engineer"))
    expected = searched(desk)
    entries, plan, stamp = dict(desk.entries), desk.plan(), read_stamp(home / "catalogue.sqlite")
    desk.close()
    conn = sqlite3.connect(home / "catalogue.sqlite")
    old = stamp.replace(catalogue_stamp(""), "10:", 1)
    assert data_part(old) is None  # (not a stamp of this layout)
    with conn:  # (schema 10's tables had no rank_pos)
        for table in ("role_rank", "role_names"):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN rank_pos")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'stamp'", [old])
    conn.close()
    desk = Desk.open(home, BUNDLED_DATA)
    try:
        assert read_stamp(home / "catalogue.sqlite") == stamp
        positions(home)
        assert searched(desk) == expected and desk.title_of("my-welder") == "Zq Welder"
        assert dict(desk.entries) == entries and desk.entry("sql").note == "daily at work"
        assert desk.plan() == plan
    finally:
        desk.close()
