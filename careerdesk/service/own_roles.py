"""Use cases for roles the user brings: role files, role pages, O*NET, the editor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from careerdesk.domain import i18n
from careerdesk.domain.errors import CareerDeskError, NotFoundError, describe_validation_error, no_role
from careerdesk.service.changes import CATALOGUE, PLAN

if TYPE_CHECKING:
    from careerdesk.domain.profile import RoleProfile
    from careerdesk.service.changes import Broadcast
    from careerdesk.store.store import Store

MAX_PROBLEMS = 20  # an import with more problems than this lists the first ones and says so


class OwnRoles:
    """Part of Desk: the user's own roles and imported sources."""

    store: Store
    changes: Broadcast

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

        catalogue = self.store.catalogue
        index = self._page_index()
        return lambda text, kind: parse_role_page(text, index, catalogue.find_role_id, self._family, kind)

    def _page_index(self):
        """The canonical skills, plus every tool any role lists and O*NET's technology names
        ("Spring Boot"), so a run-on tools line keeps its multi-word names whole."""
        from careerdesk.domain.profile import SkillKind, skill_key
        from careerdesk.domain.skills import CanonicalSkill, SkillIndex
        from careerdesk.store.sources import technology_names

        catalogue = self.store.catalogue
        canonical = catalogue.skill_index()
        known, extra = set(), []
        for name in [*catalogue.tool_names(), *technology_names(self.store.data_dir)]:
            if name not in canonical and skill_key(name) not in known:
                known.add(skill_key(name))
                extra.append(CanonicalSkill(name=name, kind=SkillKind.TOOL))
        return SkillIndex([*canonical.skills, *extra])

    def _family(self, title: str) -> str:
        hits = self.store.catalogue.search(title)
        return hits[0].family if hits else "Imported"

    def page_file_reader(self) -> Callable[[Path], dict]:
        """A role page file -> profile data not yet linked to the catalogue, with the same
        limits as `roles import` (UnreadableFile says why not). The function it returns
        touches no database, so it may run on a worker thread; then call `link_page`."""
        from careerdesk.importers.role_files import read_page_file
        from careerdesk.importers.role_page import read_role_page

        index = self._page_index()  # read here, on the caller's thread
        return lambda path: read_page_file(path, lambda text, kind: read_role_page(text, index, kind))

    def link_page(self, data: dict) -> dict:
        """Page data from `page_file_reader` with its family and career-path roles filled in."""
        from careerdesk.importers.role_page import link_role_page

        return link_role_page(data, self.store.catalogue.find_role_id, self._family)

    def existing_ids(self, profiles: list[RoleProfile]) -> list[str]:
        return [p.id for p in profiles if self.store.catalogue.title_of(p.id) is not None]

    def import_roles(self, profiles: list[RoleProfile], replace: bool = False, removing: list[str] = ()) -> list[str]:
        """Add the user's roles, and take out their roles `removing` in the same change (an edit
        that changed a role's id: on a failure, neither is made)."""
        added = self.store.import_roles(profiles, replace=replace, removing=removing)
        self.changes.announce(CATALOGUE)
        return added

    def export_role(self, role_id: str, out: Path) -> Path:
        """Write one role as a JSON profile file; returns where."""
        from careerdesk.export.output import write_text_output
        from careerdesk.importers.role_files import profile_json

        role = self.store.catalogue.role(self.store.catalogue.find_role_id(role_id) or role_id)
        if role is None:
            raise NotFoundError(no_role(role_id))
        write_text_output(out, profile_json(role))  # checked, and replaced atomically
        return out

    def read_onet(self, path: Path, wages: Path | None = None) -> list[RoleProfile]:
        """Every O*NET occupation as a validated profile; every problem named (up to
        MAX_PROBLEMS). Safe off the main thread: it touches no database."""
        from pydantic import ValidationError

        from careerdesk.importers.files import refuse_special_file
        from careerdesk.importers.onet import read_onet
        from careerdesk.store.sources import onet_vocabulary

        refuse_special_file(path, i18n.translate("OwnRoles", "the folder or zip of the O*NET text files"))
        if wages is not None:
            refuse_special_file(wages, i18n.translate("OwnRoles", "the OEWS wage file"))
        profiles, problems = [], []
        vocabulary = onet_vocabulary(self.store.data_dir)  # the pack's mapping onto canonical skills
        for data in read_onet(path, wages, vocabulary=vocabulary):
            try:
                profiles.append(_validated(data))
            except ValidationError as exc:
                problems.extend(describe_validation_error(exc, f"O*NET {data.get('id')}"))
        if problems:
            more = len(problems) - MAX_PROBLEMS
            more_line = [i18n.translate("OwnRoles", "... and {count} more").format(count=more)] if more > 0 else []
            raise CareerDeskError("\n".join(problems[:MAX_PROBLEMS] + more_line))
        return profiles

    def import_onet(self, profiles: list[RoleProfile], announce: bool = True) -> int:
        """Replace the O*NET source. `announce=False` is for a worker thread: the caller
        announces the change once it is back on the thread that owns the screens."""
        count = self.store.import_onet(profiles)
        if announce:
            self.changes.announce(CATALOGUE)
        return count

    def remove_onet(self) -> None:
        self.store.remove_onet()
        self.changes.announce(CATALOGUE)

    def rename_in_plan(self, old_id: str, new_id: str) -> None:
        """Keep the plan pointing at a role whose id the user changed."""
        plan = self.store.plan.get()
        changes = {k: new_id for k in ("current_role", "target_role") if getattr(plan, k) == old_id}
        if changes:
            self.store.plan.save(replace(plan, **changes))
            self.changes.announce(PLAN)

    def remove_role(self, role_id: str) -> None:
        self.store.remove_role(role_id)
        self.changes.announce(CATALOGUE)

    def is_mine(self, role_id: str) -> bool:
        return self.store.catalogue.is_mine(role_id)


def _validated(data: dict) -> RoleProfile:
    """A profile validated (pydantic is imported here, not with the window: see domain/reading.py)."""
    from careerdesk.domain.profile import RoleProfile

    return RoleProfile.model_validate(data)
