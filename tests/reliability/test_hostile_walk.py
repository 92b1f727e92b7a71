"""A hostile profile, imported as the user's own role, ticked, noted and made the plan's
target, is shown literally everywhere: the test opens every tab, My plan (gap, best fit,
compare), both career paths, the Remove role question, the note dialog, the role editor and
the page preview, and walks every visible label, button, tab, tooltip, window title, message
box and item-model text. Markup that Qt would interpret, and any resource it would load, is
reported. The kernel watches the image file the markup points at: nothing may open it."""

from __future__ import annotations

import ctypes
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, QAbstractTableModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTabBar,
    QTextEdit,
    QToolTip,
    QWidget,
)

from careerdesk.domain.plan import Plan, SkillStatus
from careerdesk.ui.start import build_window
from tests.conftest import FIXTURE_ROLES, FIXTURE_SKILLS, role_dict, write_catalogue
from tests.importers.test_role_page import SEED

IN_OPEN, IN_ACCESS = 0x20, 0x01


class FileWatch:
    """inotify on one file: did any process (this one included) open or read it?"""

    def __init__(self, path: Path):
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK)
        if self.fd < 0 or self.libc.inotify_add_watch(self.fd, str(path).encode(), IN_OPEN | IN_ACCESS) < 0:
            pytest.skip("inotify is not available here")

    def touched(self) -> bool:
        try:
            return bool(os.read(self.fd, 4096))
        except BlockingIOError:
            return False

    def close(self) -> None:
        os.close(self.fd)


@pytest.fixture
def png():
    """A real image at a short path (role titles hold at most 200 characters), watched."""
    folder = Path(tempfile.mkdtemp(prefix="cdw"))
    path = folder / "x.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    watch = FileWatch(path)
    yield path, watch
    watch.close()
    shutil.rmtree(folder)


def hostile(png_path: Path) -> dict[str, str]:
    """Sentinel word -> the markup around it. Shown literally, the sentinel always comes with
    its markup; interpreted, the markup is gone and the sentinel is left on its own."""
    return {"B0LD": "<b>B0LD</b>", "IMG0": f'<img src="file://{png_path}">IMG0',
            "L1NK": '<a href="https://example.invalid/">L1NK</a>', "D0": "R&amp;D0", "W1N": "W1N[*]",
            "F1LE": "<i>F1LE"}


# What a person sees of a text, as Qt decides it ---------------------------------------------

class ProbeDocument(QTextDocument):
    """A rich-text document that records what it would fetch, and fetches nothing."""

    def __init__(self):
        super().__init__()
        self.requested: list[str] = []

    def loadResource(self, kind: int, url):  # noqa: N802 (Qt override)
        self.requested.append(url.toString())
        return None


def as_shown(text: str, text_format: Qt.TextFormat) -> tuple[str, list[str]]:
    """The visible text and the resources it would load, the way QLabel, QMessageBox and
    QToolTip decide (AutoText means rich text when Qt.mightBeRichText says so)."""
    if text_format == Qt.TextFormat.PlainText or (
            text_format == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(text)):
        return text, []
    doc = ProbeDocument()
    if text_format == Qt.TextFormat.MarkdownText:
        doc.setMarkdown(text)
    else:
        doc.setHtml(text)
    doc.size()  # lays the text out: images are fetched here
    return doc.toPlainText(), doc.requested


def button_shown(text: str) -> str:
    """What a button or tab shows: "&&" is "&", "&x" is "x" (a shortcut)."""
    return re.sub(r"&(.)", r"\1", text, flags=re.S)


