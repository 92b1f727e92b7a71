"""The role tabs, registered in one place: adding a tab is one `register_tab` call.

Every tab's view shares one small interface: `show_role(role)` when a role opens, and
`on_changes(changes)` when an operation (here or in another process) changed data it may
show. Tabs are remembered by name, so inserting one never shifts the one a user left open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from careerdesk.domain.profile import RoleProfile
    from careerdesk.service import Changes, Desk
    from careerdesk.ui.undo import LedgerEditor


class RoleView(Protocol):
    def show_role(self, role: RoleProfile) -> None: ...
    def on_changes(self, changes: Changes) -> None: ...


@dataclass(frozen=True)
class Tab:
    name: str  # stable: saved in settings, used as the widget's object name
    title: str  # shown, through tr()
    make: Callable[[Desk, LedgerEditor], QWidget]
    menu: str = ""  # the View menu's text with its own mnemonic ("S&kills"); the title if empty

    @property
    def menu_title(self) -> str:
        return self.menu or self.title


def _overview(desk, editor):
    from careerdesk.ui.views.overview import OverviewView

    return OverviewView(desk)


def _responsibilities(desk, editor):
    from careerdesk.ui.views.responsibilities import ResponsibilitiesView

    return ResponsibilitiesView()


def _skills(desk, editor):
    from careerdesk.ui.views.skills import SkillsView

    return SkillsView(desk, editor)


def _faq(desk, editor):
    from careerdesk.ui.views.faq import FaqView

    return FaqView()


def _career_path(desk, editor):
    from careerdesk.ui.views.career_path import CareerPathView

    return CareerPathView(desk)


ROLE_TABS: list[Tab] = [
    # Menu mnemonics are unique in the View menu (none taken by Roles, My plan or Appearance).
    Tab("overview", QT_TRANSLATE_NOOP("MainWindow", "Overview"), _overview,
        QT_TRANSLATE_NOOP("MainWindow", "&Overview")),
    Tab("responsibilities", QT_TRANSLATE_NOOP("MainWindow", "Responsibilities"), _responsibilities,
        QT_TRANSLATE_NOOP("MainWindow", "Re&sponsibilities")),
    Tab("skills", QT_TRANSLATE_NOOP("MainWindow", "Skills"), _skills, QT_TRANSLATE_NOOP("MainWindow", "S&kills")),
    Tab("faq", QT_TRANSLATE_NOOP("MainWindow", "FAQ"), _faq, QT_TRANSLATE_NOOP("MainWindow", "&FAQ")),
    Tab("career_path", QT_TRANSLATE_NOOP("MainWindow", "Career Path"), _career_path,
        QT_TRANSLATE_NOOP("MainWindow", "&Career Path")),
]


def register_tab(tab: Tab, position: int | None = None) -> None:
    """Add a tab to every window built from now on (at the end unless `position`)."""
    ROLE_TABS.insert(len(ROLE_TABS) if position is None else position, tab)


def unregister_tab(name: str) -> None:
    ROLE_TABS[:] = [t for t in ROLE_TABS if t.name != name]
