"""Career Path's page keeps its layout from role to role when the sections are the same (issue 15:
a switch on this tab in one frame), and is put together again when they are not: either way each
widget sits where a page built for that role alone puts it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from careerdesk.ui.views import career_path
from careerdesk.ui.views.career_path import CareerPathView
from tests.ui.test_tab_switch import settle

# Pairs with the same sections (a ladder and related moves; O*NET's sideways moves only), then
# pages of other shapes: a long ladder with no related moves, roles leading here, nothing at all.
SAME = [("ai-engineer", "data-analyst"), ("onet-17-3021-00", "onet-17-2011-00")]
OTHERS = ["backend-engineer", "vp-of-engineering", "onet-17-3019-00", "devops-engineer", "bi-analyst"]


def placed(view: CareerPathView) -> list[tuple]:
    """Each visible label and button on the page: what it shows and where, top to bottom."""
    page = view.widget()
    out = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(view) or not isinstance(widget, QLabel | QPushButton):
            continue
        corner = widget.mapTo(page, widget.rect().topLeft())
        out.append((corner.y(), corner.x(), widget.width(), widget.height(), type(widget).__name__,
                    widget.text(), widget.accessibleName()))
    return sorted(out)


def fresh_page(qtbot, window, role_id: str) -> CareerPathView:
    fresh = CareerPathView(window.desk)
    qtbot.addWidget(fresh)
    fresh.resize(window.career_path.size())
    fresh.show_role(window.desk.role_to_read(role_id))
    fresh.show()
    settle()
    return fresh


def test_a_role_with_the_same_sections_keeps_the_page_layout(qtbot, window, monkeypatch):
    window.show_tab_named("career_path")
    rebuilt = []
    real = career_path.empty_layout
    monkeypatch.setattr(career_path, "empty_layout", lambda layout: (rebuilt.append(layout), real(layout)))
    for first, second in SAME:
        window.open_role(first)
        settle()
        rebuilt.clear()
        window.open_role(second)
        settle()
        assert not rebuilt, (first, second)
        shown = [t for t in placed(window.career_path) if t[5]]
        assert any(window.desk.role_to_read(second).title in text for *_, text, _name in shown)
    window.open_role(OTHERS[0])
    settle()
    assert rebuilt  # another shape: put together again


def test_each_widget_sits_where_a_page_for_that_role_alone_puts_it(qtbot, window):
    window.resize(1100, 760)
    window.show_tab_named("career_path")
    for role_id in [*SAME[0], *OTHERS, *SAME[1], OTHERS[0], SAME[0][0]]:
        window.open_role(role_id)
        settle()
        assert placed(window.career_path) == placed(fresh_page(qtbot, window, role_id)), role_id


def test_a_step_title_that_wraps_in_its_card_has_the_room_of_both_lines_at_any_window_width(qtbot, window):
    """A card's height is measured at the card's own width: asked at the page's width, a long
    title fit one line there, the card was made one line high, and the title's second line was
    cut and sat on the caption (560 bundled roles at 1,500 px, found in round 10)."""
    from careerdesk.ui.views.career_path import StepCard

    window.show_tab_named("career_path")
    window.open_role("onet-17-3021-00")  # "Aerospace Engineering and Operations Technologists and Technicians"
    for width in (900, 1500, 2400):
        window.resize(width, 800)
        settle()
        cards = [card for card in window.career_path.findChildren(StepCard) if card.isVisibleTo(window)]
        wrapped = [card for card in cards
                   if card.name.heightForWidth(card.name.width()) > card.name.fontMetrics().height()]
        assert wrapped, width  # (the long titles wrap in the card at every window width)
        for card in cards:
            name = card.name
            assert name.height() >= name.heightForWidth(name.width()), (width, name.text())  # not cut
            below = card.detail.mapTo(card, card.detail.rect().topLeft()).y()
            assert below >= name.mapTo(card, name.rect().bottomLeft()).y(), (width, name.text())  # not overlapping
            assert card.bar.isHidden() or card.bar.mapTo(card, card.bar.rect().bottomLeft()).y() < card.height()
