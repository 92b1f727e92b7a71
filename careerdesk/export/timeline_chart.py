"""The dated plan as pictures: milestones on a time axis with today marked, skills had per
week, and a calendar of the days with progress. QPainter only, so the window, the PDF and
the printout draw the same thing; the caller passes the colours (the window's palette, or
print colours)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from careerdesk.domain import i18n
from careerdesk.domain.schedule import TimelineRow
from careerdesk.export.chart import HAVE, LEARNING

LATE = QColor("#d64545")  # today's line and milestones past due: red reads as "now" in both schemes
ROW_H, AXIS_H, MAX_ROWS = 18.0, 30.0, 30
HEAT_WEEKS, CELL = 26, 11.0
MIDDLE = int(Qt.AlignmentFlag.AlignVCenter)

FontFor = Callable[[int, bool], QFont]


@dataclass(frozen=True)
class Ink:
    """The colours a picture is painted in."""

    text: QColor
    muted: QColor
    track: QColor  # empty cells and bars not started


def shown_rows(rows: list[TimelineRow]) -> list[TimelineRow]:
    """Open milestones by due date, then skills done with a date; at most MAX_ROWS."""
    open_rows = sorted((r for r in rows if r.due and r.status != "have"), key=lambda r: (r.due, r.name))
    done = sorted((r for r in rows if r.done), key=lambda r: r.done)
    return (done[-3:] + open_rows)[:MAX_ROWS]


def timeline_height(rows: list[TimelineRow]) -> float:
    return max(len(shown_rows(rows)), 1) * ROW_H + AXIS_H + 6 + (ROW_H if _hidden(rows) else 0)


def _hidden(rows: list[TimelineRow]) -> int:
    """Open milestones left out for room."""
    shown = shown_rows(rows)
    return sum(1 for r in rows if r.due and r.status != "have" and r not in shown)


def _month_starts(first: dt.date, last: dt.date) -> list[dt.date]:
    day, out = first.replace(day=1), []
    while day <= last:
        if day >= first:
            out.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return out


def paint_timeline(p: QPainter, rect: QRectF, rows: list[TimelineRow], today: dt.date,
                   target_date: dt.date | None, font: FontFor, ink: Ink) -> None:
    """One line per milestone: a bar from start to due, a diamond on the day it was done."""
    shown = shown_rows(rows)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    label_w = min(170.0, rect.width() * 0.3)
    days = [today] + [d for r in shown for d in (r.start, r.due, r.done) if d]
    if target_date:
        days.append(target_date)
    first, last = min(days) - dt.timedelta(days=3), max(days) + dt.timedelta(days=7)
    span = max((last - first).days, 1)
    left, width = rect.left() + label_w, max(rect.width() - label_w - 8, 40.0)

    def x_of(day: dt.date) -> float:
        return left + width * (day - first).days / span

    top = rect.top() + 2
    bottom = top + max(len(shown), 1) * ROW_H
    small = font(8, False)
    p.setFont(small)
    step = max(1, round(len(_month_starts(first, last)) / max(width / 60, 1)))
    for n, month in enumerate(_month_starts(first, last)):
        x = x_of(month)
        p.setPen(QPen(ink.track, 0.8))
        p.drawLine(QPointF(x, top), QPointF(x, bottom))
        if n % step == 0:
            p.setPen(ink.muted)
            text = i18n.month(month, with_year=n == 0 or month.month == 1)
            p.drawText(QRectF(x - 35, bottom + 2, 70, 12), int(Qt.AlignmentFlag.AlignHCenter), text)
    if not shown:
        p.setPen(ink.muted)
        p.drawText(QRectF(rect.left(), top, rect.width(), ROW_H), MIDDLE,
                   i18n.translate("PlanChart", "No milestones yet: schedule the plan to give each skill a date."))
    label = font(9, False)
    for i, row in enumerate(shown):
        y = top + i * ROW_H
        p.setFont(label)
        p.setPen(ink.text)
        name = QFontMetricsF(label).elidedText(row.name, Qt.TextElideMode.ElideRight, label_w - 8)
        p.drawText(QRectF(rect.left(), y, label_w - 8, ROW_H), MIDDLE, name)
        if row.due and row.status != "have":
            start = row.start or row.due
            colour = LEARNING if row.status == "learning" else HAVE.lighter(150)
            bar = QRectF(x_of(start), y + 4, max(x_of(row.due) - x_of(start), 3.0), ROW_H - 8)
            p.fillRect(bar, colour)
            p.fillRect(QRectF(bar.right() - 2, y + 2, 3, ROW_H - 4), LATE if row.due < today else ink.text)
        if row.done:
            cx, cy = x_of(row.done), y + ROW_H / 2
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(HAVE)
            p.drawPolygon(QPolygonF([QPointF(cx, cy - 5), QPointF(cx + 5, cy), QPointF(cx, cy + 5),
                                     QPointF(cx - 5, cy)]))
    p.setFont(small)
    if _hidden(rows):
        p.setPen(ink.muted)
        p.drawText(QRectF(rect.left(), bottom + 28, rect.width(), 14), MIDDLE,
                   i18n.translate("PlanChart", "and {n} later milestones (all are in the table)").format(
                       n=_hidden(rows)))
    for day, colour, text, dash in ((today, LATE, i18n.translate("PlanChart", "today"), Qt.PenStyle.SolidLine),
                                    (target_date, ink.text, i18n.translate("PlanChart", "target"),
                                     Qt.PenStyle.DashLine)):
        if day is None:
            continue
        x = x_of(day)
        p.setPen(QPen(colour, 1.6, dash))
        p.drawLine(QPointF(x, top - 2), QPointF(x, bottom + 2))
        p.setPen(colour)
        p.drawText(QRectF(x - 40, bottom + 14, 80, 12), int(Qt.AlignmentFlag.AlignHCenter), text)
    p.restore()


PROGRESS_H = 120.0


def paint_progress(p: QPainter, rect: QRectF, weekly: list[tuple[dt.date, int]], total: int,
                   font: FontFor, ink: Ink) -> None:
    """Skills of the target had at the end of each week, since the first recorded change."""
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    small = font(8, False)
    p.setFont(small)
    axis_w = QFontMetricsF(small).horizontalAdvance(str(max(total, 10))) + 8
    plot = QRectF(rect.left() + axis_w, rect.top() + 6, rect.width() - axis_w - 10, rect.height() - 24)
    p.setPen(QPen(ink.track, 1))
    p.drawLine(plot.bottomLeft(), plot.bottomRight())
    p.drawLine(plot.topLeft() + QPointF(0, 0), plot.bottomLeft())
    p.setPen(ink.muted)
    for value in (0, total):
        y = plot.bottom() - plot.height() * (value / total if total else 0)
        p.drawText(QRectF(rect.left(), y - 6, axis_w - 4, 12), int(Qt.AlignmentFlag.AlignRight) | MIDDLE, str(value))
    if not weekly:
        p.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), i18n.translate("PlanChart", "No progress recorded yet."))
        p.restore()
        return
    n = len(weekly)

    def point(i: int, value: int) -> QPointF:
        x = plot.left() + (plot.width() * i / (n - 1) if n > 1 else plot.width() / 2)
        return QPointF(x, plot.bottom() - plot.height() * (value / total if total else 0))

    path = QPainterPath(point(0, weekly[0][1]))
    for i, (_week, value) in enumerate(weekly[1:], 1):
        path.lineTo(point(i, value))
    area = QPainterPath(path)
    area.lineTo(point(n - 1, 0))
    area.lineTo(point(0, 0))
    fill = QColor(HAVE)
    fill.setAlpha(50)
    p.fillPath(area, fill)
    p.setPen(QPen(HAVE, 2))
    p.drawPath(path)
    p.setBrush(HAVE)
    last = point(n - 1, weekly[-1][1])
    p.drawEllipse(last, 3, 3)
    p.setPen(ink.muted)
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, 160, 12), int(Qt.AlignmentFlag.AlignLeft),
               i18n.translate("PlanChart", "week of {day}").format(day=i18n.day(weekly[0][0])))
    p.drawText(QRectF(plot.right() - 160, plot.bottom() + 4, 160, 12), int(Qt.AlignmentFlag.AlignRight),
               i18n.translate("PlanChart", "now: {have} of {total}").format(have=weekly[-1][1], total=total))
    p.restore()


def heatmap_size() -> tuple[float, float]:
    return 34 + HEAT_WEEKS * (CELL + 2), 16 + 7 * (CELL + 2) + 18


def paint_heatmap(p: QPainter, rect: QRectF, days: Counter[dt.date], today: dt.date, font: FontFor, ink: Ink) -> None:
    """The last HEAT_WEEKS weeks, a column per week (Monday on top), darker on busier days."""
    p.save()
    small = font(8, False)
    p.setFont(small)
    first = today - dt.timedelta(days=today.weekday()) - dt.timedelta(weeks=HEAT_WEEKS - 1)
    busiest = max((n for d, n in days.items() if d >= first), default=0)
    left, top = rect.left() + 34, rect.top() + 14
    p.setPen(ink.muted)
    for row, name in ((0, i18n.translate("PlanChart", "Mon")), (2, i18n.translate("PlanChart", "Wed")),
                      (4, i18n.translate("PlanChart", "Fri"))):
        p.drawText(QRectF(rect.left(), top + row * (CELL + 2) - 1, 30, CELL + 2), MIDDLE, name)
    last_month = None
    for week in range(HEAT_WEEKS):
        monday = first + dt.timedelta(weeks=week)
        if monday.month != last_month:
            last_month = monday.month
            p.setPen(ink.muted)
            p.drawText(QRectF(left + week * (CELL + 2), rect.top(), 40, 12), int(Qt.AlignmentFlag.AlignLeft),
                       i18n.month(monday, with_year=False))
        for weekday in range(7):
            day = monday + dt.timedelta(days=weekday)
            if day > today:
                continue
            count = days.get(day, 0)
            colour = QColor(ink.track)
            if count:
                colour = QColor(HAVE)
                colour.setAlphaF(0.35 + 0.65 * count / busiest)
            cell = QRectF(left + week * (CELL + 2), top + weekday * (CELL + 2), CELL, CELL)
            p.fillRect(cell, colour)
            if day == today:
                p.setPen(QPen(LATE, 1.2))
                p.drawRect(cell)
    p.setPen(ink.muted)
    active = sum(1 for d in days if d >= first)
    p.drawText(QRectF(left, top + 7 * (CELL + 2) + 2, rect.width() - 34, 14), int(Qt.AlignmentFlag.AlignLeft),
               i18n.translate("PlanChart", "{active} days with progress in the last {weeks} weeks").format(
                   active=active, weeks=HEAT_WEEKS))
    p.restore()
