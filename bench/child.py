"""Benchmark probes run in a fresh process each: `child.py MODE HOME DATA [OUT]`.

bare: a bare PySide6 window, the floor for start-up and memory.
startup: the real start (the `careerdesk` command, careerdesk.app:main) over HOME (catalogue already
built), to the first paint.
firstlaunch: building the database from DATA into an empty HOME.
ownroles: importing, editing and removing one of the user's roles.
interact: search, role switch (Overview on screen, then each role tab in turn, 120 switches each), tick, gap, best fit,
PDF export, through the real widgets.
Start-up modes print "shown" once the window is shown and the event loop has drawn it.
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
QT_MESSAGES: list[str] = []


def quiet_qt() -> None:
    """Keep Qt's chatter (the offscreen plugin's "does not support propagateSizeHints()" on every
    show) off the console, so the report is one clean table; the messages are counted instead."""
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(lambda _kind, _context, message: QT_MESSAGES.append(message))


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def rss_now_mib() -> float | None:
    """Resident memory now (Linux; None elsewhere): the peak hides which step added what."""
    try:
        resident = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    return resident * os.sysconf("SC_PAGE_SIZE") / 2**20


def shown(app) -> None:
    if os.environ.get("CAREERDESK_BENCH_EXIT_AT_SHOWN"):
        # Counting instructions (run.py --instructions): valgrind runs a start ~50x slower, so
        # timers set for later (My plan is built 400 ms after the window shows) would be due here
        # and counted as the start's; and the count ends at the paint, not after the exit.
        from PySide6.QtCore import QEventLoop

        app.processEvents(QEventLoop.ProcessEventsFlag.X11ExcludeTimers)  # (the glib dispatcher's too)
        print("shown", flush=True)
        os._exit(0)
    app.processEvents()
    print("shown", flush=True)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    quiet_qt()
    app = QApplication([])
    window = QMainWindow()
    window.resize(1200, 780)
    window.show()
    shown(app)
    print(json.dumps({"rss_mib": peak_rss_mib()}), flush=True)


def startup(home: Path) -> None:
    """What a person waits for: the `careerdesk` command over HOME (careerdesk.app:main, the
    script pyproject.toml installs), from reading its command line to the shown, painted window:
    the garbage collector paused as the app pauses it, icon, style, log, the single-instance
    check, language and window. Where the app would go on into its event loop, the probe stops."""
    sys.meta_path.insert(0, StopAtFirstPaint())
    from careerdesk.app import main

    sys.argv = ["careerdesk", "--home", str(home)]
    code = main()
    if code != 0:
        raise SystemExit(f"the start ended with exit code {code}")


class StopAtFirstPaint:
    """An import hook for careerdesk.ui.start, left in place only until that module is imported
    (at the app's own point in its start): its `run_gui`, which would start the event loop,
    becomes start-up, one paint, "shown" and return."""

    def find_spec(self, name, path, target=None):
        if name != "careerdesk.ui.start":
            return None
        sys.meta_path.remove(self)
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec(name, path)
        load = spec.loader.exec_module

        def exec_module(module) -> None:
            load(module)

            def run_gui(home: Path, *resume) -> int:
                quiet_qt()
                window = module.start_gui(home, *resume)
                if isinstance(window, int):
                    raise SystemExit(f"no window opened (exit code {window})")
                shown(module.QApplication.instance())
                return 0

            module.run_gui = run_gui

        spec.loader.exec_module = exec_module
        return spec


def first_launch(home: Path, data: Path) -> None:
    from careerdesk.store.store import Store

    start = time.perf_counter()
    Store(home, data).close()
    print(json.dumps({"first_launch_s": time.perf_counter() - start}), flush=True)


def own_roles(home: Path) -> None:
    """Importing, editing and removing one of the user's roles through the service door,
    each to committed and the catalogue current."""
    from careerdesk.domain.profile import RoleProfile
    from careerdesk.paths import bundled_data_dir
    from careerdesk.service import Desk

    desk = Desk.open(home, bundled_data_dir())
    first = desk.find_roles("")[0]
    data = desk.role(first.id).model_dump()
    results = {}
    for name, title in (("import", "Bench Own Role"), ("edit", "Bench Own Role Edited")):
        profile = RoleProfile.model_validate({**data, "id": "bench-own-role", "title": title})
        start = time.perf_counter()
        desk.import_roles([profile], replace=True)
        results[f"{name}_role_ms"] = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    desk.remove_role("bench-own-role")
    results["remove_role_ms"] = (time.perf_counter() - start) * 1000
    desk.close()
    print(json.dumps(results), flush=True)


SEARCH_SAMPLES = 120


def settle(app) -> None:
    """Process events until a pass leaves none pending. One processEvents() is not enough to see
    a change painted: a reset item view lays its rows out on a zero timer and paints in the pass
    after that, so a single pass timed the search without the list's repaint.

    Where Qt runs on GLib (Linux), GLib says whether anything is pending, from C; elsewhere a
    Python event filter counts the events each pass delivers. That filter, on every object, was
    the benchmark's own cost inside every step it timed: each event handed to Python (a wrapper
    made for the object and one for the event) cost the window's thread ~0.3 ms of a first
    letter typed and ~0.05 ms of a third (docs/performance-key11.md)."""
    pending = _glib_pending(app)
    if pending is not None:
        for _ in range(20):
            app.processEvents()
            if not pending(None):
                break
        return
    from PySide6.QtCore import QObject

    class Count(QObject):
        seen = 0

        def eventFilter(self, _obj, _event) -> bool:  # noqa: N802 (Qt override)
            Count.seen += 1
            return False

    counter = Count()
    app.installEventFilter(counter)
    try:
        for _ in range(20):
            Count.seen = 0
            app.processEvents()
            if not Count.seen:
                break
    finally:
        app.removeEventFilter(counter)


_GLIB_PENDING: list = []  # [g_main_context_pending, or None where Qt's events do not run on GLib]


def _glib_pending(app):
    """GLib's g_main_context_pending, when the window thread's events run on GLib's default
    context (Qt's GLib event dispatcher, in the application's thread); else None."""
    if not _GLIB_PENDING:
        import ctypes

        from PySide6.QtCore import QAbstractEventDispatcher, QThread

        dispatcher = QAbstractEventDispatcher.instance()
        found = None
        if (dispatcher is not None and "Glib" in dispatcher.metaObject().className()
                and QThread.currentThread() == app.thread()):
            try:
                glib = ctypes.CDLL("libglib-2.0.so.0")
            except OSError:
                glib = None
            if glib is not None:
                found = glib.g_main_context_pending
                found.argtypes, found.restype = [ctypes.c_void_p], ctypes.c_int
        _GLIB_PENDING.append(found)
    return _GLIB_PENDING[0]


def settled_window(home: Path):
    """The real window over `home`, shown and left for a second as it would be while someone
    reads it (My plan is built 400 ms after the first paint; start-up itself is timed by the
    startup probe); with every role listed and the long title words the search steps type."""
    from PySide6.QtWidgets import QApplication

    from careerdesk.ui.start import start_gui

    # The application and window a start makes (ui/start.py): our style sheet, and no fill
    # threads (ui/style.py). Until round 12 this was a bare QApplication([]), whose window
    # painted without the style sheet and with Qt's fill threads.
    window = start_gui(home)
    if isinstance(window, int):
        raise SystemExit(f"no window opened (exit code {window})")
    sys.excepthook = sys.__excepthook__  # (an error is printed, not shown in a dialog no one closes)
    app = QApplication.instance()
    deadline = time.perf_counter() + 1.0
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    rows = window.desk.find_roles("")
    words = [w for r in rows[:2000] for w in r.title.split() if len(w) >= 8]
    return app, window, rows, words


SEARCH_LENGTHS = (1, 3, 8)


def search_queries(words: list[str], rng: random.Random) -> dict[int, list[str]]:
    """The queries `interact` types, per length (SEARCH_LENGTHS), in its order; bench/keytail.py
    counts the same ones. 120 a length: the p95 of 40 (rounds 1-9) was the second worst
    keystroke, a figure one stall on a shared core decided. The first 40 of each length are the
    words rounds 1-9 typed, drawn from `rng` (interact's, seed 7: it draws what it drew then, so
    the roles switched to after the search are the same); the rest come from a generator of
    their own."""
    more = random.Random(70)
    typed = {}
    for length in SEARCH_LENGTHS:
        drawn = [rng.choice(words) for _ in range(40)] + [more.choice(words) for _ in range(SEARCH_SAMPLES - 40)]
        typed[length] = [word.lower()[:length] for word in drawn]
    return typed


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


SWITCH_SAMPLES = 120


def switch_roles(rows, count: int = SWITCH_SAMPLES) -> list[str]:
    """The roles `switch_per_tab` switches to on each tab, in order (bench/switches.py counts the
    same ones): the first 30 the ones rounds 6-10 drew, the rest from a generator of their own."""
    rng = random.Random(15)  # its own: the samples after these draw the roles they always drew
    ids = [rng.choice(rows).id for _ in range(min(count, 30))]
    more = random.Random(150)
    ids += [more.choice(rows).id for _ in range(count - len(ids))]
    return ids


def switch_per_tab(app, window, rows, count: int = SWITCH_SAMPLES) -> dict[str, object]:
    """The role switch with each role tab on screen in turn, over the same random roles: only
    the tab on screen is filled (ui/tabs.py), so a switch costs what that tab costs, and a
    person reading Skills or Career Path while clicking through roles waits on it.

    120 switches a tab: the p95 of 30 (rounds 6-10) was the second worst switch, a figure one
    stall on a shared core decided. The first 30 roles are the ones those rounds switched to; the
    rest come from a generator of their own. Beside the wall time, the window thread's CPU time
    (what the app itself spent, without the waits for a core another process had), as the
    search rows give it; the worst tab by CPU is named too, and need not be the worst by wall."""
    ids = switch_roles(rows, count)
    results: dict[str, object] = {}
    worst, worst_cpu = ("", -1.0), ("", -1.0)
    for name, view in window.views.items():
        window.tabs.setCurrentWidget(view)
        settle(app)
        samples, cpu = [], []
        for role_id in ids:
            start, used = time.perf_counter(), time.thread_time()
            window.open_role(role_id)
            settle(app)
            samples.append((time.perf_counter() - start) * 1000)
            cpu.append((time.thread_time() - used) * 1000)
        p95, cpu_p95 = pct(samples, 0.95), pct(cpu, 0.95)
        results[f"switch_{name}_median_ms"] = statistics.median(samples)
        results[f"switch_{name}_p95_ms"] = p95
        results[f"switch_{name}_cpu_median_ms"] = statistics.median(cpu)
        results[f"switch_{name}_cpu_p95_ms"] = cpu_p95
        worst = max(worst, (name, p95), key=lambda w: w[1])
        worst_cpu = max(worst_cpu, (name, cpu_p95), key=lambda w: w[1])
    results["switch_worst_tab"], results["switch_worst_tab_p95_ms"] = worst
    results["switch_worst_cpu_tab"], results["switch_worst_tab_cpu_p95_ms"] = worst_cpu
    window.tabs.setCurrentIndex(0)
    settle(app)
    return results


def interact(home: Path, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from careerdesk.domain.plan import Plan
    from careerdesk.export.pdf import export_pdf

    quiet_qt()
    rng = random.Random(7)
    app, window, rows, words = settled_window(home)
    desk = window.desk
    results: dict[str, object] = {"roles": len(rows)}
    # Memory after each step (now, and the peak so far), for the breakdown in docs/performance.md.
    steps: dict[str, tuple[float | None, float]] = {"settled": (rss_now_mib(), peak_rss_mib())}
    results["rss_steps"] = steps

    def step_done(name: str) -> None:
        settle(app)
        steps[name] = (rss_now_mib(), peak_rss_mib())

    def keystroke_ms(query: str) -> tuple[float, float]:
        """Wall time from the keystroke to the list painted, and the window thread's CPU time in it
        (what the app itself spent: on these shared machines the wall time also holds the waits for
        a core that another process had)."""
        window.search.setText(query[:-1])
        settle(app)
        start, cpu = time.perf_counter(), time.thread_time()
        QTest.keyClick(window.search, query[-1])
        settle(app)
        return (time.perf_counter() - start) * 1000, (time.thread_time() - cpu) * 1000

    for length, queries in search_queries(words, rng).items():
        samples, cpu = [], []
        for query in queries:
            wall, used = keystroke_ms(query)
            samples.append(wall)
            cpu.append(used)
        results[f"search_{length}_median_ms"] = statistics.median(samples)
        results[f"search_{length}_p95_ms"] = pct(samples, 0.95)
        results[f"search_{length}_cpu_p95_ms"] = pct(cpu, 0.95)
    window.search.clear()
    step_done("search")

    switches, switch_cpu = [], []
    for _ in range(30):
        role_id = rng.choice(rows).id
        start, used = time.perf_counter(), time.thread_time()
        window.open_role(role_id)
        settle(app)
        switches.append((time.perf_counter() - start) * 1000)
        switch_cpu.append((time.thread_time() - used) * 1000)
    results["switch_median_ms"] = statistics.median(switches)
    results["switch_p95_ms"] = pct(switches, 0.95)
    results["switch_cpu_p95_ms"] = pct(switch_cpu, 0.95)
    step_done("switch")
    results.update(switch_per_tab(app, window, rows))
    window.open_role(role_id)  # the role the ticks below have always ticked in
    settle(app)

    ticks = []
    # Ticked where a person ticks: on the Skills tab (only the tab on screen is kept filled).
    window.tabs.setCurrentWidget(window.skills)
    settle(app)
    model = window.skills.model
    for _ in range(30):
        index = model.index(rng.randrange(model.rowCount()))
        checked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        state = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
        start = time.perf_counter()
        model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole)
        app.processEvents()
        ticks.append((time.perf_counter() - start) * 1000)
    results["tick_median_ms"] = statistics.median(ticks)
    results["tick_p95_ms"] = pct(ticks, 0.95)
    step_done("tick")

    desk.save_plan(Plan(current_role=rows[0].id, target_role=rows[1].id, name="Bench"))
    timed = {}
    for name, action in (("gap", lambda: desk.gap()), ("fit", lambda: desk.best_fit())):
        samples = []
        for _ in range(5):
            start = time.perf_counter()
            action()
            samples.append((time.perf_counter() - start) * 1000)
        timed[name] = statistics.median(samples)
        timed[f"{name}_first"] = samples[0]  # a cache a later call reuses shows only here
        step_done(name)
    results["gap_ms"], results["fit_ms"] = timed["gap"], timed["fit"]
    results["fit_first_ms"] = timed["fit_first"]
    with tempfile.TemporaryDirectory() as tmp:
        samples = []
        for _ in range(3):
            start = time.perf_counter()
            export_pdf(desk.plan_report(), Path(tmp) / "plan.pdf")
            samples.append((time.perf_counter() - start) * 1000)
    results["pdf_ms"] = statistics.median(samples)
    step_done("pdf")
    start = time.perf_counter()
    window.show_mode(1)
    app.processEvents()
    results["plan_view_ms"] = (time.perf_counter() - start) * 1000
    step_done("plan_view")
    results["rss_mib"] = peak_rss_mib()
    results["qt_messages"] = len(QT_MESSAGES)
    out.write_text(json.dumps(results))


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "bare":
        bare()
    elif mode == "startup":
        startup(Path(sys.argv[2]))
    elif mode == "firstlaunch":
        first_launch(Path(sys.argv[2]), Path(sys.argv[3]))
    elif mode == "ownroles":
        own_roles(Path(sys.argv[2]))
    elif mode == "interact":
        interact(Path(sys.argv[2]), Path(sys.argv[3]))
