"""How long the window's thread is held by the day's backup and by My plan's first build, in two
source trees run in turn (same-run pairs on a noisy machine): `python bench/ui_thread.py OLD NEW
[--pairs N] [--mb MB]`. Each probe is a fresh process over a copy of one prepared data folder
(the user file padded to MB megabytes), with the real window built offscreen and not shown:

backup: the housekeeping tick that makes the day's backup (OutsideChangeWatcher._poll) timed on the
  window's thread; then, while a copy runs on a worker, the longest the window's thread waited to
  run again (1 ms naps: what the copy's thread takes of the GIL), how long the copy took, and the
  close of a window whose backup is made (closeEvent).
plan: My plan's first build (plan_page.load_when_idle) timed on the window's thread (wall and its own CPU), with another
  connection holding the catalogue locked (BEGIN EXCLUSIVE) and with no lock.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def prepare(tree: Path, home: Path, mb: int) -> None:
    """A data folder as a day's first start finds it: catalogue built, no backup yet today."""
    code = ("import sys; from pathlib import Path; from careerdesk.store.store import Store; "
            "from careerdesk.paths import bundled_data_dir; Store(Path(sys.argv[1]), bundled_data_dir()).close()")
    subprocess.run([sys.executable, "-c", code, str(home)], check=True, env=env_for(tree, home))
    conn = sqlite3.connect(home / "careerdesk.sqlite")
    conn.execute("CREATE TABLE bench_padding (b BLOB)")  # (a long history of notes stands in)
    conn.executemany("INSERT INTO bench_padding VALUES (randomblob(1048576))", [()] * mb)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    shutil.rmtree(home / "backups", ignore_errors=True)


def env_for(tree: Path, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("CAREERDESK_DATA", "PYTHONDONTWRITEBYTECODE")}
    return {**env, "PYTHONPATH": str(tree), "CAREERDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def child(mode: str, home: Path) -> dict:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from careerdesk.domain.errors import CareerDeskError
    from careerdesk.store import health
    from careerdesk.ui.start import build_window

    qInstallMessageHandler(lambda *_: None)
    app = QApplication([])
    window = build_window(home)
    app.processEvents()
    out: dict = {}
    if mode == "backup":
        start, cpu = time.perf_counter(), time.thread_time()
        window.outside._poll()
        out["tick_ms"] = (time.perf_counter() - start) * 1000
        out["tick_cpu_ms"] = (time.thread_time() - cpu) * 1000
        daily = getattr(window.desk.store, "daily", None)
        longest = 0.0
        while daily is not None and daily.in_flight():
            nap = time.perf_counter()
            time.sleep(0.001)
            longest = max(longest, time.perf_counter() - nap - 0.001)
        out["copy_ms"] = (time.perf_counter() - start) * 1000
        out["longest_wait_ms"] = longest * 1000
        start = time.perf_counter()
        window.close()
        out["close_ms"] = (time.perf_counter() - start) * 1000
        out["backups"] = len(health.backups(home))
    else:
        from careerdesk.ui import plan_page

        lock = None
        if mode == "planlock":
            lock = sqlite3.connect(home / "catalogue.sqlite", isolation_level=None)
            lock.execute("BEGIN EXCLUSIVE")
        start, cpu = time.perf_counter(), time.thread_time()
        try:
            plan_page.load_when_idle(window)
            out["outcome"] = "pending" if getattr(window, "plan_retry", None) else "built"
        except CareerDeskError as exc:
            out["outcome"] = type(exc).__name__
        out["slot_ms"] = (time.perf_counter() - start) * 1000
        out["slot_cpu_ms"] = (time.thread_time() - cpu) * 1000  # (the window thread's own CPU time)
        if lock is not None:
            lock.execute("ROLLBACK")
        window.close()
    return out


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child(sys.argv[2], Path(sys.argv[3]))))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--mb", type=int, default=50)
    parser.add_argument("--modes", default="backup,plan,planlock")
    args = parser.parse_args()
    results: dict[tuple[str, str], list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "template"
        prepare(args.new.resolve(), template, args.mb)
        print(f"user file {(template / 'careerdesk.sqlite').stat().st_size / 2**20:.1f} MiB", flush=True)
        for mode in args.modes.split(","):
            for _pair in range(args.pairs):
                for name, tree in (("old", args.old.resolve()), ("new", args.new.resolve())):
                    home = Path(tmp) / "home"
                    shutil.rmtree(home, ignore_errors=True)
                    shutil.copytree(template, home)
                    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--child", mode, str(home)],
                                          env=env_for(tree, home), capture_output=True, text=True, check=True)
                    results.setdefault((mode, name), []).append(json.loads(done.stdout.splitlines()[-1]))
    for (mode, name), runs in results.items():
        keys = [k for k, v in runs[0].items() if isinstance(v, float)]
        figures = ", ".join(f"{k} {statistics.median(r[k] for r in runs):.1f} (min {min(r[k] for r in runs):.1f})"
                            for k in keys)
        others = {k: sorted({str(r[k]) for r in runs}) for k in runs[0] if k not in keys}
        print(f"{mode:9} {name}: median of {len(runs)}: {figures} {others}")


if __name__ == "__main__":
    main()
