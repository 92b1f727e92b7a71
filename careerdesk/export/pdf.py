"""The plan as a paged document, painted with QPainter onto a PDF writer or a printer.

Layout works in points (1/72 inch) on any QPagedPaintDevice: the content is a list of
blocks, each measured before it is placed, so no table row is ever split across pages; a
table's header repeats on every page it continues on, a heading never ends a page, and
every page gets the running header and "Page n of N". Text is painted as text (selectable,
searchable) and never interpreted as markup.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextLayout,
    QTextOption,
)

from careerdesk.domain import i18n
from careerdesk.domain.plan import GapItem
from careerdesk.domain.report import PlanReport
from careerdesk.export.chart import chart_height, paint_chart
from careerdesk.export.output import ExportError, atomic_output, write_text_output
from careerdesk.export.timeline_chart import PROGRESS_H, Ink, paint_progress, paint_timeline, timeline_height

MARGIN = 50.0
HEADER = 28.0
FOOTER = 26.0
INK, MUTED, RULE, SHADE = QColor("#1f2933"), QColor("#5f6b7a"), QColor("#cfd6de"), QColor("#f4f6f8")
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)


def font(size: int, bold: bool = False) -> QFont:
    """Pixel sizes in points (the painter is scaled to points); ligatures off so copied
    text reads "fi", not one ligature glyph."""
    f = QFont()
    f.setPixelSize(size)
    f.setBold(bold)
    f.setFeature(QFont.Tag("liga"), 0)
    return f


def wraps_within(text: str, f: QFont, width: float) -> bool:
    """Whether word wrap alone keeps `text` within `width` (no word of it is wider)."""
    return QFontMetricsF(f).boundingRect(QRectF(0, 0, width, 1e6), WRAP, text).width() <= width + 0.5


def broken_anywhere(text: str, f: QFont, width: float) -> QTextLayout:
    """`text` laid out in `width` for a word wider than that (an address as evidence): wrapped at
    its spaces, and inside a word only where the word alone is wider. QPainter's flags can ask for
    word wrap (the word runs past the column and is cut off at the cell's edge) or for breaks
    anywhere (every word of the cell broken at the line's end: "Conf|luent"), not for both."""
    layout = QTextLayout(text.replace("\n", "\u2028"), f)  # (a line break, as drawText takes "\n")
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    top = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, top))
        top += line.height()
    layout.endLayout()
    return layout


def text_height(text: str, f: QFont, width: float) -> float:
    if wraps_within(text, f, width):
        return QFontMetricsF(f).boundingRect(QRectF(0, 0, width, 1e6), WRAP, text).height()
    return broken_anywhere(text, f, width).boundingRect().height()


def draw_wrapped(p: QPainter, rect: QRectF, text: str) -> None:
    """`text` in `rect` with the painter's font and pen, wrapped as text_height measured it."""
    if wraps_within(text, p.font(), rect.width()):
        p.drawText(rect, WRAP, text)
    else:
        broken_anywhere(text, p.font(), rect.width()).draw(p, rect.topLeft())


@dataclass
class Block:
    """Something placed on a page as a whole."""

    height_of: Callable[[float], float]
    paint: Callable[[QPainter, QRectF], None]
    keep_with_next: bool = False
    repeat_header: Block | None = None  # for table rows: the header to repeat on a new page


@dataclass
class Column:
    title: str
    share: float  # of the table width
    bold: bool = False


@dataclass
class Row:
    cells: list[str]
    muted: list[bool] = field(default_factory=list)


def text_block(text: str, size: int = 10, bold: bool = False, colour: QColor = INK,
               before: float = 0, after: float = 6, keep: bool = False) -> Block:
    f = font(size, bold)

    def height(width: float) -> float:
        return before + text_height(text, f, width) + after

    def paint(p: QPainter, rect: QRectF) -> None:
        p.setFont(f)
        p.setPen(colour)
        draw_wrapped(p, rect.adjusted(0, before, 0, 0), text)

    return Block(height, paint, keep_with_next=keep)


