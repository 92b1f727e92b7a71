"""The app's use cases in plain Python: what the window asks for and what a click changes.

The UI calls only this (and the domain), never SQL, so every behaviour here is testable
without Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from careerdesk.domain.errors import NotFoundError
from careerdesk.domain.fit import Comparison, Fit, compare_roles, rank_fit
from careerdesk.domain.listing import RoleRow
from careerdesk.domain.plan import Gap, Plan, SkillEntry, SkillStatus, compute_gap, path_between
from careerdesk.domain.profile import RoleProfile, SkillKind, SkillRef, skill_key
from careerdesk.domain.progress import Progress, Tally, role_progress
from careerdesk.store.catalogue import SEARCH_LIMIT
from careerdesk.store.store import Store


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    skill: SkillRef
    entry: SkillEntry

    @property
    def have(self) -> bool:
        return self.entry.status is SkillStatus.HAVE


@dataclass(frozen=True)
class PathStep:
    """A career-path step with how far the user already is towards it."""

    title: str
    role_id: str | None
    tally: Tally | None


class Desk:
    """One user's view of one data folder."""

    def __init__(self, store: Store):
        self.store = store
        self._entries: dict[str, SkillEntry] | None = None

    # Catalogue

    def families(self) -> list[str]:
        return self.store.catalogue.families()

    search_limit = SEARCH_LIMIT

    def find_roles(self, text: str, family: str | None = None) -> list[RoleRow]:
        return self.store.catalogue.search(text, family or None)

    def find_role_id(self, id_or_title: str) -> str | None:
        return self.store.catalogue.find_role_id(id_or_title)

    def role(self, role_id: str) -> RoleProfile | None:
        return self.store.catalogue.role(role_id)

    def role_count(self) -> int:
        return self.store.catalogue.count()

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

    def checklist(self, role: RoleProfile) -> list[ChecklistItem]:
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
        self.entries[key] = self.entry(key).model_copy(update={"status": status})

    def set_entry(self, key: str, name: str, entry: SkillEntry) -> None:
        self.store.ledger.set_entry(key, name, entry)
        self.entries[key] = entry

    def set_note(self, key: str, name: str, note: str, evidence: str) -> None:
        self.store.ledger.set_note(key, name, note, evidence)
        self.entries[key] = self.entry(key).model_copy(update={"note": note, "evidence": evidence})

    def progress(self, role: RoleProfile) -> Progress:
        return role_progress(role, self.had)

    def tally(self, role_id: str) -> Tally | None:
        keys = self.store.catalogue.skill_keys_of(role_id)
        if not keys and self.store.catalogue.title_of(role_id) is None:
            return None
        had = self.had
        return Tally(sum(k in had for k in keys), len(keys))

    # Career path

    def path_steps(self, role: RoleProfile) -> list[PathStep]:
        steps = []
        for step in role.career_path:
            exists = step.role_id is not None and self.store.catalogue.title_of(step.role_id) is not None
            steps.append(PathStep(step.title, step.role_id if exists else None,
                                  self.tally(step.role_id) if exists else None))
        return steps

    def leading_to(self, role_id: str) -> tuple[list[RoleRow], list[RoleRow]]:
        """Roles that lead into this one: (those whose next step it is, those further back)."""
        rows = self.store.catalogue.roles_leading_to(role_id)
        return [r for r, steps in rows if steps == 0], [r for r, steps in rows if steps > 0]

    # The user's own roles

    def read_role_files(self, paths: list[Path]) -> list[RoleProfile]:
        """Validated profiles from JSON files or role pages (RoleImportError lists every problem)."""
        from careerdesk.importers.role_files import read_role_files

        return read_role_files(paths, self.page_reader())

    def skill_index(self):
        return self.store.catalogue.skill_index()

    def page_reader(self):
        """Role page text -> profile data, with skills matched to this catalogue's canonical
        names and career-path steps linked to its roles by title."""
        from careerdesk.importers.role_page import parse_role_page

        index = self.store.catalogue.skill_index()
        return lambda text, kind: parse_role_page(text, index, self.store.catalogue.find_role_id, self._family, kind)

    def _family(self, title: str) -> str:
        hits = self.find_roles(title)
        return hits[0].family if hits else "Imported"

    def page_file_reader(self) -> Callable[[Path], dict]:
        """A role page file -> profile data not yet linked to the catalogue, with the same
        limits as `roles import` (UnreadableFile says why not). The function it returns
        touches no database, so it may run on a worker thread; then call `link_page`."""
        from careerdesk.importers.role_files import read_page_file
        from careerdesk.importers.role_page import read_role_page

        index = self.store.catalogue.skill_index()  # read here, on the caller's thread
        return lambda path: read_page_file(path, lambda text, kind: read_role_page(text, index, kind))

    def link_page(self, data: dict) -> dict:
        """Page data from `page_file_reader` with its family and career-path roles filled in."""
        from careerdesk.importers.role_page import link_role_page

        return link_role_page(data, self.store.catalogue.find_role_id, self._family)

    def existing_ids(self, profiles: list[RoleProfile]) -> list[str]:
        return [p.id for p in profiles if self.store.catalogue.title_of(p.id) is not None]

    def import_roles(self, profiles: list[RoleProfile], replace: bool = False) -> list[str]:
        return self.store.import_roles(profiles, replace=replace)

    def export_role(self, role_id: str, out: Path) -> None:
        from careerdesk.importers.role_files import profile_json

        role = self.role(role_id)
        if role is None:
            raise NotFoundError(f"no role called {role_id!r}")
        tmp = out.with_name(f".{out.name}.partial")
        try:
            tmp.write_text(profile_json(role), encoding="utf-8")
            tmp.replace(out)
        except OSError:
            tmp.unlink(missing_ok=True)
            raise

    def read_onet(self, path: Path, wages: Path | None = None) -> list[RoleProfile]:
        """Every O*NET occupation as a validated profile (safe to run off the main thread:
        it touches no database)."""
        from careerdesk.importers.onet import read_onet

        return [RoleProfile.model_validate(d) for d in read_onet(path, wages)]

    def import_onet(self, profiles: list[RoleProfile]) -> int:
        return self.store.import_onet(profiles)

    def rename_in_plan(self, old_id: str, new_id: str) -> None:
        """Keep the plan pointing at a role whose id the user changed."""
        plan = self.plan()
        changes = {k: new_id for k in ("current_role", "target_role") if getattr(plan, k) == old_id}
        if changes:
            self.store.plan.save(plan.model_copy(update=changes))

    def catalogue_changed_elsewhere(self) -> bool:
        """True (and the catalogue reopened) when another process rebuilt it meanwhile."""
        return self.store.refresh_catalogue()

    def remove_role(self, role_id: str) -> None:
        self.store.remove_role(role_id)

    def is_mine(self, role_id: str) -> bool:
        return self.store.catalogue.is_mine(role_id)

    # The data file

    def data_version(self) -> int:
        return self.store.user_data_version()

    def back_up(self) -> Path:
        return self.store.back_up()

    def restore(self, source: Path) -> Path:
        """Replace the user's data with a backup; returns the backup of what was there."""
        safety = self.store.restore(source)
        self.reload()
        return safety

    @property
    def backups_folder(self) -> Path:
        return self.store.home / "backups"

    # Plan

    def plan(self) -> Plan:
        return self.store.plan.get()

    def save_plan(self, plan: Plan) -> None:
        stored = self.plan()
        for role_id in (plan.current_role, plan.target_role):
            # a role the catalogue dropped may stay in the plan, but no new unknown role
            if role_id and self.role(role_id) is None and role_id not in (stored.current_role, stored.target_role):
                raise NotFoundError(f"no role called {role_id!r}")
        self.store.plan.save(plan)

    def gap(self, target_id: str | None = None) -> Gap:
        """The gap for `target_id`, or for the plan's target; current role from the plan."""
        plan = self.plan()
        target_id = target_id or plan.target_role
        if not target_id:
            raise NotFoundError("no target role: choose one in the plan (careerdesk plan set --target ROLE)")
        target = self.role(target_id)
        if target is None:
            raise NotFoundError(f"no role called {target_id!r}")
        current = self.role(plan.current_role) if plan.current_role else None  # None if since removed
        on_the_way: list[RoleProfile] = []
        if current is not None:
            chain = path_between(self.store.catalogue.next_steps, current.id, target.id) or []
            on_the_way = [r for r in (self.role(i) for i in chain[1:-1]) if r is not None]
        demand = self.store.catalogue.skill_demand([skill_key(s.name) for s in target.skills])
        return compute_gap(target, self.entries, current, on_the_way, demand)

    def best_fit(self, family: str | None = None) -> list[Fit]:
        return rank_fit(self.store.catalogue.fit_counts(self.store.ledger.table, family or None))

    def compare(self, a_id: str, b_id: str) -> Comparison:
        a, b = self.role(a_id), self.role(b_id)
        if a is None or b is None:
            raise NotFoundError(f"no role called {(a_id if a is None else b_id)!r}")
        return compare_roles(a, b)

    def path_from(self, role: RoleProfile) -> list[PathStep]:
        """The target and the steps after it, for the plan document."""
        return [PathStep(role.title, role.id, self.progress(role).overall), *self.path_steps(role)]
