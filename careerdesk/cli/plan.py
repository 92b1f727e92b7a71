"""The `careerdesk plan ...` and `skills set/note` commands."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from careerdesk.cli.output import print_json
from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.plan import GapItem, Plan, SkillStatus
from careerdesk.service import Desk


def skills_set(desk: Desk, args: argparse.Namespace) -> int:
    from careerdesk.cli.commands import set_statuses  # imported late: commands imports this module

    return set_statuses(desk, args.skill, SkillStatus(args.status))


def skills_note(desk: Desk, args: argparse.Namespace) -> int:
    name = desk.note(args.skill, args.note, args.evidence)
    print(f"{name}: note saved")
    return 0


def _role_id(desk: Desk, text: str | None) -> str | None:
    if text is None:
        return None
    return desk.require_role(text).id


def plan_set(desk: Desk, args: argparse.Namespace) -> int:
    plan = desk.plan()
    changes: dict[str, object] = {}
    if args.current is not None:
        changes["current_role"] = _role_id(desk, args.current)
    if args.target is not None:
        changes["target_role"] = _role_id(desk, args.target)
    if args.name is not None:
        changes["name"] = args.name
    if args.date is not None:
        try:
            changes["target_date"] = dt.date.fromisoformat(args.date) if args.date else None
        except ValueError as exc:
            raise CareerDeskError(f"--date: {args.date!r} is not a date like 2027-06-30") from exc
    if not changes:
        raise CareerDeskError("plan set: give at least one of --current, --target, --name, --date")
    desk.save_plan(Plan(**{**plan.to_json(), **changes}))  # (validated: domain/plan.py)
    plan_show(desk, argparse.Namespace(json=False))
    late = desk.schedule.after_target()
    if late:
        print(f"careerdesk: note: {late}", file=sys.stderr)
    return 0


def plan_show(desk: Desk, args: argparse.Namespace) -> int:
    plan = desk.plan()
    if args.json:
        print_json(plan.to_json())
        return 0
    def title(role_id: str | None) -> str:
        return (desk.title_of(role_id) or role_id) if role_id else "(not set)"
    print(f"Name:         {plan.name or '(not set)'}")
    print(f"Current role: {title(plan.current_role)}")
    print(f"Target role:  {title(plan.target_role)}")
    print(f"Target date:  {plan.target_date.isoformat() if plan.target_date else '(not set)'}")
    return 0


def _item_json(item: GapItem) -> dict:
    out = {"name": item.skill.name, "kind": item.skill.kind.value, "status": item.entry.status.value,
           "reason": item.tier.reason}
    for extra in ("detail",):
        if getattr(item.skill, extra):
            out[extra] = getattr(item.skill, extra)
    if item.entry.note:
        out["note"] = item.entry.note
    if item.entry.evidence:
        out["evidence"] = item.entry.evidence
    return out


def plan_gap(desk: Desk, args: argparse.Namespace) -> int:
    gap = desk.gap(_role_id(desk, args.target))
    if args.json:
        print_json({"target": gap.target.id, "have": [_item_json(i) for i in gap.have],
                    "learning": [_item_json(i) for i in gap.learning],
                    "missing": [_item_json(i) for i in gap.missing]})
        return 0
    print(f"{gap.target.title}: you have {len(gap.have)} of {gap.total} skills")
    for heading, items in (("Missing, most important first", gap.missing), ("Learning", gap.learning),
                           ("Have", gap.have)):
        print(f"\n{heading} ({len(items)}):")
        for i in items:
            reason = f"  [{i.tier.reason}]" if i.entry.status is SkillStatus.NONE else ""
            print(f"  - {i.skill.label} ({i.skill.kind.value}){reason}")
    return 0


def plan_fit(desk: Desk, args: argparse.Namespace) -> int:
    fits = desk.best_fit(args.family)
    if args.json:
        print_json([{"id": f.id, "title": f.title, "family": f.family, "have": f.have, "total": f.total,
                     "percent": f.percent, "median_pay_usd": f.median_pay} for f in fits])
        return 0
    for f in fits:
        pay = f", US median ${f.median_pay:,}" if f.median_pay else ""
        print(f"{f.percent:>3}%  {f.have:>2}/{f.total:<2}  {f.title}  ({f.family}{pay})")
    return 0


def plan_compare(desk: Desk, args: argparse.Namespace) -> int:
    c = desk.compare(_role_id(desk, args.role_a), _role_id(desk, args.role_b))
    names = lambda skills: [s.name for s in skills]  # noqa: E731
    if args.json:
        print_json({"a": c.a.id, "b": c.b.id, "both": names(c.both), "only_a": names(c.only_a),
                    "only_b": names(c.only_b), "overlap_percent": c.overlap_percent,
                    "steps_from_a_to_b": c.steps_from_a_to_b})
        return 0
    print(f"{c.a.title} -> {c.b.title}: {c.overlap_percent}% of {c.b.title}'s skills are shared")
    for heading, skills in ((f"Only {c.b.title} (to learn)", c.only_b), ("Both", c.both),
                            (f"Only {c.a.title}", c.only_a)):
        print(f"\n{heading} ({len(skills)}): " + ", ".join(names(skills)))
    return 0


def plan_export(desk: Desk, args: argparse.Namespace) -> int:
    if args.ics is not None:
        from careerdesk.cli.schedule import plan_export_ics

        if args.out is None:
            return plan_export_ics(desk, args)
        plan_export_ics(desk, args)
    elif args.out is None:
        raise CareerDeskError("plan export: give --out FILE (PDF or Markdown) or --ics FILE (milestones)")
    fmt = args.format or ("md" if args.out.suffix.lower() in (".md", ".markdown") else "pdf")
    out, pages = desk.export_plan(args.out.expanduser(), markdown=fmt == "md", paper=args.paper,
                                  target_id=_role_id(desk, args.target))
    print(f"wrote {out}" + (f" ({pages} pages)" if pages else ""))
    return 0
