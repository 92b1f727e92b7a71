"""The layering the code relies on: Qt widgets only in careerdesk/ui (and the app entry
point); domain and store know nothing of Qt or the UI; export paints with QtGui only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "careerdesk"


def imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules(folder: str) -> list[Path]:
    return sorted((PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("path", modules("domain"), ids=lambda p: p.name)
def test_domain_is_pure(path):
    bad = {m for m in imports(path) if m.startswith(("PySide6", "careerdesk.store", "careerdesk.ui", "sqlite"))}
    assert not bad, bad


@pytest.mark.parametrize("path", modules("store"), ids=lambda p: p.name)
def test_store_knows_no_qt_or_ui(path):
    bad = {m for m in imports(path) if m.startswith(("PySide6", "careerdesk.ui", "careerdesk.desk"))}
    assert not bad, bad


@pytest.mark.parametrize("path", modules("export"), ids=lambda p: p.name)
def test_export_paints_without_widgets(path):
    bad = {m for m in imports(path) if m.startswith(("PySide6.QtWidgets", "careerdesk.ui", "careerdesk.store"))}
    assert not bad, bad


@pytest.mark.parametrize("path", modules("ui"), ids=lambda p: p.name)
def test_ui_never_runs_sql(path):
    bad = {m for m in imports(path) if m.startswith(("sqlite_utils", "careerdesk.store"))}
    assert not bad, bad
    assert "SELECT " not in path.read_text(encoding="utf-8")


def test_no_module_is_a_giant():
    big = {p.name: n for p in PACKAGE.rglob("*.py") if (n := len(p.read_text().splitlines())) > 420}
    assert not big, big
