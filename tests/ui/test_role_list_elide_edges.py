"""The role list's own elide (ui/role_list.py `elided`) shows what Qt's `elidedText` showed
before it, for titles no catalogue holds but a person's own roles or an import can: markup,
entities, tabs and newlines, emoji, right-to-left text, long words, and Qt's separator of a
string's length variants (U+009C), which QFontMetrics measures only up to."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QImage, QPainter, QStaticText

from careerdesk.ui.models.roles import FamilyRole
from careerdesk.ui.role_list import elided, ellipsis_in, shown_in

TITLES = ["R&D <b>html</b> Lead", "&lt;b&gt; x", "a &amp; b", "<!DOCTYPE html>", "Tab\tand\nnewline",
          "foo\r\nbar", "Emoji \U0001f680 Engineer \U0001f469\u200d\U0001f4bb", "\u0645\u0647\u0646\u062f\u0633 x",
          "Supercalifragilisticexpialidocious" * 4, "  spaces  ", "X", "zero\u200bwidth",
          "Nurse\x9cRegistered Nurse Practitioner Specialist", "C\x9cur\x9cator of Long Collections"]


def _drawn(line: QStaticText, font: QFont) -> QImage:
    line.prepare(font=font)
    image = QImage(700, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawStaticText(QPointF(2, 4), line)
    painter.end()
    return image


@pytest.mark.parametrize("title", TITLES)
def test_a_line_shows_what_qt_elided_as_plain_text(qapp, title):
    font = QFont()
    metrics, widths, ellipsis = QFontMetrics(font), QFontMetricsF(font), ellipsis_in(font)
    for width in (-5, 0, 10, 60, 150, 192, 400):
        ours = elided(title, width, widths, ellipsis)
        qts = metrics.elidedText(title, Qt.TextElideMode.ElideRight, width)
        assert ours is None or ours == qts, (width, ours, qts)
        before = QStaticText(qts)  # (the line as the list made it before its own elide)
        before.setTextFormat(Qt.TextFormat.PlainText)
        line = shown_in(title, width, metrics, widths, ellipsis)
        assert line.text() == qts
        assert _drawn(line, font) == _drawn(before, font), width


def _qt_only(text: str, width: int, metrics: QFontMetrics, widths: QFontMetricsF, ellipsis: bool,
             own_elide: bool = True) -> QStaticText:
    """The line as the list made it before its own elide: Qt's, as plain text."""
    line = QStaticText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
    line.setTextFormat(Qt.TextFormat.PlainText)
    return line


def test_the_list_shows_such_titles_as_qt_elided_them(window, qtbot, monkeypatch):
    base = window.desk.role("tech-lead")
    window.desk.import_roles([base.model_copy(update={"id": f"odd-{n}", "title": title, "family": "AAA"})
                              for n, title in enumerate(TITLES)])
    view = window.role_list  # (the family first in the list: the odd titles at the top)
    qtbot.waitUntil(lambda: view.model().index(0, 0).data(FamilyRole) == "AAA")
    view.scrollToTop()
    shown = {view.indexAt(QPoint(5, y)).data() for y in range(0, view.viewport().height(), 10)}
    assert {t for t in TITLES if "\x9c" in t} <= shown
    ours = view.viewport().grab().toImage()
    monkeypatch.setattr("careerdesk.ui.role_list.shown_in", _qt_only)
    view.setItemDelegate(type(view.itemDelegate())(view))
    assert view.viewport().grab().toImage() == ours
