"""CareerDesk benchmarks: every figure against a bare PySide6 window measured in the same run.

Usage: python bench/run.py [--quick] [--sizes bundled,10000,50000] [--json FILE] [--starts N] [--instructions]
"bundled" is the catalogue shipped in data/; numbers are synthetic catalogues of that many roles,
cached in $TMPDIR/careerdesk-bench. The console shows one table; Qt's own messages are kept off
it (counted in the JSON), and a child's error output is shown only when it fails. The JSON goes
to --json, else bench/results/<UTC time>.json. See docs/performance.md.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synthetic import make_catalogue  # noqa: E402

CHILD = [sys.executable, str(ROOT / "bench" / "child.py")]
ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
# An installed app runs from compiled bytecode; without this a shell that sets it would time
# compiling every module from source on every start (~70 modules, ~80 ms here).
ENV.pop("PYTHONDONTWRITEBYTECODE", None)
CACHE = Path(tempfile.gettempdir()) / "careerdesk-bench"
BUNDLED = "bundled"
FULL_SIZES, QUICK_SIZES = "bundled,10000,50000", "bundled,1000"


def run_child(*args: str) -> str:
    """Run one probe to the end; its stdout, or its stderr shown and the run stopped on failure."""
    proc = subprocess.run([*CHILD, *args], capture_output=True, text=True, env=ENV)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(f"bench child failed: {' '.join(args)}")
    return proc.stdout


def time_to_shown(*args: str) -> tuple[float, str, tuple[float, float]]:
    """Wall time to the child's window shown, what it printed after, and the whole child's CPU
    time in user space and in the kernel (instructions count only the first; the kernel's share,
    page faults and file look-ups, is where a start's wall ratio parts from its instruction ratio)."""
    with tempfile.TemporaryFile("w+") as errors:  # a file, not a pipe: it can never fill up and block
        start = time.perf_counter()
        proc = subprocess.Popen([*CHILD, *args], stdout=subprocess.PIPE, stderr=errors, text=True, env=ENV)
        line = proc.stdout.readline()
        elapsed = time.perf_counter() - start
        rest = proc.stdout.read()  # (not communicate(): it would miss what readline buffered)
        used = (math.nan, math.nan)
        if hasattr(os, "wait4"):  # (not on Windows)
            _pid, status, usage = os.wait4(proc.pid, 0)
            proc.returncode, used = os.waitstatus_to_exitcode(status), (usage.ru_utime, usage.ru_stime)
        else:
            proc.wait()
        if line.strip() != "shown" or proc.returncode != 0:
            errors.seek(0)
            sys.stderr.write(errors.read())
            raise SystemExit(f"bench child failed: {args}")
    return elapsed, rest, used


def instructions_to_shown(*args: str) -> float:
    """Instructions the child executes to its window shown (valgrind's callgrind, which counts what
    runs in user space, the same for the same code and inputs whatever else the machine does: the
    steady figure beside the wall times). The child ends there, as the wall times do, not after
    tearing down its modules and Qt. The hash seed is fixed: it moves dict layouts."""
    with tempfile.TemporaryDirectory() as tmp:
        proc = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/out", *CHILD, *args],
                              capture_output=True, text=True,
                              env={**ENV, "PYTHONHASHSEED": "0", "CAREERDESK_BENCH_EXIT_AT_SHOWN": "1"})
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if proc.returncode != 0 or "shown" not in proc.stdout or found is None:
        sys.stderr.write(proc.stderr[-3000:])
        raise SystemExit(f"bench child failed under callgrind: {args}")
    return float(found.group(1))


def data_for(size: int | str) -> Path:
    if size == BUNDLED:
        # As a package build does: the catalogue built ahead, so a first launch copies it
        # (careerdesk/store/prebuilt.py). Synthetic sizes have none: their column times a build.
        build = [sys.executable, str(ROOT / "scripts" / "build_catalogue.py")]
        if subprocess.run([*build, "--check"], capture_output=True, env=ENV).returncode != 0:
            subprocess.run(build, check=True, capture_output=True, env=ENV)
        return ROOT / "data"
    folder = CACHE / f"data-{size}"
    marker = folder / ".complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        make_catalogue(folder, size)
        marker.write_text("ok")
    return folder