class Walk:
    """Checks every text it is shown; collects problems instead of stopping at the first."""

    def __init__(self, contexts: dict[str, str]):
        self.contexts = contexts
        self.problems: list[str] = []
        self.texts = 0
        self.seen_sentinels: set[str] = set()

    def check(self, where: str, visible: str, requested: list[str] = ()) -> None:
        self.texts += 1
        for sentinel, context in self.contexts.items():
            if sentinel in visible:
                self.seen_sentinels.add(sentinel)
                if context not in visible:
                    self.problems.append(f"{where}: markup interpreted: {visible[:160]!r}")
                    break
        if requested:
            self.problems.append(f"{where}: would load {requested}")

    def tooltip(self, where: str, tip: str, widget: QWidget) -> None:
        if not tip:
            return
        self.check(f"{where} tooltip", *as_shown(tip, Qt.TextFormat.AutoText))
        # and really show it, as hovering would: if it were rich text, Qt would read the image now
        QToolTip.showText(widget.mapToGlobal(QPoint(2, 2)), tip, widget)
        QApplication.processEvents()
        QToolTip.hideText()

    def model(self, where: str, model, view: QWidget, parent: QModelIndex | None = None) -> None:
        parent = parent or QModelIndex()
        flat = isinstance(model, QAbstractListModel | QAbstractTableModel)  # no children (Qt hides the methods)
        for row in range(min(model.rowCount(parent), 300)):
            for column in range(1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)):
                index = model.index(row, column, parent)
                shown = index.data(Qt.ItemDataRole.DisplayRole)
                if shown is not None:  # item views paint their display text as plain text
                    self.check(f"{where} item {row},{column}", str(shown))
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if tip:
                    self.tooltip(f"{where} item {row},{column}", str(tip), view)
                if column == 0 and not flat and model.hasChildren(index):
                    self.model(where, model, view, index)

    def widgets(self, top: QWidget) -> None:
        """Every visible widget under `top` (and `top` itself)."""
        QApplication.processEvents()
        if top.windowHandle() is not None:  # the title as the window system gets it
            self.check(f"{type(top).__name__} window title", top.windowHandle().title())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            where = f"{type(widget).__name__}#{widget.objectName() or '?'}"
            if isinstance(widget, QLabel):
                self.check(where, *as_shown(widget.text(), widget.textFormat()))
            elif isinstance(widget, QAbstractButton):
                self.check(where, button_shown(widget.text()))
            elif isinstance(widget, QTabBar):
                for i in range(widget.count()):
                    self.check(f"{where} tab {i}", button_shown(widget.tabText(i)))
                    self.tooltip(f"{where} tab {i}", widget.tabToolTip(i), widget)
            elif isinstance(widget, QTextEdit):
                self.check(where, widget.document().toPlainText())
            elif isinstance(widget, QComboBox):
                self.model(where, widget.model(), widget)
            elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
                self.model(where, widget.model(), widget.viewport())
            self.tooltip(where, widget.toolTip(), widget)
        status = getattr(top, "statusBar", None)
        if callable(status):
            self.check("status bar", status().currentMessage())


