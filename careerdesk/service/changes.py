"""What an operation changed, announced once to everyone who shows that data.

The pattern is Anki's `OpChanges`: each use case that writes reports what it touched; the
window routes the report to the views that show it. A change made by another process (the
CLI, a second window) is announced through the same route, marked `outside`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from careerdesk.domain.records import record


@record
class Changes:
    skills: bool = False  # statuses, notes or evidence in the user's ledger
    plan: bool = False  # current role, target role, name or date
    catalogue: bool = False  # roles added, edited or removed (the user's own, O*NET, a rebuild)
    outside: bool = False  # made by another process, noticed here

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return self.skills or self.plan or self.catalogue


SKILLS = Changes(skills=True)
PLAN = Changes(plan=True)
CATALOGUE = Changes(catalogue=True)
EVERYTHING = Changes(skills=True, plan=True, catalogue=True)

Listener = Callable[[Changes], None]


class Broadcast:
    """Listeners hear each change once, in the order they subscribed."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def announce(self, changes: Changes) -> None:
        if changes:
            for listener in list(self._listeners):
                listener(changes)
