"""The app in German for a test: a careerdesk_de.qm compiled with lrelease from the reviewed
translations in i18n/*.json (the lead's .ts is built from the same lists), installed the way
View > Language installs it, and English put back afterwards."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QLocale

from careerdesk.ui.translations import apply_language, remove_translations

ROOT = Path(__file__).resolve().parent.parent
LRELEASE = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
needs_lrelease = pytest.mark.skipif(not Path(LRELEASE).exists(), reason="pyside6-lrelease not available")


def catalogue(name: str = "i18nc") -> list[dict]:
    """The {context, source, translation} list of i18n/<name>.json."""
    return json.loads((ROOT / "i18n" / f"{name}.json").read_text(encoding="utf-8"))


def build_qm(entries: list[dict], folder: Path) -> None:
    """careerdesk_de.qm in `folder` from a list of {context, source, translation}."""
    contexts: dict[str, list[str]] = {}
    for e in entries:
        contexts.setdefault(e["context"], []).append(
            f"<message><source>{escape(e['source'])}</source>"
            f"<translation>{escape(e['translation'])}</translation></message>")
    ts = folder / "careerdesk_de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE">'
                  + "".join(f"<context><name>{escape(c)}</name>{''.join(m)}</context>" for c, m in contexts.items())
                  + "</TS>", encoding="utf-8")
    subprocess.run([LRELEASE, str(ts), "-qm", str(folder / "careerdesk_de.qm")], check=True, capture_output=True)


@contextmanager
def german(folder: Path, entries: list[dict] | None = None) -> Iterator[None]:
    """The whole app in German while the block runs; English and the default locale after."""
    folder.mkdir(parents=True, exist_ok=True)
    build_qm(catalogue() if entries is None else entries, folder)
    before = QLocale()  # the default locale other tests run under, put back exactly
    apply_language("de", folder)
    try:
        yield
    finally:
        remove_translations()
        QLocale.setDefault(before)
