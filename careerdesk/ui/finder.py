"""The role finder on the left of the main window: search box, family and source filters,
the result list and its count. Built here, wired by the window."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QRect, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from careerdesk.ui.models.roles import RoleListModel
from careerdesk.ui.qt_int import NO_EDIT_TRIGGERS, set_enum
from careerdesk.ui.role_list import RoleListDelegate
from careerdesk.ui.style import give_style_sheet


def in_sight(view: QListView, index: QModelIndex) -> bool:
    """Whether the whole row shows in the list. The viewport's size is worked out from the
    view's, not asked of the viewport: the first time Python touches a viewport, PySide builds
    every widget class (and their Python enums) to find its type, ~10 ms of the first paint.
    A row is as wide as the viewport, so only the height can differ from the view's maximum."""
    size = view.maximumViewportSize()  # the viewport with no scroll bar shown
    bar = view.horizontalScrollBar()
    height = size.height() - (bar.height() if bar.isVisible() else 0)
    return QRect(0, 0, size.width(), height).contains(view.visualRect(index))


def reveal(view: QListView, index: QModelIndex, was_in_sight: bool) -> None:
    """Scroll the list to a row the window selected (asked before the selection moved: Qt
    scrolls a new current row just into sight itself): a row that was out of sight comes to
    the middle, with its neighbours around it, not to the edge under unrelated roles."""
    if not was_in_sight:
        view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)


class CountBar(QWidget):
    """Holds the result count under the list ("10,000 roles", "The best 200 matches; type more
    to narrow"), a QLabel filling it, as the finder's layout placed the label before. A new
    text in a label asks its parent's layout to look again, and that went on to the splitter
    and the window (about 2 ms of the first letter typed, mostly Qt animating the window's
    parts to where they already were). This parent has no layout, so the request stops here;
    its size does not depend on the text (the finder's own minimum width already ruled, and
    a long count is cut at its edge as before)."""

    def __init__(self, label: QLabel):
        super().__init__()
        self.label = label
        label.setParent(self)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(0, self.label.sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return self.sizeHint()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self.label.setGeometry(self.rect())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()  # (the label's line height with it)


def fill_families(combo: QComboBox, families: list[str]) -> None:
    """The family filter's choices; the family chosen stays chosen while it has roles (a role
    imported or removed, here or by another program, refills it)."""
    chosen = combo.currentData()
    combo.clear()
    combo.addItem(QCoreApplication.translate("Finder", "All families"), "")
    for family in families:
        combo.addItem(family, family)
    if chosen:  # (none at a start: the combo was empty)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))


def clear_filters(window) -> bool:
    """Empty the search and show every family and source, quietly (the caller lists the roles
    again): for a role opened that the list does not show. False when nothing was set."""
    widgets = (window.search, window.family, window.source)
    if not (window.search.text() or window.family.currentIndex() > 0 or window.source.currentIndex() > 0):
        return False
    for widget in widgets:
        widget.blockSignals(True)
    window.search.clear()
    window.family.setCurrentIndex(0)
    window.source.setCurrentIndex(0)
    for widget in widgets:
        widget.blockSignals(False)
    return True


def build_finder(window) -> QWidget:
    """The finder's widgets, set on `window` as search, family, source, roles, role_list and
    result_count; returns the panel holding them."""
    translate = QCoreApplication.translate
    window.search = QLineEdit()
    window.search.setObjectName("roleSearch")
    window.search.setAccessibleName(translate("Finder", "Search roles"))
    window.search.setPlaceholderText(translate("Finder", "Search titles, other names, skills…"))
    window.search.setClearButtonEnabled(True)
    window.family = QComboBox()
    window.family.setObjectName("familyFilter")
    window.family.setAccessibleName(translate("Finder", "Role family"))
    fill_families(window.family, window.desk.families())
    # where roles come from: curated profiles, O*NET occupations, the user's own
    window.source = QComboBox()
    window.source.setObjectName("sourceFilter")
    window.source.setAccessibleName(translate("Finder", "Role source"))
    for label, value in ((translate("Finder", "All sources"), ""), (translate("Finder", "Curated"), "curated"),
                         (translate("Finder", "O*NET"), "onet"), (translate("Finder", "Yours"), "mine")):
        window.source.addItem(label, value)
    window.roles = RoleListModel(window)
    window.role_list = QListView()
    window.role_list.setObjectName("roleList")
    window.role_list.setAccessibleName(translate("Finder", "Roles"))
    window.role_list.setModel(window.roles)
    window.role_list.setItemDelegate(RoleListDelegate(window.role_list))
    window.role_list.setUniformItemSizes(True)
    set_enum(window.role_list, "editTriggers", NO_EDIT_TRIGGERS)  # (a string list's rows say editable)
    window.role_list.setSelectionMode(QListView.SelectionMode.SingleSelection)
    window.result_count = QLabel()
    window.result_count.setObjectName("resultCount")
    window.result_count.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    finder = QWidget()
    layout = QVBoxLayout(finder)
    layout.setContentsMargins(10, 10, 4, 6)
    layout.setSpacing(6)
    layout.addWidget(window.search)
    filters = QHBoxLayout()
    filters.setSpacing(6)
    filters.addWidget(window.family, 3)
    filters.addWidget(window.source, 2)
    layout.addLayout(filters)
    layout.addWidget(window.role_list, 1)
    give_style_sheet(window.role_list)  # (its frame is the sheet's) in its place: see give_style_sheet
    layout.addWidget(CountBar(window.result_count))
    finder.setMinimumWidth(240)  # room for "Alle Bereiche" beside "Alle Quellen"
    return finder
