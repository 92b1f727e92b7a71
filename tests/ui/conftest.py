"""Shared by the window tests."""

from __future__ import annotations

import warnings

import pytest
from PySide6.QtWidgets import QApplication


def activate(window) -> None:
    """Make the window active, as a click on it would: the offscreen platform never
    activates windows itself, and window shortcuts only fire in the active window."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)


def open_window(qtbot, home):
    """The real main window over `home`, shown, exposed and active."""
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
