"""The main window: role finder on the left, the selected role in five tabs on the right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careerdesk.desk import Desk
from careerdesk.domain.profile import RoleProfile
from careerdesk.ui import plan_output, theme
from careerdesk.ui import settings as keys
from careerdesk.ui.actions import TAB_TITLES, build_actions
from careerdesk.ui.errors import show_error
from careerdesk.ui.literal import plain_label, window_title
from careerdesk.ui.models.roles import RoleIdRole, RoleListModel
from careerdesk.ui.role_list import RoleListDelegate
from careerdesk.ui.undo import LedgerEditor
from careerdesk.ui.views.career_path import CareerPathView
from careerdesk.ui.views.faq import FaqView
from careerdesk.ui.views.overview import OverviewView
from careerdesk.ui.views.plan import PlanView
from careerdesk.ui.views.responsibilities import ResponsibilitiesView
from careerdesk.ui.views.skills import SkillsView
from careerdesk.ui.welcome import WelcomeBanner


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, settings: QSettings):
        super().__init__()
        self.desk = desk
        self.settings = settings
        self.current_role: RoleProfile | None = None
        self.editor = LedgerEditor(desk, self)
        self.editor.changed.connect(self._on_ledger_changed)
        self.editor.failed.connect(self._on_write_failed)
        self._data_version = desk.data_version()
        self._splitter_restored = False
        self.setWindowTitle("CareerDesk")
        self.setObjectName("mainWindow")
        self._build_finder()
        self._build_reader()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.plan_view = PlanView(self.desk, self.editor)
        self.plan_view.roleRequested.connect(self._open_from_plan)
        self.plan_view.exportRequested.connect(lambda: plan_output.export_plan(self, self.desk))
        self.plan_view.printRequested.connect(lambda: plan_output.print_plan(self, self.desk))
        self.plan_view.previewRequested.connect(lambda: plan_output.preview_plan(self, self.desk))
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.pages.addWidget(self.reader)
        self.pages.addWidget(self.plan_view)
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
        self._fit_to_screen(1200, 780)
        self._restore_state()

    def _fit_to_screen(self, width: int, height: int) -> None:
        """The preferred size, or nine tenths of a smaller screen (saved geometry wins later)."""
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, free.width() * 9 // 10), min(height, free.height() * 9 // 10)
        self.resize(width, height)

    # Building

    def _build_finder(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("roleSearch")
        self.search.setAccessibleName(self.tr("Search roles"))
        self.search.setPlaceholderText(self.tr("Search titles, other names, skills…"))
        self.search.setClearButtonEnabled(True)
        self.family = QComboBox()
        self.family.setObjectName("familyFilter")
        self.family.setAccessibleName(self.tr("Role family"))
        self.family.addItem(self.tr("All families"), "")
        for family in self.desk.families():
            self.family.addItem(family, family)
        self.roles = RoleListModel(self)
        self.role_list = QListView()
        self.role_list.setObjectName("roleList")
        self.role_list.setAccessibleName(self.tr("Roles"))
        self.role_list.setModel(self.roles)
        self.role_list.setItemDelegate(RoleListDelegate(self.role_list))
        self.role_list.setUniformItemSizes(True)
        self.result_count = QLabel()
        self.result_count.setObjectName("resultCount")
        self.result_count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.finder = QWidget()
        layout = QVBoxLayout(self.finder)
        layout.setContentsMargins(10, 10, 4, 6)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.family)
        layout.addWidget(self.role_list, 1)
        layout.addWidget(self.result_count)
        self.finder.setMinimumWidth(220)
        self.search.textChanged.connect(self.refresh_roles)
        self.search.returnPressed.connect(self._open_first_result)
        self.family.currentIndexChanged.connect(self.refresh_roles)
        self.role_list.selectionModel().currentChanged.connect(self._on_current_changed)

    def _build_reader(self) -> None:
        self.title = plain_label()
        self.title.setObjectName("roleTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.7)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = plain_label()
        self.subtitle.setObjectName("roleSubtitle")
        self.subtitle.setWordWrap(True)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.header_progress = QProgressBar()
        self.header_progress.setObjectName("roleProgress")
        self.header_progress.setAccessibleName(self.tr("Your progress for this role"))
        self.header_progress.setTextVisible(False)
        self.header_progress.setFixedSize(220, 8)
        self.header_progress_text = QLabel()
        self.header_progress_text.setObjectName("roleProgressText")
        progress_row = QHBoxLayout()
        progress_row.setSpacing(10)
        progress_row.addWidget(self.header_progress, 0, Qt.AlignmentFlag.AlignVCenter)
        progress_row.addWidget(self.header_progress_text, 1)

        self.overview = OverviewView()
        self.responsibilities = ResponsibilitiesView()
        self.skills = SkillsView(self.desk, self.editor)
        self.faq = FaqView()
        self.career_path = CareerPathView(self.desk)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("roleTabs")
        self.tabs.setAccessibleName(self.tr("Role sections"))
        self.tabs.setDocumentMode(True)
        for widget, title in zip(
            (self.overview, self.responsibilities, self.skills, self.faq, self.career_path),
            TAB_TITLES,
            strict=True,
        ):
            self.tabs.addTab(widget, self.tr(title))
        self.reader = QWidget()
        layout = QVBoxLayout(self.reader)
        layout.setContentsMargins(16, 12, 10, 0)
        layout.setSpacing(4)
        self.welcome = WelcomeBanner()
        self.welcome.dismissed.connect(lambda: self.settings.setValue(keys.WELCOMED, True))
        self.welcome.setVisible(not keys.read_bool(self.settings, keys.WELCOMED))
        layout.addWidget(self.welcome)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(4)
        layout.addLayout(progress_row)
        layout.addSpacing(8)
        layout.addWidget(self.tabs, 1)
        self.career_path.roleRequested.connect(self.open_role)

    # Behaviour

    def refresh_roles(self) -> None:
        """Re-run the search for the current text and family; keep the open role selected."""
        rows = self.desk.find_roles(self.search.text(), self.family.currentData())
        self.roles.set_rows(rows)
        n = len(rows)
        if self.search.text().strip() and n >= self.desk.search_limit:
            self.result_count.setText(self.tr("The best {n} matches; type more to narrow").format(n=n))
        else:
            self.result_count.setText(self.tr("{n} roles").format(n=n) if n != 1 else self.tr("1 role"))
        if self.current_role is not None:
            self._select_row(self.roles.row_of(self.current_role.id))

    def _select_row(self, row: int) -> None:
        if row < 0:
            self.role_list.clearSelection()
            return
        index = self.roles.index(row)
        selection = self.role_list.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)
        self.role_list.scrollTo(index)

    def _open_first_result(self) -> None:
        if self.roles.rowCount() > 0:
            self.role_list.setCurrentIndex(self.roles.index(0))
            self.role_list.setFocus()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        role_id = current.data(RoleIdRole) if current.isValid() else None
        if role_id and (self.current_role is None or role_id != self.current_role.id):
            self.open_role(role_id)
        if role_id:
            self.show_mode(0)

    def _open_from_plan(self, role_id: str) -> None:
        self.open_role(role_id)
        self.show_mode(0)

    def show_mode(self, page: int) -> None:
        """0: the role reader; 1: My plan (recomputed each time it is shown)."""
        if page == 1 and self.pages.currentIndex() != 1:
            self.plan_view.load()
        self.pages.setCurrentIndex(page)
        self.actions_["roles" if page == 0 else "plan"].setChecked(True)

    def show_tab(self, index: int) -> None:
        self.show_mode(0)
        self.tabs.setCurrentIndex(index)

    def use_role_in_plan(self, which: str) -> None:
        """Make the open role the plan's current or target role, then show the plan."""
        if self.current_role is None:
            return
        self.plan_view.load()
        self.plan_view.set_role(which, self.current_role.id)
        self.show_mode(1)
        self.statusBar().showMessage(
            self.tr("{title} is now your {which} role").format(title=self.current_role.title, which=self.tr(which)),
            4000)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.pick_up_outside_changes()

    def pick_up_outside_changes(self, force: bool = False) -> None:
        """Show ticks made meanwhile by the CLI or another window (nothing is lost either
        way: every write commits at once; this keeps what is shown true)."""
        if self.desk.catalogue_changed_elsewhere():
            self.catalogue_changed(open_id=self.current_role.id if self.current_role else None)
        version = self.desk.data_version()
        if version == self._data_version and not force:
            return
        self._data_version = version
        self.desk.reload()
        self._on_ledger_changed()
        if self.pages.currentIndex() == 1:
            self.plan_view.load()  # the plan itself may have changed, not only the ledger

    def open_role(self, role_id: str) -> None:
        """Show a role in every tab; make it visible and selected in the list."""
        role = self.desk.role(role_id)
        if role is None:
            return
        self.current_role = role
        self.title.setText(role.title)
        subtitle = role.family
        if self.desk.is_mine(role.id):
            subtitle = self.tr("Your role") + "  ·  " + subtitle
        if role.aliases:
            subtitle += "  ·  " + self.tr("also known as") + " " + ", ".join(role.aliases)
        self.subtitle.setText(subtitle)
        self.overview.show_role(role)
        self.responsibilities.show_role(role)
        self.skills.show_role(role)
        self.faq.show_role(role)
        self.career_path.show_role(role)
        self._update_progress()
        row = self.roles.row_of(role_id)
        if row < 0 and (self.search.text() or self.family.currentIndex() > 0):
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.family.blockSignals(True)
            self.family.setCurrentIndex(0)
            self.family.blockSignals(False)
            self.refresh_roles()
            row = self.roles.row_of(role_id)
        self._select_row(row)
        self.setWindowTitle(window_title(f"{role.title} – CareerDesk"))
        self.actions_["remove_role"].setEnabled(self.desk.is_mine(role.id))

    def catalogue_changed(self, open_id: str | None = None) -> None:
        """Roles were imported or removed: refresh families and the list, open `open_id`."""
        self.family.blockSignals(True)
        self.family.clear()
        self.family.addItem(self.tr("All families"), "")
        for family in self.desk.families():
            self.family.addItem(family, family)
        self.family.blockSignals(False)
        self.current_role = None
        self.refresh_roles()
        target = open_id or (self.roles.index(0).data(RoleIdRole) if self.roles.rowCount() else None)
        if target:
            self.open_role(target)

    def _update_progress(self) -> None:
        if self.current_role is None:
            return
        tally = self.desk.progress(self.current_role).overall
        self.header_progress.setRange(0, max(tally.total, 1))
        self.header_progress.setValue(tally.have)
        self.header_progress_text.setText(
            self.tr("You have {have} of this role's {total} skills ({percent}%)").format(
                have=tally.have, total=tally.total, percent=tally.percent
            )
        )
        self.status.setText(
            self.tr("{roles} roles in the catalogue  ·  {skills} skills ticked").format(
                roles=self.desk.role_count(), skills=len(self.desk.had)
            )
        )

    def _on_ledger_changed(self) -> None:
        """Some status or note changed (here, by undo, or outside): every view follows."""
        self.skills.refresh()
        self._update_progress()
        if self.current_role is not None:
            self.career_path.show_role(self.current_role)
        if self.pages.currentIndex() == 1:
            self.plan_view.refresh()

    def _on_write_failed(self, message: str) -> None:
        show_error(
            self,
            self.tr("Could not save your change"),
            self.tr("The change was not saved, so it is not shown. "
                    "Check that the data folder is writable and has free space."),
            message,
        )

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # State

    def set_theme(self, mode: str) -> None:
        """Light, dark or the system's scheme; remembered, and applied to every view."""
        self.theme_mode = mode if mode in theme.MODES else theme.SYSTEM
        theme.apply(self.theme_mode)
        self.settings.setValue(keys.THEME, self.theme_mode)
        self.actions_[f"theme_{self.theme_mode}"].setChecked(True)
        for view in (self.overview, self.responsibilities, self.plan_view.compare.result):
            view.restyle()
        if self.current_role is not None:
            self.open_role(self.current_role.id)

    def _follow_system_scheme(self) -> None:
        if self.theme_mode == theme.SYSTEM:
            self.set_theme(theme.SYSTEM)

    def _restore_state(self) -> None:
        self.theme_mode = keys.read_str(self.settings, keys.THEME, theme.SYSTEM)
        if self.theme_mode != theme.SYSTEM or theme.system_is_dark():
            theme.apply(self.theme_mode)
        self.actions_[f"theme_{self.theme_mode if self.theme_mode in theme.MODES else theme.SYSTEM}"].setChecked(True)
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._follow_system_scheme)
        geometry = keys.read_bytes(self.settings, keys.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = keys.read_bytes(self.settings, keys.WINDOW_STATE)
        if state is not None:
            self.restoreState(state)
        self.refresh_roles()
        last = keys.read_str(self.settings, keys.LAST_ROLE, keys.DEFAULT_ROLE)
        if self.desk.role(last) is None:
            last = self.roles.index(0).data(RoleIdRole) if self.roles.rowCount() else ""
        if last:
            self.open_role(last)
        else:
            self.title.setText(self.tr("No roles in the catalogue"))
            self.subtitle.setText(self.tr("Import or add roles to start planning."))
        for key in ("set_current", "set_target"):
            self.actions_[key].setEnabled(self.current_role is not None)
        self.tabs.setCurrentIndex(keys.read_int(self.settings, keys.LAST_TAB, 0))
        if keys.read_int(self.settings, keys.LAST_MODE, 0) == 1:
            self.show_mode(1)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        # Splitter sizes only mean something once the window has its final size.
        super().showEvent(event)
        if not self._splitter_restored:
            self._splitter_restored = True
            splitter = keys.read_bytes(self.settings, keys.SPLITTER)
            if splitter is not None:
                self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        self.settings.setValue(keys.GEOMETRY, self.saveGeometry())
        self.settings.setValue(keys.WINDOW_STATE, self.saveState())
        self.settings.setValue(keys.SPLITTER, self.splitter.saveState())
        if self.current_role is not None:
            self.settings.setValue(keys.LAST_ROLE, self.current_role.id)
        self.settings.setValue(keys.LAST_TAB, self.tabs.currentIndex())
        self.settings.setValue(keys.LAST_MODE, self.pages.currentIndex())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.save_state()
        super().closeEvent(event)
