"""The plan's rules as a pydantic model: what decides, and words, every plan that is not plainly valid.

`domain.plan.Plan` is a plain record (the window, My plan, the gap and every export read
the plan, and none of them should need pydantic: ~12 MiB and ~100 ms). It checks the
common case itself, an already clean plan, and hands anything else to this model, which
either returns the values as pydantic makes them (a date as text, a name with line
breaks) or raises pydantic's own ValidationError, worded as before. So the rules stay
pydantic's, in one place. `tests/domain/test_plan.py` holds the two side by side."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints, field_validator

from careerdesk.domain import i18n
from careerdesk.domain.kinds import ROLE_ID_PATTERN

RoleId = Annotated[str, StringConstraints(pattern=ROLE_ID_PATTERN, max_length=80)]

# A target date is a day in someone's working life. 1900 is far enough back for any plan
# (and inside what every date widget can show: Qt's QDateEdit starts at 1752-09-14 and
# would silently move an earlier date); 9999 is as far as ISO dates and QDate go.
EARLIEST_TARGET_DATE = dt.date(1900, 1, 1)
LATEST_TARGET_DATE = dt.date(9999, 12, 31)
NAME_LIMIT = 120
ROLE_ID_LIMIT = 80


def one_line(value: str) -> str:
    """A name is one line on a PDF's title and a terminal: line breaks, tabs and other control
    characters become spaces, runs of spaces one (a name saved before this rule still loads)."""
    return " ".join("".join(" " if unicodedata.category(c) == "Cc" else c for c in value).split())


class Plan(BaseModel):
    """Where the user is and where they want to go. Every field may still be empty."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, StringConstraints(strip_whitespace=True, max_length=NAME_LIMIT)] = ""
    current_role: RoleId | None = None
    target_role: RoleId | None = None
    target_date: dt.date | None = None

    @field_validator("name", mode="before")
    @classmethod
    def _one_line(cls, value):
        return one_line(value) if isinstance(value, str) else value

    @field_validator("target_date")
    @classmethod
    def _date_in_range(cls, value: dt.date | None) -> dt.date | None:
        if value is not None and not EARLIEST_TARGET_DATE <= value <= LATEST_TARGET_DATE:
            raise ValueError(i18n.translate("Plan", "{day} is not a target date between {first} and {last}").format(
                day=i18n.day(value), first=i18n.day(EARLIEST_TARGET_DATE), last=i18n.day(LATEST_TARGET_DATE)))
        return value


def validated(name: object, current_role: object, target_role: object, target_date: object) -> dict:
    """The fields as the model makes them, or its ValidationError (a ValueError)."""
    return dict(Plan(name=name, current_role=current_role, target_role=target_role,
                     target_date=target_date))
