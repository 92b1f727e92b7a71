"""Career Path paints only what changed on a switch (WA_StaticContents): after a theme change
(dark, light) and switches, what is on screen must equal the window drawn afresh."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui.test_career_path_paints import WALK
from tests.ui.test_tab_switch import settle


def test_career_path_after_a_theme_change_is_the_page_drawn_afresh(qtbot, window):
    qtbot.wait(1000)
    screen = QApplication.primaryScreen()
    window.show_tab_named("career_path")
    for mode in ("dark", "light", "dark"):
        window.set_theme(mode)
        settle()
        for role_id in WALK[:6]:
            window.open_role(role_id)
            settle()
            shown = screen.grabWindow(window.winId()).toImage()
            fresh = window.grab().toImage()
            assert shown.convertToFormat(fresh.format()) == fresh, (mode, role_id)
