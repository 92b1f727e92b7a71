"""SIGKILL at random moments loses nothing that was shown, and never leaves a broken file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from careerdesk.domain.plan import SkillStatus
from careerdesk.store import health
from careerdesk.store.store import Store
from tests.conftest import BUNDLED_DATA, ROOT

State = dict[tuple[str, str], str]


def apply(state: State, line: str) -> None:
    _, what, rest = line.split(" ", 2)
    key, value = rest.split("\t")
    state[(what, key)] = value


def run_and_kill(home: Path, mode: str, seed: int, changes: int) -> tuple[State, str | None]:
    """Start a churn process, let it make roughly `changes` acknowledged changes (plus a
    random sliver of time), SIGKILL it, and return what it acknowledged and what was in flight."""
    errors = home.parent / f"churn-{seed}.err"
    home.parent.mkdir(parents=True, exist_ok=True)
    with errors.open("w") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.churn", str(home), str(BUNDLED_DATA), mode, str(seed)],
            stdout=subprocess.PIPE, stderr=err, text=True, cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    acked: State = {}
    in_flight = None
    rng = random.Random(seed)
    deadline = time.monotonic() + 60
    try:
        while len(acked) < changes and time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                raise AssertionError(f"churn ended early: {errors.read_text()}")
            line = line.rstrip("\n")
            if line.startswith("try "):
                in_flight = line
            else:
                apply(acked, line)
                in_flight = None
        time.sleep(rng.random() * 0.02)  # land the kill anywhere, mid-write included
    finally:
        proc.send_signal(signal.SIGKILL)
        # read through the same text buffer readline() used: lines it already holds count too
        rest = proc.stdout.read()
        proc.stdout.close()
        proc.wait()
    for line in rest.splitlines():  # what it managed to say before dying
        if line.startswith("try "):
            in_flight = line
        elif line:
            apply(acked, line)
            in_flight = None
    return acked, in_flight


def on_disk(home: Path) -> State:
    store = Store(home, BUNDLED_DATA, auto_backup=False)
    try:
        assert store.recovery is None, store.recovery.message()
        state: State = {}
        for key, entry in store.ledger.entries().items():
            state[("status", key)] = entry.status.value
            if entry.note:
                state[("note", key)] = entry.note
        state[("plan", "-")] = store.plan.get().name
    finally:
        store.close()
    return state


def check_survived(home: Path, acked: State, in_flight: str | None) -> int:
    """Every acknowledged change is on disk; only the one change in flight may be either way."""
    assert health.problem_with(home / "careerdesk.sqlite") is None
    disk = on_disk(home)
    flight: State = {}
    if in_flight:
        apply(flight, in_flight)
    lost = 0
    for item, value in acked.items():
        got = disk.get(item, SkillStatus.NONE.value if item[0] == "status" else "")
        if got != value and flight.get(item) != got:
            lost += 1
    return lost


def kill_rounds(tmp_path: Path, mode: str, rounds: int, changes: int) -> tuple[int, int]:
    home = tmp_path / "kill home"
    all_acked: State = {}
    lost = 0
    for seed in range(rounds):
        acked, in_flight = run_and_kill(home, mode, seed, changes)
        all_acked.update(acked)
        lost += check_survived(home, all_acked, in_flight)
        if in_flight:  # whichever way it went, the disk is now the truth for that item
            flight: State = {}
            apply(flight, in_flight)
            disk = on_disk(home)
            for item in flight:
                all_acked[item] = disk.get(item, "none" if item[0] == "status" else "")
    return rounds, lost


def test_kills_lose_nothing_desk(tmp_path):
    rounds, lost = kill_rounds(tmp_path, "desk", rounds=4, changes=40)
    assert lost == 0


def test_kills_lose_nothing_gui(tmp_path):
    rounds, lost = kill_rounds(tmp_path, "gui", rounds=2, changes=20)
    assert lost == 0


@pytest.mark.slow
def test_hundreds_of_kills_lose_nothing(tmp_path):
    rounds, lost = kill_rounds(tmp_path, "desk", rounds=200, changes=25)
    print(f"\nkills survived: {rounds}, changes lost: {lost}")
    assert lost == 0


def test_the_checker_notices_a_lost_change(tmp_path):
    """The proof above is only worth something if a lost change would be caught."""
    home = tmp_path / "kill home"
    acked, in_flight = run_and_kill(home, "desk", seed=7, changes=30)
    store = Store(home, BUNDLED_DATA, auto_backup=False)
    (what, key), value = next((item, v) for item, v in acked.items() if item[0] == "status"
                              and (in_flight is None or key_of(in_flight) != item[1]))
    other = "have" if value != "have" else "learning"
    store.ledger.set_status([(key, key)], SkillStatus(other))  # undo an acknowledged change
    store.close()
    assert check_survived(home, acked, in_flight) == 1


def key_of(line: str) -> str:
    return line.split(" ", 2)[2].split("\t")[0]
