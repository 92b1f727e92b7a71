"""Domain exceptions and the one place pydantic errors become sentences a person can read."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (not imported for real: the window starts without pydantic)
    from pydantic import ValidationError


class CareerDeskError(Exception):
    """Base of every error CareerDesk reports to a person instead of a traceback."""


class NotFoundError(CareerDeskError):
    """A role or skill that is not in the catalogue."""


class CatalogueError(CareerDeskError):
    """A catalogue source file that cannot be read or does not validate."""


def field_path(loc: tuple) -> str:
    """('seniority_levels', 1, 'years_min') -> 'seniority_levels[1].years_min'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or "(top level)"


_FRIENDLY = {
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "missing": "is required",
    "extra_forbidden": "is not a known field",
    "string_type": "must be text",
    "list_type": "must be a list",
    "string_too_short": "must not be empty",
}


def describe_validation_error(exc: ValidationError, where: str) -> list[str]:
    """One line per problem: '<where>: `field`: what is wrong'."""
    lines = []
    for err in exc.errors():
        message = _FRIENDLY.get(err["type"], err["msg"])
        if message.startswith("Value error, "):
            message = message.removeprefix("Value error, ")
        lines.append(f"{where}: `{field_path(tuple(err['loc']))}`: {message}")
    return lines


def describe_json_error(exc: json.JSONDecodeError) -> str:
    """'Expecting value at line 2, column 3'; some of json's messages already end in "at"
    ("Unterminated string starting at"), which must not read "at at line"."""
    where = f"line {exc.lineno}, column {exc.colno}"
    return f"{exc.msg} {where}" if exc.msg.endswith(" at") else f"{exc.msg} at {where}"
