"""Every screen a person can see, and every text on it: what the translation tests walk.

`screens(window)` drives the real window through each role tab, My plan's tabs (with a target
set) and the dialogs, yielding (screen name, root widget) while that screen is showing;
`visible_texts(root)` is every string on it a person can read: labels, buttons, tabs, titles,
placeholders, tooltips, menu entries, table headers and the cells of the tables."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from careerdesk.domain.plan import SkillEntry


def _plain(text: str) -> str:
    if "<" in text and GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def menu_texts(menu: QMenu, where: str) -> Iterator[tuple[str, str]]:
    yield where, menu.title()
    for action in menu.actions():
        if action.isSeparator():
            continue
        yield f"{where} > menu entry", action.text()
        if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
            yield f"{where} > tooltip", action.toolTip()
        if action.statusTip():
            yield f"{where} > status tip", action.statusTip()
        if action.menu() is not None:
            yield from menu_texts(action.menu(), f"{where} > {action.text()}")


def visible_texts(root: QWidget, rows: int = 40) -> Iterator[tuple[str, str]]:
    """(where, text) for every readable string under `root`; rich text comes as plain text.
    Documents in text browsers (the help guide, role pages) are left to their own tests."""
    if isinstance(root, (QDialog, QMainWindow)) and root.windowTitle():
        yield f"{type(root).__name__} title", root.windowTitle()
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield from menu_texts(action.menu(), "menu")
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.toolTip():
            yield f"{where} tooltip", _plain(widget.toolTip())
        if widget.whatsThis():
            yield f"{where} what's this", _plain(widget.whatsThis())
        if widget.accessibleName():
            yield f"{where} accessible name", widget.accessibleName()
        if isinstance(widget, QLabel):
            yield where, _plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield where, widget.text()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QComboBox):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            yield f"{where} placeholder", widget.placeholderText()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield where, widget.tabText(index)
                yield f"{where} tooltip", widget.tabToolTip(index)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield where, widget.itemText(index)
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            model = widget.model()
            root_index = widget.rootIndex()
            try:
                columns = model.columnCount(root_index)
            except TypeError:  # a list model (Qt hides its columnCount)
                columns = 1
            for section in range(columns):
                yield f"{where} header", str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            for row in range(min(rows, model.rowCount(root_index))):
                for column in range(columns):
                    index = model.index(row, column, root_index)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        value = model.data(index, role)
                        if isinstance(value, str):
                            yield f"{where} cell", _plain(value)


def dialogs(window) -> Iterator[tuple[str, QDialog]]:
    """The window's dialogs, each built as its menu entry builds it."""
    from careerdesk.ui import help as help_
    from careerdesk.ui.cv_scan import CvScanDialog
    from careerdesk.ui.explore import ExploreDialog
    from careerdesk.ui.job_ad import JobAdDialog
    from careerdesk.ui.role_editor import RoleEditorDialog, blank_profile, personal_copy
    from careerdesk.ui.skill_actions import NoteDialog

    desk = window.desk
    rows = desk.find_roles("")
    titles = [r.title for r in rows]
    yield "note", NoteDialog("Kafka", SkillEntry(), window)
    yield "new role", RoleEditorDialog(blank_profile(), desk.families(), [], titles, desk.find_role_id, window)
    yield "page preview", RoleEditorDialog(
        personal_copy(desk.role("backend-engineer"), {r.id for r in rows}), desk.families(), [], titles,
        desk.find_role_id, window, intro="")
    yield "help", help_.show_help(window)
    yield "shortcuts", help_.show_shortcuts(window)
    yield "explore", ExploreDialog(desk, window)
    yield "job ad", JobAdDialog(desk.matching, window)
    yield "CV", CvScanDialog(desk.matching, window.editor, window)


def screens(window, qtbot) -> Iterator[tuple[str, QWidget]]:
    """Walk the window: each reader tab of a role with a career path, each My plan tab with a
    target set, then each dialog (and each tab inside it)."""
    window.open_role("backend-engineer")
    window.actions_["set_target"].trigger()
    window.show_mode(0)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        yield f"role tab {index}", window
    window.show_mode(1)
    for index in range(window.plan_view.tabs.count()):
        window.plan_view.tabs.setCurrentIndex(index)
        yield f"plan tab {index}", window
    window.show_mode(0)
    for name, dialog in dialogs(window):
        dialog.show()
        qtbot.waitExposed(dialog)
        bars = [bar for bar in dialog.findChildren(QTabBar) if bar.isVisibleTo(dialog)]
        for bar in bars or [None]:
            for index in range(bar.count() if bar else 1):
                if bar:
                    bar.setCurrentIndex(index)
                yield f"dialog {name}" + (f" tab {index}" if bar else ""), dialog
        dialog.close()


WORDS = re.compile(r"[^\W\d_]{2,}")
