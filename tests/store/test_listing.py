"""The finder's listing of every role, read a page at a time, gives exactly the rows and the
order of reading the whole list at once, and knows each role's row without reading them."""

from __future__ import annotations

import pytest

from bench.synthetic import make_catalogue
from careerdesk.domain.listing import RoleListing
from careerdesk.service.desk import Desk
from tests.conftest import BUNDLED_DATA


@pytest.fixture(scope="module")
def desks(tmp_path_factory):
    data = make_catalogue(tmp_path_factory.mktemp("synthetic") / "data", 300, seed=4)
    opened = [Desk.open(tmp_path_factory.mktemp("synthetic-home") / "home", data),
              Desk.open(tmp_path_factory.mktemp("bundled") / "home", BUNDLED_DATA)]
    yield opened
    for desk in opened:
        desk.close()


def filters(desk: Desk) -> list[tuple[str | None, str | None]]:
    family = desk.families()[1]
    return [(None, None), (family, None), (None, "onet"), (None, "curated"), (family, "curated"), ("Nobody", None)]


@pytest.mark.parametrize("which", [0, 1])
def test_a_listing_reads_the_same_rows_in_pages_as_all_at_once(desks, which, monkeypatch):
    monkeypatch.setattr(RoleListing, "PAGE", 7)  # many pages, and pages dropped and read again
    monkeypatch.setattr(RoleListing, "KEPT_PAGES", 3)
    desk = desks[which]
    for family, source in filters(desk):
        whole = desk.list_roles(family, source)
        listing = desk.find_roles("", family, source)
        assert isinstance(listing, RoleListing)
        assert len(listing) == len(whole)
        assert listing.materialised() == 0  # a count, no rows yet
        assert [listing[i] for i in range(len(whole))] == whole
        assert listing.materialised() <= 3 * 7
        assert [listing[i] for i in reversed(range(len(whole)))] == whole[::-1]
        assert list(listing) == whole and listing[2:9] == whole[2:9] and listing[-1:] == whole[-1:]
        fresh = desk.find_roles("", family, source)  # every row found by the store, none read
        assert [fresh.index_of(row.id) for row in whole] == list(range(len(whole)))
        assert fresh.materialised() == 0
        assert [listing.index_of(row.id) for row in whole] == list(range(len(whole)))
        outside = {row.id for row in desk.list_roles()} - {row.id for row in whole}
        assert all(listing.index_of(role_id) == -1 for role_id in sorted(outside)[:50])
        with pytest.raises(IndexError):
            listing[len(whole)]


def test_the_listing_order_is_family_then_title_ignoring_case(desks):
    rows = desks[1].list_roles()
    keys = [(row.family, row.title.lower(), row.id) for row in rows]  # (the bundled titles are ASCII)
    assert keys == sorted(keys)


@pytest.mark.parametrize("which", [0, 1])
def test_families_are_every_family_once_in_order(desks, which):
    desk = desks[which]
    assert desk.families() == sorted({row.family for row in desk.list_roles()})


def test_name_searches_read_their_index_ranges(desks):
    """A one-letter search reads its rows off role_initials, the letter's range of its key,
    already in search order (no sort); longer prefixes read the name range, never walking
    every name (which SQLite might pick an index for, for its order: 200 ms at 50,000 roles)."""
    db = desks[0].store.catalogue.db
    for text in ("g", "gr", "graph"):
        seen: list[str] = []
        db.conn.set_trace_callback(seen.append)
        try:
            for paged in (False, True):
                found = desks[0].find_roles(text, paged=paged)
                if paged and len(text) == 1:  # (a row found off the key, read and counted)
                    assert desks[0].find_roles(text, paged=True).index_of(found[-1].id) == len(found) - 1
                desks[0].find_roles(text, desks[0].families()[0], paged=paged)
        finally:
            db.conn.set_trace_callback(None)
        table = "role_initials" if len(text) == 1 else "role_names"
        plans = [" ".join(str(step[-1]) for step in db.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
                 for sql in seen if f"FROM {table}" in sql and "r.name IN (" not in sql]
        assert plans
        for plan in plans:
            assert "SCAN r" not in plan and ("FOR ORDER BY" not in plan or len(text) > 1), plan
            letter = ("USING PRIMARY KEY (initial=?" in plan
                      or "INDEX role_initials_role (role_id=? AND initial=?)" in plan)
            assert letter if len(text) == 1 else "USING PRIMARY KEY (name>? AND name<?)" in plan, plan


def test_a_listing_keeps_a_bounded_number_of_rows_however_many_roles_are_opened(desks, monkeypatch):
    """Memory (issue 15): a role opened anywhere in the list reads its page; at 10,000 roles,
    keeping 8,000 rows read held ~2.5 MiB more after a few dozen roles. At most ~2,000 stay."""
    assert RoleListing.PAGE * RoleListing.KEPT_PAGES <= 2048
    monkeypatch.setattr(RoleListing, "PAGE", 5)  # the 300 roles as 60 pages
    listing = desks[0].find_roles("")
    for i in range(0, len(listing), 5):  # a role opened on every page
        assert listing[i] == listing[i]
    assert listing.materialised() <= RoleListing.KEPT_PAGES * 5
