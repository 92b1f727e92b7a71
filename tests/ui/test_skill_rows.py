"""The skill checklist's rows draw their name and detail from lines laid out once and kept
(issue 15: a role switch paints every visible row), and look exactly as drawn text did."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from careerdesk.domain.kinds import SkillStatus
from careerdesk.domain.profile import RoleProfile
from careerdesk.ui.models.skills import SkillKeyRole, StatusRole
from careerdesk.ui.views.checklist import ChecklistDelegate

LONG = "Distributed stream processing with exactly-once delivery across heterogeneous clusters " * 2
SKILLS = [
    {"name": "<b>Bold?</b> &amp; <i>not</i>", "kind": "technical", "detail": "<a href='x'>link</a> & more"},
    {"name": LONG[:190], "kind": "technical", "detail": "a detail that has no room left"},
    {"name": "Kafka", "kind": "technical", "detail": LONG[:150]},
    {"name": "Python", "kind": "technical"},
    {"name": "Communication", "kind": "soft", "detail": "with people who are not engineers"},
    {"name": "Docker", "kind": "tool"},
]


class DrawnText(ChecklistDelegate):
    """The rows as they were drawn before: each line elided and drawn as text on every paint."""

    def _line(self, font, text, width):
        metrics = self.parent().fontMetrics()
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return elided, metrics.horizontalAdvance(elided)

    def _draw_line(self, painter, rect, line):
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)


def _own_role(window) -> str:
    role = RoleProfile.model_validate({**window.desk.role("backend-engineer").model_dump(),
                                       "id": "mine-long", "title": "Long <b>names</b>", "skills": SKILLS})
    window.desk.import_roles([role])
    window.catalogue_changed("mine-long")
    return "mine-long"


def _grab(view) -> QImage:
    return view.grab().toImage()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_rows_look_as_drawn_text_did(window, theme):
    if theme == "dark":
        window.set_theme("dark")
    window.show_tab_named("skills")
    window.open_role(_own_role(window))
    checklist = window.skills.list
    model = checklist.model()
    rows = {model.index(r, 0).data(): model.index(r, 0) for r in range(model.rowCount())}
    window.editor.set_status(rows["Kafka"].data(SkillKeyRole), "Kafka", SkillStatus.LEARNING)  # a tag
    model.setData(rows["Python"], Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    QApplication.processEvents()
    assert rows["Kafka"].data(StatusRole) == "learning"
    checklist.setCurrentIndex(checklist.model().index(1, 0))  # one row selected
    for width in (900, 560, 380):
        window.resize(width + 360, 700)
        QApplication.processEvents()
        kept = _grab(checklist.viewport())
        checklist.setItemDelegate(DrawnText(checklist))
        drawn = _grab(checklist.viewport())
        checklist.setItemDelegate(ChecklistDelegate(checklist))
        assert kept == drawn, width


def test_a_repaint_lays_out_no_line_again(window):
    window.show_tab_named("skills")
    window.open_role("backend-engineer")
    QApplication.processEvents()
    checklist = window.skills.list
    delegate = checklist.itemDelegate()
    checklist.viewport().repaint()
    kept = dict(delegate._lines)
    assert kept  # the names and details on screen
    checklist.viewport().repaint()
    assert delegate._lines == kept and all(delegate._lines[k] is kept[k] for k in kept)
    visible = {checklist.model().index(r, 0).data() for r in range(checklist.model().rowCount())
               if checklist.visualRect(checklist.model().index(r, 0)).intersects(QRect(checklist.viewport().rect()))}
    assert {text for text, _width in kept} >= visible
