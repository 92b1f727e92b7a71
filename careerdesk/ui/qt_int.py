"""Qt's enum values as plain ints, for the code a start runs before the window's first paint.

PySide 6.11 builds a Python enum class (with Python's enum module, about 0.1 M instructions
a member) for every enum of a Qt class the first time Python touches the class or receives one
of its values. The `Qt` namespace alone holds 93 enums with 1,195 members: 125 M instructions,
a fifth of what a bare window takes to start. Qt's property system takes ints for enum
properties and a model is asked for its data roles as ints, so the first screen needs none of
them; each value here is checked against Qt's own enum by tests/ui/test_qt_int.py.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

# Qt.ItemDataRole
DISPLAY_ROLE = 0
EDIT_ROLE = 2
TOOLTIP_ROLE = 3
ACCESSIBLE_DESCRIPTION_ROLE = 12
USER_ROLE = 256
# Qt.TextFormat
PLAIN_TEXT = 0
# Qt.ScrollBarPolicy
SCROLL_BAR_AS_NEEDED = 0
SCROLL_BAR_ALWAYS_ON = 2
# Qt.Orientation
HORIZONTAL = 1
# Qt.AlignmentFlag
ALIGN_TOP = 0x20
ALIGN_V_CENTER = 0x80
# QAbstractItemView.EditTrigger
NO_EDIT_TRIGGERS = 0


def set_enum(obj: QObject, name: str, value: int) -> None:
    """Set the enum property `name` of `obj` to `value`, through Qt's property system."""
    if not obj.setProperty(name, value):
        raise ValueError(f"{type(obj).__name__} has no enum property {name!r} taking {value}")


def new_action(text: str, parent: QObject) -> QAction:
    """`QAction(text, parent)`, made without QIcon's Python enums (157 members, ~10 M
    instructions): a str may stand for a QIcon (its file name), so choosing between that
    constructor and QAction(icon, text, parent) makes QIcon's Python class. QAction(parent) is
    the only constructor taking one QObject."""
    action = QAction(parent)
    action.setText(text)
    return action
