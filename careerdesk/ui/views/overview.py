"""Overview tab: summary, also-known-as, outlook, salary with its basis, seniority levels."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from careerdesk.domain.kinds import SalaryPeriod
from careerdesk.domain.listing import RoleRow
from careerdesk.domain.money import format_money, format_range, format_years
from careerdesk.domain.occupation import interest_name, interest_summary, preparation, wage_basis, wage_summary
from careerdesk.domain.reading import RoleView
from careerdesk.ui.views.richtext import ReadingView, esc

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl


def _salary_basis(s) -> str:
    """ "USD per year, United States": one whole phrase per period, so German can word each."""
    if s.period is SalaryPeriod.HOUR:
        text = QCoreApplication.translate("OverviewView", "{currency} per hour, {region}")
    elif s.period is SalaryPeriod.MONTH:
        text = QCoreApplication.translate("OverviewView", "{currency} per month, {region}")
    else:
        text = QCoreApplication.translate("OverviewView", "{currency} per year, {region}")
    return text.format(currency=s.currency, region=s.region)


def _linked_label(source: str, count: int) -> str:
    """ "the curated profile" / "the curated profiles": what the links after it are."""
    if source == "onet":
        return (QCoreApplication.translate("OverviewView", "the O*NET occupation") if count == 1
                else QCoreApplication.translate("OverviewView", "the O*NET occupations"))
    if source == "curated":
        return (QCoreApplication.translate("OverviewView", "the curated profile") if count == 1
                else QCoreApplication.translate("OverviewView", "the curated profiles"))
    return (QCoreApplication.translate("OverviewView", "your role") if count == 1
            else QCoreApplication.translate("OverviewView", "your roles"))


def _source_html(role: RoleView, linked: list[RoleRow]) -> str:
    """Where the profile comes from, and a link to its counterpart in the other source."""
    if role.source == "onet":
        text = QCoreApplication.translate("OverviewView", "From O*NET: occupation {code}.").format(
            code=role.onet_code or "")
    elif role.source == "mine":
        text = QCoreApplication.translate("OverviewView", "Your own role.")
    else:
        text = QCoreApplication.translate("OverviewView", "Curated profile, written and reviewed for CareerDesk.")
        if role.onet_code:
            text += " " + QCoreApplication.translate("OverviewView", "Based on O*NET occupation {code}.").format(
                code=role.onet_code)
    # One label per kind, then its links ("the curated profiles A, B, C"): a label repeated
    # before each of twenty links buried the titles.
    groups: dict[str, list[RoleRow]] = {}
    for row in linked:
        groups.setdefault(row.source if row.source in ("onet", "curated") else "mine", []).append(row)
    links = []
    for source, rows in groups.items():
        label = _linked_label(source, len(rows))
        anchors = ", ".join(f"<a href='role:{esc(row.id)}'>{esc(row.title)}</a>" for row in rows)
        links.append(f"{esc(label)} {anchors}")
    if links:
        see_also = QCoreApplication.translate("OverviewView", "See also")
        text_html = esc(text) + " " + esc(see_also) + " " + "; ".join(links) + "."
    else:
        text_html = esc(text)
    return f"<p class='muted'>{text_html}</p>"


def _heading(text: str) -> str:
    return f"<h2>{esc(text)}</h2>"


def overview_html(role: RoleView, linked: list[RoleRow] = (), about: dict | None = None) -> str:
    # Module-level text names its context ("OverviewView", as the class's self.tr does), so
    # lupdate files every string of this tab together; f-strings hold no translatable text.
    parts = [_source_html(role, list(linked)), *(f"<p>{esc(p)}</p>" for p in role.paragraphs)]
    if role.aliases:
        shown = role.aliases[:12]
        more = len(role.aliases) - len(shown)
        and_more = QCoreApplication.translate("OverviewView", "and {n} more").format(n=more)
        text = " · ".join(shown) + (" · " + and_more if more > 0 else "")
        parts.append(_heading(QCoreApplication.translate("OverviewView", "Also known as")) + f"<p>{esc(text)}</p>")
    facts = role.occupation
    pay = wage_summary(facts.wages) if facts else None
    if pay and facts and facts.wages:
        parts.append(_heading(QCoreApplication.translate("OverviewView", "Pay in the US"))
                     + f"<p><span class='figure'>{esc(pay)}</span><br>"
                     f"<span class='muted'>{esc(wage_basis(facts.wages))}</span></p>")
    prep = preparation(facts.job_zone, about) if facts else None
    if prep:
        parts.append(_heading(QCoreApplication.translate("OverviewView", "Preparation needed")) + f"<p>{esc(prep)}</p>")
    if facts and facts.interests:
        items = "".join(f"<li><b>{esc(interest_name(c))}</b>: {esc(interest_summary(c))}</li>"
                        for c in facts.interests)
        intro = QCoreApplication.translate("OverviewView",
                                           "What people in this work tend to enjoy, strongest first (O*NET).")
        parts.append(_heading(QCoreApplication.translate("OverviewView", "Interests"))
                     + f"<p class='muted'>{esc(intro)}</p><ul>{items}</ul>")
    parts.append(_heading(QCoreApplication.translate("OverviewView", "Market outlook")) + f"<p>{esc(role.outlook)}</p>")
    if role.salary and not (pay and role.source == "onet"):  # O*NET's range is the pay block above
        s = role.salary
        source = QCoreApplication.translate("OverviewView", "Source:")
        parts.append(
            _heading(QCoreApplication.translate("OverviewView", "Salary range"))
            + f"<p><span class='figure'>{esc(format_range(s.min, s.max, s.currency))}</span><br>"
            f"{esc(_salary_basis(s))}<br><span class='muted'>{esc(source)} {esc(s.source)}</span></p>"
        )
    if role.seniority_levels:
        headers = (QCoreApplication.translate("OverviewView", "Level"),
                   QCoreApplication.translate("OverviewView", "Experience"),
                   QCoreApplication.translate("OverviewView", "Typical salary"))
        rows = ["<tr>" + "".join(f"<th>{esc(h)}</th>" for h in headers) + "</tr>"]
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
        parts.append(_heading(QCoreApplication.translate("OverviewView", "Seniority levels"))
                     + f"<table cellspacing='0'>{''.join(rows)}</table>")
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
        self.set_body(overview_html(role, linked or [], about))

    def _follow(self, url: QUrl) -> None:
        """Only links to other roles are followed; nothing leaves the app."""
        if url.scheme() == "role":
            self.roleRequested.emit(url.path())
