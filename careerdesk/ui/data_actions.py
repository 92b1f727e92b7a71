"""Back up and restore the user's data from the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from careerdesk.domain.errors import CareerDeskError
from careerdesk.ui.errors import show_error
from careerdesk.ui.literal import ask

if TYPE_CHECKING:
    from careerdesk.ui.main_window import MainWindow


def back_up_now(window: MainWindow) -> None:
    try:
        path = window.desk.back_up()
    except CareerDeskError as exc:
        show_error(window, window.tr("Backup failed"), window.tr("No backup was made.") + "\n\n" + str(exc))
        return
    window.statusBar().showMessage(window.tr("Backed up to {path}").format(path=path), 8000)


def restore_backup(window: MainWindow) -> None:
    folder = window.desk.backups_folder
    path, _ = QFileDialog.getOpenFileName(window, window.tr("Restore from backup"), str(folder),
                                          window.tr("CareerDesk backups (*.sqlite)"))
    if not path:
        return
    if not ask(window, window.tr("Restore from backup"),
               window.tr("Replace your current ticks, notes and plan with the backup {name}? What you have now "
                         "is backed up first, so this can be undone by restoring that backup.").format(
                   name=Path(path).name)):
        return
    try:
        safety = window.desk.restore(Path(path))
    except CareerDeskError as exc:
        show_error(window, window.tr("Could not restore"), window.tr("Your data was not changed.") + "\n\n" + str(exc))
        return
    window.statusBar().showMessage(window.tr("Restored. Your previous data is kept in {path}").format(path=safety),
                                 10000)
