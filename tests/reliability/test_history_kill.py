"""Killed mid-write, the history still agrees with the ledger: no change without its entry."""

from __future__ import annotations

import sqlite3

from tests.reliability.test_kill import check_survived, run_and_kill


def test_history_matches_the_ledger_after_kills(tmp_path):
    home = tmp_path / "kill home"
    for seed in range(3):
        acked, in_flight = run_and_kill(home, "desk", seed, changes=30)
        assert check_survived(home, acked, in_flight) == 0
        conn = sqlite3.connect(home / "careerdesk.sqlite")
        try:
            ledger = {k: (s, n, e) for k, s, n, e in conn.execute(
                "SELECT skill_key, status, note, evidence FROM skill_status")}
            latest = {k: (s, n, e) for k, s, n, e in conn.execute(
                "SELECT skill_key, status, note, evidence FROM skill_history ORDER BY id")}
        finally:
            conn.close()
        assert ledger and latest == ledger
