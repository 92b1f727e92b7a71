"""The one clock the app reads: the real date and time, or the moment CAREERDESK_TODAY names.

Domain functions take `today` as a parameter; only the window, the CLI and the ledger's
timestamps ask this module, so tests (and a person trying a plan out) can set the date."""

from __future__ import annotations

import datetime as dt
import os

TODAY_ENV = "CAREERDESK_TODAY"


def now() -> dt.datetime:
    """Now in UTC; with CAREERDESK_TODAY=YYYY-MM-DD, noon UTC that day (or the exact ISO
    date-time given), so every write made under a set clock is stamped with that day."""
    override = os.environ.get(TODAY_ENV, "").strip()
    if override:
        try:
            moment = dt.datetime.fromisoformat(override)
        except ValueError:
            moment = None
        if moment is not None:
            if len(override) == 10:
                moment = moment.replace(hour=12)
            return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return dt.datetime.now(dt.UTC)


def today() -> dt.date:
    return now().date()


def stamp() -> str:
    """Now as stored in the user's data: ISO 8601 to the second, UTC."""
    return now().astimezone(dt.UTC).isoformat(timespec="seconds")
