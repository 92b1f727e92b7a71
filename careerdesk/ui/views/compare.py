"""Compare two roles side by side: shared skills, what each adds, pay and seniority."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.fit import Comparison, level_span, pay_basis_differences
from careerdesk.domain.money import format_range, format_years
from careerdesk.domain.occupation import wage_basis, wage_summary
from careerdesk.domain.profile import RoleProfile, SkillRef
from careerdesk.service.desk import Desk
from careerdesk.ui.models.roles import RoleChoiceModel
from careerdesk.ui.role_picker import make_searchable
from careerdesk.ui.views.richtext import ReadingView, esc


def _skills(skills: list[SkillRef]) -> str:
    return esc(", ".join(s.name for s in skills)) if skills else "<span class='muted'>none</span>"


def _pay_and_levels(role: RoleProfile) -> str:
    pay = format_range(role.salary.min, role.salary.max, role.salary.currency) if role.salary else "not given"
    span = level_span(role.seniority_levels)
    levels = ", ".join(lv.name for lv in role.seniority_levels) or "none listed"
    years = format_years(span[0], span[1]) if span else "not given"
    wages = role.occupation.wages if role.occupation else None
    us = wage_summary(wages)
    us_line = f"<br>US pay: {esc(us)}<br><span class='muted'>{esc(wage_basis(wages))}</span>" if us else ""
    return (f"<p><b>{esc(role.title)}</b><br>Pay: {esc(pay)}{us_line}"
            f"{' per ' + esc(role.salary.period.value) + ', ' + esc(role.salary.region) if role.salary else ''}"
            f"<br>Experience across levels: {esc(years)}<br><span class='muted'>Levels: {esc(levels)}</span></p>")


def _basis_note(c: Comparison) -> str:
    """Figures for different regions, currencies or periods are not like for like: say so
    where the figures are, rather than let them read as comparable."""
    differences = pay_basis_differences(c.a, c.b)
    if not differences:
        return ""
    return (f"<p id='payBasis'><b>These pay figures are not directly comparable</b> (different "
            f"{esc('; '.join(differences))}). Compare them with care, or look at each role's levels.</p>")


def comparison_html(c: Comparison) -> str:
    if c.steps_from_a_to_b == 1:
        relation = f"{c.b.title} is the next step on {c.a.title}'s career path."
    elif c.steps_from_a_to_b:
        relation = f"{c.b.title} is {c.steps_from_a_to_b} steps along {c.a.title}'s career path."
    else:
        relation = f"{c.b.title} is not on {c.a.title}'s career path in the catalogue."
    parts = [
        f"<h2>{esc(c.a.title)} → {esc(c.b.title)}</h2>",
        f"<p>{esc(relation)} {c.overlap_percent}% of {esc(c.b.title)}'s skills are shared with "
        f"{esc(c.a.title)}.</p>",
        "<h2>Pay and seniority</h2>", _pay_and_levels(c.a), _pay_and_levels(c.b), _basis_note(c),
        f"<h2>New in {esc(c.b.title)} ({len(c.only_b)})</h2>",
    ]
    for kind, skills in c.grouped(c.only_b).items():
        parts.append(f"<p><b>{esc(kind.label)}:</b> {_skills(skills)}</p>")
    parts.append(f"<h2>In both ({len(c.both)})</h2><p>{_skills(c.both)}</p>")
    parts.append(f"<h2>Only in {esc(c.a.title)} ({len(c.only_a)})</h2><p>{_skills(c.only_a)}</p>")
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
            self.result.set_body(f"<p>{esc(self.tr('One of these roles is no longer in the catalogue.'))}</p>")
