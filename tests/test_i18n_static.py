"""No text literal handed straight to a widget: the screens the translation walk cannot open
(message boxes, progress dialogs, file dialogs, status-bar messages) are checked in the source.
Any string or f-string given to a Qt text setter, a widget constructor or a message box must come
from tr()/translate()."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "careerdesk"
TAKES_TEXT = {
    "setText", "setToolTip", "setWindowTitle", "setPlaceholderText", "setStatusTip", "setWhatsThis",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "addAction", "addMenu", "setTabText",
    "addTab", "insertTab", "setHorizontalHeaderLabels", "setHeaderLabels", "addItem", "addItems", "setLabelText",
    "information", "warning", "critical", "question", "about", "setInformativeText", "setDetailedText",
    "showMessage", "setItemText", "setTabToolTip", "addRow", "insertRow", "setCancelButtonText",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "QMenu",
    "QMessageBox", "QProgressDialog", "getSaveFileName", "getOpenFileName", "getExistingDirectory",
    "show_error", "ask", "plain_label", "run_with_progress",
}
WORDY = re.compile(r"[A-Za-z]{2,}.*\s|^[A-Z][a-z]+")


def _literal_text(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value != "CareerDesk" \
            and WORDY.search(node.value):
        return node.value
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        return text if WORDY.search(text) else None
    return None


def _is_logging(func: ast.AST) -> bool:
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in ("log", "logging")


def untranslated_literals(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in TAKES_TEXT or _is_logging(node.func):
                continue
            for arg in node.args:
                text = _literal_text(arg)
                if text is not None:
                    found.append(f"{path.relative_to(root.parent)}:{node.lineno}: {name}({text[:60]!r})")
    return found


def test_no_widget_is_handed_a_literal_text():
    found = untranslated_literals(PACKAGE / "ui") + untranslated_literals(PACKAGE / "export")
    assert not found, f"{len(found)} literal texts:\n" + "\n".join(found)


def test_the_check_finds_a_literal(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "view.py").write_text(
        'label.setText("Skills missing")\nlabel.setText(self.tr("Skills missing"))\n'
        'QMessageBox.warning(self, f"Cannot open {path}", text)\nwidget.setObjectName("skillsMissing")\n'
        'log.warning("cannot open %s", path)\nwindow.setWindowTitle("CareerDesk")\n')
    found = untranslated_literals(tmp_path / "pkg")
    assert [line.split(": ", 1)[0] for line in found] == ["pkg/view.py:1", "pkg/view.py:3"]
