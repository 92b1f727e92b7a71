"""Plan > Explore by interests: O*NET's six interest areas (RIASEC) and a job zone, as O*NET's
My Next Move does; double-click (or Enter on) an occupation to open it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from careerdesk.domain import i18n
from careerdesk.domain.occupation import INTEREST_NAMES, ZONE_SHORT, interest_name, interest_summary, zone_words
from careerdesk.service import Desk
from careerdesk.ui.style import fit_to_screen, give_style_sheet


class ExploreDialog(QDialog):
    roleRequested = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(self, desk: Desk, parent: QWidget | None = None):
        super().__init__(parent)
        give_style_sheet(self)  # (as it had the application's sheet: see give_style_sheet)
        self.setObjectName("exploreDialog")
        self.setWindowTitle(self.tr("Explore by interests"))
        self.desk = desk
        intro = QLabel(self.tr("Tick the kinds of work you enjoy (most enjoyed first) and the preparation "
                               "you have or are willing to get."))
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.boxes: dict[str, QCheckBox] = {}
        for row, code in enumerate(INTEREST_NAMES):
            name, summary = interest_name(code), interest_summary(code)
            box = QCheckBox(f"{name} ({code})")
            box.setAccessibleName(name)
            box.setAccessibleDescription(summary)
            box.toggled.connect(lambda on, c=code: self._toggle(c, on))
            about = QLabel(summary)
            about.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            grid.addWidget(box, row, 0)
            grid.addWidget(about, row, 1)
            self.boxes[code] = box
        self.order: list[str] = []
        self.zone = QComboBox()
        self.zone.setObjectName("exploreZone")
        self.zone.setAccessibleName(self.tr("Job zone"))
        self.zone.addItem(self.tr("Any preparation"), 0)
        for zone in ZONE_SHORT:
            self.zone.addItem(self.tr("Job zone {n}: {text}").format(n=zone, text=zone_words(zone)), zone)
        self.zone.currentIndexChanged.connect(self.refresh)
        self.results = QListWidget()
        self.results.setObjectName("exploreResults")
        self.results.setAccessibleName(self.tr("Matching occupations"))
        self.results.itemActivated.connect(self._open)
        self.count = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.zone)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        fit_to_screen(self, 680, 620)
        self.refresh()

    def _toggle(self, code: str, on: bool) -> None:
        if on and code not in self.order:
            self.order.append(code)
        elif not on and code in self.order:
            self.order.remove(code)
        self.refresh()

    def refresh(self) -> None:
        self.results.clear()
        if not self.order:
            self.count.setText(self.tr("Tick at least one interest area."))
            return
        rows = self.desk.explore("".join(self.order), self.zone.currentData() or None)
        for row in rows:
            item = QListWidgetItem(f"{row.title}  ·  {row.family}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.results.addItem(item)
        if not rows:
            self.count.setText(self.tr("No occupation matches; try fewer interests or another zone."))
        elif len(rows) == 1:
            self.count.setText(self.tr("1 occupation; double-click it to open it"))
        else:
            self.count.setText(self.tr("{n} occupations; double-click one to open it").format(n=i18n.number(len(rows))))

    def _open(self, item: QListWidgetItem) -> None:
        self.roleRequested.emit(item.data(Qt.ItemDataRole.UserRole))


def explore(window) -> None:
    """Open the dialog over the main window; chosen occupations open in its Roles view."""
    dialog = ExploreDialog(window.desk, window)
    dialog.roleRequested.connect(lambda rid: (window.show_mode(0), window.open_role(rid)))
    dialog.show()
    window._explore = dialog  # keep it alive while open