def measure(size: int | str, starts: int, baseline_rss: float, bare_instructions: float | None = None) -> dict:
    data = data_for(size)
    env_data = {"CAREERDESK_DATA": str(data)}
    ENV.update(env_data)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "home"
        first = json.loads(run_child("firstlaunch", str(home), str(data)))
        time_to_shown("startup", str(home))  # warm-up, not counted: bytecode written, files cached
        # Each start beside a bare window's, alternated: the ratio is against the bare starts of
        # the same minutes. A shared machine's speed drifts over a run, and a ratio against the
        # bare starts timed at its beginning moved by 0.2-0.3x between runs of the same code.
        bare, cold, bare_cpu, cold_cpu = [], [], [], []
        for _ in range(starts):
            for times, cpu, args in ((bare, bare_cpu, ("bare",)), (cold, cold_cpu, ("startup", str(home)))):
                elapsed, _rest, used = time_to_shown(*args)
                times.append(elapsed)
                cpu.append(used)
        if bare_instructions:
            result_instructions = instructions_to_shown("startup", str(home))
        out = Path(tmp) / "interact.json"
        run_child("interact", str(home), str(out))
        result = json.loads(out.read_text())
        result.update(json.loads(run_child("ownroles", str(home))))
    result.update(first)
    result["size"] = size
    result["cold_start_s"] = statistics.median(cold)
    result["cold_start_bare_s"] = statistics.median(bare)
    result["cold_start_ratio"] = result["cold_start_s"] / result["cold_start_bare_s"]
    result["cold_start_pairs_s"] = list(zip(bare, cold, strict=True))
    for n, part in enumerate(("user", "kernel")):  # the whole process's CPU time, against the bare window's
        result[f"cold_start_{part}_s"] = statistics.median(c[n] for c in cold_cpu)
        result[f"cold_start_{part}_ratio"] = result[f"cold_start_{part}_s"] / (
            statistics.median(b[n] for b in bare_cpu) or math.nan)  # (a clock too coarse to see it: unknown)
    result["rss_over_bare_mib"] = result["rss_mib"] - baseline_rss
    if bare_instructions:
        result["cold_start_instructions"] = result_instructions
        result["cold_start_instructions_ratio"] = result_instructions / bare_instructions
    return result


ROWS = [
    ("Cold start (s)", "cold_start_s", "{:.3f}"), ("  bare window beside it (s)", "cold_start_bare_s", "{:.3f}"),
    ("  x bare window", "cold_start_ratio", "{:.2f}"),
    ("  CPU user/kernel, x bare", ("cold_start_user_ratio", "cold_start_kernel_ratio"), "{:.2f}/{:.2f}"),
    ("  instructions, x bare", "cold_start_instructions_ratio", "{:.3f}"),
    ("First launch build (s)", "first_launch_s", "{:.2f}"),
    ("Search 1 char p50/p95 (ms)", ("search_1_median_ms", "search_1_p95_ms"), "{:.1f}/{:.1f}"),
    ("Search 3 chars p50/p95 (ms)", ("search_3_median_ms", "search_3_p95_ms"), "{:.1f}/{:.1f}"),
    ("Search 8 chars p50/p95 (ms)", ("search_8_median_ms", "search_8_p95_ms"), "{:.1f}/{:.1f}"),
    ("  CPU p95, 1/3/8 chars (ms)", ("search_1_cpu_p95_ms", "search_3_cpu_p95_ms", "search_8_cpu_p95_ms"),
     "{:.1f}/{:.1f}/{:.1f}"),
    ("Role switch p50/p95 (ms)", ("switch_median_ms", "switch_p95_ms"), "{:.1f}/{:.1f}"),
    ("Role switch, worst tab p95 (ms)", "switch_worst_tab_p95_ms", "{:.1f}"),
    ("  CPU p95, switch/worst tab (ms)", ("switch_cpu_p95_ms", "switch_worst_tab_cpu_p95_ms"), "{:.1f}/{:.1f}"),
    ("Tick p50/p95 (ms)", ("tick_median_ms", "tick_p95_ms"), "{:.1f}/{:.1f}"),
    ("Gap (ms)", "gap_ms", "{:.1f}"), ("Best fit (ms)", "fit_ms", "{:.1f}"),
    ("Best fit, first call (ms)", "fit_first_ms", "{:.1f}"),
    ("Import one own role (ms)", "import_role_ms", "{:.0f}"), ("Edit one own role (ms)", "edit_role_ms", "{:.0f}"),
    ("Remove one own role (ms)", "remove_role_ms", "{:.0f}"),
    ("PDF export (ms)", "pdf_ms", "{:.0f}"), ("Open My plan (ms)", "plan_view_ms", "{:.0f}"),
    ("Peak RSS (MiB)", "rss_mib", "{:.0f}"), ("  over bare window", "rss_over_bare_mib", "{:.0f}"),
]


