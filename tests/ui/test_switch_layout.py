"""What a role switch lays out, measures, reads and paints (issue 15: one frame at 10,000 roles):
each test counts one kind of work a switch did more than once, or re-did for nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

from careerdesk.ui.models.skills import GroupStartRole
from careerdesk.ui.tabs import show_tally
from careerdesk.ui.views.checklist import ChecklistDelegate
from careerdesk.ui.wrapped import WrappedLabel
from tests.ui.test_tab_switch import ROLES, settle, switch_watched

LONG = "A long line of words that wraps at any width a header or tab gives it, " * 6


class PaintsOf(QObject):
    """Counts Paint events per widget, for the widgets `wanted` picks."""

    def __init__(self, wanted):
        super().__init__()
        self.wanted, self.counts = wanted, {}

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and self.wanted(obj):
            self.counts[obj] = self.counts.get(obj, 0) + 1
        return False


def paints_in_switch(window, role_id: str, wanted) -> dict[QWidget, int]:
    counter = PaintsOf(wanted)
    switch_watched(window, role_id, counter)
    return counter.counts


def test_career_path_paints_each_part_of_its_page_once_in_a_wide_window(qtbot, window):
    """Its page's updates were turned off and on around the fill, which asked each label, card and
    chip for a paint of its own: in a wide window the cards painted on their own and then again
    with the page (data-engineer: every card, badge and bar twice in one paint)."""
    window.resize(1500, 900)
    qtbot.wait(1000)  # (My plan is built 400 ms after the first paint)
    window.show_tab_named("career_path")
    window.open_role(ROLES[0])
    settle()
    page = window.career_path.widget()
    for role_id in [*ROLES[1:], ROLES[0]]:
        counts = paints_in_switch(window, role_id, lambda w: w is page or page.isAncestorOf(w))
        assert counts, role_id
        twice = sorted(f"{type(w).__name__} {w.objectName()}" for w, n in counts.items() if n > 1)
        assert not twice, (role_id, twice)


def test_an_unchanged_progress_fill_is_not_painted_again(qtbot):
    """0 of 15 after 0 of 12 is the same empty bar: a tally bar was painted on every switch all
    the same (turning its updates back on asks for a paint). A fill that changes is painted, and
    the bar still paints after its parent's updates went off and on."""
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    bar = QProgressBar()
    layout.addWidget(bar)
    page.show()
    qtbot.waitExposed(page)
    show_tally(bar, 0, 12)
    settle()

    def paints(change) -> int:
        counter = PaintsOf(lambda w: w is bar)
        QApplication.instance().installEventFilter(counter)
        try:
            change()
            settle()
        finally:
            QApplication.instance().removeEventFilter(counter)
        return counter.counts.get(bar, 0)

    assert paints(lambda: show_tally(bar, 0, 15)) == 0
    assert (bar.value(), bar.maximum(), bar.updatesEnabled()) == (0, 15, True)
    assert paints(lambda: show_tally(bar, 2, 30)) == 1
    assert paints(lambda: show_tally(bar, 1, 15)) == 0  # (the same half)
    assert (bar.value(), bar.maximum()) == (1, 15)
    assert paints(lambda: show_tally(bar, 5, 15)) == 1
    page.setUpdatesEnabled(False)
    page.setUpdatesEnabled(True)
    settle()
    assert paints(lambda: show_tally(bar, 15, 15)) == 1
    assert paints(lambda: show_tally(bar, 0, 0)) == 0 and bar.isHidden()


def test_the_header_bar_is_not_painted_again_for_the_same_fill(qtbot, window):
    window.resize(1500, 900)  # (no subtitle wraps: the header keeps its height)
    qtbot.wait(1000)
    first, second = "backend-engineer", "data-engineer"  # nothing ticked, different counts
    assert window.desk.progress(window.desk.role_to_read(first)).overall.have == 0
    assert window.desk.progress(window.desk.role_to_read(second)).overall.have == 0
    window.open_role(first)
    settle()
    total_before = window.header_progress.maximum()
    counts = paints_in_switch(window, second, lambda w: w is window.header_progress)
    assert window.header_progress.maximum() != total_before  # (the range did change)
    assert not counts


def test_a_row_measured_again_asks_the_model_nothing(window, monkeypatch):
    """Each row's size is kept until the rows change: the list measures its rows when a role opens
    and again as it lays out or paints them, and each time asked the model for the row's name and
    whether it heads a group (two Python calls a row)."""
    from careerdesk.ui.models import skills as model_module

    window.show_tab_named("skills")
    window.open_role("data-engineer")
    settle()
    checklist, model = window.skills.list, window.skills.model
    sizes = [checklist.sizeHintForIndex(model.index(row)) for row in range(model.rowCount())]
    asked = []
    for role in (0, int(GroupStartRole)):  # (DisplayRole: the name)
        answer = model_module._ANSWERS[role]
        monkeypatch.setitem(model_module._ANSWERS, role,
                            lambda m, r, item, answer=answer: asked.append(r) or answer(m, r, item))
    row = model_module.SkillChecklistModel.row
    monkeypatch.setattr(model_module.SkillChecklistModel, "row", lambda m, r: asked.append(r) or row(m, r))
    assert model.rowCount() > 5
    assert [checklist.sizeHintForIndex(model.index(row)) for row in range(model.rowCount())] == sizes
    assert asked == []
    window.open_role("engineering-manager")  # new rows: measured afresh
    assert asked


