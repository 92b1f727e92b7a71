"""The window: the only package that imports QtWidgets."""

from __future__ import annotations

import os
import sys

import PySide6.QtCore  # noqa: F401 (installs PySide's import hook, which the lines below feed)


def _spare_pyside_source_reads() -> None:
    """PySide reads the source of every module imported after it, the first time anything
    imports it, to see whether it selects a `__feature__` (snake_case, true_property): ~17 ms
    of a start, mostly re-reading the standard library (typing, re, logging...). None of the
    standard library and none of ours selects one, so they are entered in PySide's table as
    such (-1: no PySide; 0: PySide, no feature), which spares the reads. The table is
    PySide's private one: a PySide without it is left alone."""
    try:
        from shibokensupport import feature  # PySide's own (bundled in shiboken, not a file)
    except ImportError:
        return
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return
    for name in (*sys.modules, *sys.stdlib_module_names):
        if not name.startswith(("PySide6", "shiboken", "__feature__", "careerdesk")):
            table.setdefault(name, -1)
    package = os.path.dirname(os.path.dirname(__file__))
    for folder, dirs, files in os.walk(package):
        dirs[:] = [d for d in dirs if not d.startswith(("_", "."))]
        prefix = os.path.relpath(folder, os.path.dirname(package)).replace(os.sep, ".")
        table.setdefault(prefix, 0)
        for file in files:
            if file.endswith(".py") and file != "__init__.py":
                table.setdefault(f"{prefix}.{file[:-3]}", 0)


_spare_pyside_source_reads()
