"""A second launch over the same data folder brings the first window forward and exits;
a name left behind by a crash does not stop the next launch. Real processes, real sockets."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from careerdesk.ui.single_instance import WINDOW_LOCK, InstanceServer, ask_running_instance, claim_window, server_name

ROOT = Path(__file__).resolve().parents[2]


def launch(home: Path, **kwargs):
    env = {**os.environ, "CAREERDESK_HOME": str(home), "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "careerdesk"], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, **kwargs)


def log_text(home: Path) -> str:
    path = home / "logs" / "careerdesk.log"
    return path.read_text(encoding="utf-8") if path.exists() else ""


def wait_for(check, seconds: float = 60.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.1)
    return False


def test_a_second_launch_raises_the_first_and_exits(tmp_path):
    home = tmp_path / "data"
    first = launch(home)
    try:
        # The first process is ready once its window is built (it saves settings on the way).
        assert wait_for(lambda: (home / "careerdesk.sqlite").exists() and first.poll() is None)
        time.sleep(1.0)
        second = launch(home)
        try:
            _out, err = second.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            second.kill()  # it opened a second window instead of handing over
            second.communicate()
            raise
        assert second.returncode == 0, err
        assert "Traceback" not in err
        assert wait_for(lambda: "asked this window to come forward" in log_text(home), 20)
        assert "already open" in log_text(home)
        assert first.poll() is None  # the first window is still there
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_another_data_folder_is_another_window(tmp_path):
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")


@pytest.mark.skipif(os.name == "nt", reason="stale names are socket files on Unix")
def test_a_name_left_by_a_crash_does_not_block_the_next_launch(qapp, tmp_path):
    home = tmp_path / "data"
    stale = Path(QDir.tempPath()) / server_name(home)
    leftover = socket.socket(socket.AF_UNIX)
    leftover.bind(str(stale))  # bound, never listening: what a killed process leaves behind
    leftover.close()
    try:
        assert stale.exists()
        assert ask_running_instance(home, wait_ms=500) is False  # nobody answers: start normally
        server = InstanceServer(home)
        assert server.listen()  # and serve the name from now on
        server.close()
    finally:
        stale.unlink(missing_ok=True)


# A window's process holds the folder's window lock for its life (ui/single_instance.py): a launch
# that gets it asks nobody; one that does not waits for the holder to serve, then hands over.
HOLDER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QTimer
from careerdesk.ui.single_instance import InstanceServer, claim_window
home, serve_after = Path(sys.argv[1]), float(sys.argv[2])
assert claim_window(home) is True
print("claimed", flush=True)
app = QCoreApplication([])
time.sleep(serve_after)  # still starting: holds the folder, does not listen yet
server = InstanceServer(home)
assert server.listen()
server.raiseRequested.connect(lambda: print("raised", flush=True))
QTimer.singleShot(30_000, app.quit)
app.exec()
"""


def hold(home: Path, serve_after: float) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(home), str(serve_after)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "claimed", holder.stderr.read()
    return holder


def test_a_launch_while_the_first_window_is_still_starting_waits_and_raises_it(qapp, tmp_path):
    home = tmp_path / "data"
    holder = hold(home, serve_after=1.5)
    try:
        assert ask_running_instance(home, wait_ms=2000) is True  # not a second window
        assert holder.stdout.readline().strip() == "raised"
    finally:
        holder.kill()
        holder.communicate(timeout=30)


def test_a_lock_left_by_a_killed_window_does_not_block_the_next_launch(qapp, tmp_path, caplog):
    home = tmp_path / "data"
    holder = hold(home, serve_after=600)  # never serves: killed while starting
    holder.kill()
    holder.communicate(timeout=30)
    assert (home / WINDOW_LOCK).exists()  # the file stays; its lock went with the process
    assert ask_running_instance(home, wait_ms=500, starting_wait_s=60) is False
    assert claim_window(home) is True  # this process holds the folder now
    assert "starting anyway" not in caplog.text


def test_windows_over_other_folders_do_not_hold_this_one(qapp, tmp_path):
    holder = hold(tmp_path / "a", serve_after=600)
    try:
        assert claim_window(tmp_path / "a") is False
        assert ask_running_instance(tmp_path / "b", wait_ms=500, starting_wait_s=60) is False
        assert claim_window(tmp_path / "b") is True
    finally:
        holder.kill()
        holder.communicate(timeout=30)


CLOSING = """
import socket, sys, time
from pathlib import Path
from PySide6.QtCore import QDir
from careerdesk.ui.single_instance import claim_window, server_name
home = Path(sys.argv[1])
assert claim_window(home) is True
path = Path(QDir.tempPath()) / server_name(home)
listener = socket.socket(socket.AF_UNIX)
listener.bind(str(path))
listener.listen()
print("claimed", flush=True)
conn, _ = listener.accept()  # accepts, never answers: a window on its way out
time.sleep(0.3)
path.unlink()
"""


