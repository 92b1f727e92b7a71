"""`careerdesk match FILE` and `careerdesk skills scan FILE`: a job ad against your skills,
and your skills from your CV. Both read through the same service as the window."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from careerdesk.cli.output import print_json

if TYPE_CHECKING:  # the parser is built on every start, the GUI's too: keep this import light
    from careerdesk.service import Desk

STATUS_MARK = {"have": "x", "learning": "~", "none": " "}
CV_KINDS = ("txt", "md", "pdf", "docx")
AD_KINDS = ("txt", "md", "html", "pdf", "docx")  # (recruiters send job descriptions as Word files)


def add_parsers(commands, skills_cmd, home: argparse.ArgumentParser) -> None:
    """The two commands' options, added to the `careerdesk` parser."""
    p = commands.add_parser("match", parents=[home], help="check a job ad against your skills")
    p.add_argument("file", help="the ad: .txt, .md, .html, .pdf or .docx; - reads standard input")
    p.add_argument("--json", action="store_true")
    p.add_argument("--save-as-role", action="store_true", help="keep the ad as one of your own roles")
    p.add_argument("--title", help="title for the saved role (default: the ad's first line)")
    p.set_defaults(action="ad")
    p = skills_cmd.add_parser("scan", parents=[home], help="skills your CV shows (--apply to tick them)")
    p.add_argument("file", help="your CV: .txt, .md, .pdf or .docx; - reads standard input")
    p.add_argument("--json", action="store_true")
    p.add_argument("--apply", action="store_true", help="mark them as had, keeping each sentence as evidence")


def match_ad(desk: Desk, args: argparse.Namespace) -> int:
    matching = desk.matching
    result = matching.match_ad(matching.read(args.file, AD_KINDS))
    saved = matching.save_as_role(result, args.title) if args.save_as_role else None
    if args.json:
        out = result.as_json()
        if saved:
            out["saved_as"] = saved
        print_json(out)
        return 0
    if not result.skills:
        print("No skills from the vocabulary found in this ad.")
    else:
        print(f"Skills the ad asks for ({result.total}):")
        for s in result.skills:
            words = ", ".join(f'"{w}"' for w in s.found.words)
            print(f"  [{STATUS_MARK[s.status.value]}] {s.name} ({s.kind}): {words}")
        print(f"\nYou have {result.have} of {result.total} ({result.percent}%).")
        if result.missing:
            print("Missing, most important first: " + ", ".join(result.missing))
    if result.closest:
        print("Closest roles: " + ", ".join(f"{c.title} ({c.id}, {c.percent}%)" for c in result.closest))
    if saved:
        print(f"Saved as your role `{saved}` (careerdesk plan set --target {saved})")
    return 0


def skills_scan(desk: Desk, args: argparse.Namespace) -> int:
    matching = desk.matching
    suggestions = matching.scan_cv(matching.read(args.file, CV_KINDS))
    changed = matching.apply(suggestions) if args.apply else []
    if args.json:
        out: dict = {"suggestions": [s.as_json() for s in suggestions]}
        if args.apply:
            out["applied"] = changed
        print_json(out)
        return 0
    if not suggestions:
        print("No skills from the vocabulary found in this CV.")
    for s in suggestions:
        print(f"[{STATUS_MARK[s.status.value]}] {s.name} ({s.kind}): {s.evidence}")
    if args.apply:
        print(f"\nMarked {len(changed)} skill{'s' if len(changed) != 1 else ''} as had.")
    elif suggestions:
        print("\nNothing changed; add --apply to mark these as had.")
    return 0


COMMANDS = {("match", "ad"): match_ad, ("skills", "scan"): skills_scan}
