"""Emptying a layout whose widgets are kept and put back (the FAQ's items, Career Path's cards)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLayout


def empty_layout(layout: QLayout) -> None:
    """Take everything out of `layout`; its widgets stay, to be added again.

    Each widget's layout item is deleted (`removeWidget`), not just taken out: Qt tells a widget's
    new size (an answer opened, a longer text, a font) only to the first layout item made for it,
    while that item lives, and an item taken with `takeAt` from Python is never deleted (PySide
    leaves it to C++). The item that put the widget back then kept the height it first measured:
    an FAQ answer opened after the second role showed as one squashed line. Spacing and stretch
    items are deleted as they come out."""
    while layout.count():
        widget = layout.itemAt(0).widget()
        if widget is not None:
            layout.removeWidget(widget)
            continue
        item = layout.takeAt(0)
        if item.spacerItem() is not None:
            shiboken6.delete(item)
