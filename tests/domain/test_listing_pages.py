"""A listing keeps the pages of the roles opened last: going back to one of them reads nothing,
and the rows kept stay bounded (domain/listing.py)."""

from __future__ import annotations

import random

from careerdesk.domain.listing import RoleListing, RoleRow

ROLES = 10_000
SCREEN = 14  # rows on screen at the window's first size


def _listing(reads: list[tuple[int, int]]) -> RoleListing:
    every = [RoleRow(f"role-{i}", f"Role {i}", "Family") for i in range(ROLES)]

    def fetch(offset: int, count: int):
        reads.append((offset, count))
        return every[offset:offset + count], None  # (no version: never outdated)

    return RoleListing(len(every), fetch, lambda role_id: (-1, None))


def _show_screen_around(listing: RoleListing, row: int) -> None:
    """What the list reads for a role opened far down: the screen with its row in the middle."""
    for i in range(max(0, row - SCREEN // 2), min(ROLES, row + SCREEN // 2)):
        assert listing[i].id == f"role-{i}"


def test_a_screen_far_down_reads_at_most_two_short_pages():
    reads: list[tuple[int, int]] = []
    listing = _listing(reads)
    _show_screen_around(listing, 5_000)
    assert 1 <= len(reads) <= 2
    assert sum(count for _offset, count in reads) <= 2 * 16  # (a page of 64 before)


def test_going_back_to_any_of_the_last_fifty_roles_opened_reads_nothing():
    reads: list[tuple[int, int]] = []
    listing = _listing(reads)
    rng = random.Random(15)  # (as the benchmark draws its roles)
    opened = [rng.randrange(ROLES) for _ in range(50)]
    for row in opened:
        _show_screen_around(listing, row)
    assert listing.materialised() <= 2_048  # (the rows kept: as many as before, ~2,000)
    reads.clear()
    for row in opened:
        _show_screen_around(listing, row)
    assert reads == []  # (32 pages of 64 kept: most of the fifty read their page again)
