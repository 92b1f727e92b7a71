"""What a role switch on Career Path paints (issue 15: a switch in one frame): what changed, and
not what is where it was and as it was (round 12, docs/performance-path12.md)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication, QProgressBar, QWidget

from careerdesk.ui.views.career_path import Connector, StepCard
from tests.ui.test_career_path_layout import OTHERS, SAME
from tests.ui.test_tab_switch import ROLES, settle

# Roles whose chips make the page of another width from one to the next, and pages of every shape.
WALK = [*ROLES, *(role for pair in SAME for role in pair), *OTHERS, ROLES[0]]


class Painted(QObject):
    """The widgets `wanted` picks that were painted."""

    def __init__(self, wanted):
        super().__init__()
        self.wanted, self.seen = wanted, set()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and self.wanted(obj):
            self.seen.add(obj)
        return False


def painted_during(change, wanted) -> set[QWidget]:
    watcher = Painted(wanted)
    QApplication.instance().installEventFilter(watcher)
    try:
        change()
        settle()
    finally:
        QApplication.instance().removeEventFilter(watcher)
    return watcher.seen


def where(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), widget.rect().topLeft()), widget.size())


def state(widget: QWidget) -> tuple:
    """Where a widget and its parent are, whether it is shown, and a bar's fill."""
    fill = (widget.value(), widget.maximum()) if isinstance(widget, QProgressBar) else None
    return where(widget), where(widget.parentWidget()), widget.isVisible(), fill


def test_a_wider_or_narrower_page_paints_only_what_changed(qtbot, window):
    """The page's width follows its widest row of chips, so it changed on most switches, and a
    widget resized is painted whole: every arrow and bar in view was painted again though none of
    them had changed or moved. Now an arrow, or a bar with the same fill, that stays where it was
    is not painted (unless the tab itself moved: a header of another height)."""
    window.resize(773, 720)  # the bench's window: the chips are wider than the tab
    qtbot.wait(1000)  # (My plan is built 400 ms after the first paint)
    window.show_tab_named("career_path")
    view = window.career_path
    walk = [row.id for row in window.desk.find_roles("")[::10]]  # every tenth: O*NET's chips vary most
    window.open_role(walk[-1])
    settle()
    checked = 0
    for role_id in walk:
        page = view.widget()
        before_width, tabs_at = page.width(), where(window.tabs)
        steady = {w: state(w) for w in page.findChildren(QWidget)
                  if isinstance(w, Connector) or (isinstance(w.parentWidget(), StepCard) and w is w.parentWidget().bar)}
        painted = painted_during(lambda r=role_id: window.open_role(r), lambda w, s=steady: w in s)
        if where(window.tabs) != tabs_at or page.width() == before_width:
            continue
        checked += 1
        for widget, before in steady.items():
            on_screen = widget.isVisible() and where(widget).intersects(where(view.viewport()))
            if state(widget) == before and on_screen:
                assert widget not in painted, (role_id, type(widget).__name__, before)
    assert checked >= 3  # switches where the page's width changed and the tab stayed put


def test_a_step_bar_with_the_same_fill_is_not_painted_and_a_new_fill_is(qtbot):
    """A card's bar is set on every switch; 0 of 25 after 0 of 25, or after 0 of 30, is the same
    empty bar, and turning its updates back on after setting it painted it all the same."""
    card = StepCard("1", "A role", "You have 0 of 25 skills", (0, 25))
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    settle()
    bar = card.bar
    same = painted_during(lambda: card.set_step("1", "A role", "You have 0 of 25 skills", (0, 25)), lambda w: w is bar)
    assert not same
    same_fill = painted_during(lambda: card.set_step("2", "Another", "You have 0 of 30", (0, 30)), lambda w: w is bar)
    assert not same_fill and (bar.value(), bar.maximum(), bar.updatesEnabled()) == (0, 30, True)
    fuller = painted_during(lambda: card.set_step("2", "Another", "You have 6 of 30", (6, 30)), lambda w: w is bar)
    assert bar in fuller and (bar.value(), bar.maximum()) == (6, 30)
    # No tally hides the bar; a tally shows it again, at its new fill, painted.
    card.set_step("3", "Not in the catalogue", "", None)
    settle()
    assert not bar.isVisible()
    back = painted_during(lambda: card.set_step("4", "Back", "You have 3 of 4", (3, 4)), lambda w: w is bar)
    assert bar.isVisible() and bar in back and (bar.value(), bar.maximum()) == (3, 4)
    # A total of 0 counts as 1 (the bar stays shown, empty), as it did.
    card.set_step("5", "Nothing to learn", "You have 0 of 0", (0, 0))
    settle()
    assert bar.isVisible() and (bar.value(), bar.maximum()) == (0, 1)


def test_career_path_on_screen_is_the_page_drawn_afresh_through_widths_and_shapes(qtbot, window):
    """A page painted only where it changed must never leave old pixels: after each switch through
    pages of every shape (sections hidden, then shown again) and of other widths, in windows
    narrower and wider than the chips and resized between switches, what is on screen equals the
    window drawn anew."""
    qtbot.wait(1000)
    screen = QApplication.primaryScreen()
    window.show_tab_named("career_path")
    for size in ((773, 720), (620, 600), (1500, 900), (700, 650)):
        window.resize(*size)
        settle()
        for n, role_id in enumerate(WALK):
            window.open_role(role_id)
            settle()
            if n == len(WALK) // 2:  # and resized with a page on screen
                window.resize(size[0] + 37, size[1] - 23)
                settle()
            shown = screen.grabWindow(window.winId()).toImage()
            fresh = window.grab().toImage()
            assert shown.convertToFormat(fresh.format()) == fresh, (size, role_id)
