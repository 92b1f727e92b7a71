"""Shortcuts, appearance, the first-run welcome and translations, in the real window."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from careerdesk.ui import theme
from careerdesk.ui.start import build_window
from careerdesk.ui.translations import install_translations
from tests.ui.conftest import activate, after_first_paint


@pytest.fixture
def open_window(qtbot, isolated_home):
    def make():
        w = build_window(isolated_home)
        qtbot.addWidget(w)
        w.show()
        activate(w)
        return w

    yield make
    theme.apply(theme.LIGHT)


def test_alt_number_keys_switch_tabs(qtbot, open_window):
    window = open_window()
    for number in range(1, 6):
        qtbot.keyClick(window.role_list, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
        assert window.tabs.currentIndex() == number - 1


@pytest.mark.parametrize(("name", "keys"), [("exportPlan", "Ctrl+E"), ("printPlan", "Ctrl+P"), ("quit", "Ctrl+Q"),
                                            ("findRole", "Ctrl+F"), ("showPlan", "Ctrl+2"), ("undo", "Ctrl+Z")])
def test_standard_shortcuts_are_bound(qtbot, open_window, name, keys):
    window = open_window()
    after_first_paint(qtbot, window)
    action = window.findChild(type(window.actions_["quit"]), name)
    assert QKeySequence(keys) in action.shortcuts()


@pytest.mark.parametrize(("key", "then"), [(Qt.Key.Key_F, lambda w: w.search.hasFocus()),
                                           (Qt.Key.Key_2, lambda w: w.pages.currentIndex() == 1)])
def test_a_shortcut_pressed_before_the_first_paint_works(qtbot, open_window, key, then):
    # The shortcuts are set just after the first paint (QKeySequence's Python enums cost the
    # start ~6 M instructions), or at the first key the window sees before then: Qt asks the
    # widgets whether they take a key themselves before it looks the key up among the shortcuts.
    window = open_window()  # shown and active, not yet painted
    assert window.pending_shortcuts  # (nothing set yet: this key comes first)
    window.role_list.setFocus()
    qtbot.keyClick(window.role_list, key, Qt.KeyboardModifier.ControlModifier)
    assert then(window)
    assert not window.pending_shortcuts


def test_ctrl_q_closes_the_window(qtbot, open_window):
    window = open_window()
    qtbot.keyClick(window.role_list, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_every_menu_is_keyboard_reachable(open_window):
    window = open_window()
    for action in window.menuBar().actions():
        assert "&" in action.text(), action.text()


def test_dark_and_light_appearance_switch_and_are_remembered(qtbot, open_window):
    window = open_window()
    window.actions_["theme_dark"].trigger()
    base = QApplication.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 60
    assert window.overview.document().defaultStyleSheet() != ""  # restyled for the dark palette
    window.close()
    again = open_window()
    assert again.actions_["theme_dark"].isChecked()
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 60
    again.actions_["theme_light"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 200


def test_first_run_welcome_shows_once(qtbot, open_window):
    window = open_window()
    assert window.welcome.isVisible()
    qtbot.mouseClick(window.welcome.findChild(type(window.findChild(object, "welcomeDismiss")), "welcomeDismiss"),
                     Qt.MouseButton.LeftButton)
    assert not window.welcome.isVisible()
    window.close()
    assert not open_window().welcome.isVisible()


def test_every_wrapped_label_the_first_screen_shows_measures_its_height_once(qtbot, open_window):
    # A word-wrapped QLabel lays its whole text out again each time a layout asks its height for a
    # width: the welcome banner's was asked 27 times at 8 widths as the window was built and shown
    # (~6.5 M instructions of a start, docs/performance-paint13.md). ui/wrapped.py keeps each answer.
    from PySide6.QtWidgets import QLabel

    from careerdesk.ui.wrapped import WrappedLabel

    window = open_window()
    assert window.welcome.isVisible()
    wrapped = [label for label in window.findChildren(QLabel) if label.wordWrap() and label.isVisible()]
    assert window.welcome.findChild(QLabel) in wrapped and window.title in wrapped
    assert all(isinstance(label, WrappedLabel) for label in wrapped), [label.objectName() for label in wrapped]


LRELEASE = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")


@pytest.mark.skipif(not Path(LRELEASE).exists(), reason="pyside6-lrelease not available")
def test_a_translation_is_loaded_for_the_locale(qtbot, isolated_home, tmp_path):
    (tmp_path / "careerdesk_de.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>MainWindow</name><message><source>Overview</source>"
        "<translation>Übersicht</translation></message></context></TS>", encoding="utf-8")
    subprocess.run([LRELEASE, str(tmp_path / "careerdesk_de.ts"), "-qm", str(tmp_path / "careerdesk_de.qm")],
                   check=True, capture_output=True)
    loaded = install_translations(QLocale(QLocale.Language.German), tmp_path)
    try:
        assert "careerdesk" in loaded
        window = build_window(isolated_home)
        qtbot.addWidget(window)
        assert window.tabs.tabText(0) == "Übersicht"
    finally:
        app = QCoreApplication.instance()
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
