"""Compare two roles side by side: shared skills, what each adds, pay and seniority."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.fit import Comparison, level_span, pay_basis_differences
from careerdesk.domain.kinds import SalaryPeriod
from careerdesk.domain.money import format_range, format_years
from careerdesk.domain.occupation import wage_basis, wage_summary
from careerdesk.domain.reading import RoleView, SkillRef  # (plain: no pydantic, domain/reading.py)
from careerdesk.service.desk import Desk
from careerdesk.ui.models.roles import RoleChoiceModel
from careerdesk.ui.role_picker import make_searchable
from careerdesk.ui.views.richtext import ReadingView, esc

# Module-level text names its context ("CompareView", as the class's self.tr does), so lupdate
# files every string of this view together; the f-strings below hold no translatable text.


def _skills(skills: list[SkillRef]) -> str:
    if not skills:
        none = QCoreApplication.translate("CompareView", "none")
        return f"<span class='muted'>{esc(none)}</span>"
    return esc(", ".join(s.name for s in skills))


def _salary_line(role: RoleView) -> str:
    """ "Pay: $50,000 – $90,000 per year, Global": one phrase per period, so German can word each."""
    s = role.salary
    if s is None:
        return QCoreApplication.translate("CompareView", "Pay: not given")
    if s.period is SalaryPeriod.HOUR:
        text = QCoreApplication.translate("CompareView", "Pay: {pay} per hour, {region}")
    elif s.period is SalaryPeriod.MONTH:
        text = QCoreApplication.translate("CompareView", "Pay: {pay} per month, {region}")
    else:
        text = QCoreApplication.translate("CompareView", "Pay: {pay} per year, {region}")
    return text.format(pay=format_range(s.min, s.max, s.currency), region=s.region)


def _pay_and_levels(role: RoleView) -> str:
    span = level_span(role.seniority_levels)
    levels = ", ".join(lv.name for lv in role.seniority_levels) or QCoreApplication.translate(
        "CompareView", "none listed")
    years = format_years(span[0], span[1]) if span else QCoreApplication.translate("CompareView", "not given")
    wages = role.occupation.wages if role.occupation else None
    us = wage_summary(wages)
    us_pay = QCoreApplication.translate("CompareView", "US pay: {pay}").format(pay=us)
    us_line = f"<br>{esc(us_pay)}<br><span class='muted'>{esc(wage_basis(wages))}</span>" if us else ""
    experience = QCoreApplication.translate("CompareView", "Experience across levels: {years}").format(years=years)
    level_names = QCoreApplication.translate("CompareView", "Levels: {levels}").format(levels=levels)
    return (f"<p><b>{esc(role.title)}</b><br>{esc(_salary_line(role))}{us_line}"
            f"<br>{esc(experience)}<br><span class='muted'>{esc(level_names)}</span></p>")


def _basis_note(c: Comparison) -> str:
    """Figures for different regions, currencies or periods are not like for like: say so
    where the figures are, rather than let them read as comparable."""
    differences = pay_basis_differences(c.a, c.b)
    if not differences:
        return ""
    bold = QCoreApplication.translate("CompareView", "These pay figures are not directly comparable")
    rest = QCoreApplication.translate(
        "CompareView", "(different {differences}). Compare them with care, or look at each role's levels."
    ).format(differences="; ".join(differences))
    return f"<p id='payBasis'><b>{esc(bold)}</b> {esc(rest)}</p>"


def _relation(c: Comparison) -> str:
    if c.steps_from_a_to_b == 1:
        text = QCoreApplication.translate("CompareView", "{b} is the next step on {a}'s career path.")
    elif c.steps_from_a_to_b:
        text = QCoreApplication.translate("CompareView", "{b} is {steps} steps along {a}'s career path.")
    else:
        text = QCoreApplication.translate("CompareView", "{b} is not on {a}'s career path in the catalogue.")
    return text.format(a=c.a.title, b=c.b.title, steps=c.steps_from_a_to_b)


def comparison_html(c: Comparison) -> str:
    shared = QCoreApplication.translate("CompareView", "{percent}% of {b}'s skills are shared with {a}.").format(
        percent=c.overlap_percent, a=c.a.title, b=c.b.title)
    heading = lambda text: f"<h2>{esc(text)}</h2>"  # noqa: E731
    parts = [
        heading(f"{c.a.title} → {c.b.title}"),
        f"<p>{esc(_relation(c))} {esc(shared)}</p>",
        heading(QCoreApplication.translate("CompareView", "Pay and seniority")),
        _pay_and_levels(c.a), _pay_and_levels(c.b), _basis_note(c),
        heading(QCoreApplication.translate("CompareView", "New in {title} ({n})").format(
            title=c.b.title, n=len(c.only_b))),
    ]
    for kind, skills in c.grouped(c.only_b).items():
        group = QCoreApplication.translate("CompareView", "{group}:").format(group=kind.label)
        parts.append(f"<p><b>{esc(group)}</b> {_skills(skills)}</p>")
    parts.append(heading(QCoreApplication.translate("CompareView", "In both ({n})").format(n=len(c.both)))
                 + f"<p>{_skills(c.both)}</p>")
    parts.append(heading(QCoreApplication.translate("CompareView", "Only in {title} ({n})").format(
        title=c.a.title, n=len(c.only_a))) + f"<p>{_skills(c.only_a)}</p>")
    return "".join(parts)


class CompareView(QWidget):
    def __init__(self, desk: Desk, choices: RoleChoiceModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareView")
        self.desk = desk
        self.choices = choices
        self.a, self.b = QComboBox(), QComboBox()
        self.a.setObjectName("compareA")
        self.b.setObjectName("compareB")
        self.a.setAccessibleName(self.tr("Compare from role"))
        self.b.setAccessibleName(self.tr("Compare to role"))
        for combo in (self.a, self.b):
            combo.setModel(choices)
            combo.setMinimumContentsLength(18)
            make_searchable(combo)
            combo.currentIndexChanged.connect(self.refresh)
        self.result = ReadingView("comparison", self.tr("Comparison"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From")))
        row.addWidget(self.a, 1)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.b, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result, 1)

    def choose(self, a: str | None, b: str | None) -> None:
        """Compare `a` with `b`; a side not given keeps its current choice."""
        for combo, role_id in ((self.a, a), (self.b, b)):
            row = self.choices.row_of(role_id) if role_id else -1
            if row > 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(row)
                combo.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        a, b = self.a.currentData(), self.b.currentData()
        if not (a and b):
            self.result.show_empty(self.tr("Choose two roles to compare."), "compare")
            return
        try:
            self.result.set_body(comparison_html(self.desk.compare(a, b)))
        except CareerDeskError:
            gone = self.tr("One of these roles is no longer in the catalogue.")
            self.result.set_body(f"<p>{esc(gone)}</p>")
