"""The window's own command lines (`careerdesk`, `careerdesk --home FOLDER`) are read without
argparse or pydantic; every other command line is read by the full parser, as before."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from careerdesk import cli
from careerdesk.paths import default_home


def by_the_full_parser(argv: list[str]):
    """What the command line did before it read the window's own lines itself: argparse on all."""
    args = cli.build_parser().parse_args(argv)
    assert args.command is None, "only command lines that open the window are compared"
    return (args.home or default_home()).expanduser()


def outcome(read, argv: list[str], capsys) -> tuple:
    try:
        result = ("window", read(argv))
    except SystemExit as exc:
        result = ("exit", exc.code)
    out, err = capsys.readouterr()
    return result, out, err


def by_main(argv: list[str]):
    opened = []
    code = cli.main(argv, start_gui=lambda home: opened.append(home) or 7)
    assert code == 7 and len(opened) == 1
    return opened[0]


@pytest.mark.parametrize("argv", [
    [], ["--home", "some folder"], ["--home=some folder"], ["--home", "~/folder"], ["--home=a=b"],
    ["--home", "roles"],  # a folder named like a command is a folder
    ["--home"], ["--home="], ["--home", ""], ["--home", "  "], ["--home=  "],
    ["--home", "-x"], ["--home=-x"], ["--home", "--"],
    ["--ho", "folder"], ["--hom=folder"], ["--h", "folder"],  # abbreviations argparse takes
    ["--home", "a", "--home", "b"], ["--home", "a", "extra"], ["--HOME", "a"], ["-home", "a"],
    ["--version"], ["--help"], ["-h"], ["--bogus"], ["bogus"], ["--home", "a", "--bogus"],
])
def test_window_command_lines_behave_as_under_the_full_parser(argv, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("CAREERDESK_HOME", str(tmp_path / "env home"))
    monkeypatch.setenv("HOME", str(tmp_path))
    expected = outcome(by_the_full_parser, argv, capsys)
    assert outcome(by_main, argv, capsys) == expected


def test_the_window_command_lines_import_neither_argparse_parser_nor_pydantic(tmp_path):
    probe = (
        "import sys\n"
        "from careerdesk import cli\n"
        "homes = []\n"
        "for argv in ([], ['--home', 'x'], ['--home=y']):\n"
        "    cli.main(argv, start_gui=homes.append)\n"
        "print(sorted(m for m in ('argparse', 'pydantic', 'careerdesk.cli.parser') if m in sys.modules))\n"
        "print([h.name for h in homes])\n"
    )
    env = {**os.environ, "CAREERDESK_HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60,
                            check=True)
    assert result.stdout.split("\n")[:2] == ["[]", f"['{tmp_path.name}', 'x', 'y']"]


def test_any_other_command_line_still_reads_the_full_parser():
    result = subprocess.run([sys.executable, "-m", "careerdesk", "--ho"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr == "careerdesk: error: argument --home: expected one argument\n"


def test_a_validation_error_in_a_command_is_still_reported_in_words(monkeypatch, capsys, tmp_path):
    from pydantic import BaseModel

    class Model(BaseModel):
        n: int

    def fail(_args, _home):
        Model(n="not a number")

    monkeypatch.setattr(cli, "_run_command", fail)
    assert cli.main(["--home", str(tmp_path), "roles", "list"]) == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("careerdesk") and "Traceback" not in err
    assert Path(tmp_path).exists()
