"""Overview tab: summary, also-known-as, outlook, salary with its basis, seniority levels."""

from __future__ import annotations

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QWidget

from careerdesk.domain.listing import RoleRow
from careerdesk.domain.money import format_money, format_range, format_years
from careerdesk.domain.occupation import (
    INTEREST_NAMES,
    INTEREST_SUMMARIES,
    preparation,
    wage_basis,
    wage_summary,
)
from careerdesk.domain.reading import RoleView
from careerdesk.ui.views.richtext import ReadingView, esc


def _source_html(role: RoleView, linked: list[RoleRow], tr) -> str:
    """Where the profile comes from, and a link to its counterpart in the other source."""
    if role.source == "onet":
        text = tr("From O*NET: occupation {code}.").format(code=role.onet_code or "")
    elif role.source == "mine":
        text = tr("Your own role.")
    else:
        text = tr("Curated profile, written and reviewed for CareerDesk.")
        if role.onet_code:
            text += " " + tr("Based on O*NET occupation {code}.").format(code=role.onet_code)
    links = []
    for row in linked:
        label = tr("the O*NET occupation") if row.source == "onet" else (
            tr("the curated profile") if row.source == "curated" else tr("your role"))
        links.append(f"{esc(label)} <a href='role:{esc(row.id)}'>{esc(row.title)}</a>")
    if links:
        text_html = esc(text) + " " + esc(tr("See also")) + " " + ", ".join(links) + "."
    else:
        text_html = esc(text)
    return f"<p class='muted'>{text_html}</p>"


def overview_html(role: RoleView, tr=lambda s: s, linked: list[RoleRow] = (), about: dict | None = None) -> str:
    parts = [_source_html(role, list(linked), tr), *(f"<p>{esc(p)}</p>" for p in role.paragraphs)]
    if role.aliases:
        shown = role.aliases[:12]
        more = len(role.aliases) - len(shown)
        text = " · ".join(shown) + (" · " + tr("and {n} more").format(n=more) if more > 0 else "")
        parts.append(f"<h2>{esc(tr('Also known as'))}</h2><p>{esc(text)}</p>")
    facts = role.occupation
    pay = wage_summary(facts.wages) if facts else None
    if pay and facts and facts.wages:
        parts.append(f"<h2>{esc(tr('Pay in the US'))}</h2><p><span class='figure'>{esc(pay)}</span><br>"
                     f"<span class='muted'>{esc(wage_basis(facts.wages))}</span></p>")
    prep = preparation(facts.job_zone, about) if facts else None
    if prep:
        parts.append(f"<h2>{esc(tr('Preparation needed'))}</h2><p>{esc(prep)}</p>")
    if facts and facts.interests:
        items = "".join(f"<li><b>{esc(INTEREST_NAMES[c])}</b>: {esc(INTEREST_SUMMARIES[c])}</li>"
                        for c in facts.interests)
        intro = tr("What people in this work tend to enjoy, strongest first (O*NET).")
        parts.append(f"<h2>{esc(tr('Interests'))}</h2><p class='muted'>{esc(intro)}</p><ul>{items}</ul>")
    parts.append(f"<h2>{esc(tr('Market outlook'))}</h2><p>{esc(role.outlook)}</p>")
    if role.salary and not (pay and role.source == "onet"):  # O*NET's range is the pay block above
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
    roleRequested = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(self, desk=None, parent: QWidget | None = None):
        super().__init__("overview", self.tr("Role overview"), parent)
        self.desk = desk  # for the linked curated/O*NET role and the O*NET attribution
        self.anchorClicked.connect(self._follow)

    def show_role(self, role: RoleView, linked: list[RoleRow] | None = None, about: dict | None = None) -> None:
        if self.desk is not None:
            linked = self.desk.linked_roles(role) if linked is None else linked
            about = self.desk.onet_about() if about is None else about
        self.set_body(overview_html(role, self.tr, linked or [], about))

    def _follow(self, url: QUrl) -> None:
        """Only links to other roles are followed; nothing leaves the app."""
        if url.scheme() == "role":
            self.roleRequested.emit(url.path())
