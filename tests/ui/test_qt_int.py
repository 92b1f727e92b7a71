"""ui/qt_int.py's plain ints are Qt's own values, and the role list's elide is Qt's."""

from __future__ import annotations

import gzip
import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTextBrowser

from careerdesk.ui import qt_int
from careerdesk.ui.role_list import elided, ellipsis_in, plain_enough
from tests.conftest import BUNDLED_DATA


def test_each_value_is_qts_own():
    role = Qt.ItemDataRole
    assert (qt_int.DISPLAY_ROLE, qt_int.EDIT_ROLE, qt_int.TOOLTIP_ROLE, qt_int.ACCESSIBLE_DESCRIPTION_ROLE,
            qt_int.USER_ROLE) == (role.DisplayRole.value, role.EditRole.value, role.ToolTipRole.value,
                                  role.AccessibleDescriptionRole.value, role.UserRole.value)
    assert qt_int.PLAIN_TEXT == Qt.TextFormat.PlainText.value
    assert (qt_int.SCROLL_BAR_AS_NEEDED, qt_int.SCROLL_BAR_ALWAYS_ON) == (
        Qt.ScrollBarPolicy.ScrollBarAsNeeded.value, Qt.ScrollBarPolicy.ScrollBarAlwaysOn.value)
    assert (qt_int.ALIGN_TOP, qt_int.ALIGN_V_CENTER) == (Qt.AlignmentFlag.AlignTop.value,
                                                         Qt.AlignmentFlag.AlignVCenter.value)
    assert qt_int.NO_EDIT_TRIGGERS == QAbstractItemView.EditTrigger.NoEditTriggers.value


def test_set_enum_sets_what_the_setter_would(qtbot):
    label, browser = QLabel("<b>x</b>"), QTextBrowser()
    qtbot.addWidget(label)
    qtbot.addWidget(browser)
    qt_int.set_enum(label, "textFormat", qt_int.PLAIN_TEXT)
    qt_int.set_enum(browser, "verticalScrollBarPolicy", qt_int.SCROLL_BAR_ALWAYS_ON)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert browser.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn


def test_set_enum_refuses_a_name_that_is_no_property(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    try:
        qt_int.set_enum(label, "textFormt", qt_int.PLAIN_TEXT)
    except ValueError as exc:
        assert "textFormt" in str(exc)
    else:
        raise AssertionError("a misspelt property was set as a dynamic one")


def _titles() -> list[str]:
    titles, families = [], {""}
    for path in (BUNDLED_DATA / "roles").glob("*.json"):
        role = json.loads(path.read_text(encoding="utf-8"))
        titles += [role["title"], *role.get("aliases", []), role.get("family", "")]
        families.add(role.get("family", ""))
    with gzip.open(BUNDLED_DATA / "onet" / "occupations.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            occupation = json.loads(line)
            titles += [occupation.get("title", ""), *occupation.get("aliases", [])[:3]]
            families.add(occupation.get("family", ""))
    # The family lines the list shows ("O*NET · Healthcare"), in English and German.
    lines = [f"{source} · {family}" for source in ("Curated", "O*NET", "Yours", "Kuratiert", "Eigene")
             for family in sorted(families)]
    return titles + lines + ["", "a", "CTO", "WWWWWWWWWWWWWWWWWWWW", "Av Ta To LT We Yo", "x" * 300, "R&D <b>Lead</b>",
                             "·", "··", "a·b", "· x", "x ·", "A·V·A·T·A" * 9]


def test_elided_is_what_qt_elides_for_every_catalogue_title(qapp):
    """Every title, alias and family in the catalogue, in the list's two fonts and two more, at
    widths from none to wider than the list, and the family lines made of them: the same
    string as QFontMetrics.elidedText, or None (outside printable ASCII and the middle dot,
    where Qt is asked)."""
    titles = _titles()
    compared = 0
    base = QFont()
    bold, small = QFont(base), QFont(base)
    bold.setWeight(QFont.Weight.DemiBold)
    small.setPointSizeF(base.pointSizeF() * 0.9)
    for font in (bold, small, QFont("DejaVu Serif", 13), QFont("DejaVu Sans Mono", 8)):
        metrics, widths, ellipsis = QFontMetrics(font), QFontMetricsF(font), ellipsis_in(font)
        for width in (0, 4, 20, 61, 100, 150, 192, 271, 400):
            for title in titles:
                shown = elided(title, width, widths, ellipsis)
                if shown is None:
                    assert not plain_enough(title)
                    continue
                assert shown == metrics.elidedText(title, Qt.TextElideMode.ElideRight, width), (title, width)
                compared += 1
    assert compared > 100_000
