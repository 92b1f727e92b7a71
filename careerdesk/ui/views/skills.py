"""Skills tab: the checklist, three groups in one list, with live progress figures."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPalette, QStaticText
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from careerdesk.domain.kinds import SkillKind
from careerdesk.domain.reading import RoleView
from careerdesk.service.desk import Desk
from careerdesk.ui.empty_state import EmptyLabel
from careerdesk.ui.learn import LearnLabel
from careerdesk.ui.models.skills import ChecklistRow, SkillChecklistModel, SkillKeyRole
from careerdesk.ui.tabs import show_tally
from careerdesk.ui.undo import LedgerEditor
from careerdesk.ui.wrapped import WrappedLabel

HEADER_HEIGHT = 40
LEARNING_COLOUR = QColor("#b7791f")
TAG_MARGIN = 12  # between the right-hand tags ("learning", "note") and the scroll bar
ROW_HEIGHT = 30
_ROW_FEATURES = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator | QStyleOptionViewItem.ViewItemFeature.HasDisplay
_NO_BRUSH = QBrush()
_SELECTED = QStyle.StateFlag.State_Selected
_VARIANTS = "\x9c"  # separates a text's length variants: elidedText picks one, measures do not


class ChecklistDelegate(QStyledItemDelegate):
    """Draws a group heading above the first skill of each group, and a skill's
    role-specific detail in a quieter colour after its name."""

    _sizes: dict[tuple[str, bool], QSize] | None = None
    _font: QFont | None = None  # the font the kept sizes were measured in
    _lines: dict[tuple[str, int], tuple[QStaticText | str, int]] = {}  # noqa: RUF012 (replaced, never changed in place)
    _widths: dict[str, float] = {}  # noqa: RUF012 (replaced, never changed in place)
    _line_font: QFont | None = None  # the font the kept lines were laid out in

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: dict[int, QSize] = {}  # each row's size, until the model's rows change

    def watch(self, model) -> None:
        """Keep each row's size until `model`'s rows change (a new role, rows in or out)."""
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                       model.layoutChanged):
            signal.connect(self._forget_rows)

    def _forget_rows(self, *_args) -> None:
        self._rows.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        # The list measures every row of a role when it opens and each row again as it paints;
        # a row's size follows from its name, whether it heads a group and the font alone, so
        # each is measured once, and each row's size is kept until the rows change. The font is
        # compared, not keyed: QFont.key() builds a string, ~30 us a call, 40 calls a switch.
        font = option.font
        if self._sizes is None or len(self._sizes) > 5000 or self._font != font:
            self._sizes, self._font = {}, QFont(font)
            self._rows.clear()
        size = self._rows.get(index.row())
        if size is None:
            row = index.model().row(index.row())
            key = (row.name, row.group_start)
            size = self._sizes.get(key)
            if size is None:
                # What QStyledItemDelegate measures (the model has no size of its own to give),
                # with the row's option filled from one call to the model, not seven through Qt.
                opt = self._row_option(option, index, row)
                widget = opt.widget
                style = widget.style() if widget is not None else QApplication.style()
                size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, opt, QSize(), widget)
                size.setHeight(max(size.height(), ROW_HEIGHT) + (HEADER_HEIGHT if key[1] else 0))
                self._sizes[key] = size
            self._rows[index.row()] = size
        return QSize(size)

    @staticmethod
    def _row_option(option: QStyleOptionViewItem, index: QModelIndex, row: ChecklistRow) -> QStyleOptionViewItem:
        """`option` as `initStyleOption` completes it for this model's rows, which give a name
        and a check state and nothing else it asks for (font, alignment, colours, icon)."""
        opt = QStyleOptionViewItem(option)
        opt.index = index
        opt.features = opt.features | _ROW_FEATURES
        opt.checkState = row.check
        opt.text = row.name
        opt.backgroundBrush = _NO_BRUSH
        opt.styleObject = None  # (as Qt: no style animations inside item views)
        return opt

    def _item_option(self, option: QStyleOptionViewItem, index: QModelIndex) -> QStyleOptionViewItem:
        opt = QStyleOptionViewItem(option)
        if index.model().row(index.row()).group_start:
            opt.rect = QRect(option.rect.adjusted(0, HEADER_HEIGHT, 0, 0))
        return opt

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        # A switch paints every row on screen: one call to the model for all the row shows
        # (`ChecklistRow`), and as few calls into Qt as draw what the rows always drew.
        model = index.model()
        row = model.row(index.row())
        palette = option.palette
        if row.group_start:
            painter.save()
            font = QFont(option.font)
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.05)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            header = QRect(option.rect.left() + 6, option.rect.top() + 8, option.rect.width() - 12, HEADER_HEIGHT - 12)
            painter.drawText(header, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             model.group_label(row.kind))
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(header.left(), header.bottom() + 2, header.right(), header.bottom() + 2)
            painter.restore()
        opt = self._row_option(option, index, row)
        opt.text = ""
        if row.group_start:
            opt.rect = option.rect.adjusted(0, HEADER_HEIGHT, 0, 0)
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        # Fusion outlines check boxes in a shade of the window colour, which all but vanishes
        # on a dark palette; a quiet outline in the text colour keeps them visible in both.
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, opt, widget)
        text_colour = palette.color(QPalette.ColorRole.Text)
        painter.save()
        outline = QColor(text_colour)
        outline.setAlpha(110)
        painter.setPen(outline)
        painter.drawRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        selected = _SELECTED in opt.state
        colour = palette.color(QPalette.ColorRole.HighlightedText) if selected else text_colour
        font = opt.font
        painter.setFont(font)
        painter.setPen(colour)
        tags = self._tags_of(row)
        tags_width = painter.fontMetrics().horizontalAdvance(tags) + 12 if tags else 0
        # The name gives way to the tags, and the tags keep clear of the scroll bar.
        width = text_rect.width()
        shown, used = self._line(font, row.name, width - tags_width - TAG_MARGIN)
        self._draw_line(painter, text_rect, shown)
        if tags:
            if not selected:
                painter.setPen(LEARNING_COLOUR if row.learning
                               else palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(text_rect.adjusted(0, 0, -TAG_MARGIN, 0),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tags)
            painter.setPen(colour)
            tags_width += TAG_MARGIN
        used += 10
        if row.detail and used < width - tags_width:
            if not selected:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            rest = text_rect.adjusted(used, 0, -tags_width, 0)
            self._draw_line(painter, rest, self._line(font, row.detail, rest.width())[0])
        painter.restore()

    def _line(self, font: QFont, text: str, width: int) -> tuple[QStaticText, int]:
        """`text` elided to `width`, laid out once (QStaticText) and kept, with its advance.
        Eliding and laying out each name and detail again on every paint was most of a row's
        paint, and a role switch paints every visible row."""
        self._use_font(font)
        key = (text, width)
        line = self._lines.get(key)
        if line is None:
            advance_f = self._text_width(text)
            if advance_f <= width and _VARIANTS not in text:
                # Where the text fits, elidedText gives it back whole after measuring it as this
                # does, and horizontalAdvance rounds the same measure: one measure, not two.
                elided, advance = text, int(advance_f + 0.5)
            else:
                elided = self._line_metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
                advance = self._line_metrics.horizontalAdvance(elided)
            if elided.isascii() and elided.isprintable():
                static = QStaticText(elided)
                static.setTextFormat(Qt.TextFormat.PlainText)
                static.prepare(font=font)
                line = self._lines[key] = (static, advance)
            else:
                # QStaticText takes its direction from the text (Arabic first: the English after
                # it moved left) and expands tabs, where drawText keeps the row left to right and
                # draws a tab as a space: such lines are drawn as text, as they always were.
                line = self._lines[key] = (elided, advance)
        return line

    def _use_font(self, font: QFont) -> None:
        """Lines, and widths of texts, are kept for one font: another (or too many) starts afresh."""
        if self._line_font != font or len(self._lines) > 4000 or len(self._widths) > 4000:
            self._lines, self._widths, self._line_font = {}, {}, QFont(font)
            self._line_metrics = QFontMetrics(font)
            self._line_metrics_f = QFontMetricsF(font)
            self._line_height = self._line_metrics_f.height()

    def _text_width(self, text: str) -> float:
        """QFontMetricsF.horizontalAdvance of `text` in the kept lines' font, measured once."""
        width = self._widths.get(text)
        if width is None:
            width = self._widths[text] = self._line_metrics_f.horizontalAdvance(text)
        return width

    def _draw_line(self, painter: QPainter, rect: QRect, line: QStaticText | str) -> None:
        """Where drawText with AlignLeft | AlignVCenter put it: the line's box centred in `rect`."""
        if isinstance(line, str):
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
        else:
            painter.drawStaticText(QPointF(rect.left(), rect.top() + (rect.height() - self._line_height) / 2), line)

    def _tags(self, index: QModelIndex) -> str:
        return self._tags_of(index.model().row(index.row()))

    def _tags_of(self, row: ChecklistRow) -> str:
        if not (row.learning or row.note):
            return ""
        parts = []
        if row.learning:
            parts.append(self.tr("learning"))
        if row.note:
            parts.append(self.tr("✎ note"))
        return "  ·  ".join(parts)

    def editorEvent(self, event, model, option: QStyleOptionViewItem, index: QModelIndex) -> bool:  # noqa: N802
        # Check-box hit testing must use the same rectangle the check box was drawn in.
        return super().editorEvent(event, model, self._item_option(option, index), index)


