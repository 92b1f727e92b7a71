"""Two threads importing at once under PySide6 (issue 15's round 5 leftover: the pydantic
warm-up thread and a main-thread import of the validated models sometimes both failed).

PySide6's `__feature__` import hook, after each import, reads the new module's source with
`builtins.__import__` switched back to the plain import for the whole process, so that the
read cannot re-enter the hook. With two threads, one thread's import can switch the hook back
on while the other is still reading; that read asks the module for `__wrapped__` (inspect's
unwrap), which runs a module-level `__getattr__` (pydantic's migration shim imports from
inside it), and the nested imports re-enter the hook and meet half-imported modules. Each run
of the real app hits it only now and then (about 1 in 60 scripted runs); the probe below
forces the same interleaving with events, in a fresh process, on modules shaped like
pydantic's. CareerDesk takes the hook out when the window package is imported
(careerdesk/ui/__init__.py), so none of this can happen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import ROOT

# a_slow: imported by thread A; its body waits until thread B is inside the hook's source read,
# so A's import finishes (and A enters its own read) while B has the hook switched off. Its
# module __getattr__ imports, as pydantic's migration shim does; `shaped` imports it back.
MODULES = {
    "a_slow.py": """
        import threading
        GATE = __import__("probe_gate")
        GATE.a_in_body.set()
        GATE.b_inside.wait(5)
        X = 1
        def __getattr__(name):
            from shaped import thing
            return thing
    """,
    "shaped.py": """
        from a_slow import X
        thing = X
    """,
    "b_mod.py": "VALUE = 2\n",
    "probe_gate.py": """
        import threading
        a_in_body, b_inside, a_inside, b_done = (threading.Event() for _ in range(4))
    """,
}

PROBE = """
import builtins, json, sys, threading
sys.path.insert(0, sys.argv[1])
import probe_gate as gate
if sys.argv[2] == "window":
    import careerdesk.ui  # noqa: F401 (what every window start imports first)
else:
    import PySide6.QtCore  # noqa: F401 (PySide alone, its hook in place)
import shibokensupport.feature as feature

read = feature._mod_uses_pyside
calls = []


def spy(module):  # the hook's source read, with the hook switched off process-wide
    who = threading.current_thread().name
    calls.append((who, module.__name__))
    if who == "B" and module.__name__ == "b_mod":
        gate.b_inside.set()
        gate.a_inside.wait(5)  # A finishes its import and enters its own read meanwhile
    elif who == "A" and module.__name__ == "a_slow" and not gate.a_inside.is_set():
        gate.a_inside.set()
        gate.b_done.wait(5)  # B leaves its read, switching the hook back on under A
    return read(module)


feature._mod_uses_pyside = spy
errors = []


def a():
    try:
        import a_slow  # noqa: F401
    except Exception as exc:
        errors.append(f"A: {type(exc).__name__}: {exc}")


def b():
    gate.a_in_body.wait(5)  # A's import went through the hook and is running a_slow's body
    import b_mod  # noqa: F401
    gate.b_inside.set()  # (no hook: nothing waited above)
    gate.b_done.set()


threads = [threading.Thread(target=a, name="A"), threading.Thread(target=b, name="B")]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join(20)
print(json.dumps({"errors": errors, "hook_reads": len(calls),
                  "hook_in_place": builtins.__import__ is getattr(builtins, "__feature_import__", None)}))
"""


def probe(tmp_path: Path, mode: str) -> dict:
    for name, text in MODULES.items():
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path), mode], capture_output=True, text=True,
                            env=env, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_pyside_hook_alone_fails_two_threads_importing_at_once(tmp_path: Path):
    """The mechanism, shown on PySide as installed: if this stops failing, PySide fixed its
    hook (then careerdesk/ui/__init__.py's removal is no longer needed, but harmless)."""
    seen = probe(tmp_path, "pyside")
    assert seen["errors"] and "partially initialized module" in seen["errors"][0], seen


def test_the_window_package_takes_the_hook_out_so_two_threads_import_safely(tmp_path: Path):
    seen = probe(tmp_path, "window")
    assert seen == {"errors": [], "hook_reads": 0, "hook_in_place": False}
