"""The benchmark's settle (bench/child.py): it returns with a change painted, and where Qt runs
on GLib it hands no event to Python: a Python event filter on every object was the benchmark's
own cost inside every keystroke and switch it timed."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QAbstractEventDispatcher, QStringListModel
from PySide6.QtWidgets import QApplication, QListView, QStyledItemDelegate

from bench import child


class Counting(QStyledItemDelegate):
    painted = 0

    def paint(self, painter, option, index) -> None:
        Counting.painted += 1
        super().paint(painter, option, index)


@pytest.fixture
def shown(qtbot):
    view = QListView()
    model = QStringListModel([f"row {n}" for n in range(50)])
    view.setModel(model)
    view.setItemDelegate(Counting(view))
    qtbot.addWidget(view)
    view.resize(200, 200)
    view.show()
    qtbot.waitExposed(view)
    child.settle(QApplication.instance())
    Counting.painted = 0
    yield model
    del view  # (held to here: the test's list)


def settled_after_a_reset(model: QStringListModel) -> int:
    """Rows painted by one settle after the list's rows changed (a reset lays the rows out on a
    zero timer, and they paint in a later pass)."""
    Counting.painted = 0
    model.setStringList([f"other {n}" for n in range(30)])
    child.settle(QApplication.instance())
    return Counting.painted


def test_settle_returns_with_the_change_painted_and_nothing_left(shown):
    assert settled_after_a_reset(shown) > 0
    painted = Counting.painted
    child.settle(QApplication.instance())
    assert Counting.painted == painted  # nothing was left for a later pass


def test_settle_without_glib_counts_events_as_before(shown, monkeypatch):
    monkeypatch.setattr(child, "_GLIB_PENDING", [None], raising=False)
    assert settled_after_a_reset(shown) > 0


def test_settle_hands_no_event_to_python(shown):
    dispatcher = QAbstractEventDispatcher.instance()
    if dispatcher is None or "Glib" not in dispatcher.metaObject().className():
        pytest.skip("Qt's events do not run on GLib here")
    filtered = []

    def profile(frame, event, _arg) -> None:
        if event == "call" and frame.f_code.co_name == "eventFilter" and frame.f_code.co_filename.endswith("child.py"):
            filtered.append(frame.f_code.co_name)

    sys.setprofile(profile)
    try:
        painted = settled_after_a_reset(shown)
    finally:
        sys.setprofile(None)
    assert painted > 0
    assert filtered == []
