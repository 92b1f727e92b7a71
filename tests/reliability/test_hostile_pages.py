"""Role pages of any shape parse in linear time, on a worker thread in the window, and the
window and the command line read them with the same limits (no FIFO, device, binary or
over-5 MB page gets through either)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from bench.parse import SHAPES, parse, skill_index
from careerdesk.ui.start import build_window
from tests.conftest import ROOT
from tests.importers.test_role_page import SEED

TIME_GUARD = 20  # seconds; a quadratic parser needs minutes for these pages, a linear one well under one


@pytest.fixture(scope="module")
def index():
    return skill_index()


@pytest.mark.parametrize("shape", list(SHAPES))
def test_every_page_shape_parses_at_200_kb(shape, index):
    build, kind = SHAPES[shape]
    text = build(200_000)

    def too_slow(_signum, _frame):
        raise AssertionError(f"{shape}: parsing 200 KB took over {TIME_GUARD} s (quadratic?)")

    old = signal.signal(signal.SIGALRM, too_slow)
    signal.alarm(TIME_GUARD)
    try:
        data = parse(text, kind, index)  # the regex engine checks for signals, so the alarm stops it
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    assert isinstance(data["title"], str) and isinstance(data["skills"], list)


def cli(home: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "careerdesk", "--home", str(home), *args],
                          capture_output=True, text=True, timeout=60, env=env)  # a hang fails the test


@pytest.mark.parametrize("special", ["device", "fifo page", "fifo json"])
def test_cli_refuses_devices_and_fifos_in_one_line(tmp_path, special):
    if special == "device":
        path = Path("/dev/zero")
    else:
        path = tmp_path / ("page.txt" if special == "fifo page" else "roles.json")
        os.mkfifo(path)
    result = cli(tmp_path / "home", "roles", "import", str(path))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"careerdesk: {path.name}: ") and "not a file" in result.stderr


@pytest.fixture
def window(qtbot, isolated_home):
    w = build_window(isolated_home)
    qtbot.addWidget(w)
    w.show()
    return w


def answer_dialogs(window, seen: list, accept_preview: bool = True) -> QTimer:
    """Every 20 ms: note the time, whether a busy dialog shows, and answer the modal dialog
    (a message box is read and closed; the page preview is accepted)."""
    from careerdesk.ui.role_editor import RoleEditorDialog as PagePreviewDialog  # pages are checked in the editor

    def tick() -> None:
        progress = any(isinstance(w, QProgressDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
        seen.append(("tick", time.monotonic(), progress))
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox):
            seen.append(("message", dialog.text(), dialog.detailedText()))
            dialog.close()
        elif isinstance(dialog, PagePreviewDialog):
            seen.append(("preview", time.monotonic(), dialog.profile))
            dialog.accept() if accept_preview else dialog.reject()

    timer = QTimer(window)
    timer.setInterval(20)
    timer.timeout.connect(tick)
    timer.start()
    return timer


def test_a_big_page_is_read_off_the_main_thread_while_the_window_stays_live(window, tmp_path, monkeypatch):
    from careerdesk.ui.role_import import import_paths

    # the seed page, then ~4 MB of short lines in a section the importer reads and drops:
    # each line costs the parser a step, so this is about the slowest valid page there is
    page = tmp_path / "big-page.txt"
    filler = "".join(f"Gym {i}\n" for i in range(420_000))
    page.write_text(SEED.replace("Backend Engineer", "Backend Wrangler", 1) + "\nBenefits\n" + filler,
                    encoding="utf-8")
    assert 3_500_000 < page.stat().st_size < 5 * 1024 * 1024
    seen: list = []
    read_done: list[float] = []
    read_on: list[threading.Thread] = []
    reader = window.desk.page_file_reader

    def timed_reader():  # notes when the reading itself (not the editor that follows) ends
        read = reader()

        def timed(path):
            try:
                return read(path)
            finally:
                read_done.append(time.monotonic())
                read_on.append(threading.current_thread())

        return timed

    monkeypatch.setattr(window.desk, "page_file_reader", timed_reader)
    timer = answer_dialogs(window, seen)
    start = time.monotonic()
    added = import_paths(window, [page])
    timer.stop()
    assert added == ["backend-wrangler"] and window.desk.is_mine("backend-wrangler")
    done = read_done[0]
    reading = [(at, progress) for kind, at, progress in seen if kind == "tick" and start <= at < done]
    # the page was read off the main thread, so the window kept handling events (on a machine
    # shared by other busy processes the count of timer ticks varies, so only a long read must
    # show some), and a read that took a while said it was busy
    assert read_on and read_on[0] is not threading.main_thread()
    if done - start > 1.5:
        assert reading, f"no timer tick in {done - start:.2f} s of reading"
        assert any(progress for _at, progress in reading)


@pytest.mark.parametrize("case", ["binary", "too large", "fifo"])
def test_the_window_refuses_what_the_cli_refuses(window, tmp_path, case):
    from careerdesk.ui.role_import import import_paths

    page = tmp_path / "page.txt"
    if case == "binary":
        page.write_bytes(b"Title\n\x00\x01\x02" * 100)
    elif case == "too large":
        page.write_text("Title\n" + "x" * (5 * 1024 * 1024 + 10), encoding="utf-8")
    else:
        os.mkfifo(page)
    expected = cli(tmp_path / "cli home", "roles", "import", str(page)).stderr.strip().removeprefix("careerdesk: ")
    seen: list = []
    timer = answer_dialogs(window, seen)
    assert import_paths(window, [page]) == []
    timer.stop()
    messages = [(text, details) for kind, text, details in seen if kind == "message"]
    assert messages == [("The page could not be read.", expected)], messages
    assert not window.desk.is_mine("title")
