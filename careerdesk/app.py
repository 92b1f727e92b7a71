"""Start-up: the composition root. The command line runs headless; with no command, the
window opens. Only this module knows both front ends."""

from __future__ import annotations

from pathlib import Path


def run_gui(home: Path) -> int:
    from careerdesk.ui.start import run_gui as run

    return run(home)


def main(argv: list[str] | None = None) -> int:
    from careerdesk.cli import main as cli_main

    return cli_main(argv, start_gui=run_gui)