def while_modal(kind: type[QDialog], inspect: Callable[[QDialog], None]) -> None:
    """When a modal `kind` dialog opens, inspect it, then close it (Cancel / No)."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
            return
        inspect(dialog)
        dialog.reject() if not isinstance(dialog, QMessageBox) else dialog.done(QMessageBox.StandardButton.No)

    QTimer.singleShot(0, poll)


def hostile_role(c: dict[str, str]) -> dict:
    markup = " ".join(c.values())
    role = role_dict("hostile-role", f"{c['B0LD']} {c['D0']} {c['W1N']} {c['IMG0']}",
                     f"Family {c['B0LD']} {c['D0']}", aliases=[c["B0LD"], c["IMG0"], c["L1NK"], c["D0"]],
                     skills=[(f"{c['B0LD']} {c['L1NK']} {c['D0']}", "technical"), ("SQL", "technical"),
                             (f"{c['D0']} tool", "tool")],
                     path=[(f"Data Engineer {c['B0LD']} {c['D0']}", "data-engineer"),
                           (f"{c['IMG0']} step", None)])
    role["skills"][0]["detail"] = c["IMG0"]
    role["summary"] = f"{markup}\n\n{c['L1NK']}"
    role["outlook"] = markup
    role["responsibilities"] = [c["IMG0"], c["L1NK"], markup]
    role["faq"] = [{"question": f"{c['B0LD']} {c['D0']}?", "answer": markup}]
    role["seniority_levels"][0]["name"] = f"{c['B0LD']} {c['D0']}"
    role["salary"]["source"] = c["L1NK"]
    role["salary"]["region"] = c["D0"]
    return role


def test_a_hostile_role_shows_literally_everywhere_and_loads_nothing(qtbot, isolated_home, tmp_path, monkeypatch,
                                                                     png):
    from careerdesk.ui.role_import import edit_role, import_paths, remove_role
    from careerdesk.ui.skill_actions import NoteDialog, edit_notes

    png_path, watch = png
    c = hostile(png_path)
    data = write_catalogue(tmp_path / "data", FIXTURE_ROLES, FIXTURE_SKILLS)
    monkeypatch.setenv("CAREERDESK_DATA", str(data))
    window = build_window(isolated_home)
    qtbot.addWidget(window)
    window.show()
    walk = Walk(c)

    # imported as the user's own role, the way File > Import does it
    role_file = tmp_path / "hostile.json"
    role_file.write_text(json.dumps(hostile_role(c)), encoding="utf-8")
    assert import_paths(window, [role_file]) == ["hostile-role"]
    assert window.desk.is_mine("hostile-role")
    # ticked, noted, and made the plan's target (with a hostile name)
    items = {i.skill.name: i for i in window.desk.checklist(window.desk.role("hostile-role"))}
    skill = items[f"{c['B0LD']} {c['L1NK']} {c['D0']}"]
    window.editor.set_entry(skill.key, skill.skill.name, SkillStatus.LEARNING, f"{c['B0LD']} {c['IMG0']}",
                            f"{c['L1NK']} {c['D0']}")
    window.editor.set_status(items["SQL"].key, "SQL", SkillStatus.HAVE)
    window.desk.save_plan(Plan(name=f"{c['B0LD']} {c['D0']}", current_role="data-engineer",
                               target_role="hostile-role"))

    from careerdesk.ui.plan_page import use_role_in_plan

    window.open_role("hostile-role")
    use_role_in_plan(window, "target")  # says so in the status bar, by title
    walk.widgets(window)
    window.show_mode(0)
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        if window.tabs.currentWidget() is window.faq:
            for item in window.faq.items:
                item.set_expanded(True)
        walk.widgets(window)
    window.open_role("data-engineer")  # the hostile role leads here: its title is a button
    window.tabs.setCurrentIndex(window.tabs.indexOf(window.career_path))
    walk.widgets(window)

    window.open_role("hostile-role")
    window.show_mode(1)
    window.plan_view.compare.choose("data-engineer", "hostile-role")
    for tab in range(window.plan_view.tabs.count()):
        window.plan_view.tabs.setCurrentIndex(tab)
        walk.widgets(window)

    window.show_mode(0)
    opened: list[str] = []

    def inspect(dialog: QDialog) -> None:
        opened.append(type(dialog).__name__)
        walk.widgets(dialog)

    while_modal(QMessageBox, inspect)
    assert remove_role(window) is False  # answered No: the role stays
    while_modal(NoteDialog, inspect)
    edit_notes(window, window.editor, skill.key, skill.skill.name)
    from careerdesk.ui.role_editor import RoleEditorDialog

    while_modal(RoleEditorDialog, inspect)
    edit_role(window)

    from careerdesk.ui.role_editor import RoleEditorDialog as PagePreviewDialog  # pages are checked in the editor

    page = tmp_path / f"{c['F1LE']}.txt"
    page.write_text(SEED.replace("Backend Engineer", f"{c['B0LD']} {c['D0']} Engineer", 1), encoding="utf-8")
    while_modal(PagePreviewDialog, inspect)
    assert import_paths(window, [page]) == []

    assert opened == ["QMessageBox", "NoteDialog", "RoleEditorDialog", "RoleEditorDialog"]
    assert window.desk.is_mine("hostile-role")
    # the walk met every kind of hostile text somewhere (else it proves nothing)
    assert walk.seen_sentinels == set(c), set(c) - walk.seen_sentinels
    assert walk.problems == [], "\n".join(walk.problems)
    assert not watch.touched(), "something opened the image named in the role text"


def test_the_file_watch_sees_a_rich_label_load_the_image(qtbot, png):
    """The control: the same markup in a rich-text label is loaded, and the watch notices."""
    png_path, watch = png
    label = QLabel(f'<b>x</b><img src="file://{png_path}">')
    label.setTextFormat(Qt.TextFormat.RichText)
    qtbot.addWidget(label)
    label.show()
    QApplication.processEvents()
    assert watch.touched()
