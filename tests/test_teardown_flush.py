"""The suite's own teardown (tests/conftest.py): a test's closed widgets are deleted after it,
and whatever goes wrong as they are deleted fails that test, as pytest-qt fails it for an
error in any other slot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = '''
from PySide6.QtWidgets import QWidget

KEPT = []


def test_a_widget_whose_deletion_raises(qtbot):
    widget = QWidget()
    KEPT.append(widget)  # (alive in Python: deleted only by the deleteLater pytest-qt calls)
    qtbot.addWidget(widget)
    widget.destroyed.connect(lambda *_: 1 / 0)
    widget.show()


def test_the_next_one(qtbot):
    qtbot.wait(10)
'''


def test_an_error_raised_as_a_tests_closed_widgets_are_deleted_fails_that_test(tmp_path):
    # The flush ran after pytest-qt had stopped catching exceptions: the traceback was printed
    # and the test passed (a `destroyed` slot, such as the one that closes the desk, failing
    # unnoticed).
    probe = tmp_path / "test_probe.py"
    probe.write_text(PROBE, encoding="utf-8")
    (tmp_path / "conftest.py").write_text("from tests.conftest import pytest_runtest_teardown  # noqa: F401\n")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider", "-c", str(ROOT / "pyproject.toml"),
         "--rootdir", str(tmp_path), str(probe)],
        cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        capture_output=True, text=True, timeout=300)
    assert "ERROR at teardown of test_a_widget_whose_deletion_raises" in result.stdout, result.stdout[-3000:]
    assert "ZeroDivisionError" in result.stdout
    assert result.stdout.startswith(".E.") and result.returncode == 1  # (the test passed, its teardown not)
