"""Back up and restore the user's data from the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from careerdesk.domain.errors import CareerDeskError
from careerdesk.ui.errors import show_error
from careerdesk.ui.literal import ask

if TYPE_CHECKING:
    from careerdesk.ui.main_window import MainWindow

translate = QCoreApplication.translate


def back_up_now(window: MainWindow) -> None:
    try:
        path = window.desk.back_up()
    except CareerDeskError as exc:
        show_error(window, translate("DataActions", "Backup failed"),
                   translate("DataActions", "No backup was made.") + "\n\n" + str(exc))
        return
    window.statusBar().showMessage(translate("DataActions", "Backed up to {path}").format(path=path), 8000)


def restore_backup(window: MainWindow) -> None:
    folder = window.desk.backups_folder
    path, _ = QFileDialog.getOpenFileName(window, translate("DataActions", "Restore from backup"), str(folder),
                                          translate("DataActions", "CareerDesk backups (*.sqlite)"))
    if not path:
        return
    if not ask(window, translate("DataActions", "Restore from backup"),
               translate("DataActions", "Replace your current ticks, notes and plan with the backup {name}? What "
                         "you have now is backed up first, so this can be undone by restoring that backup.").format(
                   name=Path(path).name)):
        return
    try:
        safety = window.desk.restore(Path(path))
    except CareerDeskError as exc:
        show_error(window, translate("DataActions", "Could not restore"),
                   translate("DataActions", "Your data was not changed.") + "\n\n" + str(exc))
        return
    # The restored data replaced every tick: undoing one made before would only meet a conflict.
    window.editor.stack.clear()
    window.statusBar().showMessage(
        translate("DataActions", "Restored. Your previous data is kept in {path}").format(path=safety), 10000)
