"""The role tabs, registered in one place: adding a tab is one `register_tab` call.

Every tab's view shares one small interface: `show_role(role)` when a role opens, and
`on_changes(changes)` when an operation (here or in another process) changed data it may
show. Tabs are remembered by name, so inserting one never shifts the one a user left open.
`TabFiller` hands both to the tab on screen at once and to the others when they are shown;
`TabPage` builds a tab's view only when it is first shown or used.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Signal
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QProgressBar, QTabWidget, QVBoxLayout, QWidget

from careerdesk.ui.qt_int import SCROLL_BAR_ALWAYS_ON, SCROLL_BAR_AS_NEEDED, set_enum

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


def role_subtitle(role: ReadRole) -> str:
    """The line under a role's title: its source, its family and the first few other names (O*NET
    lists twenty: the first few say enough here, Overview has more)."""
    translate = QCoreApplication.translate
    source = {"onet": translate("MainWindow", "O*NET occupation"), "mine": translate("MainWindow", "Your role")}.get(
        role.source or "", translate("MainWindow", "Curated"))
    subtitle = source + "  ·  " + role.family
    if role.aliases:
        more = "…" if len(role.aliases) > 3 else ""
        subtitle += "  ·  " + translate("MainWindow", "also known as") + " " + ", ".join(role.aliases[:3]) + more
    return subtitle


def tally_row(bar: QProgressBar, text: QWidget) -> QHBoxLayout:
    """A role's tally: its bar, centred on the row (as Qt.AlignVCenter would put it, whose
    `Qt` enum would cost a start: ui/qt_int.py), and its text beside it."""
    row = QHBoxLayout()
    row.setSpacing(10)
    bar_column = QVBoxLayout()
    bar_column.addStretch(1)
    bar_column.addWidget(bar)
    bar_column.addStretch(1)
    row.addLayout(bar_column)
    row.addWidget(text, 1)
    return row


def show_tally(bar: QProgressBar, have: int, total: int) -> None:
    """A progress bar at `have` of `total` (`set_fill`), hidden when there is nothing to count."""
    set_fill(bar, have, total)
    bar.setVisible(total > 0)


def set_fill(bar: QProgressBar, have: int, total: int) -> None:
    """A progress bar at `have` of `total` (of 1 when `total` is 0). Updates are off around
    setValue, which would otherwise paint the whole window at once, mid-switch or tick.

    The bar is painted again only when its fill changes: most roles are 0 of some number, and
    0 of 12 after 0 of 15 draws the same empty bar. Turning updates back on asks for a paint
    whatever changed, so where the fill is the same the two attributes `setUpdatesEnabled(False)`
    set are cleared as it would clear them, without the paint (a bar has no children to pass
    them on to, and a parent with updates off is left to `setUpdatesEnabled`, as before)."""
    maximum = max(total, 1)
    old_max, old_value = bar.maximum() - bar.minimum(), bar.value() - bar.minimum()
    if bar.minimum() != 0 or bar.maximum() != maximum or bar.value() != have:
        same_fill = (old_value >= 0 and have >= 0 and old_max > 0 and have * old_max == old_value * maximum
                     and bar.updatesEnabled() and bar.parentWidget() is not None
                     and bar.parentWidget().updatesEnabled() and not bar.children())
        bar.setUpdatesEnabled(False)
        bar.setRange(0, maximum)
        bar.setValue(have)
        if same_fill:
            from PySide6.QtCore import Qt  # (never on a start: ui/qt_int.py)

            bar.setAttribute(Qt.WidgetAttribute.WA_ForceUpdatesDisabled, False)
            bar.setAttribute(Qt.WidgetAttribute.WA_UpdatesDisabled, False)
        else:
            bar.setUpdatesEnabled(True)


def lay_out_now(page: QWidget | None = None) -> None:
    """Run the layout requests a role switch posted, now, up to the window.

    A label or tab that changes size asks its parent's layout to redo itself on the next pass of
    the event loop, and that layout asks its own parent on the pass after: the reader, the pages,
    the splitter and the window each took a pass, and the window painted in between, two or three
    times a switch (whole-window paints with the role list, the header and the tab). Done here,
    every level is settled before control returns, so the window paints once, as it ends up.

    A scroll area whose scroll range changed decides whether to show its scroll bars in a queued
    call (Qt connects `rangeChanged` so), which ran after the first paint and laid the area out
    again: Career Path painted its page and both scroll bars twice a switch. The scroll areas in
    `page` (the tab on screen) make that call here, before the paint.

    A widget that asks to be updated where Qt cannot yet take it in (a scroll bar shown in the
    switch, on FAQ in a narrow window) gets an `UpdateLater` event posted instead, which the next
    pass of the event loop delivered after the paint: the bar and the area painted again. Those
    are delivered here too, so what they ask for is part of the one paint."""
    _lay_out_rounds()
    if page is not None:
        areas = page.findChildren(QAbstractScrollArea)
        if isinstance(page, QAbstractScrollArea):
            areas.append(page)
        for area in areas:
            QCoreApplication.sendPostedEvents(area, QEvent.Type.MetaCall)
        _lay_out_rounds()  # (what the scroll bars' coming or going moved)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)


def _lay_out_rounds() -> None:
    for _ in range(8):  # one level a round at most: label, tab, tab widget, reader, pages, splitter, window
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


class TabPage(QWidget):
    """A role tab's page in the tab widget: an empty widget until the tab is first shown or used,
    then the tab's real view inside it, edge to edge.

    Building the four tabs nobody looks at yet was ~10 ms of every start (and imported their
    modules). The view is built in the page's show event, before Qt moves the focus into the new
    page and before `TabFiller` fills it (`currentChanged`), so it paints only whole. Everything
    else the window and the tests ask of a tab (`show_role`, `model`, `step_buttons`...) is
    passed on to the view, building it first if need be. `roleRequested` is the view's, if it has one."""

    roleRequested = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(self, tab: Tab, desk: Desk, editor: LedgerEditor):
        super().__init__()
        self.setObjectName(tab.name + "Page")
        self._make = lambda: tab.make(desk, editor)
        self.view: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

    def build(self) -> QWidget:
        """The view, built now if it was not yet."""
        if self.view is None:
            self.view = view = self._make()
            self.layout().addWidget(view)
            self.setFocusProxy(view)
            # At the end of the window's focus chain, being the newest widget: back where the page is.
            QWidget.setTabOrder(self, view)
            if hasattr(view, "roleRequested"):
                view.roleRequested.connect(self.roleRequested)
            view.show()  # (a layout shows a widget added to a visible page only on the next pass)
            self.layout().activate()
        return self.view

    @property
    def built(self) -> bool:
        return self.view is not None

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.build()
        super().showEvent(event)

    def restyle(self) -> None:
        """A theme change: a view built later takes the palette of its day."""
        if self.view is not None and hasattr(self.view, "restyle"):
            self.view.restyle()

    def __getattr__(self, name: str):
        # Only what the page itself lacks comes here; private and dunder names are never the view's
        # business (Qt and Python probe some while the page is made).
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.build(), name)


