"""The user's record for one skill: a plain frozen dataclass, not a pydantic model.

Every tick reads and writes these, and the first screen shows them, so they must not need
pydantic (importing it and building its models is ~100 ms of a start). The one rule they
carry, the length of notes, is checked here and reported like any validation error."""

from __future__ import annotations

from careerdesk.domain import i18n
from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.kinds import SkillStatus
from careerdesk.domain.records import record

NOTE_LIMIT = 2000  # characters of a note, and of evidence


class EntryTooLong(CareerDeskError, ValueError):
    """A note or evidence longer than NOTE_LIMIT."""


@record
class SkillEntry:
    """The user's record for one skill, shared by every role that lists it."""

    status: SkillStatus = SkillStatus.NONE
    note: str = ""
    evidence: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.status, SkillStatus):  # "have" as read from a file or typed
            object.__setattr__(self, "status", SkillStatus(self.status))


def check_lengths(note: str, evidence: str) -> None:
    """EntryTooLong when typed-in note or evidence is over NOTE_LIMIT characters."""
    for name, text in (("note", note), ("evidence", evidence)):
        if len(text) > NOTE_LIMIT:
            raise EntryTooLong(i18n.translate("ValidationError", "`{field}`: must be at most {limit} characters")
                               .format(field=name, limit=i18n.number(NOTE_LIMIT)))
