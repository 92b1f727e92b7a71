"""The window's menus, toolbar and shortcuts, declared in one place."""

from __future__ import annotations

from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QToolBar

from careerdesk.ui import data_actions, plan_output, role_import, theme
from careerdesk.ui import help as help_
from careerdesk.ui.about import show_about
from careerdesk.ui.explore import explore
from careerdesk.ui.plan_page import use_role_in_plan
from careerdesk.ui.tabs import ROLE_TABS

if TYPE_CHECKING:
    from careerdesk.ui.main_window import MainWindow

def _action(window: MainWindow, text: str, slot, shortcut=None, name: str = "") -> QAction:
    action = QAction(window.tr(text), window)
    if shortcut is not None:
        action.setShortcut(shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut))
    if name:
        action.setObjectName(name)
    action.triggered.connect(slot)
    return action


def _documents():
    """Job ads and CVs, imported on first use so that start-up does not pay for the matcher."""
    from careerdesk.ui import cv_scan, job_ad

    return SimpleNamespace(check_job_ad=job_ad.check_job_ad, scan_cv=cv_scan.scan_cv)


def build_actions(window: MainWindow) -> dict[str, QAction]:
    actions = {
        "export": _action(window, "&Export plan…", lambda: plan_output.export_plan(window, window.desk), "Ctrl+E",
                          "exportPlan"),
        "print": _action(window, "&Print plan…", lambda: plan_output.print_plan(window, window.desk),
                         QKeySequence.StandardKey.Print, "printPlan"),
        "preview": _action(window, "Print pre&view…", lambda: plan_output.preview_plan(window, window.desk), None,
                           "previewPlan"),
        "export_milestones": _action(window, "Export mi&lestones…",
                                     lambda: plan_output.export_milestones(window, window.desk), None,
                                     "exportMilestones"),
        "new_role": _action(window, "&New role…", lambda: role_import.edit_role(window, new=True), "Ctrl+N",
                            "newRole"),
        "edit_role": _action(window, "E&dit role…", lambda: role_import.edit_role(window), "Ctrl+Shift+E",
                             "editRole"),
        "import_roles": _action(window, "&Import roles…", lambda: role_import.import_roles(window), "Ctrl+I",
                                "importRoles"),
        "export_role": _action(window, "Export &role…", lambda: role_import.export_role(window), None,
                               "exportRole"),
        "import_onet": _action(window, "Import &O*NET database…", lambda: role_import.import_onet(window), None,
                               "importOnet"),
        "remove_role": _action(window, "Re&move my role…", lambda: role_import.remove_role(window), None,
                               "removeRole"),
        "backup": _action(window, "&Back up my data now", lambda: data_actions.back_up_now(window), None,
                          "backUp"),
        "restore": _action(window, "Res&tore from backup…", lambda: data_actions.restore_backup(window), None,
                           "restoreBackup"),
        "quit": _action(window, "&Quit", window.close, "Ctrl+Q", "quit"),
        "find": _action(window, "&Find role…", window.focus_search, QKeySequence.StandardKey.Find, "findRole"),
        "roles": _action(window, "&Roles", lambda: window.show_mode(0), "Ctrl+1", "showRoles"),
        "plan": _action(window, "My &plan", lambda: window.show_mode(1), "Ctrl+2", "showPlan"),
        "set_current": _action(window, "This is my &current role", lambda: use_role_in_plan(window, "current"),
                               None, "setCurrent"),
        "set_target": _action(window, "Make this my &target", lambda: use_role_in_plan(window, "target"),
                              "Ctrl+T", "setTarget"),
        "about": _action(window, "&About CareerDesk", lambda: show_about(window), None, "about"),
        "check_ad": _action(window, "Check a &job ad…", lambda: _documents().check_job_ad(window), None, "checkJobAd"),
        "scan_cv": _action(window, "&Scan my CV…", lambda: _documents().scan_cv(window), None, "scanCv"),
        "help": _action(window, "CareerDesk &Help", lambda: help_.show_help(window),
                        QKeySequence.StandardKey.HelpContents, "showHelp"),
        "shortcuts": _action(window, "&Keyboard shortcuts", lambda: help_.show_shortcuts(window), None,
                             "showShortcuts"),
        "explore": _action(window, "E&xplore by interests…", lambda: explore(window), None, "explore"),
    }
    modes = QActionGroup(window)
    for key in ("roles", "plan"):
        actions[key].setCheckable(True)
        modes.addAction(actions[key])
    actions["roles"].setChecked(True)

    bar = window.menuBar()
    file_menu = bar.addMenu(window.tr("&File"))
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
    edit_menu = bar.addMenu(window.tr("&Edit"))
    undo = window.editor.stack.createUndoAction(window, window.tr("&Undo"))
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    undo.setObjectName("undo")
    redo = window.editor.stack.createRedoAction(window, window.tr("&Redo"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
    redo.setObjectName("redo")
    actions["undo"], actions["redo"] = undo, redo
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    edit_menu.addSeparator()
    edit_menu.addAction(actions["find"])
    view_menu = bar.addMenu(window.tr("&View"))
    view_menu.addAction(actions["roles"])
    view_menu.addAction(actions["plan"])
    view_menu.addSeparator()
    appearance = view_menu.addMenu(window.tr("&Appearance"))
    themes = QActionGroup(window)
    for mode, label in ((theme.SYSTEM, "Follow the &system"), (theme.LIGHT, "&Light"), (theme.DARK, "&Dark")):
        action = _action(window, label, lambda _=False, m=mode: window.set_theme(m), None, f"theme_{mode}")
        action.setCheckable(True)
        themes.addAction(action)
        appearance.addAction(action)
        actions[f"theme_{mode}"] = action
    view_menu.addSeparator()
    for i, tab in enumerate(ROLE_TABS):
        shortcut = f"Alt+{i + 1}" if i < 9 else None
        view_menu.addAction(_action(window, tab.menu_title, lambda _=False, i=i: window.show_tab(i), shortcut))
    plan_menu = bar.addMenu(window.tr("&Plan"))
    plan_menu.addAction(actions["set_current"])
    plan_menu.addAction(actions["set_target"])
    plan_menu.addAction(actions["check_ad"])
    plan_menu.addSeparator()
    plan_menu.addAction(actions["explore"])
    plan_menu.addAction(actions["plan"])
    help_menu = bar.addMenu(window.tr("&Help"))
    help_menu.addAction(actions["help"])
    help_menu.addAction(actions["shortcuts"])
    help_menu.addSeparator()
    help_menu.addAction(actions["about"])

    toolbar = QToolBar(window.tr("Main"))
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
