"""Guard against Qt bindings that mishandle references to None.

PySide6 6.12.0 returned None from every void method without taking a reference. On Python
3.11, where None is an ordinary object, each call lowered its count until the process died
("deallocating None") after a few minutes of scrolling. pyproject.toml excludes that
release; this test fails on any binding that does the same.
"""

import sys

from PySide6.QtGui import QImage, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel


def none_refs_lost(action, times: int = 2000) -> int:
    before = sys.getrefcount(None)
    for _ in range(times):
        action()
    return before - sys.getrefcount(None)


def test_void_calls_and_empty_data_keep_none_alive(qapp):
    label = QLabel()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    model = QStandardItemModel()
    model.appendRow(QStandardItem("a"))
    index = model.index(0, 0)
    try:
        assert none_refs_lost(lambda: label.setText("a")) < 50
        assert none_refs_lost(lambda: (painter.save(), painter.restore())) < 50
        assert none_refs_lost(lambda: index.data(1234)) < 50
    finally:
        painter.end()
