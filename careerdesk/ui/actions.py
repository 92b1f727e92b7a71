"""The window's menus, toolbar and shortcuts, declared in one place."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QToolBar

from careerdesk.ui import theme
from careerdesk.ui.language import add_language_menu
from careerdesk.ui.qt_int import new_action
from careerdesk.ui.tabs import ROLE_TABS

if TYPE_CHECKING:
    from careerdesk.ui.main_window import MainWindow

# Every menu text is in the "MainWindow" context, where the tab titles are too.
translate = QCoreApplication.translate


# A standard key (QKeySequence.StandardKey, by name: "standard:Find"): the platform's binding.
STANDARD = "standard:"


def set_shortcut(action: QAction, shortcut: str) -> None:
    """`action.setShortcut(shortcut)`, through Qt's property system: choosing among
    setShortcut's overloads makes the `Qt` namespace's Python enums (ui/qt_int.py). `shortcut`
    in Qt's portable text ("Ctrl+E"), or a standard key by name (STANDARD), which gets its
    first binding, as QKeySequence(key) has it."""
    from PySide6.QtGui import QKeySequence  # (after the first paint: give_shortcuts)

    if shortcut.startswith(STANDARD):
        key = getattr(QKeySequence.StandardKey, shortcut.removeprefix(STANDARD))
        sequence = next(iter(QKeySequence.keyBindings(key)), QKeySequence())
    else:
        sequence = QKeySequence.fromString(shortcut, QKeySequence.SequenceFormat.PortableText)
    action.setProperty("shortcut", sequence)


def give_shortcuts(window: MainWindow) -> None:
    """Every shortcut `build_actions` named, set now (once; later calls do nothing). A start
    calls this just after the window's first paint, or at the first key the window sees
    before that (ui/first_paint.py AfterFirstPaint): QKeySequence's Python class makes three
    enums (76 members, ~6 M instructions of the start) that nothing on the first screen needs."""
    pending, window.pending_shortcuts = window.pending_shortcuts, []
    for action, shortcut in pending:
        if callable(shortcut):
            shortcut(action)
        else:
            set_shortcut(action, shortcut)


def _redo_keys(redo: QAction) -> None:
    from PySide6.QtGui import QKeySequence

    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])


def _action(window: MainWindow, text: str, slot, shortcut=None, name: str = "") -> QAction:
    """An action showing `text` (already translated); its shortcut is set by `give_shortcuts`."""
    action = new_action(text, window)
    if shortcut is not None:
        window.pending_shortcuts.append((action, shortcut))
    if name:
        action.setObjectName(name)
    action.triggered.connect(slot)
    return action


def _later(function: str, *args, **kwargs):
    """A slot calling careerdesk.ui.`function` ("module.name"), its module imported when first
    triggered. The dialogs behind the menus are not needed for the first paint, and importing
    them there cost start-up time (each Qt class a module imports creates its Python enums)."""
    module, name = function.rsplit(".", 1)

    def slot(*_checked):
        return getattr(import_module(f"careerdesk.ui.{module}"), name)(*args, **kwargs)

    return slot


class _StepText(QObject):
    """Names the step on an Undo / Redo action ("&Undo tick Python") by a translatable pattern:
    Qt's own prefix joins the words in English order, which German does not use."""

    def __init__(self, action: QAction, plain: str, with_step: str):
        super().__init__(action)
        self.action, self.plain, self.with_step = action, plain, with_step

    @Slot(str)
    def name(self, step: str) -> None:
        if not shiboken6.isValid(self.action):  # PySide keeps a Python slot connected past its object
            return
        self.action.setText(self.with_step.format(what=step) if step else self.plain)


def _undo_action(window: MainWindow, plain: str, with_step: str, undo: bool) -> QAction:
    stack = window.editor.stack
    action = stack.createUndoAction(window, plain) if undo else stack.createRedoAction(window, plain)
    namer = _StepText(action, plain, with_step)
    (stack.undoTextChanged if undo else stack.redoTextChanged).connect(namer.name)
    namer.name(stack.undoText() if undo else stack.redoText())
    return action


