"""O*NET facts as people read them: US pay percentiles, preparation needed, interest areas.

Plain text for every front end (Overview, Compare, fit, the CLI, exported plans)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from careerdesk.domain.kinds import SOURCE_LABELS
from careerdesk.domain.money import format_money

if TYPE_CHECKING:
    from careerdesk.domain.profile import RoleProfile, Wages

# What O*NET's CC BY 4.0 licence asks of a work that uses it: in every O*NET profile, in
# About, and on exported plans that use an O*NET role.
ATTRIBUTION = ("This profile includes information from O*NET 29.3 by the U.S. Department of Labor, Employment "
               "and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. CareerDesk has "
               "modified it; USDOL/ETA has not approved, endorsed or tested these modifications.")

INTEREST_NAMES = {"R": "Realistic", "I": "Investigative", "A": "Artistic", "S": "Social", "E": "Enterprising",
                  "C": "Conventional"}
# One line each, after O*NET's own definitions (Content Model Reference, element 1.B.1).
INTEREST_SUMMARIES = {
    "R": "hands-on work with tools, machines, materials or outdoors",
    "I": "studying, researching and solving problems with ideas",
    "A": "creating art, design, writing, music or performances",
    "S": "helping, teaching, advising or caring for people",
    "E": "leading, persuading, selling and running things",
    "C": "following procedures, organising information and data",
}
ZONE_SHORT = {1: "little or no preparation", 2: "some preparation", 3: "medium preparation",
              4: "considerable preparation", 5: "extensive preparation"}


def wage_summary(wages: Wages | None) -> str | None:
    """"$68,940 (10th percentile) · $97,550 median · $137,470 (90th percentile)", or None."""
    if wages is None or wages.median is None:
        return None
    parts = []
    if wages.p10 is not None:
        parts.append(f"{format_money(wages.p10, 'USD')} (10th percentile)")
    parts.append(f"{format_money(wages.median, 'USD')} median")
    if wages.p90 is not None:
        parts.append(f"{format_money(wages.p90, 'USD')} (90th percentile)")
    return " · ".join(parts)


def wage_basis(wages: Wages) -> str:
    """Where the figures come from: survey, year, SOC code and title, employment."""
    employed = f"; {wages.employment:,} employed" if wages.employment else ""
    return (f"US annual wages, BLS OEWS May {wages.year}, national, SOC {wages.soc} "
            f"{wages.soc_title}{employed}")


def preparation(zone: int | None, about: dict | None = None) -> str | None:
    """"Job zone 4 of 5: considerable preparation needed", with O*NET's education and
    experience notes when the pack's about.json is at hand."""
    if zone not in ZONE_SHORT:
        return None
    text = f"Job zone {zone} of 5: {ZONE_SHORT[zone]} needed."
    info = (about or {}).get("job_zones", {}).get(str(zone))
    if info:
        text += f" Education: {info['education']} Experience: {info['experience']}"
    return text


def interest_names(codes: str) -> str:
    """"SIC" -> "Social, Investigative, Conventional"."""
    return ", ".join(INTEREST_NAMES[c] for c in codes if c in INTEREST_NAMES)


def source_label(role: RoleProfile) -> str:
    """"Curated", "O*NET 15-2051.00", "Yours"."""
    label = SOURCE_LABELS.get(role.source or "curated", "Curated")
    return f"{label} {role.onet_code}" if role.source == "onet" and role.onet_code else label
