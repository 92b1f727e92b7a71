"""Shared by the window tests."""

from __future__ import annotations

import warnings

from PySide6.QtWidgets import QApplication


def activate(window) -> None:
    """Make the window active, as a click on it would: the offscreen platform never
    activates windows itself, and window shortcuts only fire in the active window."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        QApplication.setActiveWindow(window)
