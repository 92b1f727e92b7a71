"""The main window: role finder on the left, the selected role in five tabs on the right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, QSettings, QTimer
from PySide6.QtGui import QCloseEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careerdesk.domain import i18n
from careerdesk.domain.errors import CareerDeskError
from careerdesk.service import Changes, Desk
from careerdesk.ui import plan_output, theme, window_state
from careerdesk.ui import settings as keys
from careerdesk.ui.actions import build_actions, give_shortcuts
from careerdesk.ui.background import busy
from careerdesk.ui.errors import show_error
from careerdesk.ui.finder import build_finder, clear_filters, fill_families, in_sight, reveal
from careerdesk.ui.first_paint import AfterFirstPaint, later
from careerdesk.ui.literal import plain_label, window_title
from careerdesk.ui.models.roles import RoleIdRole
from careerdesk.ui.outside_changes import OutsideChangeWatcher
from careerdesk.ui.style import fit_to_screen, give_style_sheet
from careerdesk.ui.tabs import (
    ROLE_TABS,
    TabFiller,
    TabPage,
    fill_first_tab,
    lay_out_now,
    role_subtitle,
    show_tally,
    tally_row,
)
from careerdesk.ui.undo import LedgerEditor, conflict_message
from careerdesk.ui.welcome import welcome_banner

if TYPE_CHECKING:
    from careerdesk.domain.reading import RoleView
    from careerdesk.ui.plan_page import PlanRetry
    from careerdesk.ui.views.plan import PlanView


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, settings: QSettings, editor: LedgerEditor | None = None):
        super().__init__()
        self.desk = desk
        self.settings = settings
        self.current_role: RoleView | None = None  # as read to be shown (Desk.role_to_read)
        self.replaced = False  # True once View > Language has built this window's successor
        self._desk_closer = None
        # A rebuilt window (View > Language) takes over the old one's undo history.
        self.editor = editor or LedgerEditor(desk)
        self.editor.setParent(self)
        self.hear_editor(True)
        self.outside = OutsideChangeWatcher(desk, self.pick_up_outside_changes, self)
        self.destroyed.connect(lambda *_: desk.changes.unsubscribe(self.on_changes))
        self._shown_once = False
        self._building = True  # the role opened while building is filled as the window is first shown
        self._selecting = False  # True while the window itself moves the list's selection
        self.setWindowTitle("CareerDesk")
        self.setObjectName("mainWindow")
        self._build_finder()
        self.roles.rows_outdated.connect(self.outside.look_now)  # (rows of a changed catalogue: list again now)
        self._build_reader()
        self.splitter = QSplitter()  # (horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.plan_view_if_built: PlanView | None = None
        self.plan_retry: PlanRetry | None = None  # My plan's first build waiting for a lock to end
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.pages.addWidget(self.reader)
        self.pages.addWidget(QWidget())  # My plan's place, until it is first needed
        self.splitter.addWidget(self.finder)
        self.splitter.addWidget(self.pages)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([300, 900])
        self.setCentralWidget(self.splitter)
        self.actions_ = build_actions(self)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        # (all of a screen under 1,000 px: My plan, built out of sight later, needs more than 9/10 of 800)
        fit_to_screen(self, 1200, 780, whole_below=1000)
        window_state.restore(self)
        desk.changes.subscribe(self.on_changes)  # only once whole: a half-built window hears nothing
        self._building = False

    # Building

    @property
    def plan_view(self) -> PlanView:
        """My plan, built the first time it is needed (ui/plan_page.py says why)."""
        if self.plan_view_if_built is None:
            from careerdesk.ui.plan_page import build_plan_view

            build_plan_view(self)
        return self.plan_view_if_built

    def _build_finder(self) -> None:
        self.finder = build_finder(self)
        self.search.textChanged.connect(self.refresh_roles)
        self.search.returnPressed.connect(self._open_first_result)
        self.family.currentIndexChanged.connect(self.refresh_roles)
        self.source.currentIndexChanged.connect(self.refresh_roles)
        self.role_list.selectionModel().currentChanged.connect(self._on_current_changed)

    def _build_reader(self) -> None:
        self.title = plain_label(wrap=True)
        self.title.setObjectName("roleTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = plain_label(wrap=True)
        self.subtitle.setObjectName("roleSubtitle")
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.header_progress = QProgressBar()
        self.header_progress.setObjectName("roleProgress")
        self.header_progress.setAccessibleName(self.tr("Your progress for this role"))
        self.header_progress.setTextVisible(False)
        self.header_progress.setFixedSize(220, 8)
        self.header_progress_text = QLabel()
        self.header_progress_text.setObjectName("roleProgressText")
        progress_row = tally_row(self.header_progress, self.header_progress_text)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("roleTabs")
        self.tabs.setAccessibleName(self.tr("Role sections"))
        self.tabs.setDocumentMode(True)
        self.views: dict[str, QWidget] = {}
        for tab in ROLE_TABS:
            view = TabPage(tab, self.desk, self.editor)  # its view is built when first shown
            self.views[tab.name] = view
            self.tabs.addTab(view, QCoreApplication.translate("MainWindow", tab.title))
        self.overview, self.responsibilities, self.skills, self.faq, self.career_path = (
            self.views[name] for name in ("overview", "responsibilities", "skills", "faq", "career_path"))
        self.filler = TabFiller(self.tabs, self.views)  # fills the tab on screen, the others when shown
        self.reader = QWidget()
        layout = QVBoxLayout(self.reader)
        layout.setContentsMargins(16, 12, 10, 0)
        layout.setSpacing(4)
        self.welcome = welcome_banner(self.settings)
        layout.addWidget(self.welcome)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(4)
        layout.addLayout(progress_row)
        layout.addSpacing(8)
        layout.addWidget(self.tabs, 1)
        give_style_sheet(self.welcome, self.header_progress)  # in their places (see give_style_sheet)
        for view in self.views.values():  # a view with links to other roles opens them here
            if hasattr(view, "roleRequested"):
                view.roleRequested.connect(self.open_role)

    # Behaviour

    def refresh_roles(self, keep_scroll: bool = False) -> None:
        """Re-run the search for the current text, family and source; keep the open role
        selected, but show a new query's best matches from the top. `keep_scroll`: the list
        stays where the user scrolled it, even away from the open role."""
        query = (self.search.text(), self.family.currentData(), self.source.currentData())
        rows = self.desk.find_roles(*query, paged=True)  # (the rows on screen are read as painted)
        new_query = query != getattr(self, "_last_query", None)
        self._last_query = query
        # Rows removed under the list's current row move it, and the view would open the role
        # it lands on: this is the window moving the selection, which _select_row sets below.
        self._selecting = True
        try:
            self.roles.set_rows(rows)
        finally:
            self._selecting = False
        n = len(rows)
        if self.search.text().strip() and n >= self.desk.search_limit:
            self.result_count.setText(self.tr("The best {n} matches; type more to narrow").format(n=i18n.number(n)))
        else:
            self.result_count.setText(self.tr("{n} roles").format(n=i18n.number(n)) if n != 1 else self.tr("1 role"))
        if self.current_role is not None:
            self._select_row(self.roles.row_of(self.current_role.id), scroll=not (new_query or keep_scroll))
        if new_query:
            self.role_list.scrollToTop()

    def _select_row(self, row: int, scroll: bool = True) -> None:
        if row < 0:
            self.role_list.clearSelection()
            self._selecting = True  # (no current row either, as after a reset of the list)
            self.role_list.selectionModel().clearCurrentIndex()
            self._selecting = False
            return
        index = self.roles.index(row)
        was_in_sight = in_sight(self.role_list, index)
        # A flag, not blockSignals: the view must hear the change to repaint the row it
        # unselects, or two roles stay highlighted on screen.
        self._selecting = True
        self.role_list.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._selecting = False
        if scroll:
            reveal(self.role_list, index, was_in_sight)

    def _open_first_result(self) -> None:
        if self.roles.rowCount() > 0:
            self.role_list.setCurrentIndex(self.roles.index(0))
            self.role_list.setFocus()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        role_id = current.data(RoleIdRole) if current.isValid() and not self._selecting else None
        if role_id and (self.current_role is None or role_id != self.current_role.id):
            self.open_role(role_id)
        if role_id:
            self.show_mode(0)

    def open_from_plan(self, role_id: str) -> None:
        self.open_role(role_id)
        self.show_mode(0)

    def show_mode(self, page: int) -> None:
        """0: the role reader; 1: My plan (recomputed each time it is shown)."""
        if page == 1 and self.pages.currentIndex() != 1:
            from careerdesk.ui.plan_page import load_plan

            load_plan(self)
        self.pages.setCurrentIndex(page)
        self.actions_["roles" if page == 0 else "plan"].setChecked(True)

    def show_tab_named(self, name: str) -> None:
        """Open the tab saved by name (settings of older versions saved its position)."""
        names = list(self.views)
        if name.isdigit() and int(name) < len(names):
            name = names[int(name)]
        self.tabs.setCurrentIndex(names.index(name) if name in names else 0)

    def show_tab(self, index: int) -> None:
        self.show_mode(0)
        self.tabs.setCurrentIndex(index)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        # (not while a worker's slow work runs: the look may reopen the catalogue here, waiting
        # on the folder lock the worker holds; the watcher's first tick afterwards looks)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and not busy():
            self.pick_up_outside_changes()
            self.roles.retry_now()  # (rows a lock left blank, if any: the lock may have ended meanwhile)

    def pick_up_outside_changes(self, force: bool = False) -> None:
        """Show what another process (the CLI, a second window) changed meanwhile: the
        desk re-reads it and announces it like any change made here; and list the roles again
        if the rows shown were read from a catalogue changed since (even when the change left
        the user's data as it was, e.g. another window noting what it checked)."""
        if self.outside.changed() or force:
            self.desk.notice_outside_changes()
        if self.roles.outdated():  # (found while scrolling: the list stays where it was)
            try:
                self.refresh_roles(keep_scroll=True)
            except CareerDeskError as exc:  # (damage said once: the rows not read stay blank)
                if self.roles.to_say(exc):
                    raise

    def on_changes(self, changes: Changes) -> None:
        """The one route for every change, made here or elsewhere: each view that shows
        the changed data refreshes itself."""
        if changes.catalogue:
            if self.plan_view_if_built is not None:
                self.plan_view_if_built.roles_changed()
            self.catalogue_changed(open_id=self.current_role.id if self.current_role else None)
        else:
            self.filler.on_changes(changes)
            self._update_progress()
        plan_output.update_output_actions(self)  # a target may have come or gone
        if self.pages.currentIndex() == 1:
            if changes.outside or changes.catalogue:
                self.plan_view.load()  # the plan itself, or its role lists, may differ
            elif changes.skills:
                self.plan_view.refresh()  # (a plan edited here is shown by the plan view itself)

    def open_role(self, role_id: str, keep_filters: bool = False) -> None:
        """Show a role (in the tab on screen; the others once shown); select it in the list,
        clearing the search and filters if it is not listed (`keep_filters`: not cleared, and
        no row selected: the role open before a catalogue change, opened again)."""
        role = self.desk.role_to_read(role_id)
        if role is None:
            return
        self.current_role = role
        self.title.setText(role.title)
        self.subtitle.setText(role_subtitle(role))
        self.filler.show_role(role, now=not self._building)
        self._update_progress()
        row = self.roles.row_of(role_id)
        if row < 0 and self.roles.outdated():  # (rows of a catalogue changed since: its row is unknown, not gone)
            self.refresh_roles(keep_scroll=True)
            row = self.roles.row_of(role_id)
        if row < 0 and not keep_filters and clear_filters(self):
            self.refresh_roles()
            row = self.roles.row_of(role_id)
        self._select_row(row)
        self.setWindowTitle(window_title(f"{role.title} – CareerDesk"))
        self.actions_["remove_role"].setEnabled(self.desk.is_mine(role.id))
        lay_out_now(self.tabs.currentWidget())  # (so the window paints once, whole)

    def catalogue_changed(self, open_id: str | None = None) -> None:
        """Roles were imported or removed: refresh families and the list, open `open_id`."""
        self.family.blockSignals(True)
        fill_families(self.family, self.desk.families())
        self.family.blockSignals(False)
        was_open, self.current_role = self.current_role, None
        self.refresh_roles()
        if open_id is None or self.desk.title_of(open_id) is None:
            open_id = self.roles.index(0).data(RoleIdRole) if self.roles.rowCount() else None
        if open_id:  # (the role open before stays open, and what the person filtered stays)
            self.open_role(open_id, keep_filters=was_open is not None and open_id == was_open.id)
        else:
            from careerdesk.ui.empty_state import show_no_role  # (rare: not imported for the first paint)
            show_no_role(self)
        plan_output.update_output_actions(self)

    def _update_progress(self) -> None:
        if self.current_role is None:
            return
        tally = self.desk.progress(self.current_role).overall
        show_tally(self.header_progress, tally.have, tally.total)
        self.header_progress_text.setText(
            self.tr("You have {have} of this role's {total} skills ({percent}%)").format(
                have=tally.have, total=tally.total, percent=tally.percent
            ) if tally.total else self.tr("No skills are recorded for this role yet")
        )
        ticked = len(self.desk.had)
        self.status.setText((self.tr("{roles} roles in the catalogue  ·  1 skill ticked") if ticked == 1 else
                             self.tr("{roles} roles in the catalogue  ·  {skills} skills ticked")).format(
            roles=i18n.number(self.desk.role_count()), skills=i18n.number(ticked)))

    def hear_editor(self, on: bool) -> None:
        """Connect to the editor's failures, or disconnect (a replaced window). Their dialogs open
        after the undo stack's step, queued (a QueuedConnection's `Qt` enum costs a start: qt_int)."""
        for signal, slot in ((self.editor.failed, self._write_failed_later),
                             (self.editor.conflicted, self._undo_conflict_later)):
            signal.connect(slot) if on else signal.disconnect(slot)

    def _write_failed_later(self, message: str) -> None:
        QTimer.singleShot(0, self, lambda: self._on_write_failed(message))

    def _undo_conflict_later(self, skill: str) -> None:
        QTimer.singleShot(0, self, lambda: self._on_undo_conflict(skill))

    def _on_write_failed(self, message: str) -> None:
        show_error(
            self,
            self.tr("Could not save your change"),
            self.tr("The change was not saved, so it is not shown.") + "\n\n" + message,
        )

    def _on_undo_conflict(self, skill: str) -> None:
        show_error(self, *conflict_message(skill))

    def focus_search(self) -> None:
        from PySide6.QtCore import Qt

        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # State

    def set_theme(self, mode: str) -> None:
        """Light, dark or the system's scheme; remembered, and applied to every view."""
        self.theme_mode = mode if mode in theme.MODES else theme.SYSTEM
        theme.apply(self.theme_mode, self.system_scheme)
        self.settings.setValue(keys.THEME, self.theme_mode)
        self.actions_[f"theme_{self.theme_mode}"].setChecked(True)
        plan = self.plan_view_if_built
        for view in (self.overview, self.responsibilities, *([plan.compare.result] if plan else [])):
            view.restyle()
        if self.current_role is not None:
            self.open_role(self.current_role.id)

    def check_system_scheme(self) -> None:
        """Follow the system's colour scheme if it changed (window_state.follow_system_scheme)."""
        window_state.follow_system_scheme(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        # Splitter sizes only mean something once the window has its final size; so does the text of
        # the tab on screen, filled here, before the first paint: filled as the window was built (at
        # a default 640 px), the Overview's text was laid out again at each size show() went through.
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            window_state.restore_splitter(self)
            fill_first_tab(self.tabs, self.filler)
            # My plan is built and filled once the window has painted (400 ms on): opening it is quick.
            # (pydantic is warmed up only when a menu that leads to an edit opens: ui/actions.py)
            later(400, self, self._load_plan_when_idle)
            AfterFirstPaint(self, lambda: window_state.after_first_paint(self), keys=lambda: give_shortcuts(self))

    def _load_plan_when_idle(self) -> None:
        from careerdesk.ui.plan_page import load_when_idle  # (imported then: the first paint needs none of it)
        load_when_idle(self)

    def save_state(self) -> None:
        window_state.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_state()
        self.roles.stop_retrying()  # (no read of a catalogue that may be closed next)
        if self.plan_retry is not None:
            self.plan_retry.stop()
        if not self.replaced:  # (a language switch: the copy goes on, or starts, under the successor)
            self.outside.back_up_if_due()  # (a window closed within its first second: the day's backup all the same)
        super().closeEvent(event)

    def own_desk(self) -> None:
        """Close the desk when this window is destroyed (ui/language.py passes that on)."""
        desk = self.desk
        self._desk_closer = self.destroyed.connect(lambda *_: desk.close())