def table_blocks(columns: list[Column], rows: list[Row]) -> list[Block]:
    pad = 4.0
    head_font, body, bold = font(9, True), font(10), font(10, True)

    def widths(total: float) -> list[float]:
        return [total * c.share for c in columns]

    def header_height(width: float) -> float:
        cells = zip(columns, widths(width), strict=True)
        return max(text_height(c.title, head_font, w - 2 * pad) for c, w in cells) + 2 * pad

    def paint_header(p: QPainter, rect: QRectF) -> None:
        p.setFont(head_font)
        p.setPen(MUTED)
        x = rect.left()
        for c, w in zip(columns, widths(rect.width()), strict=True):
            draw_wrapped(p, QRectF(x + pad, rect.top() + pad, w - 2 * pad, rect.height()), c.title.upper())
            x += w
        p.setPen(QPen(RULE, 0.8))
        p.drawLine(rect.bottomLeft(), rect.bottomRight())

    header = Block(header_height, paint_header, keep_with_next=True)
    blocks = [header]
    for index, row in enumerate(rows):
        def height(width: float, row: Row = row) -> float:
            return max(
                text_height(text, bold if c.bold else body, w - 2 * pad)
                for text, c, w in zip(row.cells, columns, widths(width), strict=True)
            ) + 2 * pad + 2

        def paint(p: QPainter, rect: QRectF, row: Row = row, shaded: bool = index % 2 == 1) -> None:
            if shaded:
                p.fillRect(rect, SHADE)
            x = rect.left()
            for i, (text, c, w) in enumerate(zip(row.cells, columns, widths(rect.width()), strict=True)):
                p.setFont(bold if c.bold else body)
                p.setPen(MUTED if (row.muted and row.muted[i]) else INK)
                draw_wrapped(p, QRectF(x + pad, rect.top() + pad + 1, w - 2 * pad, rect.height()), text)
                x += w

        blocks.append(Block(height, paint, repeat_header=header))
    return blocks


def chart_block(report: PlanReport) -> Block:
    groups = report.groups()
    return Block(lambda _w: chart_height(groups), lambda p, rect: paint_chart(p, rect, groups, font, INK, MUTED))


def _note(item: GapItem, learn: list | None = None) -> str:
    evidence = i18n.translate("PlanExport", "Evidence: {evidence}").format(evidence=item.entry.evidence)
    parts = [item.entry.note, evidence if item.entry.evidence else ""]
    text = "\n".join(p for p in parts if p)
    text = text if len(text) <= 600 else text[:597] + "…"
    learn_line = i18n.translate("PlanExport", "Learn: {title}, {url}")
    links = "\n".join(learn_line.format(title=link.title, url=link.url) for link in learn or [])
    return "\n".join(p for p in (text, links) if p)


def dated_blocks(report: PlanReport) -> list[Block]:
    """Pace, the milestones on a time axis, the milestone table, and skills had per week."""
    dated = report.dated
    if dated is None or not (dated.weekly or any(r.due for r in dated.rows)):
        return []  # nothing dated yet: no empty pictures
    ink = Ink(INK, MUTED, RULE)
    rows = dated.rows
    blocks = [
        text_block(i18n.translate("PlanExport", "Timeline"), 14, True, before=14, after=4, keep=True),
        text_block(i18n.translate("PlanExport", "Each open skill from its start to its due date; a diamond marks "
                                  "the day a skill was done. The red line is today, the dashed one your target date."),
                   9, colour=MUTED, after=6, keep=True),
        Block(lambda _w: timeline_height(rows), lambda p, rect: paint_timeline(
            p, rect, rows, dated.today, dated.target_date, font, ink)),
    ]
    open_rows = sorted((r for r in rows if r.status != "have" and r.due), key=lambda r: (r.due, r.name))
    if open_rows:
        status = status_names()
        weeks = i18n.translate("PlanExport", "{n} wk")
        blocks += table_blocks(
            [Column(i18n.translate("PlanExport", "Skill"), 0.4, bold=True),
             Column(i18n.translate("PlanExport", "Status"), 0.15), Column(i18n.translate("PlanExport", "Effort"), 0.13),
             Column(i18n.translate("PlanExport", "Start"), 0.16), Column(i18n.translate("PlanExport", "Due"), 0.16)],
            [Row([r.name, status[r.status], weeks.format(n=r.effort_weeks), i18n.day(r.start) if r.start else "",
                  i18n.day(r.due)]) for r in open_rows])
    blocks += [text_block(i18n.translate("PlanExport", "Skills you had, week by week"), 11, True, before=10,
                          after=2, keep=True),
               Block(lambda _w: PROGRESS_H, lambda p, rect: paint_progress(p, rect, dated.weekly, dated.total,
                                                                          font, ink))]
    return blocks


