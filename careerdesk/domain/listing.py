"""Roles as lists show them: enough to display and open one, nothing more."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RoleRow:
    id: str
    title: str
    family: str
    source: str = "curated"  # curated, onet (O*NET occupations) or mine (the user's own)

    @property
    def mine(self) -> bool:
        """Imported or made by the user, not part of the bundled catalogue."""
        return self.source == "mine"
