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


import re, sys
real_pattern = re._compiler.compile
patterns = []  # the regular expressions really compiled (re, in Python) while PySide6 loads


def counting_patterns(pattern, flags=0):
    if builtins.compile is not counting and isinstance(pattern, str):  # (import_pyside's own, while it imports)
        patterns.append(pattern)
    return real_pattern(pattern, flags)


builtins.compile = counting
re._compiler.compile = counting_patterns
import careerdesk.ui  # noqa: F401 (imports PySide6 as a start does)
from PySide6.QtCore import QObject
try:
    QObject().setObjectName(1)
except TypeError as exc:  # the message comes from the signature loader the cache fed
    message = str(exc)
print(json.dumps({"compiled": compiled, "signatures": "Supported signatures" in message,
                  "patterns": len(patterns)}))
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
    assert second == {"compiled": [], "signatures": True, "patterns": 0}


def test_the_second_start_compiles_none_of_the_regular_expressions_pyside_loads_with(tmp_path):
    """The support modules (and the standard modules they import) compile ~15 regular expressions
    as they load, in Python: ~115 M instructions, a fifth of a bare window's start. Kept with the
    bytecode, each answered by the same pattern object (compared below with a fresh compile)."""
    first = start(tmp_path)
    assert first["patterns"] >= 10
    assert start(tmp_path)["patterns"] == 0
    import _sre
    import re

    _tag, entries = marshal.loads(cache_file(tmp_path).read_bytes())
    kept = {key: entry for key, entry in entries.items() if isinstance(key, tuple)}
    assert len(kept) >= 10
    for (_, pattern, flags), entry in kept.items():
        assert _sre.compile(*entry) == re._compiler.compile(pattern, flags)  # (flags, pattern and codes)


def test_a_kept_pattern_that_does_not_fit_is_compiled_past(tmp_path):
    """Codes `_sre` refuses (it checks them), or an entry of the wrong shape: compiled as usual."""
    start(tmp_path)
    cache = cache_file(tmp_path)
    tag, entries = marshal.loads(cache.read_bytes())
    keys = [key for key in entries if isinstance(key, tuple)]
    for n, key in enumerate(keys):
        text, flags, codes, groups, index, names = entries[key]
        entries[key] = (text, flags, [99999] * len(codes), groups, index, names) if n % 2 else ("wrong",)
    cache.write_bytes(marshal.dumps((tag, entries)))
    seen = start(tmp_path)
    assert seen["signatures"] and seen["patterns"] == len(keys)
    assert start(tmp_path)["patterns"] == 0  # rewritten whole


@pytest.mark.parametrize("change", ["no groups", "other names", "index of another"])
def test_a_kept_pattern_whose_groups_do_not_agree_is_compiled_past(tmp_path, change):
    """Codes `_sre` accepts with a group count or names that do not fit them (a damaged cache)
    made a pattern that matched otherwise: with no groups, the signature loader's failed and
    PySide's import stopped the start (exit 255, at every start, as the cache is never
    rewritten); other names broke string.Template. Entries whose count, index and names do not
    agree are compiled as usual."""
    start(tmp_path)
    cache = cache_file(tmp_path)
    tag, entries = marshal.loads(cache.read_bytes())
    keys = [key for key in entries if isinstance(key, tuple)]
    changed = 0
    for key in keys:
        text, flags, codes, groups, index, names = entries[key]
        changed += bool(groups) if change == "no groups" else 1
        if change == "no groups":
            entries[key] = (text, flags, codes, 0, index, names)
        elif change == "index of another":
            entries[key] = (text, flags, codes, groups, {"named": 1}, names)
        else:
            entries[key] = (text, flags, codes, groups, {"x": 99}, ("x",))
    cache.write_bytes(marshal.dumps((tag, entries)))
    seen = start(tmp_path)
    assert seen["signatures"] and seen["patterns"] == changed > 0
    assert start(tmp_path)["patterns"] == 0  # rewritten whole


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
    assert start(tmp_path) == {"compiled": [], "signatures": True, "patterns": 0}  # rewritten whole


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
    assert start(tmp_path) == {"compiled": [name], "signatures": True, "patterns": 0}
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


def test_a_re_that_hands_sre_its_arguments_by_name_compiles_as_usual():
    """What is kept is what `re._compiler` hands `_sre.compile` by position; a Python whose `re`
    names them gets its pattern compiled as usual, nothing kept (d6bf98a: before, PySide's import failed)."""
    import _sre
    import re
    import types

    from careerdesk.ui.pyside_import import _PatternsKept

    recorded: dict = {}
    kept = _PatternsKept({}, recorded)  # (the real re._compiler, for the codes)
    try:
        fresh = re._compiler.compile("a+(?P<b>b)", 0)
    finally:
        kept.stop()
    (entry,) = recorded.values()
    names = ("pattern", "flags", "code", "groups", "groupindex", "indexgroup")
    fake = types.SimpleNamespace(_sre=_sre)
    fake.compile = lambda pattern, flags=0: fake._sre.compile(**dict(zip(names, entry, strict=True)))
    real_compiler, re._compiler = re._compiler, fake
    recorded_by_name: dict = {}
    try:  # (re itself is the fake meanwhile: nothing asserted until it is back)
        naming = _PatternsKept({}, recorded_by_name)
        try:
            made = fake.compile("a+(?P<b>b)")
        except TypeError as exc:
            made = exc
        finally:
            naming.stop()
    finally:
        re._compiler = real_compiler
    assert made == fresh
    assert recorded_by_name == {}
    assert fake._sre is _sre  # (given back)


def test_a_pattern_compiled_with_debug_is_compiled_as_usual_not_kept(capsys):
    """re.DEBUG prints the pattern as it is compiled: an answer from the cache would print nothing."""
    import re

    from careerdesk.ui.pyside_import import _PatternsKept

    recorded: dict = {}
    kept = _PatternsKept({}, recorded)
    try:
        re._compiler.compile("x+y", re.DEBUG)
    finally:
        kept.stop()
    assert recorded == {}
    assert "LITERAL" in capsys.readouterr().out