def build_actions(window: MainWindow) -> dict[str, QAction]:
    desk = window.desk
    window.pending_shortcuts = []
    actions = {
        "export": _action(window, translate("MainWindow", "&Export plan…"),
                          _later("plan_output.export_plan", window, desk), "Ctrl+E", "exportPlan"),
        "print": _action(window, translate("MainWindow", "&Print plan…"),
                         _later("plan_output.print_plan", window, desk), STANDARD + "Print", "printPlan"),
        "preview": _action(window, translate("MainWindow", "Print pre&view…"),
                           _later("plan_output.preview_plan", window, desk), None, "previewPlan"),
        "export_milestones": _action(window, translate("MainWindow", "Export mi&lestones…"),
                                     _later("plan_output.export_milestones", window, desk), None, "exportMilestones"),
        "new_role": _action(window, translate("MainWindow", "&New role…"),
                            _later("role_import.edit_role", window, new=True), "Ctrl+N", "newRole"),
        "edit_role": _action(window, translate("MainWindow", "E&dit role…"),
                             _later("role_import.edit_role", window), "Ctrl+Shift+E", "editRole"),
        "import_roles": _action(window, translate("MainWindow", "&Import roles…"),
                                _later("role_import.import_roles", window), "Ctrl+I", "importRoles"),
        "export_role": _action(window, translate("MainWindow", "Export &role…"),
                               _later("role_import.export_role", window), None, "exportRole"),
        "import_onet": _action(window, translate("MainWindow", "Import &O*NET database…"),
                               _later("role_import.import_onet", window), None, "importOnet"),
        "remove_role": _action(window, translate("MainWindow", "Re&move my role…"),
                               _later("role_import.remove_role", window), None, "removeRole"),
        "backup": _action(window, translate("MainWindow", "&Back up my data now"),
                          _later("data_actions.back_up_now", window), None, "backUp"),
        "restore": _action(window, translate("MainWindow", "Res&tore from backup…"),
                           _later("data_actions.restore_backup", window), None, "restoreBackup"),
        "quit": _action(window, translate("MainWindow", "&Quit"), window.close, "Ctrl+Q", "quit"),
        "find": _action(window, translate("MainWindow", "&Find role…"), window.focus_search,
                        STANDARD + "Find", "findRole"),
        "roles": _action(window, translate("MainWindow", "&Roles"), lambda: window.show_mode(0), "Ctrl+1",
                         "showRoles"),
        "plan": _action(window, translate("MainWindow", "My &plan"), lambda: window.show_mode(1), "Ctrl+2",
                        "showPlan"),
        "set_current": _action(window, translate("MainWindow", "This is my &current role"),
                               _later("plan_page.use_role_in_plan", window, "current"), None, "setCurrent"),
        "set_target": _action(window, translate("MainWindow", "Make this my &target"),
                              _later("plan_page.use_role_in_plan", window, "target"), "Ctrl+T", "setTarget"),
        "about": _action(window, translate("MainWindow", "&About CareerDesk"), _later("about.show_about", window), None,
                         "about"),
        "check_ad": _action(window, translate("MainWindow", "Check a &job ad…"),
                            _later("job_ad.check_job_ad", window), None, "checkJobAd"),
        "scan_cv": _action(window, translate("MainWindow", "&Scan my CV…"), _later("cv_scan.scan_cv", window),
                           None, "scanCv"),
        "help": _action(window, translate("MainWindow", "CareerDesk &Help"), _later("help.show_help", window),
                        STANDARD + "HelpContents", "showHelp"),
        "shortcuts": _action(window, translate("MainWindow", "&Keyboard shortcuts"),
                             _later("help.show_shortcuts", window), None, "showShortcuts"),
        "explore": _action(window, translate("MainWindow", "E&xplore by interests…"), _later("explore.explore", window),
                           None, "explore"),
    }
    modes = QActionGroup(window)
    for key in ("roles", "plan"):
        actions[key].setCheckable(True)
        modes.addAction(actions[key])
    actions["roles"].setChecked(True)

    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.setToolTipsVisible(True)  # a disabled Export / Print says why when pointed at
    for key in ("new_role", "edit_role", "import_roles", "import_onet", "export_role", "remove_role", "scan_cv"):
        file_menu.addAction(actions[key])
    file_menu.addSeparator()
    for key in ("export", "export_milestones", "print", "preview"):
        file_menu.addAction(actions[key])
    file_menu.addSeparator()
    file_menu.addAction(actions["backup"])
    file_menu.addAction(actions["restore"])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])
    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    undo = _undo_action(window, translate("MainWindow", "&Undo"), translate("MainWindow", "&Undo {what}"), True)
    window.pending_shortcuts.append((undo, STANDARD + "Undo"))
    undo.setObjectName("undo")
    redo = _undo_action(window, translate("MainWindow", "&Redo"), translate("MainWindow", "&Redo {what}"), False)
    window.pending_shortcuts.append((redo, _redo_keys))
    redo.setObjectName("redo")
    actions["undo"], actions["redo"] = undo, redo
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    edit_menu.addAction(actions["find"])
    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    view_menu.addAction(actions["roles"])
    view_menu.addAction(actions["plan"])
    view_menu.addSeparator()
    appearance = view_menu.addMenu(translate("MainWindow", "&Appearance"))
    themes = QActionGroup(window)
    for mode, label in ((theme.SYSTEM, translate("MainWindow", "Follow the &system")),
                        (theme.LIGHT, translate("MainWindow", "&Light")),
                        (theme.DARK, translate("MainWindow", "&Dark"))):
        action = _action(window, label, lambda _=False, m=mode: window.set_theme(m), None, f"theme_{mode}")
        action.setCheckable(True)
        themes.addAction(action)
        appearance.addAction(action)
        actions[f"theme_{mode}"] = action
    view_menu.addSeparator()
    for i, tab in enumerate(ROLE_TABS):
        shortcut = f"Alt+{i + 1}" if i < 9 else None
        view_menu.addAction(_action(window, translate("MainWindow", tab.menu_title),
                                    lambda _=False, i=i: window.show_tab(i), shortcut))
    view_menu.addSeparator()
    add_language_menu(window, view_menu, actions)
    plan_menu = bar.addMenu(translate("MainWindow", "&Plan"))
    plan_menu.addAction(actions["set_current"])
    plan_menu.addAction(actions["set_target"])
    plan_menu.addAction(actions["check_ad"])
    plan_menu.addSeparator()
    plan_menu.addAction(actions["explore"])
    plan_menu.addAction(actions["plan"])
    # New, edit, import roles, a job ad, a CV: validated with pydantic, imported as these open.
    for menu in (file_menu, plan_menu):
        menu.aboutToShow.connect(_later("plan_page.warm_up_models"))
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(actions["help"])
    help_menu.addAction(actions["shortcuts"])
    help_menu.addSeparator()
    help_menu.addAction(actions["about"])

    toolbar = QToolBar(translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    for key in ("roles", "plan"):
        toolbar.addAction(actions[key])
    toolbar.addSeparator()
    toolbar.addAction(actions["set_current"])
    toolbar.addAction(actions["set_target"])
    toolbar.addSeparator()
    toolbar.addAction(actions["export"])
    window.addToolBar(toolbar)
    return actions
