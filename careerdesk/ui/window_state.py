"""The main window's remembered state: theme, geometry, toolbars and dock state, splitter, the
open role, tab and page. Restored as the window is built (the splitter once it has its final
size), saved as it closes or is replaced (View > Language)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from careerdesk.ui import plan_output, theme
from careerdesk.ui import settings as keys
from careerdesk.ui.models.roles import RoleIdRole

if TYPE_CHECKING:
    from careerdesk.ui.main_window import MainWindow


def after_first_paint(window: MainWindow) -> None:
    """What a start leaves until the window has painted: the role list's setPen back (cheaper
    per row than ui/pen_free.py, whose point was a first paint without the `Qt` namespace's
    Python enums), and the system's colour scheme checked (it was painted in the one last seen)."""
    window.role_list.itemDelegate().without_pen = False
    follow_system_scheme(window)


def follow_system_scheme(window: MainWindow) -> None:
    """Follow the system's colour scheme if it is not the one the window started in (or last
    saw): asked once the window has painted (ui/theme.py), and when the system says it changed."""
    now = theme.system_scheme()
    if now != window.system_scheme:
        window.system_scheme = now
        window.settings.setValue(keys.SYSTEM_SCHEME, now)
        if window.theme_mode == theme.SYSTEM:
            window.set_theme(theme.SYSTEM)


def restore(window: MainWindow) -> None:
    """Everything but the splitter (`restore_splitter`), and the role to open first."""
    settings = window.settings
    window.theme_mode = keys.read_str(settings, keys.THEME, theme.SYSTEM)
    window.system_scheme = keys.read_str(settings, keys.SYSTEM_SCHEME)
    if window.system_scheme not in (theme.LIGHT, theme.DARK):  # a first start: asked now
        window.system_scheme = theme.system_scheme()
        settings.setValue(keys.SYSTEM_SCHEME, window.system_scheme)
    # A chosen theme is applied, as is the system's dark; the system's light is the palette the
    # app starts with. (Not a chosen light: a dark desktop hands the app a dark palette.)
    if window.theme_mode != theme.SYSTEM or theme.effective(window.theme_mode, window.system_scheme) == theme.DARK:
        theme.apply(window.theme_mode, window.system_scheme)
    mode = window.theme_mode if window.theme_mode in theme.MODES else theme.SYSTEM
    window.actions_[f"theme_{mode}"].setChecked(True)
    QGuiApplication.styleHints().colorSchemeChanged.connect(window.check_system_scheme)
    geometry = keys.read_bytes(settings, keys.GEOMETRY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = keys.read_bytes(settings, keys.WINDOW_STATE)
    if state is not None:
        window.restoreState(state)
    window.refresh_roles()
    window.show_tab_named(str(settings.value(keys.LAST_TAB, "") or ""))  # first: only it is filled
    last = keys.read_str(settings, keys.LAST_ROLE, keys.DEFAULT_ROLE)
    if window.desk.title_of(last) is None:
        last = window.roles.index(0).data(RoleIdRole) if window.roles.rowCount() else ""
    if last:
        window.open_role(last)
    else:
        from careerdesk.ui.empty_state import show_no_role
        show_no_role(window)
    for key in ("set_current", "set_target"):
        window.actions_[key].setEnabled(window.current_role is not None)
    plan_output.update_output_actions(window)
    if keys.read_int(settings, keys.LAST_MODE, 0) == 1:
        window.show_mode(1)


def restore_splitter(window: MainWindow) -> None:
    """The splitter's sizes: they only mean something once the window has its final size."""
    splitter = keys.read_bytes(window.settings, keys.SPLITTER)
    if splitter is not None:
        window.splitter.restoreState(splitter)


def save(window: MainWindow) -> None:
    settings = window.settings
    settings.setValue(keys.GEOMETRY, window.saveGeometry())
    settings.setValue(keys.WINDOW_STATE, window.saveState())
    settings.setValue(keys.SPLITTER, window.splitter.saveState())
    if window.current_role is not None:
        settings.setValue(keys.LAST_ROLE, window.current_role.id)
    settings.setValue(keys.LAST_TAB, list(window.views)[max(window.tabs.currentIndex(), 0)])
    settings.setValue(keys.LAST_MODE, window.pages.currentIndex())
    settings.sync()
