"""PySide6's first import, made cheaper: its support modules' bytecode and regular expressions
kept between starts, and its `__feature__` import hook taken out."""

from __future__ import annotations
import __future__

import builtins
import marshal
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from types import CodeType

# The cached code is valid for this exact Python only (bytecode changes between releases), and
# for its optimization level (`python -O` compiles the same source without asserts).
CACHE_TAG = ("careerdesk-pyside-bytecode-2", sys.version, sys.flags.optimize)
MAX_CACHE_BYTES = 16 << 20  # (~0.3 MB written: anything much larger is not ours)
# The `from __future__` flags compile() takes from the code calling it (CO_NESTED, the first
# feature's, is obsolete: nested functions carry it, compiled code never does).
FUTURE_FLAGS = sum(getattr(__future__, name).compiler_flag for name in __future__.all_feature_names) & ~0x10


def import_pyside(cache: Path) -> None:
    """Import PySide6.QtCore with its support modules' compiled code read from `cache`, and
    written there when any was compiled afresh (the first start, a new PySide or Python).

    Why: shiboken carries its `shibokensupport` package (the signature loader, ~14 modules) as
    Python source inside its library and compiles all of it on every start, for lack of a file
    to cache bytecode in: ~120 M instructions, a fifth of a bare PySide window's start. The
    compile calls are answered from the cache while this import runs, each only for the very
    source and `from __future__` flags it was compiled from; anything else is compiled as
    usual. A missing, unreadable or damaged cache only means compiling, as without it."""
    if "PySide6.QtCore" in sys.modules:
        return
    known = _read(cache)
    compiled: dict[str | tuple, tuple] = {}
    real_compile = builtins.compile
    builtins.compile = _answering(real_compile, known, compiled)
    patterns = _PatternsKept(known, compiled)
    try:
        import PySide6.QtCore  # noqa: F401
    finally:
        builtins.compile = real_compile
        patterns.stop()
    if compiled and (known or not os.path.islink(cache)):
        # (a link where the cache goes that held no cache of ours points to someone else's file,
        # or to a place that has none: neither is written)
        _write(cache, {**known, **compiled})


def _answering(real_compile: Callable[..., CodeType], known: dict, compiled: dict) -> Callable[..., CodeType]:
    def compile_once(source, filename, mode, flags=0, dont_inherit=False, *args, **kwargs):  # (builtins.compile's)
        if not dont_inherit and isinstance(flags, int):
            # the real compile takes the `from __future__` flags of the code calling it: that is
            # the code that called here, not this module (which has `annotations`)
            try:
                flags |= sys._getframe(1).f_code.co_flags & FUTURE_FLAGS
            except ValueError:  # (called from C with no Python code beneath: nothing to inherit)
                pass
            dont_inherit = True
        if (args or kwargs or mode != "exec" or type(flags) is not int or flags & ~FUTURE_FLAGS
                or type(source) is not bytes or type(filename) is not str):
            return real_compile(source, filename, mode, flags, dont_inherit, *args, **kwargs)
        entry = known.get(filename)
        if (type(entry) is tuple and len(entry) == 3 and entry[0] == source and entry[1] == flags
                and type(entry[2]) is CodeType):
            return entry[2]
        code = real_compile(source, filename, mode, flags, True)
        compiled[filename] = (source, flags, code)
        return code

    return compile_once


