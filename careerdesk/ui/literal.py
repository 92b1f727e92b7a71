"""Role and user text is data, never markup: the one way the window shows it.

Qt guesses. A QLabel, a QMessageBox and every tooltip show text that looks like HTML
(`Qt.mightBeRichText`: any known tag or entity on its first line) as rich text, and then load
what it names: `<img src="file:///...">` in a role title was read from disk and drawn. A
button or tab turns "&" into a keyboard shortcut, and a window title swallows "[*]". Every
widget that shows a title, a skill, a note, a file name or an error goes through these
helpers, so it shows exactly what was written and never fetches anything.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from careerdesk.ui.qt_int import PLAIN_TEXT, set_enum
from careerdesk.ui.views.richtext import esc
from careerdesk.ui.wrapped import WrappedLabel


def plain_label(text: str = "", parent: QWidget | None = None, wrap: bool = False) -> QLabel:
    """A label that shows `text` as written, whatever it looks like; with `wrap`, a word-wrapped
    label that measures its height for a width once (ui/wrapped.py)."""
    label = WrappedLabel(parent=parent) if wrap else QLabel(parent)
    set_enum(label, "textFormat", PLAIN_TEXT)  # (Qt.TextFormat would cost a start: ui/qt_int.py)
    label.setText(text)
    return label


def plain_tip(text: str) -> str:
    """Tooltip markup that shows `text` as written. Tooltips have no plain-text switch, so the
    text is escaped into a paragraph (which also lets a long note wrap)."""
    return f"<p>{esc(text)}</p>" if text else ""


def button_text(text: str) -> str:
    """Text for a button, tab or menu item: "&" doubled, so "R&D" shows instead of "RD"."""
    return text.replace("&", "&&")


def window_title(text: str) -> str:
    """A window title that shows `text` as written: Qt reads "[*]" as the unsaved-changes
    mark and hides it; doubled, it shows once."""
    return text.replace("[*]", "[*][*]")


def ask(parent: QWidget | None, title: str, question: str) -> bool:
    """A Yes / No question that shows as written (QMessageBox.question guesses rich text)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox  # (only once asked: see errors.show_error)

    box = QMessageBox(QMessageBox.Icon.Question, window_title(title), "",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(question)
    box.setAccessibleName(title)
    return box.exec() == QMessageBox.StandardButton.Yes
