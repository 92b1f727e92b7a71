"""A listing's far reads (a role's row, a page far down) are counted from the start of the role's
family, and are always what reading the whole way gives, of one catalogue version
(store/family_starts.py)."""

from __future__ import annotations

import sqlite3

import pytest

from bench.synthetic import make_catalogue
from careerdesk.service.desk import Desk
from careerdesk.store.family_starts import FamilyStarts


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    data = make_catalogue(tmp_path_factory.mktemp("synthetic") / "data", 600, seed=5)
    opened = Desk.open(tmp_path_factory.mktemp("home") / "home", data)
    yield opened
    opened.close()


def far_reads(desk, family=None, source=None) -> FamilyStarts:
    catalogue = desk.store.catalogue
    return FamilyStarts(catalogue, family, source, *catalogue._filters(family, source))


def steps(conn: sqlite3.Connection, read) -> int:
    """SQLite virtual-machine steps a read took (counted, not timed)."""
    count = [0]

    def tick() -> int:
        count[0] += 1
        return 0

    conn.set_progress_handler(tick, 1)
    try:
        read()
    finally:
        conn.set_progress_handler(None, 1)
    return count[0]


def test_the_row_of_a_role_far_down_is_counted_within_its_family(desk):
    """Finding the last role's row walked every row before it: as many steps as the whole list.
    Now about what the last role of the first family takes (its family's rows, not the list's)."""
    rows = desk.list_roles()
    families = desk.families()
    assert len(families) >= 4
    first_family_last = [row for row in rows if row.family == families[0]][-1]
    reads = far_reads(desk)
    reads.position(rows[0].id)  # (the first far read is made the whole way: no walk at a start)
    conn = desk.store.catalogue.db.conn
    near = steps(conn, lambda: reads.position(first_family_last.id))
    far = steps(conn, lambda: reads.position(rows[-1].id))
    assert far < 2 * near, (near, far)
    page_near = steps(conn, lambda: reads.page(len(rows) // len(families) - 10, 8))
    page_far = steps(conn, lambda: reads.page(len(rows) - 10, 8))
    assert page_far < 2 * page_near, (page_near, page_far)


@pytest.mark.parametrize("filtered", [(None, None), (None, "onet"), (None, "curated"), ("family", None)])
def test_far_reads_are_what_the_whole_way_reads(desk, filtered):
    family, source = filtered
    if family:
        family = desk.families()[2]
    catalogue = desk.store.catalogue
    whole = desk.list_roles(family, source)
    reads = far_reads(desk, family, source)
    for number, row in enumerate(whole):
        assert reads.position(row.id)[0] == number
    outside = next((row.id for row in desk.list_roles() if row not in whole), "no-such-role")
    assert reads.position(outside) == (-1, None)
    for offset in range(0, len(whole) + 3, 5):
        got, version = reads.page(offset, 7)
        assert got == whole[offset:offset + 7]
        assert (got, version) == catalogue.listing_page(family, source, offset, 7)


def test_after_another_program_commits_the_reads_are_of_the_new_catalogue(desk, tmp_path):
    """Another connection removes roles of the first family: the kept starts are of the version
    before, so the next reads count them again (or read the whole way), never mixing the two."""
    catalogue = desk.store.catalogue
    reads = far_reads(desk)
    rows = desk.list_roles()
    for row in rows[-3:]:
        reads.position(row.id)
        reads.page(len(rows) - 20, 7)
    other = sqlite3.connect(desk.store.catalogue_path)
    try:
        first = desk.families()[0]
        gone = [r[0] for r in other.execute("SELECT id FROM roles WHERE family = ? LIMIT 5", [first])]
        with other:
            other.execute(f"DELETE FROM roles WHERE id IN ({','.join('?' * len(gone))})", gone)
    finally:
        other.close()
    after = desk.list_roles()
    assert len(after) == len(rows) - 5
    for row in after[-3:]:
        assert reads.position(row.id) == catalogue.list_position(row.id)
        assert reads.position(row.id)[0] == after.index(row)
    assert reads.page(len(after) - 20, 7) == catalogue.listing_page(None, None, len(after) - 20, 7)
    assert reads.page(len(after) - 20, 7)[0] == after[-20:-13]