def status_names() -> dict[str, str]:
    """A skill's status as the milestone table names it, in the reader's language."""
    return {"learning": i18n.translate("PlanExport", "Learning"), "none": i18n.translate("PlanExport", "Not yet"),
            "have": i18n.translate("PlanExport", "Have")}


def plan_blocks(report: PlanReport) -> list[Block]:
    gap = report.gap
    blocks = [
        text_block(report.title, 20, True, after=4),
        text_block(report.subtitle(), 10, colour=MUTED, after=14),
        text_block(report.headline(), 11, after=12),
        chart_block(report),
    ]
    if report.dated is not None and report.dated.total:
        blocks.insert(3, text_block(report.dated.pace.describe(), 11, after=12))

    def section(title: str, intro: str = "") -> None:
        blocks.append(text_block(title, 14, True, before=14, after=4, keep=True))
        if intro:
            blocks.append(text_block(intro, 9, colour=MUTED, after=6, keep=True))

    skill, notes = i18n.translate("PlanExport", "Skill"), i18n.translate("PlanExport", "Notes")
    skill_cols = [Column("#", 0.06), Column(skill, 0.34, bold=True),
                  Column(i18n.translate("PlanExport", "Group"), 0.18), Column(notes, 0.42)]
    section(i18n.translate("PlanExport", "What to learn next"),
            i18n.translate("PlanExport", "Most important first: skills needed on the way to the target, then "
                           "skills the target adds, then skills your current role already expects."))
    if gap.missing:
        blocks += table_blocks(
            [skill_cols[0], skill_cols[1], Column(i18n.translate("PlanExport", "Why"), 0.24), Column(notes, 0.36)],
            [Row([str(n), i.skill.label, i.tier.reason, _note(i, report.learn.get(i.key))],
                 [False, False, True, False])
             for n, i in enumerate(gap.missing, 1)],
        )
    else:
        blocks.append(text_block(i18n.translate("PlanExport",
                                                "Nothing missing: you have or are learning every skill on the list.")))
    for title, items, empty in (
        (i18n.translate("PlanExport", "In progress"), gap.learning,
         i18n.translate("PlanExport", "Nothing marked as learning yet.")),
        (i18n.translate("PlanExport", "Already in hand"), gap.have,
         i18n.translate("PlanExport", "No skills ticked yet.")),
    ):
        section(title)
        if items:
            blocks += table_blocks(skill_cols, [Row([str(n), i.skill.label, i.skill.kind.label, _note(i)])
                                                for n, i in enumerate(items, 1)])
        else:
            blocks.append(text_block(empty, colour=MUTED))
    blocks += dated_blocks(report)
    section(i18n.translate("PlanExport", "The path from here"),
            i18n.translate("PlanExport", "From {title} onwards, with how much of each role's skill list you "
                           "already have.").format(title=report.target.title))
    target, unknown = i18n.translate("PlanExport", "Target"), i18n.translate("PlanExport", "not in the catalogue")
    blocks += table_blocks(
        [Column(i18n.translate("PlanExport", "Step"), 0.1),
         Column(i18n.translate("PlanExport", "Role"), 0.5, bold=True),
         Column(i18n.translate("PlanExport", "Your progress"), 0.4)],
        [Row([(target if n == 0 else str(n)), s.title, s.tally.describe() if s.tally else unknown])
         for n, s in enumerate(report.path)],
    )
    section(report.does_heading)
    blocks += table_blocks([Column("#", 0.06), Column(i18n.translate("PlanExport", "Responsibility"), 0.94)],
                           [Row([str(n), r]) for n, r in enumerate(report.target.responsibilities, 1)])
    if report.credits():
        blocks.append(text_block(report.credits(), 8, colour=MUTED, before=16))
    return blocks


def paginate(blocks: list[Block], width: float, page_height: float) -> list[list[tuple[Block, float]]]:
    """Place blocks top to bottom; start a new page rather than split a block or strand a
    heading (a block marked keep_with_next moves down with the block after it)."""
    pages: list[list[tuple[Block, float]]] = [[]]
    y = 0.0
    heights = [b.height_of(width) for b in blocks]
    for i, (block, h) in enumerate(zip(blocks, heights, strict=True)):
        need = h
        j = i
        while blocks[j].keep_with_next and j + 1 < len(blocks):
            j += 1
            need += heights[j]
        if y > 0 and y + need > page_height:
            pages.append([])
            y = 0.0
            header = block.repeat_header
            if header is not None:
                pages[-1].append((header, y))
                y += header.height_of(width)
        pages[-1].append((block, y))
        y += h
    return pages


