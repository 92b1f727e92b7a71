"""What the Skills tab keeps between role switches (issue 15: a switch to Skills was the dearest),
and that whatever it keeps is measured or drawn afresh when what it depends on changes."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from careerdesk.ui.views.skills import _Figure
from careerdesk.ui.wrapped import WrappedLabel

LONG = "A long line of words that wraps at any width a header or tab gives it, " * 6


def _counting(monkeypatch, cls, name: str) -> list:
    calls: list = []
    base = getattr(cls, name)

    def counted(self, *args):
        calls.append(args)
        return base(self, *args)

    monkeypatch.setattr(cls, name, counted)
    return calls


def test_a_wrapped_label_set_to_the_text_it_shows_measures_nothing_again(qtbot, monkeypatch):
    """QLabel does nothing when given the text it has; the kept heights were dropped all the same,
    and the Skills hint, set to the same text on every switch, was measured afresh each time."""
    label = WrappedLabel(LONG)
    qtbot.addWidget(label)
    label.show()
    measured = _counting(monkeypatch, QLabel, "heightForWidth")
    first = label.heightForWidth(300)
    label.setText(LONG)
    assert label.heightForWidth(300) == first
    assert len(measured) == 1
    label.setText(LONG + LONG)  # a new text is measured
    taller = label.heightForWidth(300)
    assert len(measured) == 2 and taller > first
    monkeypatch.undo()
    assert taller == QLabel.heightForWidth(label, 300)


def _fresh_hint(label: QLabel) -> QSize:
    """What a group figure's size hint was, measured on every call."""
    width = label.fontMetrics().boundingRect(QRect(0, 0, 2000, 2000), int(label.alignment()), label.text()).width()
    margins = label.contentsMargins()
    width += margins.left() + margins.right() + 2 * label.margin()
    return QSize(width, QLabel.heightForWidth(label, width))


def test_a_group_figure_measures_its_width_once_a_text_and_again_after_any_change(qtbot, monkeypatch):
    figure = _Figure("Technical skills: 3 of 12")
    qtbot.addWidget(figure)
    figure.show()
    measured = _counting(monkeypatch, QFontMetrics, "boundingRect")
    figure.setText("Technical skills: 4 of 12")
    first = figure.sizeHint()
    assert [figure.sizeHint() for _ in range(4)] == [first] * 4
    assert len(measured) == 1
    figure.setText("Technical skills: 4 of 12")  # the same text: kept
    assert figure.sizeHint() == first and len(measured) == 1
    monkeypatch.undo()
    changes = [
        lambda: figure.setText("Tools & technologies: 12 of 140"),
        lambda: figure.setText("Soft skills: 0 of 3"),
        lambda: figure.setFont(QFont(figure.font().family(), 21)),
        lambda: figure.setStyleSheet("font-size: 7pt"),
        lambda: figure.setStyleSheet("QLabel { font-size: 19pt; padding: 5px }"),
        lambda: figure.setContentsMargins(9, 3, 9, 3),
        lambda: figure.setMargin(7),
        lambda: QApplication.instance().setStyleSheet("QLabel { font-size: 16pt }"),
        lambda: QApplication.instance().setStyleSheet(""),
        lambda: figure.setText("Fähigkeiten: 1 von 2"),
    ]
    for change in changes:
        assert figure.sizeHint() == _fresh_hint(figure)  # (kept)
        change()
        assert figure.sizeHint() == _fresh_hint(figure)
