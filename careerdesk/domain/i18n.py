"""Words and numbers in the reader's language, for layers that may not import Qt.

The domain, store, service and export write sentences a person reads (errors, the pace line,
report headings). They call `translate(context, text)`, which `pyside6-lupdate` extracts like
Qt's own `QCoreApplication.translate`, and format numbers and dates with `number`, `money`
and `day`. Out of the box all of these speak English (the command line, tests, scripts); the
window installs Qt's translator and QLocale through `install` when it starts, so the same
sentence reaches a German window in German. Placeholders are `{name}` and are filled after
translation with `str.format`, so a translation may move them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from careerdesk.domain.records import record

_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹"}


def _english_number(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}"


def currency_symbol(currency: str) -> str | None:
    """"USD" -> "$"; None for a currency written by its code."""
    return _SYMBOLS.get(currency)


def _english_money(amount: int, currency: str) -> str:
    symbol = currency_symbol(currency)
    return f"{symbol}{amount:,}" if symbol else f"{amount:,} {currency}"


def _english_month(value: date, with_year: bool) -> str:
    return value.strftime("%b %Y" if with_year else "%b")


@record  # (replaced whole by install(), never changed)
class _Language:
    translate: Callable[[str, str, str | None, int], str] = lambda context, text, disambiguation, n: text
    number: Callable[[float, int], str] = _english_number
    money: Callable[[int, str], str] = _english_money
    day: Callable[[date], str] = date.isoformat
    month: Callable[[date, bool], str] = _english_month


_current = _Language()


def install(*, translate=None, number=None, money=None, day=None, month=None) -> None:
    """Replace the English defaults (the window calls this once, before it builds anything)."""
    global _current
    _current = _Language(
        translate=translate or _Language.translate,
        number=number or _english_number,
        money=money or _english_money,
        day=day or date.isoformat,
        month=month or _english_month,
    )


def reset() -> None:
    """Back to English (tests that install a language restore this afterwards)."""
    global _current
    _current = _Language()


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the reader's language; `%n` in it becomes `n` with the right plural form."""
    translated = _current.translate(context, text, disambiguation, n)
    return translated.replace("%n", str(n)) if n >= 0 and "%n" in translated else translated


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name pyside6-lupdate looks for)
    """Marks `text` for the translators without translating it here: for words kept in a
    table and translated where they are shown (`translate(context, table[key])`)."""
    return text


def number(value: float, decimals: int = 0) -> str:
    """1234567 -> "1,234,567" in English, "1.234.567" in German."""
    return _current.number(value, decimals)


def money(amount: int, currency: str) -> str:
    """50000 USD -> "$50,000" in English, "50.000 $" in German."""
    return _current.money(amount, currency)


def day(value: date) -> str:
    """A calendar date as the reader writes it: "2026-12-02" in English, "02.12.2026" in German."""
    return _current.day(value)


def month(value: date, with_year: bool = True) -> str:
    """A month label for charts: "Dec 2026" / "Dez. 2026"."""
    return _current.month(value, with_year)
