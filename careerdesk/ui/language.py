"""View > Language: follow the system, or English, or German, switched on the spot.

Qt widgets do not re-read their texts when a translator changes, and many of ours are
composed from data when built. So a switch rebuilds the main window in this process, over
the same open Desk and the same undo history: the old window saves its state as on close
(role, tab, splitter, geometry), the new one restores it, and nothing the user made is
touched. Ticks, notes and plans are in the database already, never in the window.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from careerdesk.ui import settings as keys
from careerdesk.ui.qt_int import new_action
from careerdesk.ui.single_instance import bring_forward
from careerdesk.ui.translations import LANGUAGES, SYSTEM, apply_language

if TYPE_CHECKING:
    from careerdesk.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# (setting, menu text): a language's name is written in that language, never translated,
# so a person who cannot read the current one still finds their own.
CHOICES = [(SYSTEM, QT_TRANSLATE_NOOP("MainWindow", "&System default")),
           *((code, "&" + name) for code, name in LANGUAGES.items())]


def chosen(window: MainWindow) -> str:
    value = keys.read_str(window.settings, keys.LANGUAGE, SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def add_language_menu(window: MainWindow, parent: QMenu, actions: dict[str, QAction]) -> QMenu:
    """View > Language, one exclusive checkable action per choice (`language_<setting>`)."""
    menu = parent.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(window)
    current = chosen(window)
    for value, text in CHOICES:
        action = new_action(QCoreApplication.translate("MainWindow", text) if value == SYSTEM else text, window)
        action.setObjectName(f"language_{value}")
        action.setCheckable(True)
        action.setChecked(value == current)
        # Queued: the window that owns this menu is replaced, so not while its menu is still busy.
        action.triggered.connect(lambda _=False, v=value: QTimer.singleShot(0, lambda: switch_language(window, v)))
        group.addAction(action)
        menu.addAction(action)
        actions[f"language_{value}"] = action
    return menu


def switch_language(window: MainWindow, choice: str) -> MainWindow:
    """Save `choice`, install its translations and replace `window` by a new one built in
    that language; returns the window now in use."""
    if choice not in LANGUAGES and choice != SYSTEM:
        choice = SYSTEM
    if window.replaced:
        return window
    if choice == chosen(window):
        window.actions_[f"language_{choice}"].setChecked(True)
        return window
    window.settings.setValue(keys.LANGUAGE, choice)
    window.save_state()
    apply_language(choice)
    log.info("language switched to %s: rebuilding the window", choice)
    return rebuild(window)


def rebuild(window: MainWindow) -> MainWindow:
    """A new window over the same desk, settings and undo history, built in the language
    now installed; `window` closes, and the desk stays open for its successor."""
    from careerdesk.ui.main_window import MainWindow

    plan = window.plan_view_if_built
    if plan is not None and plan.name.isModified():
        plan.name.editingFinished.emit()  # a name being typed is saved, as if confirmed
    window.replaced = True
    window.desk.changes.unsubscribe(window.on_changes)
    window.hear_editor(False)
    owned = window._desk_closer is not None
    if owned:
        window.destroyed.disconnect(window._desk_closer)
        window._desk_closer = None
    window.editor.retranslate()
    # Made, then built: should building fail, the half-built window is at hand to discard.
    successor = MainWindow.__new__(MainWindow)
    try:
        successor.__init__(window.desk, window.settings, window.editor)
    except Exception:
        successor.replaced = True  # never the window a second launch raises
        if shiboken6.isValid(successor):
            successor.deleteLater()
        _keep(window, owned)  # the old window stays in charge; the excepthook shows the error
        raise
    if owned:
        successor.own_desk()
    _carry_finder(window, successor)
    bring_forward(successor)
    window.close()
    window.deleteLater()
    return successor


def _carry_finder(old: MainWindow, new: MainWindow) -> None:
    """What the person was searching for stays: the filters (by value: their labels are now in
    another language) and the search text. The open role stays open whatever the list shows."""
    for combo in ("family", "source"):
        before, after = getattr(old, combo), getattr(new, combo)
        after.setCurrentIndex(max(after.findData(before.currentData()), 0))
    new.search.setText(old.search.text())


def _keep(window: MainWindow, owned: bool) -> None:
    """Hand everything back to `window` when its successor could not be built."""
    window.replaced = False
    window.editor.setParent(window)
    window.desk.changes.subscribe(window.on_changes)
    window.hear_editor(True)
    if owned:
        window.own_desk()


def live_window(windows) -> MainWindow | None:
    """The main window in use among `windows` (a second launch raises it): the one that
    has not been replaced by a language switch."""
    from careerdesk.ui.main_window import MainWindow

    live = [w for w in windows if isinstance(w, MainWindow) and not getattr(w, "replaced", True)]
    shown = [w for w in live if w.isVisible()]
    return (shown or live or [None])[-1]
