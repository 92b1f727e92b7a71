"""The benchmark runs end to end at a tiny size (timings are never asserted: machines are noisy)."""

import json
import subprocess
import sys

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
    assert row["cold_start_user_s"] > 0 and row["cold_start_user_ratio"] > 0 and row["cold_start_kernel_ratio"] > 0
    assert "CPU p95" in result.stdout and 0 < row["search_1_cpu_p95_ms"]
    # The role switch: wall and the window thread's CPU time for every role tab, and the worst by each.
    assert "CPU p95, switch/worst tab" in result.stdout and 0 < row["switch_cpu_p95_ms"]
    for tab in ("overview", "responsibilities", "skills", "faq", "career_path"):
        assert 0 < row[f"switch_{tab}_cpu_p95_ms"] and 0 < row[f"switch_{tab}_p95_ms"]
    assert row["switch_worst_tab_cpu_p95_ms"] == row[f"switch_{row['switch_worst_cpu_tab']}_cpu_p95_ms"]
    assert row["switch_worst_tab_p95_ms"] == row[f"switch_{row['switch_worst_tab']}_p95_ms"]
