"""Roles as lists show them: enough to display and open one, nothing more."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RoleRow:
    id: str
    title: str
    family: str
    mine: bool = False  # imported or made by the user, not part of the bundled catalogue
