"""Between roles with as many questions, the FAQ page keeps its layout and changes only the
texts of its items (ui/views/faq.py): what it shows is what a page filled afresh shows."""

from __future__ import annotations

from careerdesk.ui.views import faq as faq_module
from tests.ui.test_reused_items import cut_labels
from tests.ui.test_tab_switch import settle

SEVEN = ("embedded-software-engineer", "scrum-master", "ux-designer")  # seven questions each


def _shown(faq) -> list[tuple[str, str, bool]]:
    return [(item.question.text(), item.answer.text(), item.answer.isVisible()) for item in faq.items]


def test_a_role_with_as_many_questions_keeps_the_page_layout(qtbot, window, monkeypatch):
    qtbot.wait(600)  # (My plan is built 400 ms after the first paint: it lays the window out anew)
    window.show_tab_named("faq")
    faq = window.tabs.currentWidget().view
    window.open_role(SEVEN[0])
    settle()
    emptied = []
    empty = faq_module.empty_layout
    monkeypatch.setattr(faq_module, "empty_layout", lambda layout: emptied.append(layout) or empty(layout))
    for role_id in SEVEN[1:]:
        window.open_role(role_id)
        settle()
        role = window.current_role
        assert emptied == []  # (every item was taken out and put back before)
        assert _shown(faq) == [(e.question, e.answer, n == 0) for n, e in enumerate(role.faq)]
        layout = faq.body_layout
        assert [layout.itemAt(i).widget() for i in range(len(faq.items))] == faq.items
        assert layout.count() == len(faq.items) + 1 and layout.itemAt(len(faq.items)).spacerItem() is not None
        assert not cut_labels(window)
    faq.items[3].toggle.click()  # (an answer opened on a page kept is measured whole)
    settle()
    assert faq.items[3].answer.isVisible() and not cut_labels(window)


def test_other_counts_and_no_questions_still_fill_the_page_afresh(qtbot, window):
    qtbot.wait(600)
    window.show_tab_named("faq")
    faq = window.tabs.currentWidget().view
    for role_id in (SEVEN[0], "bi-analyst", "onet-29-1141-00", SEVEN[1], SEVEN[2], "design-manager"):
        window.open_role(role_id)
        settle()
        role = window.current_role
        assert _shown(faq) == [(e.question, e.answer, n == 0) for n, e in enumerate(role.faq)]
        assert (faq.items_empty is not None) == (not role.faq)
        shown = [w for w in faq._made if w.isVisible()]
        assert shown == faq.items
        assert not cut_labels(window)
