"""Domain exceptions and the one place pydantic errors become sentences a person can read."""

from __future__ import annotations

import errno
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (not imported for real: the window starts without pydantic)
    from pydantic import ValidationError

from careerdesk.domain import i18n
from careerdesk.domain.i18n import QT_TRANSLATE_NOOP


class CareerDeskError(Exception):
    """Base of every error CareerDesk reports to a person instead of a traceback."""

    # True for a failure that passes by itself (a file another program holds locked): worth
    # trying again later without asking the person, where damage or a full disk is not.
    passing = False


class NotFoundError(CareerDeskError):
    """A role or skill that is not in the catalogue."""


class CatalogueError(CareerDeskError):
    """A catalogue source file that cannot be read or does not validate."""


def os_reason(exc: OSError) -> str:
    """Why the operating system refused a file, in the reader's words: its own text
    ("Permission denied", "Not a directory") is English whatever the window speaks."""
    if exc.errno in (errno.EACCES, errno.EPERM):
        return i18n.translate("OsError", "permission denied (check who owns the file and its folder)")
    if exc.errno == errno.EROFS:
        return i18n.translate("OsError", "the disk is read-only")
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return i18n.translate("OsError", "the disk is full")
    if exc.errno == errno.ENOTDIR:
        return i18n.translate("OsError", "a part of the path is a file, not a folder")
    if exc.errno == errno.ENOENT:
        return i18n.translate("OsError", "it does not exist")
    if exc.errno == errno.ENAMETOOLONG:
        return i18n.translate("OsError", "the name is too long")
    return exc.strerror or str(exc)


def no_role(name: str) -> str:
    """"no role called 'x'": the one sentence for a role id or title the catalogue lacks."""
    return i18n.translate("NotFound", "no role called {name}").format(name=repr(name))


def field_path(loc: tuple) -> str:
    """('seniority_levels', 1, 'years_min') -> 'seniority_levels[1].years_min'."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out or i18n.translate("ValidationError", "(top level)")


def _friendly(kind: str) -> str | None:
    """Pydantic's common complaints in plain words (built per call: the language may change)."""
    whole = i18n.translate("ValidationError", "must be a whole number")
    return {
        "int_parsing": whole,
        "int_type": whole,
        "int_from_float": whole,
        "missing": i18n.translate("ValidationError", "is required"),
        "extra_forbidden": i18n.translate("ValidationError", "is not a known field"),
        "string_type": i18n.translate("ValidationError", "must be text"),
        "list_type": i18n.translate("ValidationError", "must be a list"),
        "string_too_short": i18n.translate("ValidationError", "must not be empty"),
    }.get(kind)


# Pydantic's own wording for limits a person can run into in the role editor, word for word,
# so these sentences can be translated; English output stays pydantic's own.
_PYDANTIC = {
    "string_too_long": QT_TRANSLATE_NOOP("ValidationError", "String should have at most {max_length} characters"),
    "string_pattern_mismatch": QT_TRANSLATE_NOOP("ValidationError", "String should match pattern '{pattern}'"),
    "greater_than_equal": QT_TRANSLATE_NOOP("ValidationError", "Input should be greater than or equal to {ge}"),
    "less_than_equal": QT_TRANSLATE_NOOP("ValidationError", "Input should be less than or equal to {le}"),
    "too_long": QT_TRANSLATE_NOOP("ValidationError",
                                  "List should have at most {max_length} items after validation, not {actual_length}"),
}


def _pattern_message(err: dict) -> str | None:
    """What a pattern asks for, in words (nobody should have to read a regular expression)."""
    pattern = (err.get("ctx") or {}).get("pattern", "")
    if "a-z0-9" in pattern:
        return i18n.translate("ValidationError",
                              "may use only lowercase letters, digits and single hyphens (like backend-engineer)")
    if pattern == "^[A-Z]{3}$":
        return i18n.translate("ValidationError", "must be a three-letter currency code (like USD or EUR)")
    return None


def _pydantic_message(err: dict) -> str:
    """Pydantic's message, translated when it is one of `_PYDANTIC` to the letter (a singular
    "1 character" or a newer pydantic's rewording stays as pydantic wrote it)."""
    template, ctx = _PYDANTIC.get(err["type"]), err.get("ctx") or {}
    try:
        if template is not None and template.format(**ctx) == err["msg"]:
            return i18n.translate("ValidationError", template).format(**ctx)
    except (KeyError, IndexError, ValueError):
        pass
    return err["msg"]


def describe_validation_error(exc: ValidationError, where: str, name_field=None) -> list[str]:
    """One line per problem: '<where>: `field`: what is wrong', or, where a form can name its
    own fields (`name_field(loc)`, in the words its labels use), '<field>: what is wrong'."""
    lines = []
    for err in exc.errors():
        message = _friendly(err["type"]) or (err["type"] == "string_pattern_mismatch" and _pattern_message(err)) \
            or _pydantic_message(err)
        if message.startswith("Value error, "):
            message = message.removeprefix("Value error, ")
        if name_field is not None:
            lines.append(f"{name_field(tuple(err['loc']))}: {message}")
        else:
            lines.append(f"{where}: `{field_path(tuple(err['loc']))}`: {message}")
    return lines


def describe_json_error(exc: json.JSONDecodeError) -> str:
    """'Expecting value at line 2, column 3'; some of json's messages already end in "at"
    ("Unterminated string starting at"), which must not read "at at line"."""
    if exc.msg.endswith(" at"):
        text = i18n.translate("ValidationError", "{message} line {line}, column {column}")
    else:
        text = i18n.translate("ValidationError", "{message} at line {line}, column {column}")
    return text.format(message=_json_message(exc.msg), line=exc.lineno, column=exc.colno)


def _json_message(msg: str) -> str:
    """json's own words (English whatever the window speaks), translated when known."""
    known = {
        "Expecting value": i18n.translate("ValidationError", "Expecting value"),
        "Expecting property name enclosed in double quotes": i18n.translate(
            "ValidationError", "Expecting property name enclosed in double quotes"),
        "Expecting ',' delimiter": i18n.translate("ValidationError", "Expecting ',' delimiter"),
        "Expecting ':' delimiter": i18n.translate("ValidationError", "Expecting ':' delimiter"),
        "Extra data": i18n.translate("ValidationError", "Extra data"),
        "Unterminated string starting at": i18n.translate("ValidationError", "Unterminated string starting at"),
    }
    return known.get(msg, msg)
