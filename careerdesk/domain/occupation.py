"""O*NET facts as people read them: US pay percentiles, preparation needed, interest areas.

Plain text for every front end (Overview, Compare, fit, the CLI, exported plans)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from careerdesk.domain import i18n
from careerdesk.domain.i18n import QT_TRANSLATE_NOOP
from careerdesk.domain.kinds import SOURCE_LABELS
from careerdesk.domain.money import format_money

if TYPE_CHECKING:
    from careerdesk.domain.profile import RoleProfile, Wages

# What O*NET's CC BY 4.0 licence asks of a work that uses it: in every O*NET profile, in
# About, and on exported plans that use an O*NET role.
ATTRIBUTION = ("This profile includes information from O*NET 29.3 by the U.S. Department of Labor, Employment "
               "and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. CareerDesk has "
               "modified it; USDOL/ETA has not approved, endorsed or tested these modifications.")

# These tables are English (the command line and built profiles use them as they are); the
# window shows them through interest_name, interest_summary and zone_words, in its language.
INTEREST_NAMES = {
    "R": QT_TRANSLATE_NOOP("Occupation", "Realistic"),
    "I": QT_TRANSLATE_NOOP("Occupation", "Investigative"),
    "A": QT_TRANSLATE_NOOP("Occupation", "Artistic"),
    "S": QT_TRANSLATE_NOOP("Occupation", "Social"),
    "E": QT_TRANSLATE_NOOP("Occupation", "Enterprising"),
    "C": QT_TRANSLATE_NOOP("Occupation", "Conventional"),
}
# One line each, after O*NET's own definitions (Content Model Reference, element 1.B.1).
INTEREST_SUMMARIES = {
    "R": QT_TRANSLATE_NOOP("Occupation", "hands-on work with tools, machines, materials or outdoors"),
    "I": QT_TRANSLATE_NOOP("Occupation", "studying, researching and solving problems with ideas"),
    "A": QT_TRANSLATE_NOOP("Occupation", "creating art, design, writing, music or performances"),
    "S": QT_TRANSLATE_NOOP("Occupation", "helping, teaching, advising or caring for people"),
    "E": QT_TRANSLATE_NOOP("Occupation", "leading, persuading, selling and running things"),
    "C": QT_TRANSLATE_NOOP("Occupation", "following procedures, organising information and data"),
}
ZONE_SHORT = {
    1: QT_TRANSLATE_NOOP("Occupation", "little or no preparation"),
    2: QT_TRANSLATE_NOOP("Occupation", "some preparation"),
    3: QT_TRANSLATE_NOOP("Occupation", "medium preparation"),
    4: QT_TRANSLATE_NOOP("Occupation", "considerable preparation"),
    5: QT_TRANSLATE_NOOP("Occupation", "extensive preparation"),
}


def interest_name(code: str) -> str:
    return i18n.translate("Occupation", INTEREST_NAMES[code])


def interest_summary(code: str) -> str:
    return i18n.translate("Occupation", INTEREST_SUMMARIES[code])


def zone_words(zone: int) -> str:
    return i18n.translate("Occupation", ZONE_SHORT[zone])


def wage_summary(wages: Wages | None) -> str | None:
    """"$68,940 (10th percentile) · $97,550 median · $137,470 (90th percentile)", or None."""
    if wages is None or wages.median is None:
        return None
    parts = []
    if wages.p10 is not None:
        parts.append(i18n.translate("Occupation", "{pay} (10th percentile)").format(pay=format_money(wages.p10, "USD")))
    parts.append(i18n.translate("Occupation", "{pay} median").format(pay=format_money(wages.median, "USD")))
    if wages.p90 is not None:
        parts.append(i18n.translate("Occupation", "{pay} (90th percentile)").format(pay=format_money(wages.p90, "USD")))
    return " · ".join(parts)


def wage_basis(wages: Wages) -> str:
    """Where the figures come from: survey, year, SOC code and title, employment."""
    basis = i18n.translate("Occupation", "US annual wages, BLS OEWS May {year}, national, SOC {soc} {title}").format(
        year=wages.year, soc=wages.soc, title=wages.soc_title)
    if not wages.employment:
        return basis
    return basis + i18n.translate("Occupation", "; {count} employed").format(count=i18n.number(wages.employment))


def preparation(zone: int | None, about: dict | None = None) -> str | None:
    """"Job zone 4 of 5: considerable preparation needed", with O*NET's education and
    experience notes when the pack's about.json is at hand."""
    if zone not in ZONE_SHORT:
        return None
    text = i18n.translate("Occupation", "Job zone {zone} of 5: {words} needed.").format(
        zone=zone, words=zone_words(zone))
    info = (about or {}).get("job_zones", {}).get(str(zone))
    if info:  # O*NET's own notes: its words, like the rest of an occupation's content
        text += i18n.translate("Occupation", " Education: {education} Experience: {experience}").format(
            education=info["education"], experience=info["experience"])
    return text


def source_label(role: RoleProfile) -> str:
    """"Curated", "O*NET 15-2051.00", "Yours"."""
    label = SOURCE_LABELS.get(role.source or "curated", "Curated")
    return f"{label} {role.onet_code}" if role.source == "onet" and role.onet_code else label
