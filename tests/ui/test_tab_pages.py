"""Role tabs are built when first shown, and a role switch paints the window once (issue 15:
~10 ms of every start went to building four tabs nobody looked at yet; a switch painted the
window once per level of layout between the tab and the window)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_lazy_tabs import shown_in


def settle() -> None:
    for _ in range(20):
        QApplication.processEvents()


def focus_chain(window) -> list[str]:
    """What Tab visits, in order, as (kind, name)."""
    chain, widget = [], window.nextInFocusChain()
    while widget is not window:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(f"{type(widget).__name__}:{widget.objectName()}")
        widget = widget.nextInFocusChain()
    return chain


def test_only_the_tab_on_screen_is_built_and_each_other_when_first_shown(window):
    assert [name for name, page in window.views.items() if page.built] == ["overview"]
    window.open_role("engineering-manager")
    assert [name for name, page in window.views.items() if page.built] == ["overview"]
    window.tabs.setCurrentWidget(window.skills)  # the page in the tab widget is the tab attribute
    assert window.tabs.currentWidget() is window.skills is window.views["skills"]
    assert window.skills.built and window.skills.view.isVisible()
    assert window.skills.model.rowCount() == len(window.current_role.skills)  # filled as it is built
    assert window.skills.view.geometry() == window.skills.rect()  # laid out, edge to edge
    assert not window.faq.built and not window.career_path.built


def test_a_tab_used_before_it_is_shown_is_built_then(window):
    window.open_role("backend-architect")
    window.filler.ensure_filled("career_path")  # as the walkers and tests read a hidden tab
    assert window.career_path.built and window.career_path.step_buttons
    assert "Next steps from" in shown_in(window, "career_path")


def test_tab_order_is_the_same_whatever_order_tabs_are_first_shown_in(qtbot, window, isolated_home):
    from careerdesk.ui.start import build_window

    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
    other = build_window(isolated_home)
    qtbot.addWidget(other)
    other.show()
    for index in reversed(range(other.tabs.count())):
        other.tabs.setCurrentIndex(index)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        other.tabs.setCurrentIndex(index)
        settle()
        assert focus_chain(other) == focus_chain(window), index
        # the tab bar, then the tab's own widgets (as when every tab was built with the window)
        tab_bar = focus_chain(window).index("QTabBar:qt_tabwidget_tabbar")
        assert focus_chain(window)[tab_bar + 1:tab_bar + 2] != [], index


def test_focus_in_a_tab_moves_into_the_next_tab_built_for_it(window):
    window.open_role("backend-engineer")
    window.overview.setFocus()
    assert QApplication.focusWidget() is window.overview.view
    window.show_tab(2)  # as View > Skills does: Skills is built there and then
    assert QApplication.focusWidget() is window.skills.list


def test_a_tab_built_after_a_theme_change_takes_the_new_colours(window):
    from careerdesk.ui import theme
    from careerdesk.ui.views.richtext import muted_colour

    window.set_theme("dark")
    window.show_tab_named("responsibilities")  # built now, under the dark palette
    dark = muted_colour(theme.palette("dark")).name()
    assert f"color: {dark};" in window.responsibilities.document().defaultStyleSheet()
    window.set_theme("light")  # and it hears the next change, as the Overview does
    assert window.responsibilities.document().defaultStyleSheet() == window.overview.document().defaultStyleSheet()


class LateLayouts(QObject):
    """Layout requests handled once control is back in the event loop: each level of layout left
    to a pass of its own, with the window painted in between."""

    def __init__(self):
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LayoutRequest:
            self.seen.append(f"{type(obj).__name__}:{obj.objectName()}")
        return False


def test_a_role_switch_is_laid_out_before_control_returns(qtbot, window):
    # Narrow, as the benchmark's window: group figures wrap and subtitles take two lines, so the
    # tab, the reader, the splitter and the window each lay out again on a switch.
    window.resize(760, 560)
    qtbot.wait(800)  # My plan is built 400 ms after the first paint: not a switch's layout
    for name in ("skills", "faq", "overview", "responsibilities"):  # (Career Path's scroll area takes a pass more)
        window.show_tab_named(name)
        settle()
        for role_id in ("onet-29-1141-00", "engineering-manager", "onet-13-2011-00", "data-engineer"):
            window.open_role(role_id)
            late = LateLayouts()
            QApplication.instance().installEventFilter(late)
            try:
                settle()
            finally:
                QApplication.instance().removeEventFilter(late)
            assert late.seen == [], (name, role_id, late.seen)