def label_of(result: dict) -> str:
    size = result["size"]
    return f"bundled {result['roles']:,}" if size == BUNDLED else f"{size:,}"


def table(results: list[dict], baseline_s: float, baseline_rss: float) -> str:
    head = f"{'':30}" + "".join(f"{label_of(r):>14}" for r in results)
    lines = [f"Bare PySide6 window: start {baseline_s:.3f} s (at the run's start), peak RSS {baseline_rss:.0f} MiB",
             "", head]
    for label, key, fmt in ROWS:
        cells = []
        for r in results:
            values = [r.get(k) for k in key] if isinstance(key, tuple) else [r.get(key)]
            cells.append(f"{fmt.format(*values) if None not in values else '-':>14}")
        lines.append(f"{label:30}" + "".join(cells))
    return "\n".join(lines)


ONET = Path(os.environ.get("CAREERDESK_ONET_DIR") or ROOT.parent / "shared" / "data" / "onet-29.3")


def onet_import_seconds() -> float | None:
    """Wall time of `careerdesk onet import` into an empty home, when the database is here."""
    if not (ONET / "Occupation Data.txt").exists():
        return None
    env = {k: v for k, v in ENV.items() if k != "CAREERDESK_DATA"}
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "careerdesk", "--home", str(Path(tmp) / "h"), "onet", "import",
                        str(ONET)], check=True, env=env, capture_output=True)
        return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help=f"sizes {QUICK_SIZES}, 3 starts (a few minutes)")
    parser.add_argument("--sizes", help=f"comma-separated: {BUNDLED} or a number of roles (default {FULL_SIZES})")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--starts", type=int, help="cold starts per measurement (median; default 5, quick 3)")
    parser.add_argument("--instructions", action="store_true",
                        help="also count each cold start's instructions under valgrind (about a minute a size)")
    args = parser.parse_args()
    sizes_text = args.sizes or (QUICK_SIZES if args.quick else FULL_SIZES)
    args.starts = args.starts or (3 if args.quick else 5)
    sizes = [s if s == BUNDLED else int(s) for s in sizes_text.split(",") if s]
    starts = []
    baseline_rss = 0.0
    time_to_shown("bare")  # warm-up, not counted
    for _ in range(args.starts):
        elapsed, rest, _used = time_to_shown("bare")
        starts.append(elapsed)
        baseline_rss = json.loads(rest.strip().splitlines()[-1])["rss_mib"]
    baseline_s = statistics.median(starts)
    bare_instructions = None
    if args.instructions:
        if shutil.which("valgrind") is None:
            raise SystemExit("--instructions needs valgrind on PATH")
        bare_instructions = instructions_to_shown("bare")
    results = [measure(size, args.starts, baseline_rss, bare_instructions) for size in sizes]
    print(table(results, baseline_s, baseline_rss))
    onet_s = onet_import_seconds()
    if onet_s is not None:
        print(f"\nO*NET 29.3 import (about 1,000 occupations, CLI, fresh home): {onet_s:.1f} s")
    if args.json is None:
        args.json = ROOT / "bench" / "results" / f"{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}.json"
        args.json.parent.mkdir(parents=True, exist_ok=True)
    if args.json:
        print(f"\nJSON: {args.json}")
        args.json.write_text(json.dumps({"baseline_start_s": baseline_s, "baseline_rss_mib": baseline_rss,
                                         "baseline_instructions": bare_instructions,
                                         "onet_import_s": onet_s, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
