"""Where to learn a skill: links from the catalogue, opened in the system browser only
when the person clicks one. Nothing is fetched; the app never goes online by itself."""

from __future__ import annotations

import html
from urllib.parse import urlsplit

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from careerdesk.ui.wrapped import WrappedLabel


def open_link(url: str) -> bool:
    """Hand an https link to the system browser."""
    if not url.startswith("https://"):
        return False  # the catalogue only holds https links; anything else is not ours to open
    return QDesktopServices.openUrl(QUrl(url))


def links_html(links) -> str:
    """Links as rich text: title and site, every piece escaped (catalogue text is never markup)."""
    return " · ".join(f'<a href="{html.escape(link.url, quote=True)}">{html.escape(link.title)}</a> '
                      f"({html.escape(urlsplit(link.url).hostname or '')})" for link in links)


class LearnLabel(WrappedLabel):
    """'Where to learn SKILL: link (site)' for one skill; a click opens the link."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("learnLinks")
        self.setAccessibleName(self.tr("Where to learn the selected skill"))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)  # through open_link, so only https ever opens
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.linkActivated.connect(open_link)

    def show_links(self, name: str | None, links) -> None:
        if not name:
            self.setText(self.tr("Select a skill to see where to learn it."))
        elif links:
            self.setText(self.tr("Where to learn {skill}: {links}").format(skill=html.escape(name),
                                                                          links=links_html(links)))
        else:
            self.setText(self.tr("No learning link for {skill} yet.").format(skill=html.escape(name)))
