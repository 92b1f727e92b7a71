"""View > Language: the window switches language in place, keeps everything, and remembers."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMenu

from careerdesk.domain import occupation
from careerdesk.domain.plan import SkillStatus
from careerdesk.ui import explore, help
from careerdesk.ui import settings as keys
from careerdesk.ui.language import live_window, rebuild
from careerdesk.ui.main_window import MainWindow
from careerdesk.ui.start import build_window
from careerdesk.ui.translations import apply_language, remove_translations
from tests.ui.conftest import activate
from tests.ui.test_menus import every_menu, mnemonic

LRELEASE = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
ROOT = Path(__file__).resolve().parents[2]

# A few real entries of the German catalogue: enough to see the window switch.
GERMAN = {
    ("MainWindow", "Overview"): "Übersicht",
    ("MainWindow", "Skills"): "Kompetenzen",
    ("MainWindow", "&File"): "&Datei",
    ("MainWindow", "&Edit"): "&Bearbeiten",
    ("MainWindow", "&View"): "&Ansicht",
    ("MainWindow", "&Plan"): "&Plan",
    ("MainWindow", "&Help"): "&Hilfe",
    ("MainWindow", "&Language"): "&Sprache",
    ("MainWindow", "&System default"): "&Systemstandard",
    ("MainWindow", "&Undo {what}"): "&Rückgängig: {what}",
    ("undo", "tick {skill}"): "{skill} abhaken",
}


@pytest.fixture
def german(tmp_path, monkeypatch):
    """A compiled German catalogue the app loads instead of the shipped one; English again after."""
    if not Path(LRELEASE).exists():
        pytest.skip("pyside6-lrelease not available")
    folder = tmp_path / "translations"
    folder.mkdir()
    contexts: dict[str, list[str]] = {}
    for (context, source), text in GERMAN.items():
        contexts.setdefault(context, []).append(
            f"<message><source>{escape(source)}</source><translation>{escape(text)}</translation></message>")
    body = "".join(f"<context><name>{c}</name>{''.join(m)}</context>" for c, m in contexts.items())
    ts = folder / "careerdesk_de.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
                  f"{body}</TS>", encoding="utf-8")
    subprocess.run([LRELEASE, str(ts), "-qm", str(folder / "careerdesk_de.qm")], check=True, capture_output=True)
    monkeypatch.setattr("careerdesk.ui.translations.translations_dir", lambda: folder)
    yield folder
    remove_translations()


@pytest.fixture
def start(qtbot, isolated_home):
    """Open the real window; every window still alive is closed afterwards. (Not through
    qtbot.addWidget: a language switch deletes the window it replaces, which qtbot would
    then try to close again.)"""

    def make():
        window = build_window(isolated_home)
        window.show()
        qtbot.waitExposed(window)
        activate(window)
        return window

    yield make
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            widget.close()
            widget.deleteLater()
    qtbot.wait(1)


def switch(qtbot, window, choice: str):
    """Choose `choice` in View > Language as a person would; returns the window now in use."""
    window.actions_[f"language_{choice}"].trigger()
    qtbot.waitUntil(lambda: window.replaced)
    successor = live_window(QApplication.topLevelWidgets())
    qtbot.waitExposed(successor)
    activate(successor)
    return successor


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_view_language_offers_system_english_and_deutsch_in_their_own_names(window):
    menu = window.findChild(QMenu, "languageMenu")
    assert [a.text() for a in menu.actions()] == ["&System default", "&English", "&Deutsch"]
    assert all(a.isCheckable() for a in menu.actions())
    assert window.actions_["language_system"].isChecked()  # nothing chosen yet: the system's


def test_choosing_deutsch_switches_the_window_and_keeps_everything(qtbot, isolated_home, start, german):
    window = start()
    window.open_role("backend-engineer")
    window.show_tab_named("skills")
    assert window.editor.set_status("sql", "SQL", SkillStatus.HAVE)
    desk = window.desk

    de = switch(qtbot, window, "de")
    assert de is not window and not window.isVisible()
    assert de.tabs.tabText(0) == "Übersicht" and de.tabs.tabText(2) == "Kompetenzen"
    assert menu_titles(de) == ["&Datei", "&Bearbeiten", "&Ansicht", "&Plan", "&Hilfe"]
    assert de.findChild(QMenu, "languageMenu").title() == "&Sprache"
    assert de.actions_["language_de"].isChecked() and not de.actions_["language_system"].isChecked()
    # The same data, role and tab; the tick is there, and so is its undo step.
    assert de.desk is desk and desk.entry("sql").status is SkillStatus.HAVE
    assert de.current_role.id == "backend-engineer" and de.tabs.currentIndex() == 2
    assert de.actions_["undo"].text() == "&Rückgängig: SQL abhaken"  # the step is renamed too
    qtbot.wait(10)  # the old window is deleted now: the desk must stay open for the new one
    assert de.desk.entry("sql").status is SkillStatus.HAVE
    assert QSettings(str(isolated_home / "settings.ini"), QSettings.Format.IniFormat).value(keys.LANGUAGE) == "de"
    assert QLocale().language() == QLocale.Language.German

    en = switch(qtbot, de, "en")
    assert en.tabs.tabText(0) == "Overview"
    assert menu_titles(en) == ["&File", "&Edit", "&View", "&Plan", "&Help"]
    assert en.actions_["language_en"].isChecked()
    assert en.editor.stack.canUndo() and en.desk.entry("sql").status is SkillStatus.HAVE
    en.actions_["undo"].trigger()
    assert en.desk.entry("sql").status is SkillStatus.NONE  # the history crossed both switches
    assert keys.read_str(en.settings, keys.LANGUAGE) == "en"


def test_a_plan_name_being_typed_survives_the_switch(qtbot, start, german):
    window = start()
    window.show_mode(1)
    qtbot.keyClicks(window.plan_view.name, "Ada Lovelace")  # typed, not yet confirmed with Enter
    de = switch(qtbot, window, "de")
    assert de.desk.plan().name == "Ada Lovelace"
    assert de.pages.currentIndex() == 1 and de.plan_view.name.text() == "Ada Lovelace"


def test_a_window_that_cannot_be_built_leaves_the_old_one_working(qtbot, start, german, monkeypatch):
    window = start()
    broken = RuntimeError("a view failed to build")

    def fail(*_args):
        raise broken

    monkeypatch.setattr("careerdesk.ui.main_window.build_finder", fail)
    with pytest.raises(RuntimeError):
        rebuild(window)
    assert window.isVisible() and not window.replaced
    assert window.editor.parent() is window
    assert window.editor.set_status("sql", "SQL", SkillStatus.HAVE)
    assert window.desk.entry("sql").status is SkillStatus.HAVE
    assert live_window(QApplication.topLevelWidgets()) is window


def test_the_chosen_language_is_used_at_the_next_start(qtbot, isolated_home, start, german):
    window = start()
    switch(qtbot, window, "de").close()
    remove_translations()
    # What ui/start.py does at start-up: read the setting, apply it, build the window.
    apply_language(keys.read_str(keys.open_settings(isolated_home), keys.LANGUAGE))
    again = start()
    assert again.tabs.tabText(0) == "Übersicht" and again.actions_["language_de"].isChecked()


def test_choosing_the_language_already_shown_changes_nothing(qtbot, window):
    window.actions_["language_system"].trigger()
    qtbot.wait(20)
    assert not window.replaced and window.isVisible()


def test_a_second_launch_raises_the_window_now_in_use(qtbot, start, german):
    window = start()
    de = switch(qtbot, window, "de")
    assert live_window(QApplication.topLevelWidgets()) is de


def test_the_help_guide_follows_the_language(qtbot, isolated_home, german):
    english = help.guide_markdown()
    apply_language("de")
    german_guide = help.guide_markdown()
    assert help.guide_path().name == "guide.de.md"
    assert "Eine Rolle finden" in german_guide and "Find a role" not in german_guide
    # The same guide: the same sections at the same levels.
    headings = [re.findall(r"^#+ ", text, re.MULTILINE) for text in (english, german_guide)]
    assert headings[0] == headings[1] and len(headings[0]) >= 8
    remove_translations()
    assert help.guide_path().name == "guide.md"


def test_german_menus_keep_a_unique_mnemonic_per_item(start):
    """Under the shipped German catalogue (English where it has no entry yet)."""
    apply_language("de", ROOT / "resources" / "translations")
    try:
        window = start()
        for menu in [window.menuBar(), *every_menu(window)]:
            items = [a.text() for a in menu.actions() if not a.isSeparator()]
            letters = [mnemonic(text) for text in items]
            assert None not in letters and len(set(letters)) == len(letters), items
    finally:
        remove_translations()


def test_o_net_words_are_shown_in_the_windows_language(qtbot, window):
    """Interest areas, preparation and the US pay line come from the domain (one table, no
    copy in the dialog) and reach a German window in German; the English tables stay as they
    are for the command line and built profiles."""
    from careerdesk.ui.views.overview import overview_html
    from tests.german_qm import german

    nurse = window.desk.role_to_read("onet-29-1141-00")
    with german():
        dialog = explore.ExploreDialog(window.desk, window)
        qtbot.addWidget(dialog)
        boxes = [dialog.boxes[code].text() for code in occupation.INTEREST_NAMES]
        zones = [dialog.zone.itemText(i) for i in range(dialog.zone.count())]
        page = overview_html(nurse, [], window.desk.onet_about())
    assert boxes[0] == "Praktisch-technisch (R)" and boxes[-1] == "Ordnend-verwaltend (C)"
    assert any("umfangreiche Vorbereitung" in zone for zone in zones)
    assert "(10. Perzentil)" in page and "Median" in page and "US-Jahresgehälter, BLS OEWS Mai" in page
    assert "Job Zone " in page and "Beschäftigte" in page
    assert "Praktisch-technisch" not in occupation.INTEREST_NAMES.values()
    assert "(10th percentile)" not in page and "Job zone" not in page
    assert occupation.interest_name("R") == "Realistic"  # English again afterwards


def test_a_switch_keeps_the_search_and_the_filters(qtbot, start, german):
    """A language switch used to empty the search box and reset both filters."""
    window = start()
    window.open_role("backend-engineer")
    window.source.setCurrentIndex(window.source.findData("onet"))
    qtbot.keyClicks(window.search, "nurse")
    titles = [window.roles.index(r).data() for r in range(window.roles.rowCount())]
    successor = switch(qtbot, window, "de")
    assert successor.search.text() == "nurse"
    assert successor.source.currentData() == "onet"
    assert [successor.roles.index(r).data() for r in range(successor.roles.rowCount())] == titles
    assert successor.current_role.id == "backend-engineer"  # still open, though not in the list