class _Figure(WrappedLabel):
    """A group's figures: one line where there is room, as a plain label shows them, but two
    rather than widen the window. Unwrapped, each role's figures set the tab's minimum width,
    and in a narrow window the splitter moved (and the whole window was painted again) on
    switching roles. The width is measured once per text (a switch asks for it at every
    layout pass), and again after whatever makes a WrappedLabel measure again."""

    _hint: QSize | None = None

    def measure_again(self) -> None:
        self._hint = None
        super().measure_again()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        if self._hint is None:
            # A wrapping label guesses a narrow width and breaks lines even where there is room.
            width = self.fontMetrics().boundingRect(QRect(0, 0, 2000, 2000), int(self.alignment()),
                                                    self.text()).width()
            margins = self.contentsMargins()
            width += margins.left() + margins.right() + 2 * self.margin()
            self._hint = QSize(width, self.heightForWidth(width))
        return QSize(self._hint)


class SkillsView(QWidget):
    """Overall progress, per-group progress and the checklist itself."""

    def __init__(self, desk: Desk, editor: LedgerEditor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("skillsTab")
        self.editor = editor
        self.model = SkillChecklistModel(desk, editor, self)
        self.summary = QLabel()
        self.summary.setObjectName("skillSummary")
        self.summary.setAccessibleName(self.tr("Skill progress"))
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.summary.setFont(font)
        self.bar = QProgressBar()
        self.bar.setObjectName("skillProgress")
        self.bar.setAccessibleName(self.tr("Share of this role's skills you have"))
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.group_labels: dict[SkillKind, QLabel] = {}
        groups = QHBoxLayout()
        groups.setSpacing(24)
        for kind in SkillKind:
            label = _Figure()
            label.setObjectName(f"skillProgress_{kind.value}")
            label.setAccessibleName(kind.label)
            self.group_labels[kind] = label
            groups.addWidget(label)
        groups.addStretch(1)
        self.hint = hint = WrappedLabel(self.tr(
            "Tick what you can already do; right-click a skill to mark it as learning or "
            "add a note. Everything is saved at once and shared by every role."))
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.list = QListView()
        self.list.setObjectName("skillChecklist")
        self.list.setAccessibleName(self.tr("Skill checklist"))
        self.list.setAccessibleDescription(self.tr("Space ticks or unticks the selected skill"))
        self.list.setModel(self.model)
        delegate = ChecklistDelegate(self.list)
        delegate.watch(self.model)
        self.list.setItemDelegate(delegate)
        self.list.setUniformItemSizes(False)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setAlternatingRowColors(False)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.doubleClicked.connect(self._edit_notes)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.setSpacing(8)
        layout.addWidget(self.summary)
        layout.addWidget(self.bar)
        layout.addLayout(groups)
        layout.addWidget(hint)
        self.empty = EmptyLabel("skills")
        self.empty.hide()
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.list, 1)
        self.learn = LearnLabel()
        layout.addWidget(self.learn)
        self.list.selectionModel().currentChanged.connect(self._show_learn)
        self._desk = desk
        self._role: RoleView | None = None

    def _context_menu(self, pos) -> None:
        index = self.list.indexAt(pos) if pos is not None else self.list.currentIndex()
        if not index.isValid():
            index = self.list.currentIndex()
        if not index.isValid():
            return
        from careerdesk.ui.skill_actions import skill_menu  # (its dialogs are not needed for the first paint)

        menu = skill_menu(self, self.editor, index.data(SkillKeyRole), index.data())
        menu.exec(self.list.viewport().mapToGlobal(self.list.visualRect(index).center()
                                                   if pos is None else pos))

    def _show_learn(self, index) -> None:
        key = index.data(SkillKeyRole) if index.isValid() else None
        self.learn.show_links(index.data() if key else None, self._desk.learn_links([key]).get(key) if key else None)

    def _edit_notes(self, index) -> None:
        from careerdesk.ui.skill_actions import edit_notes

        edit_notes(self, self.editor, index.data(SkillKeyRole), index.data())

    def show_role(self, role: RoleView) -> None:
        self._role = role
        ordered = self.tr(" O*NET's skills and knowledge come most important first, with the level the work "
                          "needs (0-7); in-demand tools first.") if role.source == "onet" else ""
        self.hint.setText(self.tr("Tick what you can already do; right-click a skill to mark it as learning or "
                                  "add a note. Everything is saved at once and shared by every role.") + ordered)
        self.model.set_role(role)
        self.learn.show_links(None, None)
        self.update_progress()
        if not role.skills:
            self.empty.show_why(self.tr("{title} lists no skills yet.").format(title=role.title))
        for widget in (self.list, self.bar, self.hint):
            widget.setVisible(bool(role.skills))
        self.empty.setVisible(not role.skills)
        # Laid out now, the tab and then the checklist's rows (a reset list lays its rows out on a
        # zero timer): else the window paints the list unlaid, then again for each step after.
        self.layout().activate()
        self.list.executeDelayedItemsLayout()

    def show_empty(self, why: str) -> None:
        """No role open: no checklist, a word on what it would be."""
        self._role = None
        self.summary.setText("")
        self.bar.setValue(0)
        for label in self.group_labels.values():
            label.setText("")
        for widget in (self.list, self.bar, self.hint):
            widget.hide()
        self.empty.show_why(why)
        self.empty.show()

    def refresh(self) -> None:
        self.model.refresh()
        self.update_progress()

    def on_changes(self, changes) -> None:
        if changes.skills:
            self.refresh()

    def update_progress(self) -> None:
        if self._role is None:
            return
        progress = self._desk.progress(self._role)
        overall = progress.overall
        if overall.total:
            self.summary.setText(self.tr("{have} of {total} skills, {percent}%").format(
                have=overall.have, total=overall.total, percent=overall.percent))
        else:
            self.summary.setText(self.tr("No skills are recorded for this role yet."))
        show_tally(self.bar, overall.have, overall.total)
        for kind, label in self.group_labels.items():
            tally = progress.by_kind[kind]
            label.setText(self.tr("{group}: {have} of {total}").format(
                group=kind.label, have=tally.have, total=tally.total))
            label.setVisible(tally.total > 0)
