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
from careerdesk.domain.profile import SOURCE_LABELS, RoleProfile
from careerdesk.service import Desk


def _rows_out(rows: list[RoleRow], as_json: bool) -> int:
    if as_json:
        print_json([{"id": r.id, "title": r.title, "family": r.family, "source": r.source, "mine": r.mine}
                    for r in rows])
        return 0
    width = max((len(r.id) for r in rows), default=0)
    for r in rows:
        print(f"{r.id:<{width}}  {r.title}  ({SOURCE_LABELS.get(r.source, r.source)}, {r.family})")
    return 0


def roles_list(desk: Desk, args: argparse.Namespace) -> int:
    return _rows_out(desk.list_roles(args.family, args.source), args.json)


def roles_search(desk: Desk, args: argparse.Namespace) -> int:
    """Exit 1 when nothing matches (as grep does), so scripts can tell; people get a line
    on stderr saying so, while stdout stays empty (or `[]` with --json)."""
    rows = desk.find_roles(args.text, args.family, args.source)
    _rows_out(rows, args.json)
    if rows:
        return 0
    if not args.json:
        where = f" in the family '{args.family}'" if args.family else ""
        shown = args.text if len(args.text) <= 60 else args.text[:57] + "…"  # one readable line
        print(f"careerdesk: no roles match '{shown}'{where}", file=sys.stderr)
    return 1


def roles_explore(desk: Desk, args: argparse.Namespace) -> int:
    from careerdesk.domain.errors import CareerDeskError
    from careerdesk.domain.occupation import INTEREST_NAMES, INTEREST_SUMMARIES, ZONE_SHORT

    codes = "".join(dict.fromkeys(args.interests.upper().replace(",", "").replace(" ", "")))
    if not codes or any(c not in INTEREST_NAMES for c in codes):
        raise CareerDeskError(f"--interests {args.interests!r}: use the letters R I A S E C "
                              "(Realistic, Investigative, Artistic, Social, Enterprising, Conventional)")
    rows = desk.explore(codes, args.zone)
    if args.json:
        print_json({"interests": {c: {"name": INTEREST_NAMES[c], "about": INTEREST_SUMMARIES[c]} for c in codes},
                    "zone": args.zone, "roles": [{"id": r.id, "title": r.title, "family": r.family,
                                                  "source": r.source} for r in rows]})
        return 0
    for c in codes:
        print(f"{c} {INTEREST_NAMES[c]}: {INTEREST_SUMMARIES[c]}")
    if args.zone:
        print(f"Job zone {args.zone}: {ZONE_SHORT[args.zone]} needed")
    print()
    if not rows:
        print("No occupation matches; try fewer interest areas or another job zone.")
        return 0
    return _rows_out(rows, False)


def roles_show(desk: Desk, args: argparse.Namespace) -> int:
    role = desk.require_role(args.role)
    if args.json:
        print_json(role.model_dump(mode="json"))
    else:
        print(render_role_text(role))
    return 0


def render_role_text(role: RoleProfile) -> str:
    from careerdesk.domain.occupation import preparation, source_label, wage_basis, wage_summary

    lines = [role.title, "=" * len(role.title), f"Family: {role.family}", f"Source: {source_label(role)}"]
    if role.aliases:
        lines.append("Also known as: " + ", ".join(role.aliases))
    lines += ["", *[p + "\n" for p in role.paragraphs], "Responsibilities:"]
    lines += [f"  - {r}" for r in role.responsibilities]
    lines += ["", "Skills:"] + [f"  [{s.kind.value}] {s.label}" for s in role.skills]
    if role.salary:
        s = role.salary
        lines += ["", f"Salary: {s.min:,}-{s.max:,} {s.currency} per {s.period.value} ({s.region}; {s.source})"]
    facts = role.occupation
    if facts and wage_summary(facts.wages):
        lines += [f"US pay: {wage_summary(facts.wages)} ({wage_basis(facts.wages)})"]
    if facts and preparation(facts.job_zone):
        lines += [f"Preparation: {preparation(facts.job_zone)}"]
    ladder = [step.title for step in role.career_path if step.kind == "next"]
    related = [step.title for step in role.career_path if step.kind == "related"]
    if ladder:
        lines += ["", "Career path: " + " -> ".join(ladder)]
    if related:
        lines += ["", "Related roles: " + ", ".join(related)]
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
    ("roles", "explore"): roles_explore,
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
