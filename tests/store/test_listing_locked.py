"""A listing over a catalogue another program holds locked (domain/listing.py, store/catalogue.py):
the page that could not be read is the one failure said; pages asked for meanwhile are not read
the waiting way but remembered; `retry` reads them without waiting on the lock, once it has ended,
and gives the rows read. Damage is not retried. Real catalogue files, a real second connection."""

from __future__ import annotations

import sqlite3

import pytest

from careerdesk.domain.listing import Backoff, RoleListing
from careerdesk.service.desk import Desk
from careerdesk.store.db import BUSY_TIMEOUT_MS
from careerdesk.store.errors import DataDamaged, DataInUse
from tests.conftest import BUNDLED_DATA
from tests.ui.test_search_result_held import damage_pages


@pytest.fixture
def desk(tmp_path):
    opened = Desk.open(tmp_path / "home", BUNDLED_DATA)
    opened.store.db.execute("PRAGMA busy_timeout = 50")  # (the first, waiting read's wait)
    yield opened
    opened.close()


class Other:
    """Another program's connection to the catalogue, which locks it and lets it go."""

    def __init__(self, path):
        self.conn = sqlite3.connect(path, isolation_level=None)

    def lock(self) -> None:
        self.conn.execute("BEGIN EXCLUSIVE")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")  # (nothing changed)


@pytest.fixture
def other(desk):
    held = Other(desk.store.catalogue_path)
    yield held
    if held.conn.in_transaction:
        held.release()
    held.conn.close()


def page_reads(desk) -> list[tuple[int, str]]:
    """(busy timeout, SELECT) of each page read from now on, as SQLite traces the connection."""
    reads: list[tuple[int, str]] = []
    timeout = [desk.store.db.execute("PRAGMA busy_timeout").fetchone()[0]]

    def seen(statement: str) -> None:
        if statement.startswith("PRAGMA busy_timeout = "):
            timeout[0] = int(statement.rsplit(" ", 1)[1])
        elif "LIMIT" in statement and "OFFSET" in statement:
            reads.append((timeout[0], statement))
    desk.store.db.conn.set_trace_callback(seen)
    return reads


def test_pages_a_lock_left_unread_are_read_by_a_retry_that_does_not_wait(desk, other):
    listing = desk.find_roles("")
    page = RoleListing.PAGE
    assert isinstance(listing, RoleListing) and len(listing) > 3 * page
    whole = desk.list_roles()
    reads = page_reads(desk)
    other.lock()
    with pytest.raises(DataInUse):
        listing[2 * page]  # the failure, said once by whoever asked
    assert listing.waiting()
    for i in (0, 2 * page + 1, len(listing) - 1):  # blank meanwhile: no more waiting reads
        with pytest.raises(IndexError):
            listing[i]
    assert [wait for wait, _ in reads] == [50]
    assert listing.retry() is None  # still locked
    assert listing.waiting() and [wait for wait, _ in reads] == [50, 0]  # (failed at once: no wait)
    assert desk.store.db.execute("PRAGMA busy_timeout").fetchone()[0] == 50  # its own wait back
    other.release()  # the lock ends, nothing changed
    read = listing.retry()
    last = (len(listing) - 1) // page
    assert read == [range(0, page), range(2 * page, 3 * page), range(last * page, len(listing))]
    assert [wait for wait, _ in reads[1:5]] == [0] * 4
    assert not listing.waiting() and listing.retry() is None
    assert [listing[i] for i in range(len(listing))] == whole  # and pages are read as before
    assert [wait for wait, _ in reads[5:]] == [50] * (last - 2)


def test_a_retry_that_meets_the_lock_again_part_way_keeps_what_it_read(desk, other):
    listing = desk.find_roles("")
    first = desk.list_roles()[0]
    page = RoleListing.PAGE
    other.lock()
    with pytest.raises(DataInUse):
        listing[0]
    with pytest.raises(IndexError):
        listing[page]
    other.release()
    fetch_now = listing._fetch_now
    calls = []

    def locked_again_after_one(offset, limit):
        if len(calls) == 1:  # (the second page of the first retry)
            other.lock()
        calls.append(offset)
        return fetch_now(offset, limit)
    listing._fetch_now = locked_again_after_one
    assert listing.retry() == [range(0, page)]
    assert listing.waiting() and listing[0] == first
    with pytest.raises(IndexError):
        listing[page]
    other.release()
    assert listing.retry() == [range(page, 2 * page)] and not listing.waiting()


