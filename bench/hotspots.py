"""cProfile of the interactive steps, in the conditions of `child.py interact`.

Usage: python bench/hotspots.py HOME [search|switch|fit|all] [--top N]
HOME is a data folder whose catalogue is already built (any `run.py` size, or a real home);
set CAREERDESK_DATA as run.py does when it holds a synthetic catalogue. Prints the top
functions by own time and by cumulative time for each step, so a change can be aimed at what
the profile shows rather than at a guess.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from child import settled_window  # noqa: E402 (after the paths it needs)


def report(profile: cProfile.Profile, title: str, top: int) -> None:
    for order in ("tottime", "cumulative"):
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats(order).print_stats(top)
        text = out.getvalue()
        print(f"==== {title} by {order}\n" + text[text.find("   ncalls"):])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("home", type=Path)
    parser.add_argument("step", nargs="?", default="all", choices=("search", "switch", "fit", "all"))
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()

    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtTest import QTest

    from careerdesk.domain.plan import Plan

    qInstallMessageHandler(lambda *_: None)
    rng = random.Random(7)
    app, window, rows, words = settled_window(args.home)
    desk = window.desk

    if args.step in ("search", "all"):
        for length in (1, 3, 8):
            profile = cProfile.Profile()
            for _ in range(40):
                word = rng.choice(words).lower()[:length]
                window.search.setText(word[:-1])
                app.processEvents()
                profile.enable()
                QTest.keyClick(window.search, word[-1])
                app.processEvents()
                profile.disable()
            report(profile, f"search, {length} characters (40 keystrokes)", args.top)
        window.search.clear()
        app.processEvents()
    if args.step in ("switch", "all"):
        profile = cProfile.Profile()
        for _ in range(30):
            role_id = rng.choice(rows).id
            profile.enable()
            window.open_role(role_id)
            app.processEvents()
            profile.disable()
        report(profile, "role switch (30 switches)", args.top)
    if args.step in ("fit", "all"):
        desk.save_plan(Plan(current_role=rows[0].id, target_role=rows[1].id, name="Bench"))
        for role in rng.sample(rows, 3):  # a few ticked skills, as the benchmark's ticks leave
            for key, name, _kind, _detail in desk.skill_rows(desk.role(role.id))[:10]:
                desk.set_have(key, name, True)
        profile = cProfile.Profile()
        profile.enable()
        for _ in range(5):
            desk.best_fit()
        profile.disable()
        report(profile, "best fit (5 rankings)", args.top)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
