"""Every menu can be driven from the keyboard: each item has its own mnemonic."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMenu

from careerdesk.ui.start import build_window


def mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def every_menu(window) -> list[QMenu]:
    found, todo = [], [a.menu() for a in window.menuBar().actions()]
    while todo:
        menu = todo.pop()
        found.append(menu)
        todo.extend(a.menu() for a in menu.actions() if a.menu() is not None)
    return found


def test_no_two_items_in_a_menu_share_a_mnemonic_and_every_item_has_one(qtbot, isolated_home):
    window = build_window(isolated_home)
    qtbot.addWidget(window)
    menus = every_menu(window)
    assert len(menus) >= 6
    for menu in [window.menuBar(), *menus]:
        items = [a for a in menu.actions() if not a.isSeparator()]
        keys = [mnemonic(a.text()) for a in items]
        assert None not in keys, (menu.title(), [a.text() for a in items])
        assert len(set(keys)) == len(keys), (menu.title(), [a.text() for a in items])