class SteadyTabs(QObject):
    """Spares the tab widget a whole repaint when a page's layout changed but nothing of its own.

    A label in a page that takes a new text (Skills' summary and figures, on every switch)
    makes the page's layout run, and a layout that ran tells its widget's parent its size hint
    may have changed (`QLayout::activate` always does): up through the page and the tab
    widget's stack to the QTabWidget, whose answer (`setUpLayout`) places its tab bar and stack
    again and repaints the whole tab widget, tab bar, page and all, though every widget that
    changed has already asked to be painted. Where the tab widget's size, its tab bar's size hint
    and its tabs are what they were when it last placed them, placing them again would put them
    where they are: that request is answered with what else it does, passing the size hint
    question on up (`updateGeometry`), without the repaint. Anything else is left to Qt."""

    def __init__(self, tabs: QTabWidget):
        super().__init__(tabs)
        self.tabs = tabs
        self._placed: tuple | None = None  # what the tab widget last placed its tab bar and stack for
        tabs.installEventFilter(self)

    def _state(self) -> tuple:
        """What `QTabWidget::setUpLayout` places the tab bar and stack by."""
        from PySide6.QtCore import Qt  # (after the first paint only: ui/qt_int.py)

        tabs, bar = self.tabs, self.tabs.tabBar()
        corners = tuple((w.sizeHint(), w.isVisibleTo(tabs)) if w is not None else None
                        for w in (tabs.cornerWidget(corner) for corner in (Qt.Corner.TopLeftCorner,
                                                                          Qt.Corner.TopRightCorner)))
        return (tabs.size(), bar.sizeHint(), bar.isVisibleTo(tabs), tabs.count(), tabs.currentIndex(),
                tabs.documentMode(), tabs.tabPosition(), tabs.tabShape(), tabs.layoutDirection(), corners)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is not self.tabs or event.type() != QEvent.Type.LayoutRequest:
            return False
        if not self.tabs.isVisible():  # (Qt only marks a hidden one to be placed when shown)
            self._placed = None
            return False
        state = self._state()
        if state != self._placed:
            self._placed = state
            return False
        self.tabs.updateGeometry()
        return True


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
        self._steady: SteadyTabs | None = None
        tabs.currentChanged.connect(self._on_current_changed)

    def _on_current_changed(self, _index: int) -> None:
        self.ensure_filled()

    def current_name(self) -> str | None:
        page = self.tabs.currentWidget()
        return next((name for name, view in self.views.items() if view is page), None)

    def show_role(self, role: ReadRole, now: bool = True) -> None:
        """A role opened: the tab on screen shows it now (unless not `now`: then at `ensure_filled`),
        the others once shown."""
        self.role = role
        self._unfilled = set(self.views)
        self._pending.clear()
        if now:
            if self._steady is None:  # (not before the first paint: its events would each pass through Python)
                self._steady = SteadyTabs(self.tabs)
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


def fill_first_tab(tabs: QTabWidget, filler: TabFiller) -> None:
    """The tab on screen, filled at the size the window is painted at, and a reading tab with its
    scroll bar already on: most roles' text needs it, and a bar coming after the text was laid out
    made Qt lay it all out again, narrower (a text that fits loses the bar, as after a switch).

    The layouts that showing the window asked for run first (`lay_out_now`): the window learns its
    minimum size only then, and one fitted narrower than it (a small screen; the offscreen
    platform's 800 px one, where the benchmark starts) grew to it after this show event, in the
    pass before the first paint, laying every widget and the whole Overview text out again at the
    new width (~18 M instructions of such a start, docs/performance-paint13.md)."""
    lay_out_now()
    view = getattr(tabs.currentWidget(), "view", None)
    reading = isinstance(view, QAbstractScrollArea)
    if reading:
        set_enum(view, "verticalScrollBarPolicy", SCROLL_BAR_ALWAYS_ON)
    filler.ensure_filled()
    if reading:
        set_enum(view, "verticalScrollBarPolicy", SCROLL_BAR_AS_NEEDED)
        QCoreApplication.sendPostedEvents(view, QEvent.Type.MetaCall)  # (the bar goes now if the text fits)
