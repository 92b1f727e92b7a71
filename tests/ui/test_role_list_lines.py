"""The finder list's laid-out lines (ui/role_list.py) are bounded by memory (issue 15): each
holds ~0.8 KiB of Qt memory. A full cache lets the least recently used lines go, so the
screens just shown stay laid out and repainting them lays nothing out again."""

from __future__ import annotations

from PySide6.QtGui import QFont

from careerdesk.ui.role_list import RoleListDelegate


def test_kept_lines_are_bounded_and_the_ones_used_last_stay(qapp):
    delegate = RoleListDelegate()
    delegate._fonts_for(QFont())
    kept = delegate._KEPT_LINES
    assert kept <= 1024
    first = delegate._line("Registered Nurses", 200, True)
    for n in range(kept * 3):
        delegate._line(f"Role {n}", 200, False)
        if n % 100 == 0:  # a line on screen all along is used on every repaint
            assert delegate._line("Registered Nurses", 200, True) is first
    assert len(delegate._lines) <= kept
    assert delegate._line("Registered Nurses", 200, True) is first  # not laid out again
    assert delegate._line(f"Role {kept * 3 - 1}", 200, False) is delegate._line(f"Role {kept * 3 - 1}", 200, False)
