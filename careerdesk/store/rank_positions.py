"""Each role's place in the search order as one integer: `rank_pos` in role_rank, role_names and
role_initials (store/schema.py).

Within a search tier roles rank by (onet, specialised, employment, title length, casefolded title,
id) (search.py). A search step sorted its up to 600 full-text rows on those five columns, and
SQLite comparing them cost more of a 3-letter keystroke at 10,000 roles than the match itself; one
integer per role orders the same rows the same way, and is four columns fewer to hand to Python.

The positions are spaced `GAP` apart, so that one of the user's roles added (imported, edited)
takes the midpoint of its neighbours' and no other row changes; removing one leaves a gap. Only
when two neighbours are 1 apart (~32 roles added into one gap) are all the roles renumbered
(~0.6 s at 10,000 roles: what each own role would cost without the gaps).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from careerdesk.domain.profile import RoleProfile
    from careerdesk.store.db import Database

GAP = 1 << 32
# A search step's first column is tier * TIER + rank_pos (search._key): positions stay below it,
# and tier 7's keys below 2^63, so SQLite keeps them integers.
TIER = 1 << 60
# The columns of role_rank a role's place is worked out from, as order_of gives them.
ORDER = "onet, specialised, employment, length(title), title_key, id"


def order_of(role: RoleProfile) -> tuple:
    """A role's place in the search order within a tier, from a role as it is stored (its source
    and O*NET facts set), as the columns role_rank holds: curated and the user's roles before
    O*NET's, O*NET's base occupation (15-2051.00) before its specialisations (15-2051.01), the
    commoner occupation first, then the shorter title, the title, and the id."""
    wages = role.occupation.wages if role.occupation else None
    return (int(role.source == "onet"), int(bool(role.onet_code) and not role.onet_code.endswith(".00")),
            -(wages.employment or 0) if wages else 0, len(role.title), role.title.casefold(), role.id)


def spaced(orders: list[tuple]) -> dict[str, int]:
    """Role id (an order's last item) -> its position, `GAP` apart in order (closer for a
    catalogue of more than 2^27 roles, so the last stays below TIER / 2)."""
    gap = min(GAP, TIER // 2 // (len(orders) + 1))
    return {order[-1]: (n + 1) * gap for n, order in enumerate(sorted(orders))}


def place(db: Database, order: tuple) -> int:
    """The position for a role of `order` about to be added (its old rows already deleted):
    midway between the roles ranking next before and after it; when those two are too close,
    every role is renumbered first."""
    for _ in range(2):
        low, high = db.execute(f"SELECT (SELECT max(rank_pos) FROM role_rank WHERE ({ORDER}) < (?, ?, ?, ?, ?, ?)), "
                               f"(SELECT min(rank_pos) FROM role_rank WHERE ({ORDER}) > (?, ?, ?, ?, ?, ?))",
                               [*order, *order]).fetchone()
        low = low or 0
        high = high if high is not None else low + 2 * GAP
        if high - low >= 2:
            return (low + high) // 2
        renumber(db)
    raise AssertionError("renumbered positions leave no room")  # (spaced leaves a gap of 2 or more)


def renumber(db: Database) -> None:
    """Every role spaced out again (`spaced`), in role_rank and the two name tables."""
    rows = db.execute("SELECT fts_row, onet, specialised, employment, title, title_key, id FROM role_rank").fetchall()
    positions = spaced([(o, s, e, len(t), k, i) for _, o, s, e, t, k, i in rows])
    db.conn.executemany("UPDATE role_rank SET rank_pos = ? WHERE fts_row = ?", [(positions[r[-1]], r[0]) for r in rows])
    by_role = [(p, i) for i, p in positions.items()]
    for table in ("role_names", "role_initials"):  # (by role_id: both are indexed on it)
        db.conn.executemany(f"UPDATE {table} SET rank_pos = ? WHERE role_id = ?", by_role)
