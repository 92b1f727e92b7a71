"""The full `careerdesk` command line (argparse): every subcommand and option. Imported only when
the command line is more than the window's own `careerdesk` or `careerdesk --home FOLDER`
(careerdesk/cli/__init__.py reads those two itself: argparse and this parser cost ~10-20 ms of a start)."""

from __future__ import annotations

import argparse
from pathlib import Path

from careerdesk import __version__
from careerdesk.cli import EXIT_USAGE


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad option as one line and exit 2, not a usage dump."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _path(what: str):
    """An argparse type for a path where an empty name is a usage error: Path("") would
    quietly mean the current folder."""
    def convert(text: str) -> Path:
        if not text.strip():
            raise argparse.ArgumentTypeError(f"give the name of {what}")
        return Path(text)

    return convert


_output_file = _path("a file to write")
_input_file = _path("a file or folder to read")
_home_folder = _path("a data folder")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="careerdesk", description="Plan your next career step.")
    parser.add_argument("--version", action="version", version=f"careerdesk {__version__}")
    home = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand without --home must not overwrite a --home given before it.
    home.add_argument(
        "--home", type=_home_folder, default=argparse.SUPPRESS,
        help="data folder (default: $CAREERDESK_HOME or the app-data folder)",
    )
    parser.add_argument("--home", type=_home_folder,
                        help="data folder (default: $CAREERDESK_HOME or the app-data folder)")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)

    roles = commands.add_parser("roles", help="list, search and show role profiles")
    roles_cmd = roles.add_subparsers(dest="action", required=True, parser_class=_Parser)
    sources = ("curated", "onet", "mine")
    p = roles_cmd.add_parser("list", parents=[home], help="every role in the catalogue")
    p.add_argument("--family")
    p.add_argument("--source", choices=sources, help="curated profiles, O*NET occupations or your own")
    p.add_argument("--json", action="store_true")
    p = roles_cmd.add_parser("search", parents=[home], help="roles matching TEXT, best first (exit 1: none match)")
    p.add_argument("text")
    p.add_argument("--family")
    p.add_argument("--source", choices=sources, help="curated profiles, O*NET occupations or your own")
    p.add_argument("--json", action="store_true")
    p = roles_cmd.add_parser("explore", parents=[home], help="occupations by interest areas (RIASEC) and job zone",
                             epilog="Interest areas (O*NET): R Realistic (hands-on), I Investigative (research), "
                                    "A Artistic (creating), S Social (helping), E Enterprising (leading, selling), "
                                    "C Conventional (organising). Job zones 1-5: the preparation needed, from "
                                    "little (1) to extensive (5).")
    p.add_argument("--interests", required=True, help="one to three of R I A S E C, e.g. IAS")
    p.add_argument("--zone", type=int, choices=range(1, 6), metavar="1-5", help="job zone (preparation needed)")
    p.add_argument("--json", action="store_true")
    p = roles_cmd.add_parser("show", parents=[home], help="one role profile")
    p.add_argument("role", help="role id or title")
    p.add_argument("--json", action="store_true")
    p = roles_cmd.add_parser("export", parents=[home], help="write a role profile as JSON")
    p.add_argument("role", help="role id or title")
    p.add_argument("--out", required=True, type=_output_file)
    p = roles_cmd.add_parser("import", parents=[home], help="add roles from JSON files (all or nothing)")
    p.add_argument("files", nargs="+", type=_input_file)
    p.add_argument("--replace", action="store_true", help="replace roles with the same id")
    p = roles_cmd.add_parser("remove", parents=[home], help="remove one of your own roles")
    p.add_argument("role", help="role id")

    skills = commands.add_parser("skills", help="your skill checklist")
    skills_cmd = skills.add_subparsers(dest="action", required=True, parser_class=_Parser)
    for name, text in (("tick", "mark skills as had"), ("untick", "mark skills as not had")):
        p = skills_cmd.add_parser(name, parents=[home], help=text)
        p.add_argument("skill", nargs="+")
    p = skills_cmd.add_parser("set", parents=[home], help="set skills to have, learning or none")
    p.add_argument("status", choices=["have", "learning", "none"])
    p.add_argument("skill", nargs="+")
    p = skills_cmd.add_parser("note", parents=[home], help="write a note and evidence for a skill")
    p.add_argument("skill")
    p.add_argument("--note", default=None)
    p.add_argument("--evidence", default=None)
    p = skills_cmd.add_parser("list", parents=[home], help="skills with whether you have them")
    p.add_argument("--role", help="only this role's skills")
    p.add_argument("--json", action="store_true")

    onet = commands.add_parser("onet", help="the O*NET occupation database as a catalogue source")
    onet_cmd = onet.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = onet_cmd.add_parser("import", parents=[home], help="add (or replace) the O*NET occupations")
    p.add_argument("path", type=_input_file, help="folder of the O*NET text files, or their zip")
    p.add_argument("--wages", type=_input_file, help="OEWS national wage file (CSV) for pay figures")
    onet_cmd.add_parser("remove", parents=[home], help="remove the O*NET occupations")

    plan = commands.add_parser("plan", help="your plan: gap, best fit, comparison, export")
    plan_cmd = plan.add_subparsers(dest="action", required=True, parser_class=_Parser)
    p = plan_cmd.add_parser("set", parents=[home], help="where you are and where you want to go")
    p.add_argument("--current", metavar="ROLE")
    p.add_argument("--target", metavar="ROLE")
    p.add_argument("--name")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="target date ('' clears it)")
    p = plan_cmd.add_parser("show", parents=[home], help="the plan as it stands")
    p.add_argument("--json", action="store_true")
    p = plan_cmd.add_parser("gap", parents=[home], help="have, learning and missing skills for the target")
    p.add_argument("--target", metavar="ROLE")
    p.add_argument("--json", action="store_true")
    p = plan_cmd.add_parser("fit", parents=[home], help="every role ranked by how much of it you have")
    p.add_argument("--family")
    p.add_argument("--json", action="store_true")
    p = plan_cmd.add_parser("compare", parents=[home], help="what changes from role A to role B")
    p.add_argument("role_a")
    p.add_argument("role_b")
    p.add_argument("--json", action="store_true")
    data = commands.add_parser("data", help="back up, restore and check your data")
    data_cmd = data.add_subparsers(dest="action", required=True, parser_class=_Parser)
    data_cmd.add_parser("backup", parents=[home], help="back up your data now")
    p = data_cmd.add_parser("restore", parents=[home], help="restore your data from a backup file")
    p.add_argument("file", type=_input_file)
    data_cmd.add_parser("check", parents=[home], help="check your data file and list backups")
    data_cmd.add_parser("backups", parents=[home], help="list backups, newest first")

    p = plan_cmd.add_parser("export", parents=[home], help="write the plan as PDF or Markdown, or milestones as .ics")
    p.add_argument("--out", type=_output_file)
    p.add_argument("--ics", type=_output_file, metavar="FILE", help="write the milestones as an iCalendar file")
    p.add_argument("--target", metavar="ROLE")
    p.add_argument("--format", choices=["pdf", "md"])
    p.add_argument("--paper", choices=["a4", "letter"], help="default: from your locale")
    from careerdesk.cli.match import add_parsers as add_match_parsers  # job ads and CVs
    from careerdesk.cli.schedule import add_parsers as add_schedule_parsers  # dates, milestones, history

    add_match_parsers(commands, skills_cmd, home)
    add_schedule_parsers(skills_cmd, plan_cmd, home)
    return parser
