"""Help that helps: the guide in the app, a list of every shortcut, and empty tabs that say
what they are for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QTextBrowser

from careerdesk.ui.help import GuideView
from tests.conftest import write_catalogue
from tests.ui.conftest import after_first_paint, open_window


@pytest.fixture
def window(qtbot, isolated_home):
    def make():
        w = open_window(qtbot, isolated_home)
        after_first_paint(qtbot, w)  # (the shortcuts are set just after it)
        return w

    return make


def test_help_menu_offers_the_guide_shortcuts_and_about(window):
    w = window()
    help_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()] == [
        "CareerDesk &Help", "&Keyboard shortcuts", "&About CareerDesk"]
    assert QKeySequence(QKeySequence.StandardKey.HelpContents) in w.actions_["help"].shortcuts()


def test_the_guide_is_shown_in_the_app(qtbot, window):
    w = window()
    w.actions_["help"].trigger()
    dialog = w._help_dialog
    assert dialog.isVisible()
    guide = dialog.findChild(QTextBrowser, "helpGuide")
    QApplication.processEvents()
    assert guide.verticalScrollBar().value() == 0  # opens at the top
    text = guide.toPlainText()
    for words in ("Find a role", "Tick your skills", "Make a plan", "Share your plan", "Keyboard"):
        assert words in text
    assert "#" not in text.splitlines()[0]  # rendered, not shown as Markdown source


def test_the_guide_view_loads_nothing_from_outside(qtbot, tmp_path):
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"not really an image")
    view = GuideView()
    qtbot.addWidget(view)
    view.show_markdown(f"# Title\n\n![x]({QUrl.fromLocalFile(str(secret)).toString()})\n\n[link](https://example.com)")
    assert view.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl.fromLocalFile(str(secret))) is None
    assert not view.openLinks() and not view.openExternalLinks()


def test_keyboard_shortcuts_lists_every_bound_action(qtbot, window):
    w = window()
    w.actions_["shortcuts"].trigger()
    dialog = next(d for d in QApplication.topLevelWidgets() if d.objectName() == "shortcutsDialog")
    table = dialog.findChild(QTableWidget, "shortcutTable")
    listed = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    for name, keys in (("Export plan", "Ctrl+E"), ("Find role", "Ctrl+F"), ("Undo", "Ctrl+Z"),
                       ("Overview", "Alt+1"), ("CareerDesk Help", "F1"), ("Make this my target", "Ctrl+T")):
        assert keys in listed[name], (name, listed.get(name))
    assert "Tick or untick the selected skill" in listed
    assert all(len(set(keys.split(" or "))) == len(keys.split(" or ")) for keys in listed.values())


def visible_text(widget) -> str:
    texts = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    texts += [b.toPlainText() for b in widget.findChildren(QTextBrowser) if b.isVisible()]
    if isinstance(widget, QTextBrowser):
        texts.append(widget.toPlainText())
    if hasattr(widget, "empty_message") and widget.model().rowCount() == 0:
        texts.append(widget.empty_message)
    if hasattr(widget, "empty_reason") and widget.model().rowCount() == 0:
        from careerdesk.ui.empty_state import empty_text

        texts.append(empty_text(widget.empty_reason, "gap"))
    return "\n".join(texts)


def test_every_empty_tab_says_what_it_is_for(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setenv("CAREERDESK_DATA", str(write_catalogue(tmp_path / "empty", roles=[], skills=[])))
    w = window()
    assert w.current_role is None
    for index in range(w.tabs.count()):
        w.tabs.setCurrentIndex(index)
        assert "What is this?" in visible_text(w.tabs.currentWidget()), w.tabs.tabText(index)
    w.show_mode(1)
    plan = w.plan_view
    for index, inner in enumerate((plan.gap_view, plan.fit_table, plan.compare)):
        plan.tabs.setCurrentIndex(index)
        assert "What is this?" in visible_text(inner), plan.tabs.tabText(index)
    QApplication.processEvents()
    for painted in (plan.gap_view, plan.fit_table):  # painted text is not read out: described instead
        assert "What is this?" in painted.accessibleDescription()
