"""The accessibility walk: every interactive widget in every view and dialog has a name a
screen reader can say and a role, and can be reached with the keyboard; every menu action
can be reached from the keyboard too."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from careerdesk.domain.plan import SkillEntry
from careerdesk.ui import help as help_
from careerdesk.ui.role_editor import RoleEditorDialog, blank_profile, personal_copy
from careerdesk.ui.skill_actions import NoteDialog

CHECKED: set = set()  # every widget walked, so a test can tell the walk really covered the screens
INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QTextEdit,
               QPlainTextEdit, QTabBar)


def problems_in(root: QWidget) -> list[str]:
    """Visible interactive widgets under `root` with no accessible name, no role, or no way in
    by keyboard (Qt's own internals, such as scroll-bar buttons, are skipped)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget.parent(), (QComboBox, QToolBar)):
            continue  # parts of Qt's own composite widgets, named by their owner
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(widget, QHeaderView):
            continue  # a view's header is announced as part of its table or tree
        CHECKED.add(widget)
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name).strip() if face else ""
        label = f"{type(widget).__name__} {widget.objectName() or ''} in {type(root).__name__}"
        if not name:
            found.append(f"no name: {label}")
        if face is None or face.role() == QAccessible.Role.NoRole:
            found.append(f"no role: {label}")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.objectName() != "currentStep":
            found.append(f"not reachable by Tab: {label}")
    return found


def test_every_reader_tab_and_plan_tab(qtbot, window):
    window.open_role("backend-engineer")
    window.actions_["set_target"].trigger()
    found = []
    CHECKED.clear()
    window.show_mode(0)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        found += problems_in(window)
    window.show_mode(1)
    for index in range(window.plan_view.tabs.count()):
        window.plan_view.tabs.setCurrentIndex(index)
        found += problems_in(window)
    assert len(CHECKED) > 40  # search, list, tabs, checklist, FAQ, path cards, plan form, tables...
    assert not found, "\n".join(sorted(set(found)))


def test_every_dialog(qtbot, window):
    desk = window.desk
    rows = desk.find_roles("")
    dialogs: list[QDialog] = [
        NoteDialog("Kafka", SkillEntry(), window),
        RoleEditorDialog(blank_profile(), desk.families(), [], [r.title for r in rows], desk.find_role_id, window),
        RoleEditorDialog(personal_copy(desk.role("backend-engineer"), {r.id for r in rows}), desk.families(), [],
                         [r.title for r in rows], desk.find_role_id, window, intro="Read from a page."),
        help_.show_help(window),
        help_.show_shortcuts(window),
    ]
    found = []
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        tabs = dialog.findChildren(QTabBar)
        for bar in tabs or [None]:
            for index in range(bar.count() if bar else 1):
                if bar:
                    bar.setCurrentIndex(index)
                found += problems_in(dialog)
        assert QAccessible.queryAccessibleInterface(dialog).text(QAccessible.Text.Name), dialog
        dialog.close()
    assert not found, "\n".join(sorted(set(found)))


def test_the_import_clash_prompt_names_its_buttons(qtbot, window):
    from careerdesk.ui.page_import import ask_about_clashes

    seen = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        seen.extend(problems_in(box))
        seen.append(QAccessible.queryAccessibleInterface(box).text(QAccessible.Text.Name))
        box.reject()

    QTimer.singleShot(0, inspect)
    assert ask_about_clashes(window, [("Backend Engineer", "Backend Engineer")]) == "cancel"
    assert seen[-1] and seen[:-1] == []


def test_every_action_is_in_a_menu_with_a_mnemonic(window):
    """Toolbar buttons are not in the Tab order, so what they do must also be in a menu."""
    in_menus = set()
    todo = [a.menu() for a in window.menuBar().actions()]
    while todo:
        menu = todo.pop()
        for action in menu.actions():
            if action.menu() is not None:
                todo.append(action.menu())
            elif not action.isSeparator():
                in_menus.add(action)
                assert "&" in action.text(), action.text()
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            assert action.isSeparator() or action in in_menus, action.text()


def test_keyboard_focus_is_visible_on_custom_drawn_buttons(qtbot, window):
    """Career-path cards and role chips are styled by hand: focus must still change how they
    look, or a keyboard user cannot see where they are."""
    # (styled by the sheet Career Path holds: ui/style.py give_style_sheet)
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # focus came from the keyboard
    window.open_role("backend-architect")  # it has next steps and roles leading in
    window.tabs.setCurrentWidget(window.career_path)
    for button in (window.career_path.step_buttons[0], window.career_path.incoming_buttons[0]):
        button.clearFocus()
        QApplication.processEvents()
        before = button.grab().toImage()
        button.setFocus(Qt.FocusReason.TabFocusReason)
        QApplication.processEvents()
        assert button.hasFocus()
        assert button.grab().toImage() != before, button.objectName()
