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


def _assert_figure_fresh(figure) -> None:
    assert figure.sizeHint() == _fresh_hint(figure)
    assert figure.minimumSizeHint() == QLabel.minimumSizeHint(figure)
    for width in (60, 140, 400):
        assert figure.heightForWidth(width) == QLabel.heightForWidth(figure, width), width


def test_a_group_figure_keeps_each_text_it_showed_until_anything_else_changes(qtbot, monkeypatch):
    """Most roles' figures are texts shown before ("Soft skills: 0 of 8"): shown again, they are
    not measured again, and after a font, style or margin change every text is measured afresh."""
    figure = _Figure("Technical skills: 2 of 9")
    qtbot.addWidget(figure)
    figure.show()
    texts = ["Technical skills: 2 of 9", "Technical skills: 0 of 12 and a few words more to wrap",
             "Soft skills: 0 of 8"]
    for text in texts:
        figure.setText(text)
        _assert_figure_fresh(figure)
    measured = _counting(monkeypatch, QFontMetrics, "boundingRect")
    minimum = _counting(monkeypatch, QLabel, "minimumSizeHint")
    for text in texts:  # (each shown before)
        figure.setText(text)
        figure.sizeHint(), figure.minimumSizeHint()
    assert measured == [] and minimum == []
    monkeypatch.undo()
    for text in texts:
        figure.setText(text)
        _assert_figure_fresh(figure)
    changes = [lambda: figure.setFont(QFont(figure.font().family(), 20)),
               lambda: figure.setStyleSheet("QLabel { font-size: 6pt; padding: 3px }"),
               lambda: figure.setContentsMargins(12, 0, 12, 0),
               lambda: QApplication.instance().setStyleSheet("QLabel { font-size: 17pt }"),
               lambda: QApplication.instance().setStyleSheet("")]
    for change in changes:
        change()
        for text in texts:
            figure.setText(text)
            _assert_figure_fresh(figure)
