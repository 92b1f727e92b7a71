"""File > Import roles…, Export role…, Remove my role…: the user's own roles from the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from careerdesk.domain.errors import CareerDeskError
from careerdesk.importers.role_files import PAGE_KINDS
from careerdesk.ui.background import run_with_progress
from careerdesk.ui.errors import show_error
from careerdesk.ui.literal import ask
from careerdesk.ui.page_preview import PagePreviewDialog

if TYPE_CHECKING:
    from careerdesk.ui.main_window import MainWindow

JSON_FILTER = "Role profiles (*.json)"
IMPORT_FILTER = "Role profiles and role pages (*.json *.txt *.md *.html *.htm);;All files (*)"


def import_roles(window: MainWindow) -> list[str]:
    paths, _ = QFileDialog.getOpenFileNames(window, window.tr("Import roles"), str(Path.home()),
                                            window.tr(IMPORT_FILTER))
    return import_paths(window, [Path(p) for p in paths]) if paths else []


def import_paths(window: MainWindow, paths: list[Path]) -> list[str]:
    """Validate all files first; nothing is imported unless everything is valid. Role pages
    (.txt, .md, .html) are shown for checking and correcting before anything is saved."""
    pages = [p for p in paths if p.suffix.lower() in PAGE_KINDS]
    try:
        profiles = window.desk.read_role_files([p for p in paths if p not in pages]) if len(pages) < len(paths) else []
    except CareerDeskError as exc:
        show_error(window, window.tr("Nothing was imported"),
                   window.tr("Fix these problems and import again; no role was added."), str(exc))
        return []
    for page in pages:
        profile = preview_page(window, page)
        if profile is None:
            return []
        profiles.append(profile)
    taken = window.desk.existing_ids(profiles)
    if taken:
        if not ask(window, window.tr("Replace roles?"),
                   window.tr("These roles already exist: {ids}. Replace them with the imported ones? "
                             "(If one was a catalogue role, removing yours later brings it back.)").format(
                       ids=", ".join(taken))):
            return []
    try:
        added = window.desk.import_roles(profiles, replace=True)
    except (CareerDeskError, OSError) as exc:
        show_error(window, window.tr("Nothing was imported"), window.tr("No role was added."), str(exc))
        return []
    window.catalogue_changed(open_id=added[0])
    window.statusBar().showMessage(window.tr("Imported {n} role(s)").format(n=len(added)), 8000)
    return added


def preview_page(window: MainWindow, page: Path):
    """Read a role page and let the person correct it; None when they cancel or it is unreadable.
    Reading runs on a worker thread behind a busy dialog, with the limits of `roles import`."""
    read = window.desk.page_file_reader()
    try:
        data = run_with_progress(window.tr("Reading {name}…").format(name=page.name), lambda: read(page), window,
                                 show_after=0.2)
    except CareerDeskError as exc:
        show_error(window, window.tr("Nothing was imported"), window.tr("The page could not be read."), str(exc))
        return None
    data = window.desk.link_page(data)  # catalogue lookups: back on the thread that owns the store
    index = window.desk.skill_index()
    matched = sum(1 for s in data.get("skills", []) if index.resolve(s["name"]))
    dialog = PagePreviewDialog(page.name, data, matched, window)
    if dialog.exec() != PagePreviewDialog.DialogCode.Accepted or dialog.profile is None:
        return None
    return dialog.profile


def export_role(window: MainWindow) -> Path | None:
    role = window.current_role
    if role is None:
        return None
    suggested = Path.home() / f"{role.id}.json"
    path, _ = QFileDialog.getSaveFileName(window, window.tr("Export role"), str(suggested), window.tr(JSON_FILTER))
    if not path:
        return None
    out = Path(path) if path.lower().endswith(".json") else Path(path + ".json")
    try:
        window.desk.export_role(role.id, out)
    except (CareerDeskError, OSError) as exc:
        show_error(window, window.tr("Could not export the role"), window.tr("Nothing was written."), str(exc))
        return None
    window.statusBar().showMessage(window.tr("Saved {path}").format(path=out), 8000)
    return out


def remove_role(window: MainWindow) -> bool:
    role = window.current_role
    if role is None or not window.desk.is_mine(role.id):
        return False
    if not ask(window, window.tr("Remove role"),
               window.tr("Remove your role “{title}”? Your ticks and notes are kept.").format(title=role.title)):
        return False
    try:
        window.desk.remove_role(role.id)
    except (CareerDeskError, OSError) as exc:
        show_error(window, window.tr("Could not remove the role"), window.tr("Nothing was changed."), str(exc))
        return False
    window.catalogue_changed(open_id=role.id if window.desk.role(role.id) else None)
    return True


def import_onet(window: MainWindow) -> int:
    """File > Import O*NET database…: pick the folder (or zip), read it off the main thread
    with a progress dialog, then add it as a catalogue source."""
    folder = QFileDialog.getExistingDirectory(window, window.tr("Choose the O*NET text-format folder"),
                                              str(Path.home()))
    return import_onet_from(window, Path(folder)) if folder else 0


def import_onet_from(window: MainWindow, path: Path, wages: Path | None = None) -> int:
    try:
        profiles = run_with_progress(window.tr("Reading the O*NET database…"),
                                     lambda: window.desk.read_onet(path, wages), window)
        window.statusBar().showMessage(window.tr("Adding {n} occupations to the catalogue…").format(n=len(profiles)))
        QApplication.processEvents()
        count = window.desk.import_onet(profiles)  # rebuilds and reopens the store: stays on the main thread
    except (CareerDeskError, OSError, ValueError) as exc:
        show_error(window, window.tr("O*NET was not imported"), window.tr("The catalogue was not changed."), str(exc))
        return 0
    window.catalogue_changed(open_id=window.current_role.id if window.current_role else None)
    window.statusBar().showMessage(window.tr("Added {n} O*NET occupations").format(n=count), 8000)
    return count


def edit_role(window: MainWindow, new: bool = False) -> str | None:
    """File > New role… or Edit role…: the user's own role is edited in place; a catalogue
    role opens as a personal copy. Returns the saved role's id."""
    from careerdesk.ui.role_editor import RoleEditorDialog, blank_profile, personal_copy

    desk = window.desk
    rows = desk.find_roles("")
    editing = None  # the id of the user's own role being edited in place
    if new or window.current_role is None:
        data = blank_profile()
    elif desk.is_mine(window.current_role.id):
        data = window.current_role.model_dump(mode="json")
        editing = window.current_role.id
    else:
        data = personal_copy(window.current_role, {r.id for r in rows})
    index = desk.skill_index()
    words = sorted({name for s in index.skills for name in (s.name, *s.aliases)}, key=str.casefold)
    dialog = RoleEditorDialog(data, desk.families(), words, [r.title for r in rows], desk.find_role_id, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.profile is None:
        return None
    profile = dialog.profile
    if profile.id != editing and desk.existing_ids([profile]):
        if not ask(window, window.tr("Replace role?"), window.tr(
                "A role with the id “{id}” exists already. Save this one in its place?").format(id=profile.id)):
            return None
    try:
        desk.import_roles([profile], replace=True)
        if editing and profile.id != editing:  # a changed id renames the role
            desk.rename_in_plan(editing, profile.id)
            desk.remove_role(editing)
    except (CareerDeskError, OSError) as exc:
        show_error(window, window.tr("Could not save the role"), window.tr("Nothing was changed."), str(exc))
        return None
    window.catalogue_changed(open_id=profile.id)
    return profile.id
