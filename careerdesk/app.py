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
    """The window's start. The garbage collector is paused until the first paint: start-up
    makes ~200,000 objects that all live on (modules, classes, Qt's enums, the window), and
    the collector's passes over them, a few dozen before the first paint, found nothing to
    free. Afterwards they go to the oldest generation in one step (`resume_gc`), so the first
    collection after the paint does not walk them all either. Resumed however start-up ends:
    at the first paint, before a long catalogue build, when no window opens, or on an error."""
    import gc

    paused = gc.isenabled()
    gc.disable()

    def resume_gc() -> None:
        if paused and not gc.isenabled():
            settled = gc.get_freeze_count()  # My plan, built already, froze start-up's objects for good
            gc.freeze()  # everything made so far, out of the young generation's count...
            if not settled:
                gc.unfreeze()  # ...and into the oldest: collected on a full pass, like any long-lived object
            gc.enable()

    try:
        load_headless_layers()
        from careerdesk.ui.start import run_gui as run

        return run(home, resume_gc)
    finally:
        resume_gc()


def main(argv: list[str] | None = None) -> int:
    from careerdesk.cli import main as cli_main

    return cli_main(argv, start_gui=run_gui)
