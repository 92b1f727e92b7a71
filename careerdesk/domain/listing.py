"""Roles as lists show them: enough to display and open one, nothing more."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Sequence
from typing import NamedTuple, TypeVar, overload

from careerdesk.domain.errors import CareerDeskError

T = TypeVar("T")
# What a listing's reads give: the rows (or a row number) and the catalogue's version they saw
# (compared for equality only: the store's own, e.g. with the connection read on).
Versioned = tuple[T, Hashable | None]


class RoleRow(NamedTuple):
    """A tuple, not a dataclass: a search makes 200 of them a keystroke and a tuple is made
    several times faster (and is as immutable)."""

    id: str
    title: str
    family: str
    source: str = "curated"  # curated, onet (O*NET occupations) or mine (the user's own)

    @property
    def mine(self) -> bool:
        """Imported or made by the user, not part of the bundled catalogue."""
        return self.source == "mine"


class RoleListing(Sequence[RoleRow]):
    """Every role of a listing (a family, a source, or all), in list order, read a page at a
    time when a row is asked for: the finder shows 50,000 roles at start without making
    50,000 rows, and a list view asks only for the rows on screen. `fetch(offset, limit)`
    reads rows in order, `position(role_id)` finds a role's row (-1: not listed); both come
    from the store, which knows the order. A snapshot of the count: the window makes a new
    listing whenever the catalogue changes.

    Another program may commit between two pages (a CLI import, a second window), and a page
    read after that would be of another catalogue than the pages before it (one role listed
    twice, another not at all). So `fetch` and `position` also give the catalogue's version
    (SQLite's data_version) that their read saw (None: not told, e.g. no rows), and a read of
    another version than the count's (`seen`; if not given, the first read's) makes the listing
    `outdated`: the rows not read stay blank, `on_outdated` is called (once), and the window
    lists the roles again."""

    # About a screen of rows: a role opened far down the list (a click in a search, the
    # benchmark's random role) reads the pages the list then shows. A page of 256 was a third of
    # that repaint, one of 64 still read four times the ~14 rows on screen at the window's first
    # size (as LETTER_PAGE): 16 rows a page read the screen in one or two short reads,
    # -0.5 M instructions a far switch at 10,000 roles (docs/performance-switch15.md).
    PAGE = 16
    # ~2,000 rows at most, however far someone scrolls or wherever the roles opened sit: 8,000
    # rows (80% of a 10,000-role catalogue) held ~2.5 MiB more once someone had opened a few
    # dozen roles, and a page dropped is read again in well under a millisecond (10,000 roles).
    # Kept as 128 pages of 16 rather than 32 of 64: the same rows, in four times as many
    # places: a screen opened far down takes two pages, so going back to one of the last ~60
    # roles opened anywhere reads nothing (32 pages of 64 kept ~30).
    KEPT_PAGES = 128

    def __init__(self, count: int, fetch: Callable[[int, int], Versioned[list[RoleRow]]],
                 position: Callable[[str], Versioned[int]],
                 fetch_now: Callable[[int, int], Versioned[list[RoleRow]]] | None = None,
                 page: int | None = None, seen: Hashable | None = None):
        self._count = count
        if page is not None:  # (rows a page, where not PAGE: a short list read a screen at a time)
            self.PAGE = page
        self._fetch = fetch
        self._position = position
        # `fetch` without waiting on a lock (failing at once instead), for retries: None, no retries
        self._fetch_now = fetch_now
        self._pages: OrderedDict[int, list[RoleRow]] = OrderedDict()
        # Pages asked for since a page could not be read, none of them read yet, the last asked
        # for last: while any is left, no page is read the waiting way (each row painted would
        # wait out the lock again, and say so again); `retry` reads them once the catalogue can
        # be read. At most KEPT_PAGES, the ones asked for last: a scroll through 50,000 roles
        # during the lock would have a retry read 780 pages to keep 32 (one asked for again
        # waits again; once every page kept is read, pages are read as before).
        self._unreadable: dict[int, None] = {}
        self._retrying = False  # the failure will pass (a lock): `retry` may read them
        self._rows_by_id: dict[str, int] = {}  # the rows of the pages read: opening a role
        # the user clicked finds its row without asking the store
        self._seen = seen  # the version of the catalogue counted
        self.outdated = False
        self.on_outdated: Callable[[], None] | None = None

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, i: int) -> RoleRow: ...
    @overload
    def __getitem__(self, i: slice) -> list[RoleRow]: ...

    def __getitem__(self, i):
        if isinstance(i, slice):
            start, stop, step = i.indices(self._count)
            if step != 1:
                return [self[j] for j in range(start, stop, step)]
            return self._fetch(start, stop - start)[0] if stop > start else []  # (read at once: whole)
        if i < 0:
            i += self._count
        if not 0 <= i < self._count:
            raise IndexError(i)
        page_no, offset = divmod(i, self.PAGE)
        page = self._pages.get(page_no)
        if page is None:
            if self.outdated:  # (blank until the window lists the roles again)
                raise IndexError(i)
            if self._unreadable:  # (blank until `retry` reads it, or the window lists the roles again)
                self._wait_for(page_no)
                raise IndexError(i)
            try:
                page = self._page(page_no, self._fetch(page_no * self.PAGE, self.PAGE))
                if page is None:
                    raise IndexError(i)
                page = self._keep(page_no, page)
            except CareerDeskError as exc:
                # The catalogue locked by another program (a CLI import) or damaged: said once, and the
                # rows not read stay blank until a retry reads them (a lock that passed) or the window
                # lists the roles again (a keystroke, a filter, a change by the CLI).
                self._wait_for(page_no)
                self._retrying = exc.passing and self._fetch_now is not None
                raise
        else:
            self._pages.move_to_end(page_no)
        if offset >= len(page):  # (the catalogue shrank since the count: the window relists)
            raise IndexError(i)
        return page[offset]

    def _page(self, page_no: int, read: Versioned[list[RoleRow]]) -> list[RoleRow] | None:
        """Page `page_no` read, as `_counted`; a page holding fewer rows than the count has there is
        of a catalogue shrunk since the count, whatever version came with it (none with no row)."""
        rows, version = read
        if len(rows) >= min(self.PAGE, self._count - page_no * self.PAGE):
            return self._counted(rows, version)
        self._outdate()
        return None

    def _counted(self, read: T, version: Hashable | None) -> T | None:
        """`read`, if it is of the catalogue counted; else None, and the listing is outdated
        (see the class), which is said once."""
        if version is None:
            return read
        if self._seen is None:
            self._seen = version
        if version == self._seen:
            return read
        self._outdate()
        return None

    def _outdate(self) -> None:
        if not self.outdated:
            self.outdated = True
            self._unreadable.clear()  # (no retry either: nothing more is read)
            if self.on_outdated is not None:
                self.on_outdated()

    def kept(self, i: int) -> RoleRow | None:
        """Row `i` if it has been read (None: not read, or no such row), without reading."""
        page = self._pages.get(i // self.PAGE) if i >= 0 else None
        return page[i % self.PAGE] if page is not None and i % self.PAGE < len(page) else None

    def _keep(self, page_no: int, page: list[RoleRow]) -> list[RoleRow]:
        self._pages[page_no] = page
        for n, row in enumerate(page, page_no * self.PAGE):
            self._rows_by_id.setdefault(row.id, n)
        if len(self._pages) > self.KEPT_PAGES:
            for row in self._pages.popitem(last=False)[1]:
                self._rows_by_id.pop(row.id, None)
        return page

    def _wait_for(self, page_no: int) -> None:
        self._unreadable.pop(page_no, None)
        self._unreadable[page_no] = None
        if len(self._unreadable) > self.KEPT_PAGES:
            del self._unreadable[next(iter(self._unreadable))]

    def waiting(self) -> bool:
        """Whether rows left blank by a catalogue that could not be read wait for `retry`: a
        lock (another program writing), not damage, which no retry mends."""
        return bool(self._unreadable) and self._retrying

    def give_up(self) -> None:
        """Damage found by another read (My plan's): the rows left blank stay blank, never read again."""
        self._retrying = False

    def retry(self) -> list[range] | None:
        """Read the pages left blank, without waiting on a lock: the rows read (to be painted
        again), or None when the catalogue still cannot be read (try again later); pages read
        before a failure count as read, the rest still wait. Once every page is read the listing
        reads pages as before; a failure that will not pass (damage) ends the retries and is raised,
        to be said as any first failure is (the rows left blank stay blank, and say nothing more)."""
        if not self.waiting() or self._fetch_now is None:
            return None
        read = []
        for page_no in sorted(self._unreadable):
            try:
                page = self._page(page_no, self._fetch_now(page_no * self.PAGE, self.PAGE))
                if page is None:
                    return None
                page = self._keep(page_no, page)
            except CareerDeskError as exc:
                self._retrying = exc.passing
                if not exc.passing:
                    raise
                break
            del self._unreadable[page_no]
            start = page_no * self.PAGE  # (no row past the count: a catalogue grown meanwhile is relisted)
            if rows := range(start, min(start + len(page), self._count)):
                read.append(rows)
        return read if read or not self._unreadable else None

    def __iter__(self) -> Iterator[RoleRow]:
        return iter(self._fetch(0, self._count)[0])

    def index_of(self, role_id: str) -> int:
        """The row of `role_id` in this listing, -1 when it is not listed."""
        row = self._rows_by_id.get(role_id)
        if row is not None:
            return row
        if self.outdated:
            return -1
        row = self._counted(*self._position(role_id))
        return -1 if row is None else row

    def materialised(self) -> int:
        """How many rows have been read so far (tests check a start reads a page, not all)."""
        return sum(len(page) for page in self._pages.values())


class Backoff:
    """How long to wait before each retry of something another program holds (a locked
    catalogue): FIRST_MS, then twice as long each time, never more than LONGEST_MS; `reset`
    starts again from FIRST_MS. A retry that fails at once costs next to nothing, so the
    longest wait is short enough that a person sees the rows fill in soon after the lock ends."""

    FIRST_MS = 500
    LONGEST_MS = 8000

    def __init__(self) -> None:
        self._next = self.FIRST_MS

    def next_ms(self) -> int:
        """The wait before the next retry (each call doubles the one after it)."""
        wait, self._next = self._next, min(self._next * 2, self.LONGEST_MS)
        return wait

    def reset(self) -> None:
        self._next = self.FIRST_MS
