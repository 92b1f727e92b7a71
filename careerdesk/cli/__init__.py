"""The `careerdesk` command: no arguments opens the window; subcommands work headless.

Qt is imported only when the GUI starts, so scripted commands stay fast and need no display.
The window's own command lines, `careerdesk` and `careerdesk --home FOLDER`, are read here
without argparse or pydantic (~55-65 ms of a start); anything else goes to the full parser
(careerdesk/cli/parser.py), which gives every error, --help and --version as it always did.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from careerdesk.domain.errors import CareerDeskError, describe_validation_error
from careerdesk.paths import bundled_data_dir, default_home

if TYPE_CHECKING:
    import argparse

EXIT_USAGE = 2
_FULL_PARSER = object()  # _window_home's answer for a command line it leaves to argparse


def build_parser() -> argparse.ArgumentParser:
    from careerdesk.cli.parser import build_parser as build

    return build()


def _validation_error() -> type[Exception]:
    """pydantic's ValidationError, imported only once an error is being handled: an `except`
    clause's class is looked up only when an exception reaches it."""
    from pydantic import ValidationError

    return ValidationError


def _window_home(argv: list[str]):
    """The data folder given by a command line that only opens the window: None for the default
    (no arguments), the folder's name for exactly `--home FOLDER` or `--home=FOLDER`, else
    _FULL_PARSER. Only forms argparse reads the same way are taken: an empty folder name, one
    that starts with "-", an abbreviated option or anything more is left to argparse, with its errors."""
    if not argv:
        return None
    if len(argv) == 2 and argv[0] == "--home":
        value = argv[1]
    elif len(argv) == 1 and argv[0].startswith("--home="):
        value = argv[0].removeprefix("--home=")
    else:
        return _FULL_PARSER
    if not value.strip() or value.startswith("-"):
        return _FULL_PARSER
    return value


def _not_utf8(args: argparse.Namespace, home: Path) -> str | None:
    """The first text argument that is not valid UTF-8 (bytes that are not UTF-8 arrive as
    lone surrogates, which SQLite and the role files cannot store), in words; None if all are.
    Paths of files to read or write may be any bytes the system allows; the data folder's may
    not, as SQLite takes its path as text."""
    def bad(text: str) -> bool:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return True
        return False

    if bad(str(home)):
        return f"the data folder path {str(home)!a} is not valid UTF-8 text; choose another --home"
    for name, value in vars(args).items():
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and bad(text):
                return f"{name}: {text!a} is not valid UTF-8 text"
    return None


def main(argv: list[str] | None = None, start_gui: Callable[[Path], int] | None = None) -> int:
    """Run one command; with none, `start_gui` opens the window (the app passes it in, so
    the command line never imports the GUI)."""
    given = _window_home(sys.argv[1:] if argv is None else list(argv))
    if given is not _FULL_PARSER and start_gui is not None:
        return start_gui((Path(given) if given is not None else default_home()).expanduser())
    args = build_parser().parse_args(argv)
    home = (args.home or default_home()).expanduser()
    if args.command is None:
        if start_gui is None:
            print("careerdesk: no command given (try --help)", file=sys.stderr)
            return EXIT_USAGE
        return start_gui(home)
    if sys.stdout.errors == "strict":  # a path that is not UTF-8 prints escaped, never a traceback
        sys.stdout.reconfigure(errors="backslashreplace")
    from careerdesk.cli.output import TerminalText

    stdout, sys.stdout = sys.stdout, TerminalText(sys.stdout)
    try:
        return _run_command(args, home)
    except CareerDeskError as exc:
        for line in str(exc).splitlines():
            print(f"careerdesk: {line}", file=sys.stderr)
        return EXIT_USAGE
    except _validation_error() as exc:
        for line in describe_validation_error(exc, "careerdesk"):
            print(line, file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except OSError as exc:
        print(f"careerdesk: {exc.strerror or exc}" + (f" ({exc.filename})" if exc.filename else ""), file=sys.stderr)
        return EXIT_USAGE
    finally:
        sys.stdout = stdout


def _run_command(args: argparse.Namespace, home: Path) -> int:
    from careerdesk.cli.commands import COMMANDS
    from careerdesk.logs import setup_logging
    from careerdesk.service import Desk

    problem = _not_utf8(args, home)
    if problem:
        raise CareerDeskError(problem)
    try:
        is_file = home.exists() and not home.is_dir()
    except OSError as exc:  # a name too long, a loop of symlinks
        raise CareerDeskError(f"cannot use the data folder {home}: {exc.strerror or exc}") from exc
    if is_file:
        raise CareerDeskError(f"the data folder {home} is not a folder (it is a file); give another --home")
    if (args.command, args.action) == ("data", "check"):
        from careerdesk.cli.data import data_check

        # before logging, which would create logs/: a check changes nothing on disk, and it
        # looks without opening: opening would recover the file
        return data_check(home)
    setup_logging(home)
    desk = Desk.open(home, bundled_data_dir())
    if desk.recovery is not None:
        print(f"careerdesk: {desk.recovery.message()}", file=sys.stderr)
    try:
        return COMMANDS[(args.command, args.action)](desk, args)
    finally:
        desk.close()
