"""The tab widget is not repainted whole when a switch changed a page's layout but nothing of the
tab widget's own (ui/tabs.py, SteadyTabs), and it still places its tab bar and page when they do
change."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.test_switch_layout import paints_in_switch
from tests.ui.test_tab_switch import ROLES, settle


def _shown_is_drawn_afresh(window) -> bool:
    shown = window.screen().grabWindow(window.winId()).toImage()
    fresh = window.grab().toImage()
    return shown.convertToFormat(fresh.format()) == fresh


def test_a_skills_switch_does_not_repaint_the_tab_bar(qtbot, window):
    """Skills' summary and figures take new texts on every switch, and the layout they re-ran told
    the QTabWidget, which repainted itself whole: its tab bar on every Skills switch, though
    no tab changed. Where the header keeps its height (the tabs do not move), it is not painted."""
    window.resize(1500, 900)
    qtbot.wait(1000)  # (My plan is built 400 ms after the first paint)
    window.show_tab_named("skills")
    window.open_role(ROLES[-1])
    settle()
    bar = window.tabs.tabBar()
    steady = 0
    for role_id in [*ROLES, ROLES[0]]:
        where = window.tabs.geometry()
        counts = paints_in_switch(window, role_id, lambda w: w is bar or w is window.skills.view)
        assert window.skills.view.summary.text()  # (the switch did fill Skills)
        if window.tabs.geometry() == where:
            steady += 1
            assert counts.get(bar, 0) == 0, role_id
        assert _shown_is_drawn_afresh(window), role_id
    assert steady >= 3


def test_the_tab_bar_and_page_are_still_placed_when_they_change(qtbot, window):
    """A longer tab title, a bigger font, a narrower window, the tab bar hidden and shown, a corner
    widget added and grown: each is on screen as the window draws it afresh, with the tab bar as
    wide as it asks."""
    window.resize(1200, 800)
    qtbot.wait(1000)
    window.show_tab_named("skills")
    for role_id in ROLES[:2]:
        window.open_role(role_id)
        settle()
    tabs, bar = window.tabs, window.tabs.tabBar()
    corner = QLabel("Corner")
    changes = [
        lambda: tabs.setTabText(2, "Skills and a much longer title than before"),
        lambda: window.open_role(ROLES[2]),
        lambda: window.setFont(QFont(window.font().family(), window.font().pointSize() + 4)),
        lambda: window.open_role(ROLES[3]),
        lambda: window.resize(820, 640),
        lambda: window.open_role(ROLES[4]),
        lambda: bar.hide(),
        lambda: window.open_role(ROLES[5]),
        lambda: bar.show(),
        lambda: window.open_role(ROLES[0]),
        lambda: (tabs.setCornerWidget(corner), corner.show()),
        lambda: window.open_role(ROLES[1]),
        lambda: corner.setText("A corner widget that grew a much longer text"),
        lambda: window.open_role(ROLES[2]),
    ]
    for number, change in enumerate(changes):
        change()
        settle()
        QApplication.processEvents()
        if bar.isVisible() and not corner.isVisible():
            assert bar.width() >= min(bar.sizeHint().width(), tabs.width()), number
        assert window.tabs.currentWidget().geometry().bottom() <= tabs.height(), number
        if corner.isVisible():
            assert corner.width() == corner.sizeHint().width(), number
            assert bar.geometry().right() < corner.geometry().left(), number
        assert _shown_is_drawn_afresh(window), number