def test_checklist_rows_are_measured_afresh_when_the_rows_change(window):
    """The kept sizes go with the rows: after another role, and after a font change, every row's
    size is what a delegate that keeps nothing measures."""
    window.show_tab_named("skills")
    checklist = window.skills.list
    for role_id in ("data-engineer", "engineering-manager", "onet-29-1141-00"):
        window.open_role(role_id)
        settle()
        _assert_sizes_fresh(checklist)
    font = QFont(checklist.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    checklist.setFont(font)
    settle()
    _assert_sizes_fresh(checklist)


def _assert_sizes_fresh(checklist) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    model, kept, fresh = checklist.model(), checklist.itemDelegate(), ChecklistDelegate()
    option = QStyleOptionViewItem()
    option.initFrom(checklist)
    option.font = checklist.font()
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        index = model.index(row)
        assert kept.sizeHint(option, index) == fresh.sizeHint(option, index), row


def _labels_measure_what_qlabel_measures(labels, widths=(120, 260, 480)) -> None:
    for label in labels:
        for width in widths:
            assert label.heightForWidth(width) == QLabel.heightForWidth(label, width), (label.objectName(), width)


def test_a_wrapped_label_measures_each_width_once_and_again_after_any_change(qtbot, monkeypatch):
    label = WrappedLabel(LONG)
    qtbot.addWidget(label)
    label.show()
    measured = []
    base = QLabel.heightForWidth

    def counting(self, width):
        measured.append(width)
        return base(self, width)

    monkeypatch.setattr(QLabel, "heightForWidth", counting)
    first = label.heightForWidth(200)
    assert [label.heightForWidth(200) for _ in range(5)] == [first] * 5
    assert measured == [200]
    monkeypatch.undo()
    # Whatever changes the lines, by any path, the height follows.
    changes = [
        lambda: label.setText(LONG + LONG),
        lambda: label.setText("short"),
        lambda: label.setText(LONG),
        lambda: label.setFont(QFont(label.font().family(), 22)),
        lambda: label.setStyleSheet("font-size: 9pt"),
        lambda: label.setStyleSheet("QLabel { font-size: 24pt; padding: 6px }"),
        lambda: label.setContentsMargins(20, 20, 20, 20),
        lambda: label.setMargin(11),
        lambda: label.setIndent(30),
        lambda: label.setNum(12345),
        lambda: label.clear(),
        lambda: label.setText(LONG),
        lambda: QApplication.instance().setStyleSheet("QLabel { font-size: 15pt }"),
        lambda: QApplication.instance().setStyleSheet(""),
        lambda: QApplication.sendEvent(label, QEvent(QEvent.Type.LanguageChange)),
    ]
    for change in changes:
        _labels_measure_what_qlabel_measures([label])  # (kept)
        change()
        _labels_measure_what_qlabel_measures([label])


def test_the_window_wrapped_labels_follow_theme_font_and_role(qtbot, window):
    """The header's title and subtitle, the Skills hint, figures and links, FAQ's questions and
    answers, Career Path's names and notes: each measured once per width, they always measure what
    a plain QLabel does, across roles, dark and light, a bigger font."""
    window.resize(900, 700)
    for name in ("faq", "career_path", "skills"):  # (built, with their labels)
        window.show_tab_named(name)
        window.open_role("bi-analyst")
    settle()
    faq, path = window.views["faq"], window.career_path.widget()
    labels = [window.title, window.subtitle, window.skills.hint, window.skills.learn,
              *window.skills.group_labels.values(), faq.count,
              *(label for item in faq.items for label in (item.question, item.answer)),
              *(label for label in path.findChildren(QLabel) if label.wordWrap())]
    assert all(isinstance(label, WrappedLabel) for label in labels)
    assert len(labels) > 20
    for role_id in ROLES:
        window.open_role(role_id)
        settle()
        _labels_measure_what_qlabel_measures(labels)
    for mode in ("dark", "light"):
        window.set_theme(mode)
        settle()
        _labels_measure_what_qlabel_measures(labels)
    font = QFont(window.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    window.setFont(font)
    settle()
    _labels_measure_what_qlabel_measures(labels)
    window.skills.list.setCurrentIndex(window.skills.model.index(0))  # (the links label's text)
    settle()
    _labels_measure_what_qlabel_measures(labels)


def test_what_is_on_screen_after_a_switch_is_what_the_window_draws_afresh(qtbot, window):
    """Fewer paints, never stale ones: after each switch, on every tab, in a wide and a narrow
    window, the window's backing store (what the screen shows) equals the window drawn anew."""
    qtbot.wait(1000)
    screen = QApplication.primaryScreen()
    for size in ((1500, 900), (800, 620)):
        window.resize(*size)
        settle()
        for name in window.views:
            window.show_tab_named(name)
            for role_id in [*ROLES, ROLES[0]]:
                window.open_role(role_id)
                settle()
                shown = screen.grabWindow(window.winId()).toImage()
                fresh = window.grab().toImage()
                assert not shown.isNull() and shown.size() == fresh.size()
                assert shown.convertToFormat(fresh.format()) == fresh, (size, name, role_id)
