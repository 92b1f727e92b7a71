"""Asking the system for its colour scheme makes the `Qt` namespace's Python enums (~110 M
instructions, ui/qt_int.py), so a start paints in the scheme the system had when last asked
(settings: appearance/system_scheme) and asks just after the first paint; only a first start
asks before it. (The offscreen platform tells no scheme: light.)"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from careerdesk.ui import settings as keys
from careerdesk.ui import theme
from careerdesk.ui.settings import open_settings
from tests.ui.conftest import open_window


def _base() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Base).name()


def test_a_start_paints_in_the_scheme_last_seen_and_follows_the_system_after_the_paint(qtbot, isolated_home):
    isolated_home.mkdir(parents=True, exist_ok=True)
    settings = open_settings(isolated_home)
    settings.setValue(keys.SYSTEM_SCHEME, theme.DARK)  # the system was dark when last asked
    settings.sync()
    painted = []

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint and watched.objectName() == "mainWindow" and not painted:
                painted.append(_base())
            return False

    look = FirstPaint()
    QApplication.instance().installEventFilter(look)
    try:
        window = open_window(qtbot, isolated_home)
        qtbot.waitUntil(lambda: _base() == theme.light_palette().color(QPalette.ColorRole.Base).name())
    finally:
        QApplication.instance().removeEventFilter(look)
    assert painted == ["#16191d"]  # (built, shown and painted dark)
    assert window.system_scheme == theme.LIGHT
    assert keys.read_str(window.settings, keys.SYSTEM_SCHEME) == theme.LIGHT


def test_a_first_start_asks_the_system_before_it_paints(qtbot, isolated_home):
    window = open_window(qtbot, isolated_home)
    assert window.system_scheme == theme.LIGHT
    assert keys.read_str(window.settings, keys.SYSTEM_SCHEME) == theme.LIGHT
    assert _base() == theme.light_palette().color(QPalette.ColorRole.Base).name()


def test_a_chosen_theme_is_not_changed_by_the_systems(qtbot, isolated_home):
    isolated_home.mkdir(parents=True, exist_ok=True)
    settings = open_settings(isolated_home)
    settings.setValue(keys.SYSTEM_SCHEME, theme.LIGHT)
    settings.setValue(keys.THEME, theme.DARK)
    settings.sync()
    window = open_window(qtbot, isolated_home)
    window.system_scheme = theme.DARK  # (as if the system had been dark: it is light now)
    window.check_system_scheme()
    assert window.system_scheme == theme.LIGHT
    assert window.theme_mode == theme.DARK and _base() == "#16191d"


def test_a_chosen_light_theme_starts_light_on_a_desktop_that_gives_the_app_a_dark_palette(qtbot, isolated_home):
    """A dark desktop's platform theme (Windows, macOS, KDE, GNOME in dark mode) hands the
    application a dark palette before the window is built; the offscreen platform gives none,
    so its place is taken here by a dark palette set first. Light, chosen, is light from the
    first paint on, as the menu says."""
    isolated_home.mkdir(parents=True, exist_ok=True)
    settings = open_settings(isolated_home)
    settings.setValue(keys.SYSTEM_SCHEME, theme.DARK)
    settings.setValue(keys.THEME, theme.LIGHT)
    settings.sync()
    light = theme.light_palette().color(QPalette.ColorRole.Base).name()
    QApplication.setPalette(theme.palette(theme.DARK))  # (as the platform's palette would be)
    try:
        window = open_window(qtbot, isolated_home)
        assert window.actions_["theme_light"].isChecked()
        assert _base() == light
        qtbot.waitUntil(lambda: window.role_list.itemDelegate().without_pen is False)  # (after the first paint)
        assert _base() == light
    finally:
        theme.apply(theme.LIGHT)
