"""The benchmark runs end to end at a tiny size (timings are never asserted: machines are noisy)."""

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def test_benchmark_runs_and_reports(tmp_path):
    out = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "30", "--starts", "1", "--json", str(out)],
        capture_output=True, text=True, timeout=300,
        # (no O*NET folder: its import, timed once per run beside ../shared, is ~20 s of CI for no extra check)
        env={"TMPDIR": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
             "CAREERDESK_ONET_DIR": str(tmp_path / "no-onet")},
    )
    assert result.returncode == 0, result.stderr
    assert "x bare window" in result.stdout and "Best fit (ms)" in result.stdout
    report = json.loads(out.read_text())
    row = report["results"][0]
    assert row["size"] == 30 and row["roles"] == 30
    assert report["baseline_start_s"] > 0 and row["cold_start_ratio"] > 0
    # The cold start's ratio is against bare windows started beside it, alternated, not the run's first.
    assert "bare window beside it" in result.stdout and len(row["cold_start_pairs_s"]) == 1
    (bare, cold), = row["cold_start_pairs_s"]
    assert row["cold_start_ratio"] == cold / bare == row["cold_start_s"] / row["cold_start_bare_s"]
    # and the whole process's CPU time, user space and kernel, against the bare window's
    assert "CPU user/kernel, x bare" in result.stdout
    # instructions are counted only when asked for (--instructions: a minute of valgrind a size)
    assert "cold_start_instructions_ratio" not in row and report["baseline_instructions"] is None
    assert next(line for line in result.stdout.splitlines() if "instructions, x bare" in line).split()[-1] == "-"
    assert row["cold_start_user_s"] > 0 and row["cold_start_user_ratio"] > 0 and row["cold_start_kernel_ratio"] > 0
    assert "CPU p95" in result.stdout and 0 < row["search_1_cpu_p95_ms"]
    # The role switch: wall and the window thread's CPU time for every role tab, and the worst by each.
    assert "CPU p95, switch/worst tab" in result.stdout and 0 < row["switch_cpu_p95_ms"]
    for tab in ("overview", "responsibilities", "skills", "faq", "career_path"):
        assert 0 < row[f"switch_{tab}_cpu_p95_ms"] and 0 < row[f"switch_{tab}_p95_ms"]
    assert row["switch_worst_tab_cpu_p95_ms"] == row[f"switch_{row['switch_worst_cpu_tab']}_cpu_p95_ms"]
    assert row["switch_worst_tab_p95_ms"] == row[f"switch_{row['switch_worst_tab']}_p95_ms"]


@pytest.mark.skipif(shutil.which("valgrind") is None, reason="valgrind is not installed (.ci/run installs it)")
def test_the_benchmark_counts_a_starts_instructions_under_valgrind(monkeypatch, tmp_path):
    monkeypatch.syspath_prepend(str(ROOT))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    from bench import run

    bare = run.instructions_to_shown("bare")
    assert 50e6 < bare < 5e9  # a whole PySide process to its first paint (~0.66 G here)
    with pytest.raises(SystemExit, match="under callgrind"):  # a child that shows no window: said, never a figure
        run.instructions_to_shown("no-such-probe")
    table = run.table([{"size": 30, "roles": 30, "cold_start_instructions_ratio": 1.4}], 0.2, 50)
    assert "1.400" in next(line for line in table.splitlines() if "instructions, x bare" in line)
