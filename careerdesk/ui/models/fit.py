"""Best-fit ranking as a table model: role, family, skills had, share."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from careerdesk.domain import i18n
from careerdesk.domain.fit import Fit

RoleIdRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class FitModel(QAbstractTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("FitModel", "Role"), QT_TRANSLATE_NOOP("FitModel", "Family"),
               QT_TRANSLATE_NOOP("FitModel", "Skills you have"), QT_TRANSLATE_NOOP("FitModel", "Match"),
               QT_TRANSLATE_NOOP("FitModel", "US median pay"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._fits: Sequence[Fit] = []  # a domain.fit.Ranking: a Fit is made as a row is read

    def set_fits(self, fits: Sequence[Fit]) -> None:
        self.beginResetModel()
        self._fits = fits
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._fits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("FitModel", self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._fits):
            return None
        fit = self._fits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            pay = i18n.money(fit.median_pay, "USD") if fit.median_pay else "–"
            had = self.tr("{have} of {total}").format(have=i18n.number(fit.have), total=i18n.number(fit.total)) \
                if fit.total else self.tr("none listed")
            share = self.tr("{percent}%").format(percent=fit.percent) if fit.total else "–"
            return (fit.title, fit.family, had, share, pay)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return self.tr("US annual median wage of the role's occupation (BLS OEWS May 2025)")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RoleIdRole:
            return fit.id
        return None
