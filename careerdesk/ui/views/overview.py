"""Overview tab: summary, also-known-as, outlook, salary with its basis, seniority levels."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from careerdesk.domain.money import format_money, format_range, format_years
from careerdesk.domain.profile import RoleProfile
from careerdesk.ui.views.richtext import ReadingView, esc


def overview_html(role: RoleProfile, tr=lambda s: s) -> str:
    parts = [f"<p>{esc(p)}</p>" for p in role.paragraphs]
    if role.aliases:
        parts.append(f"<h2>{esc(tr('Also known as'))}</h2><p>{esc(' · '.join(role.aliases))}</p>")
    parts.append(f"<h2>{esc(tr('Market outlook'))}</h2><p>{esc(role.outlook)}</p>")
    if role.salary:
        s = role.salary
        basis = tr("{currency} per {period}, {region}").format(
            currency=s.currency, period=tr(s.period.value), region=s.region
        )
        parts.append(
            f"<h2>{esc(tr('Salary range'))}</h2>"
            f"<p><span class='figure'>{esc(format_range(s.min, s.max, s.currency))}</span><br>"
            f"{esc(basis)}<br><span class='muted'>{esc(tr('Source:'))} {esc(s.source)}</span></p>"
        )
    if role.seniority_levels:
        rows = [
            f"<tr><th>{esc(tr('Level'))}</th><th>{esc(tr('Experience'))}</th>"
            f"<th>{esc(tr('Typical salary'))}</th></tr>"
        ]
        for level in role.seniority_levels:
            pay = (
                format_money(level.salary_min, level.currency)
                if level.salary_min == level.salary_max
                else format_range(level.salary_min, level.salary_max, level.currency)
            )
            rows.append(
                f"<tr><td><b>{esc(level.name)}</b></td><td>{esc(format_years(level.years_min, level.years_max))}</td>"
                f"<td>{esc(pay)}</td></tr>"
                f"<tr><td colspan='3' class='muted' style='padding-bottom:14px'>{esc(level.summary)}</td></tr>"
            )
        parts.append(f"<h2>{esc(tr('Seniority levels'))}</h2><table cellspacing='0'>{''.join(rows)}</table>")
    return "".join(parts)


class OverviewView(ReadingView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("overview", self.tr("Role overview"), parent)

    def show_role(self, role: RoleProfile) -> None:
        self.set_body(overview_html(role, self.tr))
