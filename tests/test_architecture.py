"""The layering the code relies on, written once as import-linter contracts in
pyproject.toml (they follow indirect imports); this runs them with the tests too. What
import-linter cannot say (it does not tell PySide6's modules apart) is checked here."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "careerdesk"


def test_the_import_contracts_hold():
    result = subprocess.run([sys.executable, "-c", "from importlinter.cli import lint_imports_command; "
                             "lint_imports_command()"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", sorted(p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts),
                         ids=lambda p: str(p.relative_to(PACKAGE)))
def test_widgets_only_in_the_ui(path):
    bad = {m for m in imports(path) if m.startswith(("PySide6.QtWidgets", "PySide6.QtPrintSupport"))}
    assert not bad, bad


def test_the_package_root_holds_only_start_up_code():
    assert {p.name for p in PACKAGE.glob("*.py")} == {"__init__.py", "__main__.py", "app.py", "paths.py", "logs.py"}


def test_no_module_is_a_giant():
    big = {p.name: n for p in PACKAGE.rglob("*.py") if (n := len(p.read_text().splitlines())) > 420}
    assert not big, big