class _PatternsKept:
    """The regular expressions the support modules compile as they load (~15, three of them long:
    the signature parser's bracket matchers, the stub generator's type names; ~115 M instructions,
    a fifth of a bare window's start), answered from the cache too. Python's `re` compiles a
    pattern in Python (`re._compiler.compile`) down to a list of codes it hands to `_sre.compile`;
    what it handed over is kept, by pattern and flags, and handed over again next time, which
    makes the same pattern object (`_sre` checks the codes it is given). A Python whose `re` is
    built otherwise, or any entry that does not fit, compiles as usual."""

    def __init__(self, known: dict, compiled: dict):
        import _sre
        import re

        self.known, self.compiled, self.sre = known, compiled, _sre
        self.module = getattr(re, "_compiler", None)
        self.real = getattr(self.module, "compile", None)
        if self.real is None or getattr(self.module, "_sre", None) is not _sre:
            self.module = None
        else:
            self.module.compile = self.compile

    def stop(self) -> None:
        if self.module is not None:
            self.module.compile = self.real

    def compile(self, pattern, flags=0):
        if type(pattern) is not str or not isinstance(flags, int) or flags & 128:  # (re.DEBUG prints as it compiles)
            return self.real(pattern, flags)
        key = ("re", pattern, int(flags))
        entry = self.known.get(key)
        if type(entry) is tuple and len(entry) == 6 and entry[0] == pattern and _groups_agree(*entry[3:]):
            try:
                return self.sre.compile(*entry)
            except Exception:  # noqa: BLE001 (an entry that does not fit: compiled as usual)
                pass
        handed: list[tuple] = []
        self.module._sre = _Handing(self.sre, handed)  # (only this module's name for it, for this one call)
        try:
            compiled = self.real(pattern, flags)
        finally:
            self.module._sre = self.sre
        if len(handed) == 1 and len(handed[0]) == 6:
            text, final, codes, groups, index, names = handed[0]
            # (the codes are `re`'s named int constants: kept as plain ints, as `_sre` reads them)
            entry = (text, int(final), [int(code) for code in codes], int(groups), dict(index), tuple(names))
            try:
                marshal.dumps(entry)  # (one that cannot be kept must not keep the rest from the file)
            except ValueError:
                return compiled
            self.compiled[key] = entry
        return compiled


def _groups_agree(groups, index, names) -> bool:
    """Whether a kept entry's group count, name index and names say the same (as `re` makes
    them): `_sre` checks the codes, not these, and a damaged count made a pattern that matched
    otherwise (with none, the signature loader's failed and PySide's import stopped every start)."""
    return (type(groups) is int and type(names) is tuple and len(names) == groups + 1 and type(index) is dict
            and index == {name: n for n, name in enumerate(names) if name is not None})


class _Handing:
    """`_sre` as `re._compiler` sees it while one pattern is compiled: notes what is handed over."""

    def __init__(self, sre, handed: list):
        self.sre, self.handed = sre, handed

    def __getattr__(self, name: str):
        return getattr(self.sre, name)

    def compile(self, *args, **kwargs):
        self.handed.append(args if not kwargs else ())  # (a Python that names them: not kept, compiled as usual)
        return self.sre.compile(*args, **kwargs)


def _read(cache: Path) -> dict:
    try:
        # (not blocking: a FIFO put where the cache goes would hang the start in open())
        with open(os.open(cache, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as file:
            found = os.fstat(file.fileno())
            if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_CACHE_BYTES:
                return {}
            tag, entries = marshal.loads(file.read())
    except Exception:  # noqa: BLE001 (missing, unreadable or damaged: compile as without it)
        return {}
    return entries if tag == CACHE_TAG and type(entries) is dict else {}


def _write(cache: Path, entries: dict) -> None:
    from careerdesk.domain.errors import CareerDeskError
    from careerdesk.export.output import atomic_output  # (here: only a start that compiled writes)

    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(cache) as partial:  # whole or not at all, also with two starts at once
            partial.write_bytes(marshal.dumps((CACHE_TAG, entries)))
    except (OSError, ValueError, CareerDeskError):  # a read-only or full disk: the next start compiles again
        pass


def drop_feature_hook() -> None:
    """Put back the import PySide6 replaced with its `__feature__` hook. The hook exists for
    `from __feature__ import snake_case` (or true_property), which CareerDesk never uses, and
    it was not safe with two threads importing at once: after each import it reads the new
    module's source (inspect.getsource, ~17 ms of a start, and every line kept in linecache)
    with `builtins.__import__` switched back to the plain import for the whole process to keep
    that read from re-entering the hook. A second thread finishing its own import meanwhile
    switches the hook back on under the first, so the first thread's read, which asks a module
    for `__wrapped__` and so runs pydantic's module `__getattr__` (imports), re-entered the
    hook and met half-imported pydantic modules: the warm-up thread (plan_page.warm_up_models)
    and a main-thread import of the validated models both failed (docs/performance-import6.md).
    What is put back is shiboken's own `__lazy_import__` (star imports of lazily created Qt
    types), which keeps no process-wide state. Done here, on the main thread, before any
    thread of ours exists; a PySide without these names is left alone."""
    hook, original = getattr(builtins, "__feature_import__", None), getattr(builtins, "__orig_import__", None)
    if hook is not None and original is not None and builtins.__import__ is hook:
        builtins.__import__ = original
