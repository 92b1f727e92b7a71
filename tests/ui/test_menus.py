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


def test_every_action_that_loads_its_dialog_on_first_use_names_one_that_exists():
    """ui/actions.py imports the dialogs behind the menus when an action is first triggered
    (not for the first paint): a misspelt name would only fail then, so each is checked here."""
    from importlib import import_module
    from pathlib import Path

    import careerdesk.ui.actions as actions

    targets = re.findall(r'_later\("([\w.]+)"', Path(actions.__file__).read_text(encoding="utf-8"))
    assert len(targets) >= 20
    for target in targets:
        module, name = target.rsplit(".", 1)
        assert callable(getattr(import_module(f"careerdesk.ui.{module}"), name)), target
