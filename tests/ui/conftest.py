"""Shared by the window tests."""

from __future__ import annotations

import sys
import warnings

import pytest
from PySide6.QtWidgets import QApplication


def activate(window) -> None:
    """Make the window active, as a click on it would: the offscreen platform never
    activates windows itself, and window shortcuts only fire in the active window."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def after_first_paint(qtbot, window) -> None:
    """Wait until the window has painted and done what waits for its first paint (its
    shortcuts are set then: ui/actions.py give_shortcuts)."""
    qtbot.waitUntil(lambda: not window.pending_shortcuts)


def open_window(qtbot, home):
    """The real main window over `home`, shown, exposed and active (its first paint may still
    be to come: `after_first_paint` waits for it)."""
    from careerdesk.ui.start import build_window

    window = build_window(home)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(window)
    return window


@pytest.fixture
def window(qtbot, isolated_home):
    return open_window(qtbot, isolated_home)


@pytest.fixture
def window_telling_errors(qtbot, isolated_home, monkeypatch):
    """The window with the app's own last-resort hook installed and its error dialogs recorded
    in `window.shown_errors` (title, message, ...) instead of shown: what a person would read."""
    from careerdesk.ui import errors

    shown: list[tuple] = []
    monkeypatch.setattr(errors, "show_error", lambda *args: shown.append(args[1:]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.install_excepthook()
    w = open_window(qtbot, isolated_home)
    w.shown_errors = shown
    return w