def paper_for_locale(locale: QLocale | None = None) -> QPageSize.PageSizeId:
    """Letter where people measure in inches (US), A4 everywhere else."""
    system = (locale or QLocale.system()).measurementSystem()
    if system == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize.PageSizeId.Letter
    return QPageSize.PageSizeId.A4


def render(report: PlanReport, device: QPagedPaintDevice) -> int:
    """Paint the plan onto a PDF writer or printer; returns the number of pages."""
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)
    page = device.pageLayout().fullRectPoints()
    width = page.width() - 2 * MARGIN
    body_height = page.height() - 2 * MARGIN - HEADER - FOOTER
    pages = paginate(plan_blocks(report), width, body_height)
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(i18n.translate("PlanExport", "cannot start drawing the document"))
    try:
        scale = device.logicalDpiX() / 72.0
        painter.scale(scale, scale)
        for number, placed in enumerate(pages, 1):
            if number > 1:
                device.newPage()
            _page_furniture(painter, report, page.width(), page.height(), number, len(pages))
            top = MARGIN + HEADER
            for block, y in placed:
                block.paint(painter, QRectF(MARGIN, top + y, width, block.height_of(width)))
    finally:
        painter.end()
    return len(pages)


def _page_furniture(p: QPainter, report: PlanReport, w: float, h: float, number: int, count: int) -> None:
    p.setFont(font(8))
    p.setPen(MUTED)
    if report.plan.name:
        running = i18n.translate("PlanExport", "CareerDesk · Career plan for {name} · {role}")
    else:
        running = i18n.translate("PlanExport", "CareerDesk · Career plan · {role}")
    date = i18n.day(report.prepared_on)
    # a long name with a long O*NET title ran on under the date: end it with "…" before the date
    metrics = QFontMetricsF(p.font())
    room = w - 2 * MARGIN - metrics.horizontalAdvance(date) - 12
    running = metrics.elidedText(running.format(name=report.plan.name, role=report.target.title),
                                 Qt.TextElideMode.ElideRight, room)
    p.drawText(QRectF(MARGIN, MARGIN - 6, w - 2 * MARGIN, 14), int(Qt.AlignmentFlag.AlignLeft), running)
    p.drawText(QRectF(MARGIN, MARGIN - 6, w - 2 * MARGIN, 14), int(Qt.AlignmentFlag.AlignRight), date)
    p.setPen(QPen(RULE, 0.6))
    p.drawLine(QRectF(MARGIN, MARGIN + 10, w - 2 * MARGIN, 0).topLeft(),
               QRectF(MARGIN, MARGIN + 10, w - 2 * MARGIN, 0).topRight())
    p.setPen(MUTED)
    p.drawText(QRectF(MARGIN, h - MARGIN, w - 2 * MARGIN, 14), int(Qt.AlignmentFlag.AlignHCenter),
               i18n.translate("PlanExport", "Page {number} of {count}").format(number=number, count=count))


def export_pdf(report: PlanReport, out: Path, paper: QPageSize.PageSizeId | None = None) -> int:
    """Paint the plan into a temporary file and move it into place only when complete
    (see export.output), so a failure never leaves a half-written file behind."""
    # Painted into memory and written by Python: Qt's writer ignores a failed write, so on a
    # full disk it "succeeded" with a truncated PDF; Python's write raises, and nothing is kept.
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setTitle(report.title)
    writer.setCreator("CareerDesk")
    writer.setPageSize(QPageSize(paper or paper_for_locale()))
    pages = render(report, writer)
    del writer  # finishes the document
    with atomic_output(out) as tmp:
        tmp.write_bytes(buffer.data().data())
    return pages


def export_markdown(text: str, out: Path) -> None:
    write_text_output(out, text)


PAPER_NAMES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def export_pdf_file(report: PlanReport, out: Path, paper: str | None = None) -> int:
    """export_pdf from anywhere, the command line included: painting text needs a
    QGuiApplication, which needs no screen when there is none (offscreen)."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        export_pdf_file.app = QGuiApplication(["careerdesk"])  # kept alive for later exports
    return export_pdf(report, out, PAPER_NAMES.get(paper or ""))