@pytest.mark.skipif(os.name == "nt", reason="the stand-in window listens on a Unix socket")
def test_a_launch_that_meets_a_closing_window_holds_the_folder_once_it_has_gone(qapp, tmp_path, caplog):
    from careerdesk.ui import single_instance

    home = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    closing = subprocess.Popen([sys.executable, "-c", CLOSING, str(home)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert closing.stdout.readline().strip() == "claimed", closing.stderr.read()
    try:
        assert ask_running_instance(home, wait_ms=5000) is False  # no answer: this one starts
    finally:
        closing.communicate(timeout=30)
    # it waited for the closing window to let go, and holds the folder: a third launch raises
    # this one instead of opening another window
    assert home.resolve() in single_instance._held_windows
    assert "starting anyway" not in caplog.text


@pytest.mark.skipif(os.name == "nt", reason="a named pipe there: QLocalServer")
def test_the_name_is_this_users_alone_and_nothing_is_left_in_the_temp_folder(qapp, tmp_path, monkeypatch):
    """The Unix server binds where only this user can reach the socket before it has its name
    (as QLocalServer's UserAccessOption does), and leaves no private folder behind."""
    import stat

    from careerdesk.ui.single_instance import UnixServer

    # A temp folder of its own (nothing else comes and goes in it), short enough for a socket's
    # path (~107 bytes) wherever pytest puts tmp_path (a parallel run's is ~20 bytes longer).
    temp = Path(tempfile.mkdtemp(prefix="cd-"))
    monkeypatch.setenv("TMPDIR", str(temp))
    server = UnixServer(tmp_path / "data")
    try:
        assert server.listen()
        mode = os.stat(server.path).st_mode
        assert stat.S_ISSOCK(mode) and stat.S_IMODE(mode) == 0o600
        assert [p.name for p in temp.iterdir()] == [server.name]
    finally:
        server.close()
    assert list(temp.iterdir()) == []  # the name goes with the server
    temp.rmdir()


@pytest.mark.skipif(os.name == "nt", reason="a named pipe there: QLocalServer")
def test_a_closing_server_leaves_the_name_a_later_one_took(qapp, tmp_path):
    from careerdesk.ui.single_instance import UnixServer

    first, second = UnixServer(tmp_path / "data"), UnixServer(tmp_path / "data")
    assert first.listen() and second.listen()  # (no window lock here: the later one takes the name)
    try:
        first.close()
        assert Path(second.path).exists()  # not removed by the server that lost it
    finally:
        second.close()
    assert not Path(second.path).exists()


@pytest.mark.skipif(os.name == "nt", reason="raw Unix sockets")
def test_launches_that_send_nothing_or_nonsense_do_not_stop_the_window_answering(qapp, tmp_path):
    home = tmp_path / "data"
    holder = hold(home, serve_after=0)
    try:
        path = str(Path(QDir.tempPath()) / server_name(home))
        assert wait_for(lambda: Path(path).exists(), 30)
        silent = socket.socket(socket.AF_UNIX)
        silent.connect(path)  # connects and says nothing, and stays
        noisy = socket.socket(socket.AF_UNIX)
        noisy.connect(path)
        noisy.sendall(b"\x00garbage" * 2000)  # more than any request, never the request
        noisy.settimeout(10)
        try:
            heard = noisy.recv(64)
        except ConnectionResetError:  # (closed with the rest unread)
            heard = b""
        assert heard == b""  # hung up on, unanswered
        assert ask_running_instance(home, wait_ms=5000) is True
        assert holder.stdout.readline().strip() == "raised"
        silent.close()
        noisy.close()
    finally:
        holder.kill()
        holder.communicate(timeout=30)


def test_the_server_name_is_the_one_earlier_versions_made(tmp_path, monkeypatch):
    """Hashed without hashlib now (domain/digest.py), to the same name: a launch of this version
    still finds a window of an earlier one."""
    import hashlib

    monkeypatch.setenv("LOGNAME", "someone")
    home = tmp_path / "data"
    made_before = hashlib.sha256(f"someone\0{home.resolve()}".encode()).hexdigest()[:20]
    assert server_name(home) == f"careerdesk-{made_before}"


@pytest.mark.skipif(os.name == "nt", reason="AF_UNIX paths: a named pipe there")
def test_a_long_temp_folder_path_that_qlocalserver_serves_is_served(qapp, tmp_path, monkeypatch):
    """A socket's path has room for ~107 bytes. Where the name fits, QLocalServer serves it (its
    private folder is a short name beside it); the server must too, whatever the folder's name."""
    home = tmp_path / "data"
    name = server_name(home)
    short = Path(tempfile.mkdtemp(prefix="cd-"))  # (tmp_path itself may be ~100 bytes: a parallel run's)
    room = 100 - len(f"{short}//{name}".encode())  # the socket's path: 100 bytes, under the limit
    temp = short / ("t" * room)
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    assert len(f"{QDir.tempPath()}/{name}".encode()) == 100
    holder = hold(home, serve_after=0)
    try:
        assert ask_running_instance(home, wait_ms=2000, starting_wait_s=5) is True
        assert holder.stdout.readline().strip() == "raised"
    finally:
        holder.kill()
        holder.communicate(timeout=30)
        shutil.rmtree(short, ignore_errors=True)
