"""FAQ items and Career Path cards are reused from role to role, taken out of their page's layout and
put back: each must still be measured afresh when what it shows changes (an answer opened, a font)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.test_tab_switch import settle


def cut_labels(window) -> list[tuple[str, int, int]]:
    """Word-wrapped labels on screen less tall than their text needs at their width."""
    return [(label.text()[:40], label.height(), QLabel.heightForWidth(label, label.width()))
            for label in QApplication.instance().allWidgets()
            if isinstance(label, QLabel) and label.wordWrap() and label.isVisible() and label.text()
            and label.window() is window and label.height() < QLabel.heightForWidth(label, label.width())]


def test_faq_answers_opened_after_a_second_role_are_shown_whole(qtbot, window):
    # Each item was put back in the page by a new layout item, which Qt no longer told of the item's
    # new height (the first, taken with takeAt, was never deleted): an answer opened after the
    # second role stayed one squashed line, and so did the first question's after a role with none.
    qtbot.wait(600)  # (My plan is built 400 ms after the first paint: it lays the window out anew)
    window.show_tab_named("faq")
    faq = window.tabs.currentWidget().view
    for role_id in ("backend-engineer", "data-engineer"):
        window.open_role(role_id)
        settle()
    assert not cut_labels(window)
    faq.items[2].toggle.click()
    settle()
    assert faq.items[2].answer.isVisible()
    assert not cut_labels(window)
    faq.set_all(True)
    settle()
    assert not cut_labels(window)
    for role_id in ("onet-29-1141-00", "engineering-manager"):  # (no questions, then seven)
        window.open_role(role_id)
        settle()
    assert faq.items and faq.items[0].answer.isVisible()
    assert not cut_labels(window)


def test_career_path_cards_follow_a_bigger_font_after_a_second_role(qtbot, window):
    window.resize(900, 700)
    window.show_tab_named("career_path")
    for role_id in ("bi-analyst", "backend-engineer"):
        window.open_role(role_id)
        settle()
    assert not cut_labels(window)
    page = window.career_path.widget()
    font = QFont(page.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    page.setFont(font)
    settle()
    assert not cut_labels(window)
