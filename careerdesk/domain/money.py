"""Money and experience as people read them: "$50,000", "€45,000 - €90,000", "1-3 years"."""

from __future__ import annotations

from careerdesk.domain import i18n


def format_money(amount: int, currency: str) -> str:
    return i18n.money(amount, currency)


def format_range(low: int, high: int, currency: str) -> str:
    return f"{format_money(low, currency)} – {format_money(high, currency)}"


def format_years(years_min: int, years_max: int | None) -> str:
    if years_max is None:
        return i18n.translate("Money", "{years}+ years").format(years=years_min)
    if years_min == years_max:
        text = i18n.translate("Money", "1 year") if years_min == 1 else i18n.translate("Money", "{years} years")
        return text.format(years=years_min)
    return i18n.translate("Money", "{low}–{high} years").format(low=years_min, high=years_max)
