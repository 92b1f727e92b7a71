"""Read-only rich text for the reading tabs. Role text is data, never markup: every value
is escaped before it goes into HTML, and the browser loads no links or images."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from careerdesk.ui.qt_int import SCROLL_BAR_ALWAYS_ON, SCROLL_BAR_AS_NEEDED, set_enum

if TYPE_CHECKING:  # (each Qt class imported by name makes its Python enums: QUrl is not needed to paint)
    from PySide6.QtCore import QUrl

CSS = """
body { line-height: 140%; }
h2 { font-size: 12pt; font-weight: 600; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: 11pt; font-weight: 600; margin-top: 12px; margin-bottom: 2px; }
p { margin-top: 0px; margin-bottom: 10px; }
.muted { color: MUTED; }
.figure { font-size: 13pt; font-weight: 600; }
td { padding: 6px 12px 6px 0px; vertical-align: top; }
th { padding: 6px 12px 6px 0px; text-align: left; font-weight: 600; }
li { margin-bottom: 8px; }
"""


def muted_colour(palette: QPalette) -> QColor:
    """Halfway between text and background: readable, but quieter than body text.
    (PlaceholderText carries its softness in alpha, which HTML colours would drop.)"""
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    return QColor(
        (text.red() * 55 + base.red() * 45) // 100,
        (text.green() * 55 + base.green() * 45) // 100,
        (text.blue() * 55 + base.blue() * 45) // 100,
    )


# html.escape(text, quote=True) and newlines as line breaks, in one pass over the text (an
# Overview escapes a few hundred values: ~6 passes each with html.escape and replace).
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;", "\n": "<br>"})


def esc(text: str) -> str:
    """Text -> HTML that shows exactly that text (newlines become line breaks)."""
    return text.translate(_ESCAPES)


# A long curated Overview is ~6,000 characters; laid out at once in a few milliseconds.
WHOLE_LAYOUT_CHARS = 40_000


class ReadingView(QTextBrowser):
    """A text browser that never follows links or fetches resources."""

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(18)
        self.restyle()

    def on_changes(self, changes) -> None:
        """Role text shows no user data; a changed catalogue re-opens the role instead."""

    def restyle(self) -> None:
        """Take the current palette's colours (call after a theme change, then re-render)."""
        muted = muted_colour(self.palette()).name()
        self.document().setDefaultStyleSheet(CSS.replace("MUTED", muted))

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 (Qt override)
        """Refuse every resource: escaped text has none, so any request is hostile."""
        return None

    def set_body(self, body_html: str) -> None:
        # The scroll bar stays while the text is replaced: setHtml empties the document first,
        # and the bar hiding for the empty page and coming back for the new one laid the whole
        # text out twice, at two widths. It goes afterwards if the new text fits.
        bar = self.verticalScrollBar()
        keep = bar.isVisible()
        if keep:
            set_enum(self, "verticalScrollBarPolicy", SCROLL_BAR_ALWAYS_ON)
        self.setHtml(f"<html><body>{body_html}</body></html>")
        if keep:
            set_enum(self, "verticalScrollBarPolicy", SCROLL_BAR_AS_NEEDED)
        # The text is laid out in steps on a timer, and its full height told on another: the first
        # paint showed the scroll bar for the part laid out so far, and the frame and bar painted
        # again once the rest was. Laid out and told now, the first paint is the last. Not for a
        # huge text (an own role may hold megabytes): laying all of it out at once froze a switch
        # for seconds, where Qt's steps show the top at once and lay out the rest after.
        document = self.document()
        if document.characterCount() <= WHOLE_LAYOUT_CHARS:
            document.documentLayout().documentSizeChanged.emit(document.size())
        bar.setValue(0)

    def show_empty(self, why: str, tab: str) -> None:
        """Why there is nothing to read, and what this tab is for."""
        from careerdesk.ui.empty_state import what_is_this

        self.set_body(f"<p class='muted'>{esc(why)}</p><p>{esc(what_is_this(tab))}</p>")

    def plain_text(self) -> str:
        return self.document().toPlainText()
