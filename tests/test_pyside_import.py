"""PySide6's support modules are compiled once, not on every start (careerdesk/ui/pyside_import):
shiboken carries them as source and compiles all of them at each import of PySide6, ~120 M
instructions. Checked in fresh processes, since this one imported PySide6 long ago."""

from __future__ import annotations

import json
import marshal
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from careerdesk.paths import CACHE_ENV
from tests.conftest import ROOT

PROBE = """
import builtins, json
real = builtins.compile
compiled = []  # what was really compiled: the cache's answers never reach here


def counting(source, filename, *args, **kwargs):
    if str(filename).startswith(("shibokensupport/", "signature_bootstrap")):
        compiled.append(filename)
    return real(source, filename, *args, **kwargs)


builtins.compile = counting
import careerdesk.ui  # noqa: F401 (imports PySide6 as a start does)
from PySide6.QtCore import QObject
try:
    QObject().setObjectName(1)
except TypeError as exc:  # the message comes from the signature loader the cache fed
    message = str(exc)
print(json.dumps({"compiled": compiled, "signatures": "Supported signatures" in message}))
"""


def start(cache: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), CACHE_ENV: str(cache)}
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stderr == ""  # nothing said about the cache, whatever state it is in
    return json.loads(result.stdout.strip().splitlines()[-1])


def cache_file(folder: Path) -> Path:
    return folder / f"pyside-{sys.implementation.cache_tag}.bin"


def test_the_second_start_compiles_none_of_pysides_support_modules(tmp_path):
    first = start(tmp_path)
    assert len(first["compiled"]) >= 10 and first["signatures"]
    assert cache_file(tmp_path).is_file()
    second = start(tmp_path)
    assert second == {"compiled": [], "signatures": True}


@pytest.mark.parametrize("damage", [b"", b"\x00" * 10, b"not marshal data at all" * 100, "truncated",
                                    marshal.dumps(("careerdesk-pyside-bytecode-2", "another python")),
                                    marshal.dumps(("careerdesk-pyside-bytecode-2", sys.version, "extra")),
                                    "wrong entries"])
def test_a_damaged_or_foreign_cache_is_compiled_past_and_made_whole(tmp_path, damage):
    start(tmp_path)
    cache = cache_file(tmp_path)
    if damage == "truncated":
        cache.write_bytes(cache.read_bytes()[: cache.stat().st_size // 2])
    elif damage == "wrong entries":
        tag, entries = marshal.loads(cache.read_bytes())
        cache.write_bytes(marshal.dumps((tag, {name: ("not bytes", 0, 42) for name in entries})))
    else:
        cache.write_bytes(damage)
    assert start(tmp_path)["signatures"]
    assert start(tmp_path) == {"compiled": [], "signatures": True}  # rewritten whole


def test_a_changed_support_module_is_compiled_again_not_taken_from_the_cache(tmp_path):
    """A PySide update changes the sources: the code kept for the old source is not used."""
    start(tmp_path)
    cache = cache_file(tmp_path)
    tag, entries = marshal.loads(cache.read_bytes())
    name = "shibokensupport/signature/parser.py"
    source, flags, _ = entries[name]
    entries[name] = (source + b"\n# an older release\n", flags,
                     compile("raise SystemExit('stale code ran')", name, "exec"))
    cache.write_bytes(marshal.dumps((tag, entries)))
    assert start(tmp_path) == {"compiled": [name], "signatures": True}
    assert start(tmp_path)["compiled"] == []


def test_an_unwritable_cache_folder_costs_only_the_compiling(tmp_path):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("x")
    assert start(blocked / "cache")["signatures"]
    assert list(tmp_path.iterdir()) == [blocked]  # nothing half-written anywhere


def test_five_first_starts_at_once_leave_one_whole_cache(tmp_path):
    env = {**os.environ, "PYTHONPATH": str(ROOT), CACHE_ENV: str(tmp_path)}
    starts = [subprocess.Popen([sys.executable, "-c", PROBE], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, env=env) for _ in range(5)]
    for process in starts:
        out, err = process.communicate(timeout=180)
        assert process.returncode == 0, err[-3000:]
        assert json.loads(out.strip().splitlines()[-1])["signatures"]
    assert [p.name for p in tmp_path.iterdir()] == [cache_file(tmp_path).name]  # no partial files left
    assert start(tmp_path)["compiled"] == []


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs")
@pytest.mark.parametrize("thing", ["fifo", "folder"])
def test_a_pipe_or_a_folder_where_the_cache_goes_neither_hangs_nor_stops_the_start(tmp_path, thing):
    cache = cache_file(tmp_path)
    os.mkfifo(cache) if thing == "fifo" else cache.mkdir()
    assert start(tmp_path)["signatures"]  # (a read of the FIFO would block: start() times out)
    assert (stat.S_ISFIFO(cache.lstat().st_mode) if thing == "fifo" else cache.is_dir())  # left as it was
