"""The skill checklist's rows, drawn and measured with fewer calls since round 8 (issue 15: Skills
was the dearest tab to switch to), look and measure exactly as they did: every row's pixels and
size against the delegate as it was, across names, states, themes, widths, fonts and German."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from careerdesk.domain.kinds import SkillStatus
from careerdesk.domain.profile import RoleProfile
from careerdesk.ui.models.skills import DetailRole, GroupLabelRole, GroupStartRole, NoteRole, SkillKeyRole, StatusRole
from careerdesk.ui.translations import apply_language, remove_translations
from careerdesk.ui.views.checklist import HEADER_HEIGHT, LEARNING_COLOUR, ROW_HEIGHT, TAG_MARGIN
from tests.ui.conftest import open_window
from tests.ui.test_round6_edges import ODD
from tests.ui.test_skill_rows import SKILLS

MORE = [
    {"name": "x", "kind": "tool"},  # one letter
    {"name": "Ünïcödé Grüße straße", "kind": "soft", "detail": "Größe"},
    {"name": "Mixed  double  spaces", "kind": "tool", "detail": "and a detail"},
    {"name": "W" * 120, "kind": "tool"},  # wider than any window: the list scrolls sideways
]


class AsBefore(QStyledItemDelegate):
    """The checklist delegate as it was before round 8: Qt's initStyleOption and a model role for
    each thing drawn, every line elided and drawn as text (tests/ui/test_skill_rows.py shows the
    kept lines look as drawn text does)."""

    def sizeHint(self, option, index):  # noqa: N802 (Qt override)
        size = super().sizeHint(option, index)
        size.setHeight(max(size.height(), ROW_HEIGHT) + (HEADER_HEIGHT if index.data(GroupStartRole) else 0))
        return size

    def paint(self, painter, option, index) -> None:
        if index.data(GroupStartRole):
            painter.save()
            font = QFont(option.font)
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.05)
            painter.setFont(font)
            painter.setPen(option.palette.color(QPalette.ColorRole.Text))
            header = QRect(option.rect.left() + 6, option.rect.top() + 8, option.rect.width() - 12, HEADER_HEIGHT - 12)
            painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             index.data(GroupLabelRole))
            painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(header.left(), header.bottom() + 2, header.right(), header.bottom() + 2)
            painter.restore()
        opt = QStyleOptionViewItem(option)
        if index.data(GroupStartRole):
            opt.rect = QRect(option.rect.adjusted(0, HEADER_HEIGHT, 0, 0))
        self.initStyleOption(opt, index)
        name, detail = opt.text, index.data(DetailRole)
        opt.text = ""
        style = opt.widget.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, opt.widget)
        painter.save()
        outline = QColor(opt.palette.color(QPalette.ColorRole.Text))
        outline.setAlpha(110)
        painter.setPen(outline)
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        painter.restore()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        metrics = painter.fontMetrics()
        parts = ([self.parent().itemDelegate().tr("learning")] if index.data(StatusRole) == "learning" else []) + (
            [self.parent().itemDelegate().tr("✎ note")] if index.data(NoteRole) else [])
        tags = "  ·  ".join(parts)
        tags_width = metrics.horizontalAdvance(tags) + 12 if tags else 0
        used = self._draw(painter, text_rect, name, text_rect.width() - tags_width - TAG_MARGIN)
        if tags:
            if not selected:
                painter.setPen(LEARNING_COLOUR if index.data(StatusRole) == "learning"
                               else opt.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(text_rect.adjusted(0, 0, -TAG_MARGIN, 0),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tags)
            painter.setPen(opt.palette.color(role))
        tags_width += TAG_MARGIN if tags else 0
        text_rect = QRect(text_rect.adjusted(0, 0, -tags_width, 0))
        used += 10
        if detail and used < text_rect.width():
            if not selected:
                painter.setPen(opt.palette.color(QPalette.ColorRole.PlaceholderText))
            rest = QRect(text_rect.adjusted(used, 0, 0, 0))
            self._draw(painter, rest, detail, rest.width())
        painter.restore()

    def _draw(self, painter, rect, text, width) -> int:
        metrics = self.parent().fontMetrics()
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided)
        return metrics.horizontalAdvance(elided)


def _own_role(window, role_id: str, skills: list[dict]) -> str:
    role = RoleProfile.model_validate({**window.desk.role("backend-engineer").model_dump(),
                                       "id": role_id, "title": "Odd <b>names</b>", "skills": skills})
    window.desk.import_roles([role])
    window.catalogue_changed(role_id)
    return role_id


def _assert_as_before(checklist, what) -> None:
    QApplication.processEvents()
    model, now = checklist.model(), checklist.itemDelegate()
    rows = range(model.rowCount())
    assert len(rows) > 0
    sizes = [checklist.sizeHintForIndex(model.index(row)) for row in rows]
    shown = checklist.viewport().grab().toImage()
    checklist.setItemDelegate(AsBefore(checklist))
    try:
        assert [checklist.sizeHintForIndex(model.index(row)) for row in rows] == sizes, what
        assert checklist.viewport().grab().toImage() == shown, what
    finally:
        checklist.setItemDelegate(now)


def _states(window, checklist) -> None:
    """A learning tag, a note, a tick, a selected row, the current row and the pointer over a row."""
    model = checklist.model()
    names = {model.index(r).data(): model.index(r) for r in range(model.rowCount())}
    first, second = model.index(0), model.index(min(2, model.rowCount() - 1))
    window.editor.set_status(first.data(SkillKeyRole), first.data(), SkillStatus.LEARNING)
    if "Kafka" in names:
        window.editor.set_status(names["Kafka"].data(SkillKeyRole), "Kafka", SkillStatus.HAVE)
    window.editor.set_entry(second.data(SkillKeyRole), second.data(), SkillStatus.NONE, "a note", "")
    checklist.setCurrentIndex(model.index(1))
    QTest.mouseMove(checklist.viewport(), checklist.visualRect(second).center() + QPoint(0, 4))


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_rows_look_and_measure_as_before(window, theme):
    window.set_theme(theme)
    window.show_tab_named("skills")
    checklist = window.skills.list
    for role_id in ("data-engineer", "onet-29-1141-00", _own_role(window, "mine-odd", SKILLS + ODD + MORE)):
        window.open_role(role_id)
        for width in (1300, 900, 700):
            window.resize(width, 760)
            _assert_as_before(checklist, (role_id, width, "plain"))
        _states(window, checklist)
        for width in (1300, 700):
            window.resize(width, 760)
            _assert_as_before(checklist, (role_id, width, "states"))
        checklist.verticalScrollBar().setValue(checklist.verticalScrollBar().maximum())
        _assert_as_before(checklist, (role_id, "scrolled"))


def test_rows_look_and_measure_as_before_in_a_bigger_font(window):
    window.show_tab_named("skills")
    checklist = window.skills.list
    window.open_role(_own_role(window, "mine-odd", SKILLS + ODD + MORE))
    _states(window, checklist)
    font = QFont(checklist.font())
    font.setPointSizeF(font.pointSizeF() * 1.7)
    checklist.setFont(font)
    _assert_as_before(checklist, "bigger")
    window.open_role("data-engineer")
    _assert_as_before(checklist, "bigger, another role")


@pytest.fixture
def german():
    apply_language("de")
    yield
    remove_translations()


def test_rows_look_and_measure_as_before_in_german(qtbot, isolated_home, german):
    window = open_window(qtbot, isolated_home)
    window.show_tab_named("skills")
    checklist = window.skills.list
    window.open_role(_own_role(window, "mine-odd", SKILLS + MORE))
    _states(window, checklist)
    assert window.skills.list.itemDelegate()._tags(checklist.model().index(0)) != "learning"  # (German)
    _assert_as_before(checklist, "German")


def test_rows_kept_as_read_follow_ticks_notes_and_a_same_named_skill_in_another_role(window):
    """The rows the checklist reads once (`ChecklistRow`) and the lines it keeps are read and drawn
    afresh: a tick, a note, an undo, and a role whose same-named skill has another detail and group."""
    first = _own_role(window, "mine-one", [{"name": "Python", "kind": "technical", "detail": "Django"},
                                           {"name": "Kafka", "kind": "technical"}])
    second = _own_role(window, "mine-two", [{"name": "Docker", "kind": "tool"},
                                            {"name": "Python", "kind": "tool", "detail": "pandas and NumPy"}])
    window.show_tab_named("skills")
    checklist, model = window.skills.list, window.skills.model
    window.open_role(first)
    _assert_as_before(checklist, "first")
    python = model.index(0)
    assert model.row(0).check == Qt.CheckState.Unchecked
    assert model.setData(python, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.row(0).check == Qt.CheckState.Checked
    _assert_as_before(checklist, "ticked")
    window.editor.set_entry(python.data(SkillKeyRole), "Python", SkillStatus.LEARNING, "", "a course")
    assert model.row(0).learning and model.row(0).note
    _assert_as_before(checklist, "learning, with evidence")
    window.editor.stack.undo()
    assert model.row(0).check == Qt.CheckState.Checked and not model.row(0).note
    _assert_as_before(checklist, "undone")
    window.open_role(second)  # Python again: ticked (the ledger is shared), another detail, a tool
    assert [model.row(r)[:3] for r in range(2)] == [("Docker", "", Qt.CheckState.Unchecked),
                                                    ("Python", "pandas and NumPy", Qt.CheckState.Checked)]
    assert not model.row(1).group_start
    _assert_as_before(checklist, "second")
    window.editor.set_status(model.index(1).data(SkillKeyRole), "Python", SkillStatus.NONE)
    assert model.row(1).check == Qt.CheckState.Unchecked
    _assert_as_before(checklist, "unticked elsewhere")
    window.set_theme("dark")  # a theme, and a narrower window, with the rows already kept
    _assert_as_before(checklist, "dark")
    window.resize(640, 700)
    _assert_as_before(checklist, "narrow")


def test_a_rows_flags_are_the_same_and_made_without_an_enum_operation(window):
    """Qt asks the model for every row's flags as it paints it: enabled, selectable and checkable
    (a click and Space tick), nothing for no row, each answered without a Python `|` of Qt's
    flag members (two a row painted before: enum.Flag.__or__ runs in Python)."""
    import sys

    window.show_tab_named("skills")
    model = window.skills.model
    assert model.rowCount() > 0
    expected = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
    operations = []

    def watch(frame, event, _arg) -> None:
        if event == "call" and frame.f_code.co_filename.endswith("enum.py"):
            operations.append(frame.f_code.co_name)

    sys.setprofile(watch)
    try:
        flags = [model.flags(model.index(r)) for r in range(model.rowCount())]
        invalid = model.flags(model.index(-1))
    finally:
        sys.setprofile(None)
    assert operations == []
    assert flags == [expected] * model.rowCount()
    assert invalid == Qt.ItemFlag.NoItemFlags
