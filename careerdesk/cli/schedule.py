"""`careerdesk skills history` and `plan schedule / due / effort / timeline / export --ics`."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from careerdesk.cli.output import print_json
from careerdesk.domain import clock
from careerdesk.domain.schedule import parse_date
from careerdesk.service import Desk


def add_parsers(skills_cmd, plan_cmd, home: argparse.ArgumentParser) -> None:
    """The dated-plan subcommands, hung under `skills` and `plan`."""
    p = skills_cmd.add_parser("history", parents=[home], help="every change to your skills, oldest first")
    p.add_argument("--since", metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    p = plan_cmd.add_parser("schedule", parents=[home], help="give every open skill a due date by the target date")
    p.add_argument("--dry-run", action="store_true", help="show the proposal without saving it")
    p.add_argument("--json", action="store_true")
    p = plan_cmd.add_parser("due", parents=[home], help="set (move) one skill's due date")
    p.add_argument("skill")
    p.add_argument("date", metavar="YYYY-MM-DD")
    p = plan_cmd.add_parser("effort", parents=[home], help="your own estimate of a skill's study time")
    p.add_argument("skill")
    p.add_argument("weeks", type=int)
    p = plan_cmd.add_parser("timeline", parents=[home], help="each skill with its start, due and done dates")
    p.add_argument("--json", action="store_true")


def skills_history(desk: Desk, args: argparse.Namespace) -> int:
    since = parse_date(args.since) if args.since else None
    entries = desk.schedule.history(since)
    if args.json:
        print_json([{"at": c.event.at.isoformat(), "skill": c.event.name, "status": c.event.status,
                     "before": c.before, "changed": list(c.changed), "note": c.event.note,
                     "evidence": c.event.evidence} for c in entries])
        return 0
    for c in entries:
        print(f"{c.event.at.date().isoformat()}  {c.event.name}: {c.describe()}")
    if not entries:
        print("No changes recorded" + (f" since {since.isoformat()}." if since else " yet."))
    return 0


def plan_schedule(desk: Desk, args: argparse.Namespace) -> int:
    schedule = desk.schedule
    today = clock.today()
    proposal = schedule.propose(today) if args.dry_run else schedule.apply(today)
    if args.json:
        print_json({"message": proposal.message, "squeezed": proposal.squeezed, "saved": not args.dry_run,
                    "milestones": [{"skill": i.name, "status": i.status, "effort_weeks": i.effort_weeks,
                                    "start": s.isoformat(), "due": d.isoformat()} for i, s, d in proposal.dates]})
        return 0
    for item, start, due in proposal.dates:
        print(f"{start.isoformat()} -> {due.isoformat()}  {item.name}  ({item.effort_weeks} weeks)")
    print(proposal.message + ("" if args.dry_run or not proposal.dates else " Saved."))
    return 0


def plan_due(desk: Desk, args: argparse.Namespace) -> int:
    item, day = desk.schedule.set_due(args.skill, args.date, clock.today())
    print(f"{item.name}: due {day.isoformat()}")
    return 0


def plan_effort(desk: Desk, args: argparse.Namespace) -> int:
    item = desk.schedule.set_effort(args.skill, args.weeks)
    print(f"{item.name}: about {args.weeks} weeks")
    return 0


def plan_timeline(desk: Desk, args: argparse.Namespace) -> int:
    schedule = desk.schedule
    dated = schedule.dated_plan(clock.today())
    if args.json:
        print_json([r.as_json() for r in dated.rows])
        return 0
    iso = lambda d: d.isoformat() if d else "-"  # noqa: E731
    for r in dated.rows:
        print(f"{r.status:<8}  start {iso(r.start):<10}  due {iso(r.due):<10}  done {iso(r.done):<10}  {r.name}")
    print(dated.pace.describe())
    late = schedule.after_target()
    if late:
        print(late)
    return 0


def plan_export_ics(desk: Desk, args: argparse.Namespace) -> int:
    out, count = desk.schedule.export_ics(args.ics.expanduser())
    print(f"wrote {out} ({count} milestones)")
    return 0


COMMANDS: dict[tuple[str, str], Callable[[Desk, argparse.Namespace], int]] = {
    ("skills", "history"): skills_history,
    ("plan", "schedule"): plan_schedule,
    ("plan", "due"): plan_due,
    ("plan", "effort"): plan_effort,
    ("plan", "timeline"): plan_timeline,
}
