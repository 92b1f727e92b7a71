"""The PySide bytecode cache (careerdesk/ui/pyside_import) under odd conditions: a symlink where
the cache goes, and callers of compile() with other `from __future__` flags than the module
that answers them."""

from __future__ import annotations

import _thread
import builtins
import json
import marshal
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from careerdesk.paths import CACHE_ENV
from careerdesk.ui import pyside_import
from tests.conftest import ROOT

START = "import careerdesk.ui; from PySide6.QtCore import QObject"


def start(cache: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), CACHE_ENV: str(cache)}
    result = subprocess.run([sys.executable, "-c", START], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]


def test_a_symlink_where_the_cache_goes_never_overwrites_the_file_it_points_to(tmp_path):
    """The cache is ours to throw away, the file a link there points to is not: a start that
    cannot read it as a cache leaves it as it was."""
    cache_folder = tmp_path / "cache"
    cache_folder.mkdir()
    precious = tmp_path / "notes.txt"
    precious.write_text("the user's own notes\n")
    (cache_folder / f"pyside-{sys.implementation.cache_tag}.bin").symlink_to(precious)
    start(cache_folder)
    assert precious.read_text() == "the user's own notes\n"
    dangling = tmp_path / "elsewhere" / "new.txt"
    (tmp_path / "elsewhere").mkdir()
    link = cache_folder / f"pyside-{sys.implementation.cache_tag}.bin"
    link.unlink()
    link.symlink_to(dangling)
    start(cache_folder)
    assert not dangling.exists()  # no file made somewhere a link points to


def _call_without_future_flags(function, *args):
    """`function(*args)` called from code compiled with no `from __future__` import (this test
    module has `annotations`, as has pyside_import)."""
    scope = {"function": function, "args": args}
    exec(builtins.compile("result = function(*args)", "<caller>", "exec", dont_inherit=True), scope)
    return scope["result"]


SOURCE = b"def f(x: int) -> None: pass\n"


def test_compiled_code_keeps_its_callers_future_flags_not_the_answering_modules():
    """builtins.compile inherits the calling code's `from __future__` flags. While it is
    replaced, the caller of the replacement is the code that asked: it must get the code that
    the real compile would have given it, not code with pyside_import's `annotations`."""
    plain = _call_without_future_flags(builtins.compile, SOURCE, "m.py", "exec")
    answering = pyside_import._answering(builtins.compile, {}, {})
    for args in ((SOURCE, "m.py", "exec"), (SOURCE, "m.py", "exec", 0), (SOURCE.decode(), "m.py", "exec")):
        code = _call_without_future_flags(answering, *args)
        assert code.co_flags == plain.co_flags, args
        scope: dict = {}
        exec(code, scope)
        assert scope["f"].__annotations__ == {"x": int, "return": None}


def test_code_cached_for_one_callers_flags_is_not_given_to_a_caller_with_others():
    compiled: dict = {}
    _call_without_future_flags(pyside_import._answering(builtins.compile, {}, compiled), SOURCE, "m.py", "exec")
    known = marshal.loads(marshal.dumps(compiled))
    annotated = builtins.compile(SOURCE, "m.py", "exec")  # (this module: `annotations`)
    assert annotated.co_flags != _call_without_future_flags(builtins.compile, SOURCE, "m.py", "exec").co_flags
    code = pyside_import._answering(builtins.compile, known, {})(SOURCE, "m.py", "exec")
    assert code.co_flags == annotated.co_flags


OPTIMIZED_PROBE = """
import builtins, json
real = builtins.compile
compiled = []


def counting(source, filename, *args, **kwargs):
    if str(filename).startswith(("shibokensupport/", "signature_bootstrap")):
        compiled.append(filename)
    return real(source, filename, *args, **kwargs)


builtins.compile = counting
import careerdesk.ui  # noqa: F401
print(json.dumps(compiled))
"""


def compiled_by_a_start(cache: Path, *options: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), CACHE_ENV: str(cache)}
    env.pop("PYTHONOPTIMIZE", None)
    result = subprocess.run([sys.executable, *options, "-c", OPTIMIZED_PROBE], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_code_compiled_with_asserts_stripped_is_not_given_to_a_start_that_keeps_them(tmp_path):
    """`python -O` compiles without asserts (and `__debug__` false): the same source compiles to
    other code, so the cache of an optimized start is not the cache of a plain one."""
    assert compiled_by_a_start(tmp_path, "-O")
    assert compiled_by_a_start(tmp_path)  # compiled afresh, with its asserts
    assert not compiled_by_a_start(tmp_path)


def test_a_compile_called_with_no_python_code_beneath_it_is_compiled():
    """A thread started straight on compile (no Python frame under it, as C code calling it has
    none) compiles as the real compile does: nothing inherited, nothing raised."""
    compiled: dict = {}
    answering = pyside_import._answering(builtins.compile, {}, compiled)
    raised = []
    done = threading.Event()
    hook, sys.unraisablehook = sys.unraisablehook, lambda unraisable: raised.append(unraisable.exc_value)
    try:
        _thread.start_new_thread(answering, (SOURCE, "m.py", "exec"))
        _thread.start_new_thread(done.set, ())
        assert done.wait(10)
        for _ in range(100):
            if compiled or raised:
                break
            time.sleep(0.05)
    finally:
        sys.unraisablehook = hook
    assert raised == []
    assert compiled["m.py"][1] == 0
