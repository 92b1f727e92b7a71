"""The app's use cases in plain Python: what the window and the CLI ask for and what a
click or a command changes. Front ends call only this (and the domain), never the store, so
every behaviour here is testable without Qt.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from careerdesk.domain import i18n
from careerdesk.domain.entry import SkillEntry, check_lengths
from careerdesk.domain.errors import NotFoundError, no_role
from careerdesk.domain.kinds import SkillKind, SkillStatus, skill_key
from careerdesk.domain.listing import RoleRow
from careerdesk.domain.progress import Progress, Tally, role_progress
from careerdesk.domain.records import record
from careerdesk.domain.report import PathStep
from careerdesk.service.best_fit import BestFit
from careerdesk.service.changes import PLAN, SKILLS, Broadcast
from careerdesk.service.data_file import DataFile
from careerdesk.service.own_roles import OwnRoles
from careerdesk.service.plan_output import PlanOutput
from careerdesk.store.catalogue import SEARCH_LIMIT
from careerdesk.store.store import Store

if TYPE_CHECKING:
    # The first screen needs none of these, and they need pydantic: each use imports its own
    # (domain/reading.py says why the window starts without it).
    from collections.abc import Sequence

    from careerdesk.domain.fit import Comparison
    from careerdesk.domain.plan import Gap, Plan
    from careerdesk.domain.profile import RoleProfile, SkillRef
    from careerdesk.domain.reading import RoleView


@record
class ChecklistItem:
    key: str
    skill: SkillRef
    entry: SkillEntry

    @property
    def have(self) -> bool:
        return self.entry.status is SkillStatus.HAVE


class Desk(OwnRoles, DataFile, PlanOutput, BestFit):
    """One user's view of one data folder: the one object the window and the CLI call.

    Every use case that writes announces what it changed (`changes`), so each screen that
    shows that data refreshes itself; changes by other processes take the same route."""

    def __init__(self, store: Store):
        self.store = store
        self.changes = Broadcast()
        self._entries: dict[str, SkillEntry] | None = None
        self._schedule = self._matching = None  # built on first use: start-up does not need them
        self._about: dict | None = None
        self._fit = self._fit_ahead = self._fit_read = None  # best fit's facts (service/best_fit.py)

    @classmethod
    def open(cls, home: Path, data_dir: Path, check_sources_later: bool = False, quick_only: bool = False) -> Desk:
        """The data folder `home` (made, checked, recovered, migrated) over the catalogue
        sources in `data_dir`. `check_sources_later` (the window): open without a stat of
        every source file when a quick look finds them unchanged; `check_sources()` then
        finishes the look once the window is up. `quick_only`: raise `NotQuick`, with nothing
        changed, instead of doing anything that can take long (see Store)."""
        return cls(Store(home, data_dir, check_sources_later=check_sources_later, quick_only=quick_only))

    @property
    def recovery(self):
        """What was done on opening if the data file was damaged (None normally)."""
        return self.store.recovery

    def close(self) -> None:
        self._take_fit_read()  # its thread reads the same files: done before they are let go
        self.store.close()

    @property
    def schedule(self):
        """Dates, milestones, history and pace for the plan (service/schedule.py)."""
        if self._schedule is None:
            from careerdesk.service.schedule import Schedule

            self._schedule = Schedule(self)
        return self._schedule

    @property
    def matching(self):
        """Job ads and CVs against this desk's vocabulary and ledger (service/matching.py)."""
        if self._matching is None:
            from careerdesk.service.matching import Matching

            self._matching = Matching(self)
        return self._matching

    # Catalogue

    def families(self) -> list[str]:
        return self.store.catalogue.families()

    search_limit = SEARCH_LIMIT

    def find_roles(self, text: str, family: str | None = None, source: str | None = None,
                   paged: bool = False) -> Sequence[RoleRow]:
        """Roles matching `text`, best first; empty text lists every role, read as it is shown,
        and with `paged` so does a one-letter result no name equals (the finder's list)."""
        return self.store.catalogue.search(text, family or None, source=source or None, paged=paged)

    def linked_roles(self, role: RoleProfile | RoleView) -> list[RoleRow]:
        """The curated profile and the O*NET occupation of the same O*NET code, each of the other."""
        return self.store.catalogue.linked_roles(role)

    def explore(self, interests: str, zone: int | None = None) -> list[RoleRow]:
        """Occupations matching RIASEC interest areas (e.g. "IAS") and a job zone (1-5)."""
        return self.store.catalogue.explore(interests, zone)

    def onet_about(self) -> dict:
        """The built-in O*NET pack's release, attribution, job zones and interest areas."""
        if self._about is None:
            from careerdesk.store.sources import onet_about

            self._about = onet_about(self.store.data_dir)
        return self._about

    def find_role_id(self, id_or_title: str) -> str | None:
        return self.store.catalogue.find_role_id(id_or_title)

    def role(self, role_id: str) -> RoleProfile | None:
        """The role validated: what writes, exports, gaps and comparisons start from."""
        return self.store.catalogue.role(role_id)

    def role_to_read(self, role_id: str) -> RoleView | None:
        """The role as the window shows it: the same content read without pydantic
        (domain/reading.py), so the first screen paints before pydantic is imported."""
        return self.store.catalogue.role_view(role_id)

    def role_count(self) -> int:
        return self.store.catalogue.count()

    def role_titles(self) -> list[tuple[str, str]]:
        """(id, title) of every role, ordered by title as people read it (for role pickers)."""
        return sorted(self.store.catalogue.role_titles(), key=lambda pair: pair[1].casefold())

    def list_roles(self, family: str | None = None, source: str | None = None) -> list[RoleRow]:
        return self.store.catalogue.list_roles(family or None, source or None)

    def title_of(self, role_id: str) -> str | None:
        return self.store.catalogue.title_of(role_id)

    def skill_rows(self, role: RoleProfile | None = None) -> list[tuple[str, str, str | None, str | None]]:
        """(key, name, kind, detail) of a role's skills, or of every canonical skill plus
        the user's records of skills no role lists any more (kind None: kept, and shown)."""
        if role is not None:
            return [(skill_key(s.name), s.name, s.kind.value, s.detail) for s in role.skills]
        items = [(key, name, kind, None) for key, name, kind in self.store.catalogue.canonical_skills()]
        known = self.store.catalogue.known_skill_keys()
        kept = sorted(self.store.ledger.names().items())
        items += [(key, name, None, None) for key, name in kept if key not in known]
        return items

    # Ledger

    @property
    def entries(self) -> dict[str, SkillEntry]:
        """The user's ledger (cached; every change made through here updates it)."""
        if self._entries is None:
            self._entries = self.store.ledger.entries()
        return self._entries

    @property
    def had(self) -> set[str]:
        return {k for k, e in self.entries.items() if e.status is SkillStatus.HAVE}

    def entry(self, key: str) -> SkillEntry:
        return self.entries.get(key, SkillEntry())

    def reload(self) -> None:
        """Forget cached ledger state, e.g. after another process changed it."""
        self._entries = None

    def checklist(self, role: RoleProfile | RoleView) -> list[ChecklistItem]:
        """The role's skills grouped technical, soft, tools (list order kept within a group)."""
        items = []
        for kind in SkillKind:
            for skill in role.skills_of(kind):
                key = skill_key(skill.name)
                items.append(ChecklistItem(key, skill, self.entry(key)))
        return items

    def set_have(self, key: str, name: str, have: bool) -> None:
        """Record the tick; it is committed to disk before this returns."""
        self.set_status(key, name, SkillStatus.HAVE if have else SkillStatus.NONE)

    def set_status(self, key: str, name: str, status: SkillStatus) -> None:
        self.store.ledger.set_status([(key, name)], status)
        self.entries[key] = replace(self.entry(key), status=status)
        self.changes.announce(SKILLS)

    def set_entry(self, key: str, name: str, entry: SkillEntry) -> None:
        self.store.ledger.set_entry(key, name, entry)
        self.entries[key] = entry
        self.changes.announce(SKILLS)

    def require_role(self, id_or_title: str) -> RoleProfile:
        """The role named by id, title or other name, or a NotFoundError that says what to try."""
        role_id = self.find_role_id(id_or_title)
        role = self.role(role_id) if role_id else None
        if role is None:
            raise NotFoundError(i18n.translate(
                "Desk", "no role called {name} (try `careerdesk roles search`)").format(name=repr(id_or_title)))
        return role

    def resolve_skills(self, names: list[str]) -> list[tuple[str, str]]:
        """Skill names or aliases -> (key, canonical name); unknown names are an error
        naming all of them, before anything is written."""
        resolved, unknown = [], []
        for name in names:
            hit = self.store.catalogue.resolve_skill(name)
            if hit is None:
                unknown.append(name)
            else:
                resolved.append(hit)
        if unknown:
            raise NotFoundError(i18n.translate("Desk", "unknown skill: {names}").format(
                names=", ".join(repr(n) for n in unknown)))
        return resolved

    def set_known_skill_status(self, names: list[str], status: SkillStatus
                               ) -> tuple[list[tuple[str, str]], list[tuple[str, list[str]]]]:
        """Set every name the catalogue knows (one transaction); return those, and each
        unknown name with what it probably meant, so one typo does not cost the rest."""
        resolved, unknown = [], []
        for name in names:
            hit = self.store.catalogue.resolve_skill(name)
            (unknown if hit is None else resolved).append(hit or name)
        if resolved:
            self.store.ledger.set_status(resolved, status)
            self.reload()
            self.changes.announce(SKILLS)
        index = self.store.catalogue.skill_index() if unknown else None
        return resolved, [(name, index.suggest(name)) for name in unknown]

    def set_skill_status(self, names: list[str], status: SkillStatus) -> list[tuple[str, str]]:
        """Several skills by name, all or none, in one transaction."""
        resolved = self.resolve_skills(names)
        self.store.ledger.set_status(resolved, status)
        self.reload()
        self.changes.announce(SKILLS)
        return resolved

    def note(self, name: str, note: str | None, evidence: str | None) -> str:
        """Write a skill's note and/or evidence (None keeps what is there); its canonical name."""
        check_lengths(note or "", evidence or "")  # what is typed now; what is kept may be longer
        (key, canonical), = self.resolve_skills([name])
        current = self.entry(key)
        self.set_note(key, canonical, current.note if note is None else note,
                      current.evidence if evidence is None else evidence)
        return canonical

    def replace_entry(self, key: str, name: str, expected: SkillEntry, entry: SkillEntry) -> bool:
        """Undo's write: only while the skill is still `expected` (False when another
        window or the CLI changed it meanwhile; the cache then learns what is stored)."""
        done = self.store.ledger.replace_entry(key, name, expected, entry)
        self.entries[key] = entry if done else self.store.ledger.entry(key)
        self.changes.announce(SKILLS)  # either way, screens show what is stored now
        return done

    def set_note(self, key: str, name: str, note: str, evidence: str) -> None:
        self.store.ledger.set_note(key, name, note, evidence)
        self.entries[key] = replace(self.entry(key), note=note, evidence=evidence)
        self.changes.announce(SKILLS)

    def progress(self, role: RoleProfile | RoleView) -> Progress:
        return role_progress(role, self.had)

    def tally(self, role_id: str) -> Tally | None:
        keys = self.store.catalogue.skill_keys_of(role_id)
        if not keys and self.store.catalogue.title_of(role_id) is None:
            return None
        had = self.had
        return Tally(sum(k in had for k in keys), len(keys))

    # Career path

    def path_steps(self, role: RoleProfile | RoleView) -> list[PathStep]:
        """The role's career path, each step with its role id and tally where the catalogue holds
        that role (read in one query: a role switch on the Career Path tab waits on it)."""
        held = self.store.catalogue.skill_keys_by_role([s.role_id for s in role.career_path if s.role_id])
        had = self.had if held else set()
        steps = []
        for step in role.career_path:
            keys = held.get(step.role_id) if step.role_id is not None else None
            tally = None if keys is None else Tally(sum(k in had for k in keys), len(keys))
            steps.append(PathStep(step.title, step.role_id if keys is not None else None, tally, step.kind))
        return steps

    def leading_to(self, role_id: str) -> tuple[list[RoleRow], list[RoleRow]]:
        """Roles that lead into this one: (those whose next step it is, those further back)."""
        rows = self.store.catalogue.roles_leading_to(role_id)
        return [r for r, steps in rows if steps == 0], [r for r, steps in rows if steps > 0]

    # Plan

    def plan(self) -> Plan:
        return self.store.plan.get()

    def plan_target(self) -> str | None:
        """The plan's target role id, read without building the Plan (the first screen
        asks only this, to enable Export and Print)."""
        return self.store.plan.target_role()

    def save_plan(self, plan: Plan) -> None:
        stored = self.plan()
        for role_id in (plan.current_role, plan.target_role):
            # a role the catalogue dropped may stay in the plan, but no new unknown role
            if role_id and self.title_of(role_id) is None and role_id not in (stored.current_role, stored.target_role):
                raise NotFoundError(no_role(role_id))
        self.store.plan.save(plan)
        self.changes.announce(PLAN)

    def gap(self, target_id: str | None = None) -> Gap:
        """The gap for `target_id`, or for the plan's target; current role from the plan."""
        plan = self.plan()
        target_id = target_id or plan.target_role
        if not target_id:
            raise NotFoundError(i18n.translate(
                "Desk", "no target role: choose one in the plan (careerdesk plan set --target ROLE)"))
        # Read as RoleView: every stored profile was validated on its way in, and the gap, My
        # plan and the exports then need no pydantic (~12 MiB; domain/reading.py).
        target = self.role_to_read(target_id)
        if target is None:
            raise NotFoundError(no_role(target_id))
        current = self.role_to_read(plan.current_role) if plan.current_role else None  # None if since removed
        on_the_way: list[RoleView] = []
        if current is not None:
            from careerdesk.domain.plan import path_between

            chain = path_between(self.store.catalogue.next_steps, current.id, target.id) or []
            on_the_way = [r for r in (self.role_to_read(i) for i in chain[1:-1]) if r is not None]
        demand = self.store.catalogue.skill_demand([skill_key(s.name) for s in target.skills])
        from careerdesk.domain.plan import compute_gap

        return compute_gap(target, self.entries, current, on_the_way, demand)

    def learn_links(self, keys: list[str]) -> dict:
        """Skill key -> free official places to learn it (links from data/skills.json)."""
        return self.store.catalogue.learn_links(keys)

    def compare(self, a_id: str, b_id: str) -> Comparison:
        a, b = self.role_to_read(a_id), self.role_to_read(b_id)  # (read, as in gap())
        if a is None or b is None:
            raise NotFoundError(no_role(a_id if a is None else b_id))
        from careerdesk.domain.fit import compare_roles

        return compare_roles(a, b)

    def path_from(self, role: RoleProfile | RoleView) -> list[PathStep]:
        """The target and the steps after it, for the plan document."""
        return [PathStep(role.title, role.id, self.progress(role).overall), *self.path_steps(role)]
