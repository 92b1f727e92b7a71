"""Issue 11, item 7: the smaller faults, each as the reviewer reproduced it.

Commands run as real processes (a traceback or an exit code is what a user sees); export
targets are real symlinks, FIFOs, device nodes and folders in a temp dir.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from careerdesk.domain.plan import EARLIEST_TARGET_DATE, LATEST_TARGET_DATE, Plan, SkillStatus
from careerdesk.export.markdown import render_markdown
from careerdesk.logs import setup_logging
from careerdesk.service import Desk
from careerdesk.store import health
from careerdesk.store.store import Store


def run(*args: str, home: Path, data: Path, env: dict | None = None,
        timeout: float = 120) -> subprocess.CompletedProcess:
    environ = {**os.environ, "CAREERDESK_DATA": str(data), **(env or {})}
    return subprocess.run([sys.executable, "-m", "careerdesk", "--home", str(home), *args],
                          capture_output=True, text=True, env=environ, timeout=timeout)


def assert_one_line_error(result: subprocess.CompletedProcess, *needles: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "Error:" not in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr


@pytest.fixture
def cli(isolated_home, fixture_data):
    """A data folder with a plan (target Backend Engineer) and a tick, made by the CLI."""
    def call(*args: str, **kw) -> subprocess.CompletedProcess:
        return run(*args, home=isolated_home, data=fixture_data, **kw)

    assert call("skills", "tick", "SQL").returncode == 0
    assert call("plan", "set", "--target", "backend-engineer").returncode == 0
    return call


EXPORTS = {
    "pdf": ("plan", "export", "--format", "pdf", "--out"),
    "md": ("plan", "export", "--format", "md", "--out"),
    "role json": ("roles", "export", "backend-engineer", "--out"),
}


def _listing(folder: Path) -> dict[str, tuple]:
    """Every entry under `folder` with its type, size and modification time."""
    out = {}
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        out[str(path.relative_to(folder))] = (stat.S_IFMT(st.st_mode), st.st_size, st.st_mtime_ns)
    return out


# 1. A bad output path is a one-line error naming it, exit 2.

@pytest.mark.parametrize("kind", EXPORTS)
def test_export_to_a_path_that_names_no_file_is_one_line_exit_2(cli, tmp_path, kind):
    result = cli(*EXPORTS[kind], "")
    assert_one_line_error(result, "--out", "give the name of a file to write")
    for path in (".", "/", str(tmp_path)):
        result = cli(*EXPORTS[kind], path)
        assert_one_line_error(result, f"cannot write {path}")
    result = cli(*EXPORTS[kind], str(tmp_path / "no such folder" / "plan"))
    assert_one_line_error(result, "there is no folder")
    result = cli(*EXPORTS[kind], str(tmp_path / ("y" * 300)))
    assert_one_line_error(result, "the name is too long")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]


# 2. Symlinks are written through; folders, FIFOs and devices are refused, never opened.

@pytest.mark.parametrize("kind", EXPORTS)
def test_export_through_a_symlink_writes_its_target_and_keeps_the_link(cli, tmp_path, kind):
    real = tmp_path / "synced" / "plan-file"
    real.parent.mkdir()
    real.write_text("the old version")
    os.chmod(real, 0o640)
    link = tmp_path / "plan-link"
    link.symlink_to(real)
    result = cli(*EXPORTS[kind], str(link))
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and link.resolve() == real
    assert real.read_bytes() != b"the old version" and real.stat().st_size > 100
    assert stat.S_IMODE(real.stat().st_mode) == 0o640  # the file keeps its permissions
    assert sorted(p.name for p in real.parent.iterdir()) == ["plan-file"]  # no temp file left


@pytest.mark.parametrize("kind", EXPORTS)
def test_export_never_replaces_a_fifo_device_or_folder(cli, tmp_path, kind):
    fifo = tmp_path / "a fifo"
    os.mkfifo(fifo)
    result = cli(*EXPORTS[kind], str(fifo))  # opening it for writing would hang: the timeout catches that
    assert_one_line_error(result, f"cannot write {fifo}", "pipe")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    link_to_fifo = tmp_path / "link to fifo"
    link_to_fifo.symlink_to(fifo)
    assert_one_line_error(cli(*EXPORTS[kind], str(link_to_fifo)), "pipe")
    assert link_to_fifo.is_symlink()
    folder = tmp_path / "a folder.pdf"
    folder.mkdir()
    assert_one_line_error(cli(*EXPORTS[kind], str(folder)), "it is a folder")
    assert folder.is_dir() and not list(folder.iterdir())
    device = tmp_path / "null device"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # a private /dev/null
    except (PermissionError, OSError):
        return  # not root or no mknod here; the FIFO above covers special files
    assert_one_line_error(cli(*EXPORTS[kind], str(device)), "it is a device")
    assert stat.S_ISCHR(device.lstat().st_mode)


def test_every_export_writes_through_the_one_helper():
    """One place owns the safe write: no export module renames a temp file of its own."""
    root = Path(__file__).resolve().parents[2] / "careerdesk"
    writers = [p for p in (*(root / "cli").glob("*.py"), *(root / "service").glob("*.py"),
                           *(root / "export").glob("*.py"), *(root / "ui").rglob("*.py"))
               if ("os.replace(" in p.read_text() or ".replace(out)" in p.read_text())
               and p.name not in ("output.py", "single_instance.py")]  # (that one moves a socket, not a file written)
    assert writers == []


# 3. `data check` changes nothing on disk.

def test_data_check_leaves_the_folder_exactly_as_it_was(cli, isolated_home, tmp_path):
    assert not Path(f"{isolated_home / 'careerdesk.sqlite'}-wal").exists()
    before = _listing(isolated_home)
    result = cli("data", "check")
    assert result.returncode == 0, result.stderr
    assert "data file: ok" in result.stdout and "backups: 1 (1 usable)" in result.stdout
    assert _listing(isolated_home) == before


def test_data_check_beside_a_live_writer_creates_nothing(cli, isolated_home):
    writer = sqlite3.connect(isolated_home / "careerdesk.sqlite")
    try:
        writer.execute("UPDATE skill_status SET note = 'written meanwhile'")  # -wal and -shm now exist
        names = sorted(p.name for p in isolated_home.iterdir())
        result = cli("data", "check")
        assert result.returncode == 0 and "data file: ok" in result.stdout, result.stdout + result.stderr
        assert sorted(p.name for p in isolated_home.iterdir()) == names
    finally:
        writer.close()


def test_data_check_of_a_new_folder_does_not_create_it(tmp_path, fixture_data):
    home = tmp_path / "not yet"
    result = run("data", "check", home=home, data=fixture_data)
    assert result.returncode == 0 and "created on first use" in result.stdout
    assert not home.exists()


# 4. A backup interrupted mid-copy leaves a partial file; it is never a backup, and goes.

def _stale_partial(folder: Path) -> Path:
    partial = folder / ".careerdesk-20260101-000000-000000.sqlite.partial"
    partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # a copy cut off early
    old = time.time() - 3600  # from an hour ago
    os.utime(partial, (old, old))
    return partial


def test_a_partial_backup_is_never_listed(cli, isolated_home):
    partial = _stale_partial(isolated_home / health.BACKUP_DIR)
    listed = cli("data", "backups").stdout.splitlines()
    assert len(listed) == 1 and partial.name not in "".join(listed)
    assert "backups: 1 (1 usable)" in cli("data", "check").stdout


def test_the_next_backup_removes_a_stale_partial(cli, isolated_home):
    partial = _stale_partial(isolated_home / health.BACKUP_DIR)
    assert cli("data", "backup").returncode == 0
    assert not partial.exists()


# 5. A log that cannot be written: no "--- Logging error ---", no traceback.

@pytest.fixture
def clean_logging():
    yield
    root = logging.getLogger("careerdesk")
    for handler in list(root.handlers):
        handler.close()
        root.removeHandler(handler)


def test_a_log_file_that_is_a_folder_is_skipped_quietly(cli, isolated_home):
    log_file = isolated_home / "logs" / "careerdesk.log"
    log_file.unlink(missing_ok=True)
    log_file.mkdir(parents=True)
    result = cli("data", "backup")  # logs "backed up ..."
    assert result.returncode == 0
    assert result.stderr == ""


def test_logs_folder_under_a_file_is_skipped_quietly(tmp_path, clean_logging, capsys):
    (tmp_path / "home").write_text("a file where the data folder's parent should be")
    assert setup_logging(tmp_path / "home" / "inner") is None
    assert capsys.readouterr().err == ""


def test_a_log_write_failing_later_warns_once_in_one_line(tmp_path, clean_logging, capsys):
    log_file = setup_logging(tmp_path)
    assert log_file is not None
    log_file.mkdir()  # the file cannot be opened any more (root ignores chmod, not this)
    log = logging.getLogger("careerdesk.test")
    for n in range(3):
        log.warning("message %d", n)
    err = capsys.readouterr().err
    assert "Logging error" not in err and "Traceback" not in err
    assert err.count("\n") == 1 and f"cannot write the log file {log_file}" in err


def test_a_log_file_that_is_a_fifo_is_never_opened(tmp_path, clean_logging):
    (tmp_path / "logs").mkdir()
    os.mkfifo(tmp_path / "logs" / "careerdesk.log")
    assert setup_logging(tmp_path) is None
    logging.getLogger("careerdesk.test").info("would block forever on a FIFO without a reader")


# 6. Target dates: one valid range, checked at the boundary; the window never moves one.

def test_cli_refuses_a_date_outside_the_range_and_keeps_the_plan(cli):
    cli("plan", "set", "--date", "2030-01-31")
    for date in ("1600-01-01", "1899-12-31", "0001-01-01"):
        assert_one_line_error(cli("plan", "set", "--date", date), date, "1900-01-01")
    assert json.loads(cli("plan", "show", "--json").stdout)["target_date"] == "2030-01-31"
    assert cli("plan", "set", "--date", "1900-01-01").returncode == 0
    assert cli("plan", "set", "--date", "9999-12-31").returncode == 0


def test_plan_model_range():
    with pytest.raises(ValueError, match="between 1900-01-01 and 9999-12-31"):
        Plan(target_date=dt.date(1752, 9, 13))
    assert Plan(target_date=EARLIEST_TARGET_DATE).target_date == EARLIEST_TARGET_DATE


@pytest.mark.parametrize("date", [EARLIEST_TARGET_DATE, LATEST_TARGET_DATE])
def test_the_window_keeps_a_stored_date_at_either_end_of_the_range(qtbot, isolated_home, date):
    from careerdesk.ui.start import build_window

    store = Store(isolated_home, Path(__file__).resolve().parents[2] / "data")
    Desk(store).save_plan(Plan(target_role="backend-engineer", target_date=date))
    store.close()
    window = build_window(isolated_home)
    qtbot.addWidget(window)
    window.show_mode(1)  # My plan, filled from the stored plan
    view = window.plan_view
    assert view.date.date().toPython() == date
    view.name.setText("Ada")
    view.name.editingFinished.emit()  # any save writes the whole form back
    assert window.desk.plan().target_date == date


def test_a_date_stored_before_the_range_check_does_not_break_the_plan(isolated_home, fixture_data):
    store = Store(isolated_home, fixture_data)
    try:
        Desk(store).save_plan(Plan(name="Ada", target_role="backend-engineer"))
        store.db.execute("UPDATE user.plan SET target_date = '1600-01-01'")
        plan = Desk(store).plan()
        assert (plan.name, plan.target_role, plan.target_date) == ("Ada", "backend-engineer", None)
    finally:
        store.close()


# 7. Markdown export: role and user text reads back literally in a CommonMark renderer.

def test_markdown_shows_ampersands_markup_and_entities_literally(qapp, isolated_home, fixture_data):
    from PySide6.QtGui import QTextDocument

    tricky = "R&D &amp; &copy; <b>x</b> *not italic* [link](x) ![img](file:///etc/passwd) `code`"
    store = Store(isolated_home, fixture_data)
    try:
        desk = Desk(store)
        desk.save_plan(Plan(target_role="backend-engineer"))
        desk.set_status("sql", "SQL", SkillStatus.HAVE)
        desk.set_note("sql", "SQL", tricky, "- not a list " + tricky)
        text = render_markdown(desk.plan_report())
    finally:
        store.close()
    doc = QTextDocument()
    doc.setMarkdown(text)  # Qt's md4c: a CommonMark renderer
    shown = doc.toPlainText()
    assert f"note: {tricky}; evidence: - not a list {tricky}" in " ".join(shown.split())
    html = doc.toHtml()
    assert "<img" not in html and "href=" not in html and "font-style:italic" not in html


# 8. --home naming a file.

def test_home_that_is_a_file_is_a_clear_error_for_every_command(tmp_path, fixture_data):
    home = tmp_path / "careerdesk.sqlite"
    home.write_text("a file, not a folder")
    for args in (("data", "check"), ("roles", "list"), ("data", "backups")):
        assert_one_line_error(run(*args, home=home, data=fixture_data), f"{home} is not a folder")
    assert home.read_text() == "a file, not a folder"
    too_long = tmp_path / ("z" * 300)
    for args in (("data", "check"), ("roles", "list")):
        assert_one_line_error(run(*args, home=too_long, data=fixture_data),
                              f"cannot use the data folder {too_long}: File name too long")


# 9. "starting at at line".

def test_json_error_messages_do_not_double_a_word(cli, tmp_path):
    broken = tmp_path / "role.json"
    broken.write_text('{"id": "x", "title": "unterminated')
    result = cli("roles", "import", str(broken))
    assert_one_line_error(result, "Unterminated string starting at line 1, column 22")


# Odd inputs found by trying every command.

def test_text_that_is_not_utf8_is_refused_not_a_traceback(cli, tmp_path, fixture_data):
    bad = os.fsdecode(b"a\xffb")  # a byte that is not UTF-8, as a shell passes it
    for args in (("roles", "show", bad), ("roles", "search", bad), ("skills", "tick", "SQL", bad),
                 ("plan", "set", "--name", bad)):
        assert_one_line_error(cli(*args), "is not valid UTF-8 text")
    result = run("roles", "list", home=tmp_path / bad, data=fixture_data)
    assert_one_line_error(result, "data folder path", "not valid UTF-8")


def test_a_path_that_is_not_utf8_prints_even_on_a_strict_terminal(cli, tmp_path):
    out = tmp_path / os.fsdecode(b"plan-\xff.md")
    result = cli("plan", "export", "--out", str(out), env={"PYTHONIOENCODING": "utf-8:strict"})
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout and out.exists()


@pytest.mark.parametrize("args", [("roles", "import", ""), ("data", "restore", ""), ("onet", "import", ""),
                                  ("--home", "", "roles", "list")])
def test_an_empty_path_is_a_usage_error_not_the_current_folder(cli, args):
    assert_one_line_error(cli(*args), "give the name of")


def test_restore_and_onet_import_refuse_a_fifo_or_device_before_reading(cli, tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)  # reading it would wait forever for a writer
    folder = tmp_path / "onet"
    folder.mkdir()
    for args in (("data", "restore", str(fifo)), ("onet", "import", str(fifo)),
                 ("onet", "import", str(folder), "--wages", str(fifo)), ("data", "restore", "/dev/zero")):
        assert_one_line_error(cli(*args, timeout=30), "a pipe or a device, not a file")


def test_a_data_folder_named_with_uri_characters_keeps_its_data(tmp_path, fixture_data):
    home = tmp_path / "C# notes? 100%"
    assert run("skills", "tick", "SQL", home=home, data=fixture_data).returncode == 0
    second = run("skills", "tick", "Python", home=home, data=fixture_data)
    assert second.returncode == 0 and second.stderr == "", second.stderr
    assert not (home / "damaged").exists()
    assert run("data", "backup", home=home, data=fixture_data).returncode == 0
    check = run("data", "check", home=home, data=fixture_data).stdout
    assert "data file: ok" in check and "(2 usable)" in check, check
    ticked = json.loads(run("skills", "list", "--json", home=home, data=fixture_data).stdout)
    assert {s["name"] for s in ticked if s["ticked"]} == {"SQL", "Python"}
    assert sorted(p.name for p in tmp_path.iterdir()) == [home.name, "data"]  # no stray file beside it
