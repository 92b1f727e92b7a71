"""The window: the only package that imports QtWidgets."""

from __future__ import annotations

import builtins

import PySide6.QtCore  # noqa: F401 (installs PySide's import hook, which the lines below take out)


def _drop_pyside_feature_hook() -> None:
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


_drop_pyside_feature_hook()