def test_a_damaged_catalogue_is_not_retried(desk):
    listing = desk.find_roles("")
    damage_pages(desk.store.catalogue_path, "roles", "roles_listing")
    with pytest.raises(DataDamaged):
        listing[0]
    assert not listing.waiting() and listing.retry() is None
    with pytest.raises(IndexError):  # (blank, as before: not read again, not said again)
        listing[1]


def test_not_waiting_puts_the_connections_own_wait_back_even_after_a_failure(desk, other):
    db = desk.store.db
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    other.lock()
    with db.not_waiting():
        assert db.execute("PRAGMA busy_timeout").fetchone()[0] == 0
    with pytest.raises(sqlite3.OperationalError), db.not_waiting():
        db.execute("SELECT count(*) FROM roles")
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS


def test_the_back_off_doubles_to_its_longest_and_starts_again_on_reset():
    backoff = Backoff()
    assert [backoff.next_ms() for _ in range(7)] == [500, 1000, 2000, 4000, 8000, 8000, 8000]
    backoff.reset()
    assert backoff.next_ms() == 500


def test_a_scroll_through_every_role_during_a_lock_leaves_a_retry_only_the_pages_kept(desk, other, monkeypatch):
    monkeypatch.setattr(RoleListing, "PAGE", 16)
    monkeypatch.setattr(RoleListing, "KEPT_PAGES", 4)
    listing = desk.find_roles("")
    whole = desk.list_roles()
    other.lock()
    with pytest.raises(DataInUse):
        listing[0]
    for i in range(len(listing)):  # to the end and back up to the start
        with pytest.raises(IndexError):
            listing[i]
    for i in reversed(range(3 * 16)):
        with pytest.raises(IndexError):
            listing[i]
    other.release()
    last = (len(whole) - 1) // 16 * 16  # (the last page, asked for before the three at the top)
    assert listing.retry() == [range(0, 16), range(16, 32), range(32, 48), range(last, len(whole))]
    assert listing.materialised() == 3 * 16 + len(whole) - last
    assert [listing[i] for i in range(len(listing))] == whole  # the rest read as before


def test_a_retry_after_the_catalogue_grew_gives_no_row_past_the_count(desk, other):
    listing = desk.find_roles("")
    n = len(listing)
    other.lock()
    with pytest.raises(DataInUse):
        listing[n - 1]
    columns = [r[1] for r in other.conn.execute("PRAGMA table_info(roles)")]
    values = ", ".join({"id": "'zz-new'", "family": "'Zz Family'"}.get(c, c) for c in columns)
    other.conn.execute(f"INSERT INTO roles ({', '.join(columns)}) SELECT {values} FROM roles LIMIT 1")
    other.conn.execute("COMMIT")  # (the lock holder changed the catalogue: the window relists it)
    said = []
    listing.on_outdated = lambda: said.append(True)
    # the page read after the change is of another catalogue than the count: left blank, and the
    # window told to list the roles again (once), instead of given rows of two catalogues
    assert listing.retry() is None and listing.outdated and said == [True]
    assert not listing.waiting() and listing.retry() is None
    assert len(listing) == n
    with pytest.raises(IndexError):
        listing[n - 1]
    assert said == [True]
    fresh = desk.find_roles("")
    assert len(fresh) == n + 1 and fresh[n].id == "zz-new"  # (its family sorts last)


def test_damage_a_retry_finds_is_raised_once_and_ends_the_retries(desk, other):
    listing = desk.find_roles("")
    other.lock()
    with pytest.raises(DataInUse):
        listing[0]
    assert listing.waiting()
    other.release()
    damage_pages(desk.store.catalogue_path, "roles", "roles_listing")  # (found damaged, not merely locked)
    with pytest.raises(DataDamaged):
        listing.retry()
    assert not listing.waiting() and listing.retry() is None  # no retry mends it, and none says it again
    with pytest.raises(IndexError):
        listing[0]

