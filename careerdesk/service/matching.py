"""Bring the user's own documents in: check a job ad against their skills, and suggest
skills from their CV. The same door for the window and the command line.

Reading and matching touch no database (safe on a worker thread); what the ad means for this
user (statuses, the gap, the closest roles) and every write go through the Desk.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from careerdesk.domain import i18n
from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.matching import FoundSkill, Matcher, sentence_around
from careerdesk.domain.plan import SkillEntry, SkillStatus
from careerdesk.domain.profile import RoleProfile, SkillKind, skill_key
from careerdesk.service.changes import SKILLS

if TYPE_CHECKING:
    from careerdesk.service.desk import Desk

KIND_ORDER = {"technical": 0, "tool": 1, "soft": 2}  # the gap's order: concrete skills first
AD_FAMILY = "My job ads"


@dataclass(frozen=True)
class SkillMatch:
    """A skill the ad asks for, the words that named it, and where the user stands."""

    found: FoundSkill
    status: SkillStatus

    @property
    def name(self) -> str:
        return self.found.name

    @property
    def kind(self) -> str:
        return self.found.kind

    def as_json(self) -> dict:
        return {"name": self.name, "kind": self.kind, "found": self.found.words, "status": self.status.value}


@dataclass(frozen=True)
class ClosestRole:
    id: str
    title: str
    percent: int


@dataclass(frozen=True)
class AdMatch:
    """How one job ad fits the user: what it asks for, what they have, what is missing."""

    title: str
    text: str
    skills: list[SkillMatch]
    missing: list[str]
    closest: list[ClosestRole]

    @property
    def have(self) -> int:
        return sum(s.status is SkillStatus.HAVE for s in self.skills)

    @property
    def total(self) -> int:
        return len(self.skills)

    @property
    def percent(self) -> int:
        return round(100 * self.have / self.total) if self.total else 0

    def as_json(self) -> dict:
        return {"skills": [s.as_json() for s in self.skills], "have": self.have, "total": self.total,
                "percent": self.percent, "missing": self.missing,
                "closest": [{"id": c.id, "title": c.title, "percent": c.percent} for c in self.closest]}


@dataclass(frozen=True)
class Suggestion:
    """A skill a CV shows, with the sentence that shows it."""

    name: str
    kind: str
    evidence: str
    status: SkillStatus

    def as_json(self) -> dict:
        return {"name": self.name, "kind": self.kind, "evidence": self.evidence, "status": self.status.value}


class Matching:
    """Job ads and CVs against one Desk's vocabulary and ledger."""

    def __init__(self, desk: Desk):
        self.desk = desk
        self._matcher: Matcher | None = None
        self._vocabulary: list | None = None

    def vocabulary(self) -> list:
        """The catalogue's canonical skills (a database read: call it on the main thread)."""
        return self.desk.skill_index().skills

    def matcher(self, vocabulary: list | None = None) -> Matcher:
        """The matcher for `vocabulary` (default: the catalogue's), built once: 10-40 ms
        for 300 skills. With a vocabulary given, safe to call on a worker thread."""
        vocabulary = self.vocabulary() if vocabulary is None else vocabulary
        if self._matcher is None or self._vocabulary is not vocabulary:
            self._matcher, self._vocabulary = Matcher(vocabulary), vocabulary
        return self._matcher

    @staticmethod
    def read(path: str | Path, kinds: tuple[str, ...] | None = None) -> str:
        from careerdesk.importers.documents import KINDS, read_document

        return read_document(path, kinds or KINDS)

    # Job ads

    def match_ad(self, text: str, found: list[FoundSkill] | None = None) -> AdMatch:
        """The ad's skills with the user's status, the share they have, the gap in priority
        order and the three closest catalogue roles. `found`: the matcher's result when it
        already ran (on a worker thread)."""
        found = self.matcher().find(text) if found is None else found
        skills = [SkillMatch(f, self.desk.entry(skill_key(f.name)).status) for f in found]
        lacking = [s for s in skills if s.status is not SkillStatus.HAVE]
        demand = self.desk.store.catalogue.skill_demand([skill_key(s.name) for s in lacking]) if lacking else {}
        lacking.sort(key=lambda s: (KIND_ORDER.get(s.kind, 3), -demand.get(skill_key(s.name), 0), s.found.first))
        return AdMatch(ad_title(text), text, skills, [s.name for s in lacking], self.closest(skills))

    def closest(self, skills: list[SkillMatch], limit: int = 3) -> list[ClosestRole]:
        """Catalogue roles sharing most of the ad's skills: shared / (ad's + role's - shared),
        so a role listing everything does not win by size."""
        keys = list(dict.fromkeys(skill_key(s.name) for s in skills))
        scored = []
        for role_id, title, shared, listed in self.desk.store.catalogue.overlap(keys):
            share = shared / max(len(keys) + listed - shared, 1)
            scored.append((-share, title.casefold(), role_id, ClosestRole(role_id, title, round(100 * share))))
        return [c for *_, c in sorted(scored)[:limit]]

    def save_as_role(self, match: AdMatch, title: str | None = None) -> str:
        """Keep the ad as one of the user's own roles (never replacing one); returns its id."""
        from careerdesk.importers.role_page import slug

        title = " ".join((title or match.title).split())[:200]
        if not title:
            raise CareerDeskError(i18n.translate("JobAds", "the ad has no title line; give one with --title"))
        if not match.skills:
            raise CareerDeskError(i18n.translate(
                "JobAds", "no known skills found in the ad, so there is nothing to plan against"))
        base = slug(title)
        role_id, n = base, 2
        while self.desk.role(role_id) is not None:
            role_id, n = f"{base[:75]}-{n}", n + 1
        today = dt.date.today().isoformat()
        intro = next((p for p in re.split(r"\n\s*\n", match.text) if len(p) > 60), "")[:1500]
        profile = RoleProfile.model_validate({
            "id": role_id, "title": title, "family": AD_FAMILY,
            "summary": f"Saved from a job ad on {today}." + (f"\n\n{intro}" if intro else ""),
            "outlook": "Not stated in the ad.", "responsibilities": responsibilities(match.text),
            "skills": [{"name": s.name, "kind": SkillKind(s.kind).value} for s in match.skills],
        })
        self.desk.import_roles([profile])
        return role_id

    # CVs

    def scan_cv(self, text: str, found: list[FoundSkill] | None = None) -> list[Suggestion]:
        """The skills the CV shows, each with the sentence it first appears in."""
        found = self.matcher().find(text) if found is None else found
        out = []
        for f in found:
            first = f.occurrences[0]
            out.append(Suggestion(f.name, f.kind, sentence_around(text, first.start, first.end),
                                  self.desk.entry(skill_key(f.name)).status))
        return out

    def changes_for(self, suggestions: list[Suggestion]) -> list[tuple[str, str, SkillEntry, SkillEntry]]:
        """(key, name, before, after) for each suggestion that would change something: marked
        *have*, its sentence as evidence unless the user already wrote some (never overwritten)."""
        changes = []
        for s in suggestions:
            key = skill_key(s.name)
            before = self.desk.entry(key)
            after = SkillEntry(status=SkillStatus.HAVE, note=before.note, evidence=before.evidence or s.evidence[:2000])
            if after != before:
                changes.append((key, s.name, before, after))
        return changes

    def write(self, entries: list[tuple[str, str, SkillEntry]]) -> None:
        """Several ledger records in one transaction: all saved or none."""
        if entries:
            self.desk.store.ledger.set_entries(entries)
            self.desk.reload()
            self.desk.changes.announce(SKILLS)

    def apply(self, suggestions: list[Suggestion]) -> list[str]:
        """Mark the suggestions *have* (see `changes_for`) in one transaction; returns the names changed."""
        changes = self.changes_for(suggestions)
        self.write([(key, name, after) for key, name, _, after in changes])
        return [name for _, name, _, _ in changes]


_TITLE_NOISE = re.compile(r"^(?:job\s*title|position|role|vacancy|we(?:'re| are) hiring)\s*[:\-–]\s*", re.I)


def ad_title(text: str) -> str:
    """The ad's title: its first short line, without "Job title:" and similar labels."""
    for line in text.split("\n"):
        line = _TITLE_NOISE.sub("", line.strip(" #*•-\t")).strip()
        if line:
            return line if len(line) <= 120 else ""
    return ""


_DUTIES = re.compile(r"respons|you will|you'll|what you.{0,4}do|duties|the role|day to day|day-to-day", re.I)
_BULLET = re.compile(r"^\s*(?:[•·▪‣◦*+-]|\d+[.)])\s+")


def responsibilities(text: str) -> list[str]:
    """Bullet lines under a heading about duties ("Responsibilities", "What you'll do")."""
    out, inside = [], False
    for line in text.split("\n"):
        if not line.strip():
            continue
        if _BULLET.match(line):
            if inside and len(out) < 50:
                out.append(_BULLET.sub("", line).strip()[:2000])
        else:
            inside = len(line) < 80 and bool(_DUTIES.search(line))
    return out
