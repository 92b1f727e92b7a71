"""Only the role tab on screen is filled when a role opens (issue 15: a role switch in one
frame); every other tab is filled as it is shown, before it paints, with every change made
while it was hidden."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from careerdesk.service import Desk
from tests.ui.test_main_window import click_check


def shown_in(window, name: str) -> str:
    """What a tab shows, as text a person reads on it."""
    view = window.views[name]
    if name in ("overview", "responsibilities"):
        return view.plain_text()
    if name == "skills":
        model = view.model
        return "\n".join([view.summary.text(), *(model.index(r).data() for r in range(model.rowCount()))])
    if name == "faq":
        return "\n".join([view.count.text(), *(i.question.text() for i in view.items if i.isVisibleTo(view))])
    return "\n".join(label.text() for label in view.widget().findChildren(QLabel) if label.isVisibleTo(view))


class FirstPaints(QObject):
    """Records what each tab showed the first time any part of it was painted."""

    def __init__(self, window):
        super().__init__()
        self.window = window
        self.seen: dict[str, str] = {}

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget):
            for name, view in self.window.views.items():
                if name not in self.seen and (obj is view or view.isAncestorOf(obj)):
                    self.seen[name] = shown_in(self.window, name)
        return False


def test_a_role_switch_fills_only_the_tab_on_screen(window):
    assert [n for n in window.views if window.filler.is_filled(n)] == ["overview"]  # the first paint too
    window.open_role("engineering-manager")
    assert [n for n in window.views if window.filler.is_filled(n)] == ["overview"]
    assert "Engineering Manager" in shown_in(window, "overview")
    assert "Engineering Manager" not in shown_in(window, "career_path")  # never built for it
    window.show_tab_named("career_path")
    window.open_role("data-scientist")  # from the Career Path tab: only it is filled
    assert [n for n in window.views if window.filler.is_filled(n)] == ["career_path"]
    assert "Next steps from Data Scientist" in shown_in(window, "career_path")
    assert "Data Scientist" not in shown_in(window, "overview")  # still the role before
    window.show_tab_named("overview")
    assert "Data Scientist" in shown_in(window, "overview")


def test_each_tab_shown_is_filled_before_it_paints(qtbot, window):
    window.open_role("engineering-manager")
    role = window.desk.role("engineering-manager")
    expected = {
        "responsibilities": role.responsibilities[0],
        "skills": f"0 of {len(role.skills)} skills",
        "faq": role.faq[-1].question,
        "career_path": "Next steps from Engineering Manager",
    }
    paints = FirstPaints(window)
    QApplication.instance().installEventFilter(paints)
    try:
        for name, text in expected.items():
            window.show_tab_named(name)
            qtbot.waitUntil(lambda name=name: name in paints.seen)
            assert text in paints.seen[name], (name, paints.seen[name])
    finally:
        QApplication.instance().removeEventFilter(paints)
    # every question of the FAQ was there at its first paint
    assert paints.seen["faq"].count("\n") == len(role.faq)


def test_a_hidden_tab_catches_up_with_a_tick_made_on_another(qtbot, window):
    window.open_role("backend-architect")  # it has next steps and roles leading in
    window.show_tab_named("career_path")
    path = window.career_path
    incoming = [b.text() for b in path.incoming_buttons]
    step = window.desk.role(path.step_buttons[0].property("roleId"))
    shared = next(s.name for s in window.current_role.skills if s.name in {t.name for t in step.skills})
    assert path.step_buttons[0].accessibleDescription().startswith(f"0 of {len(step.skills)} skills")
    click_check(qtbot, window, shared)  # on the Skills tab: Career Path is hidden
    assert not window.filler.is_filled("career_path")
    assert path.step_buttons[0].accessibleDescription().startswith("0 of")  # (hidden: not yet redrawn)
    window.show_tab_named("career_path")
    assert window.filler.is_filled("career_path")
    assert path.step_buttons[0].accessibleDescription().startswith(f"1 of {len(step.skills)} skills")
    assert incoming and [b.text() for b in path.incoming_buttons] == incoming  # still listed


def test_a_hidden_tab_catches_up_with_an_outside_change(qtbot, window, isolated_home):
    window.open_role("backend-engineer")
    window.show_tab_named("skills")
    sql = next(r for r in range(window.skills.model.rowCount()) if window.skills.model.index(r).data() == "SQL")
    assert window.skills.model.index(sql).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    window.show_tab_named("faq")
    other = Desk.open(isolated_home, window.desk.store.data_dir)  # another process, as the CLI is
    try:
        other.set_have("sql", "SQL", True)
    finally:
        other.close()
    qtbot.waitUntil(lambda: "sql" in window.desk.had, timeout=5000)  # the data_version watcher
    assert "You have 1 of" in window.header_progress_text.text()  # the header is not a tab
    assert not window.filler.is_filled("skills")
    window.show_tab_named("skills")
    assert window.skills.model.index(sql).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert window.skills.summary.text().startswith("1 of ")


def test_tabs_left_unfilled_say_what_they_are_for_when_no_role_is_open(window):
    from careerdesk.ui import empty_state

    window.open_role("backend-engineer")  # every tab but Overview is left to fill
    empty_state.show_no_role(window)
    empty = {"overview": window.overview.plain_text, "responsibilities": window.responsibilities.plain_text,
             "skills": window.skills.empty.text, "faq": window.faq.items_empty.text,
             "career_path": lambda: window.career_path.widget().text()}
    for name, text in empty.items():
        window.show_tab_named(name)  # showing it fills in no role over the empty state
        assert "What is this?" in text() and "Backend Engineer" not in shown_in(window, name), name


def test_faq_items_are_reused_from_role_to_role_and_read_right(window):
    window.show_tab_named("faq")
    window.open_role("engineering-manager")
    first = list(window.faq.items)
    first[1].set_expanded(True)
    window.open_role("onet-29-1141-00")  # Registered Nurses: no questions
    assert window.faq.items == [] and window.faq.items_empty.isVisible()
    assert not any(item.isVisible() for item in first)
    window.open_role("backend-engineer")
    role = window.desk.role("backend-engineer")
    items = window.faq.items
    assert [i.question.text() for i in items] == [f.question for f in role.faq]
    assert [i.answer.text() for i in items] == [f.answer for f in role.faq]
    assert [i.toggle.accessibleName() for i in items] == [f.question for f in role.faq]
    assert [i.is_expanded() for i in items] == [True] + [False] * (len(items) - 1)  # as a new role opens
    assert set(items) & set(first)  # the same widgets, refilled
    body_text = [w.text() for w in window.faq.body.findChildren(QLabel) if w.isVisibleTo(window.faq)]
    assert not any(text.startswith("No questions for") for text in body_text)  # the empty note is gone
