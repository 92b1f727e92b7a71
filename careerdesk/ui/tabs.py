"""The role tabs, registered in one place: adding a tab is one `register_tab` call.

Every tab's view shares one small interface: `show_role(role)` when a role opens, and
`on_changes(changes)` when an operation (here or in another process) changed data it may
show. Tabs are remembered by name, so inserting one never shifts the one a user left open.
`TabFiller` hands both to the tab on screen at once and to the others when they are shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QTabWidget, QWidget

if TYPE_CHECKING:
    from careerdesk.domain.profile import RoleProfile
    from careerdesk.domain.reading import RoleView as ReadRole
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


class TabFiller(QObject):
    """Fills a role into the tab on screen only, and each other tab when it is shown.

    Filling all five tabs was most of a role switch (the career-path cards and the FAQ items
    are real widgets), and most of the window's first paint, for tabs nobody was looking at.
    A tab is filled in `QTabWidget.currentChanged`, which Qt emits once the page is made
    visible but before control returns to the event loop, so no paint ever shows a tab
    half-filled or still showing the role before. A hidden tab that is filled keeps what it
    shows; the changes announced meanwhile are merged and handed to it when it is shown.
    """

    def __init__(self, tabs: QTabWidget, views: dict[str, QWidget]):
        super().__init__(tabs)
        self.tabs, self.views = tabs, views
        self.role: ReadRole | None = None
        self._unfilled: set[str] = set()  # not yet showing self.role
        self._pending: dict[str, Changes] = {}  # filled, but changes came while hidden
        tabs.currentChanged.connect(self._on_current_changed)

    def _on_current_changed(self, _index: int) -> None:
        self.ensure_filled()

    def current_name(self) -> str | None:
        page = self.tabs.currentWidget()
        return next((name for name, view in self.views.items() if view is page), None)

    def show_role(self, role: ReadRole) -> None:
        """A role opened: the tab on screen shows it now, the others once shown."""
        self.role = role
        self._unfilled = set(self.views)
        self._pending.clear()
        self.ensure_filled()

    def forget_role(self) -> None:
        """No role is open (every view shows its empty state): nothing is left to fill."""
        self.role = None
        self._unfilled.clear()
        self._pending.clear()

    def on_changes(self, changes: Changes) -> None:
        """The tab on screen refreshes now; a hidden one when it is shown."""
        current = self.current_name()
        for name, view in self.views.items():
            if name in self._unfilled:
                continue  # it reads everything afresh when it is filled
            if name == current:
                view.on_changes(changes)
            else:
                self._pending[name] = self._pending[name] | changes if name in self._pending else changes

    def ensure_filled(self, name: str | None = None) -> None:
        """Bring a tab (the current one unless `name`) up to date: the open role, and any
        change announced while it was hidden. What showing it does; tests and walkers that
        read a tab without showing it call this."""
        name = name or self.current_name()
        if name is None or self.role is None:
            return
        view = self.views[name]
        if name in self._unfilled:
            self._unfilled.discard(name)
            self._pending.pop(name, None)
            view.show_role(self.role)
        elif name in self._pending:
            view.on_changes(self._pending.pop(name))

    def is_filled(self, name: str) -> bool:
        """True when the tab shows the open role with every change so far."""
        return self.role is None or (name not in self._unfilled and name not in self._pending)
