"""Role pickers (current, target, compare) that find a role by typing any part of its title.

With 1,000+ roles a plain drop-down is a screen-high list nobody can scroll; here the combo
box is editable and a completer lists the roles whose title contains what was typed
(case-insensitive), at most a dozen rows high. Choosing one sets the combo's current row, so
the views read `currentData()` as before; text that names no role is put back on leaving.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

VISIBLE_ROWS = 12


def make_searchable(combo: QComboBox) -> None:
    """Turn `combo` (its model already set) into a type-to-filter role picker."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(VISIBLE_ROWS)
    # Sized by a minimum length, never by measuring every title (10,000 of them on first show).
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    edit = combo.lineEdit()
    edit.setAccessibleName(combo.accessibleName())
    edit.setPlaceholderText(QCoreApplication.translate("RolePicker", "Type to find a role"))
    completer = QCompleter(combo.model(), combo)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setMaxVisibleItems(VISIBLE_ROWS)
    combo.setCompleter(completer)
    # Leaving the field with text that is no role's title shows the chosen role again.
    edit.editingFinished.connect(lambda: _show_choice(combo))


def _show_choice(combo: QComboBox) -> None:
    chosen = combo.itemText(combo.currentIndex())  # (currentText() is the typed text here)
    if combo.lineEdit().text() != chosen:
        combo.setEditText(chosen)
