"""Start-up: the composition root. The command line runs headless; with no command, the
window opens. Only this module knows both front ends."""

from __future__ import annotations

from pathlib import Path


def load_headless_layers() -> None:
    """Import the service and everything below it before Qt. PySide6 hooks every import after
    it and reads each new module's source looking for its `__feature__` switches (about 80 ms
    of a 600 ms start, measured with cProfile); the window package takes that hook out as it
    imports PySide6 (careerdesk/ui/__init__.py), and the headless layers, loaded first, never
    meet it at all."""
    import careerdesk.service  # noqa: F401


def run_gui(home: Path) -> int:
    load_headless_layers()
    from careerdesk.ui.start import run_gui as run

    return run(home)


def main(argv: list[str] | None = None) -> int:
    from careerdesk.cli import main as cli_main

    return cli_main(argv, start_gui=run_gui)
