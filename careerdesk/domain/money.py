"""Money and experience as people read them: "$50,000", "€45,000 - €90,000", "1-3 years"."""

from __future__ import annotations

from careerdesk.domain import i18n


def format_money(amount: int, currency: str) -> str:
    return i18n.money(amount, currency)


def format_range(low: int, high: int, currency: str) -> str:
    return f"{format_money(low, currency)} – {format_money(high, currency)}"


def format_years(years_min: int, years_max: int | None) -> str:
    if years_max is None:
        return f"{years_min}+ years"
    if years_min == years_max:
        return f"{years_min} year{'s' if years_min != 1 else ''}"
    return f"{years_min}–{years_max} years"
