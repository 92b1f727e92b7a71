"""What each headless subcommand does: ask the service, print text or JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from careerdesk.cli import EXIT_USAGE
from careerdesk.cli import data as cli_data
from careerdesk.cli import match as cli_match
from careerdesk.cli import plan as cli_plan
from careerdesk.cli import roles as cli_roles
from careerdesk.cli import schedule as cli_schedule
from careerdesk.cli.output import print_json
from careerdesk.domain.listing import RoleRow
from careerdesk.domain.plan import SkillStatus
from careerdesk.domain.profile import RoleProfile
from careerdesk.service import Desk


def _rows_out(rows: list[RoleRow], as_json: bool) -> int:
    if as_json:
        print_json([{"id": r.id, "title": r.title, "family": r.family, "mine": r.mine} for r in rows])
        return 0
    width = max((len(r.id) for r in rows), default=0)
    for r in rows:
        print(f"{r.id:<{width}}  {r.title}  ({r.family}{', yours' if r.mine else ''})")
    return 0


def roles_list(desk: Desk, args: argparse.Namespace) -> int:
    return _rows_out(desk.list_roles(args.family), args.json)


def roles_search(desk: Desk, args: argparse.Namespace) -> int:
    """Exit 1 when nothing matches (as grep does), so scripts can tell; people get a line
    on stderr saying so, while stdout stays empty (or `[]` with --json)."""
    rows = desk.find_roles(args.text, args.family)
    _rows_out(rows, args.json)
    if rows:
        return 0
    if not args.json:
        where = f" in the family '{args.family}'" if args.family else ""
        print(f"careerdesk: no roles match '{args.text}'{where}", file=sys.stderr)
    return 1


def roles_show(desk: Desk, args: argparse.Namespace) -> int:
    role = desk.require_role(args.role)
    if args.json:
        print_json(role.model_dump(mode="json"))
    else:
        print(render_role_text(role))
    return 0


def render_role_text(role: RoleProfile) -> str:
    lines = [role.title, "=" * len(role.title), f"Family: {role.family}"]
    if role.aliases:
        lines.append("Also known as: " + ", ".join(role.aliases))
    lines += ["", *[p + "\n" for p in role.paragraphs], "Responsibilities:"]
    lines += [f"  - {r}" for r in role.responsibilities]
    lines += ["", "Skills:"] + [f"  [{s.kind.value}] {s.label}" for s in role.skills]
    if role.salary:
        s = role.salary
        lines += ["", f"Salary: {s.min:,}-{s.max:,} {s.currency} per {s.period.value} ({s.region}; {s.source})"]
    if role.career_path:
        lines += ["", "Career path: " + " -> ".join(
            step.title + (" (related move)" if step.kind == "related" else "") for step in role.career_path)]
    return "\n".join(lines)


def set_statuses(desk: Desk, names: list[str], status: SkillStatus) -> int:
    """Set every known skill; name each unknown one with what it probably meant (exit 2)."""
    resolved, unknown = desk.set_known_skill_status(names, status)
    for _key, name in resolved:
        print(f"{name}: {status.value}")
    for name, hints in unknown:
        hint = f" (did you mean {' or '.join(repr(h) for h in hints)}?)" if hints else ""
        print(f"careerdesk: unknown skill: {name!r}{hint}", file=sys.stderr)
    return EXIT_USAGE if unknown else 0


def _set(status: SkillStatus) -> Callable[[Desk, argparse.Namespace], int]:
    def run(desk: Desk, args: argparse.Namespace) -> int:
        return set_statuses(desk, args.skill, status)

    return run


def skills_list(desk: Desk, args: argparse.Namespace) -> int:
    entries = desk.entries
    items = desk.skill_rows(desk.require_role(args.role) if args.role else None)
    out = []
    for key, name, kind, detail in items:
        record = entries.get(key)
        status = record.status if record else SkillStatus.NONE
        entry = {"name": name, "kind": kind or "unknown", "ticked": status is SkillStatus.HAVE,
                 "status": status.value, "note": record.note if record else "",
                 "evidence": record.evidence if record else "", "in_catalogue": kind is not None}
        if detail:
            entry["detail"] = detail
        out.append(entry)
    if args.json:
        print_json(out)
    else:
        for e in out:
            mark = {"have": "x", "learning": "~", "none": " "}[e["status"]]
            print(f"[{mark}] {e['name']}  ({e['kind']})")
    return 0


COMMANDS: dict[tuple[str, str], Callable[[Desk, argparse.Namespace], int]] = {
    ("roles", "list"): roles_list,
    ("roles", "search"): roles_search,
    ("roles", "show"): roles_show,
    ("roles", "export"): cli_roles.roles_export,
    ("roles", "import"): cli_roles.roles_import,
    ("roles", "remove"): cli_roles.roles_remove,
    ("onet", "import"): cli_roles.onet_import,
    ("onet", "remove"): cli_roles.onet_remove,
    ("skills", "tick"): _set(SkillStatus.HAVE),
    ("skills", "untick"): _set(SkillStatus.NONE),
    ("skills", "list"): skills_list,
    ("skills", "set"): cli_plan.skills_set,
    ("skills", "note"): cli_plan.skills_note,
    ("plan", "set"): cli_plan.plan_set,
    ("plan", "show"): cli_plan.plan_show,
    ("plan", "gap"): cli_plan.plan_gap,
    ("plan", "fit"): cli_plan.plan_fit,
    ("plan", "compare"): cli_plan.plan_compare,
    ("plan", "export"): cli_plan.plan_export,
    ("data", "backup"): cli_data.data_backup,
    ("data", "restore"): cli_data.data_restore,
    ("data", "backups"): cli_data.data_backups,
    **cli_match.COMMANDS,
    **cli_schedule.COMMANDS,
}
