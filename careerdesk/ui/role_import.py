"""File > Import roles…, Export role…, Remove my role…: the user's own roles from the window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog

from careerdesk.domain.errors import CareerDeskError
from careerdesk.importers.role_files import PAGE_KINDS
from careerdesk.service.changes import CATALOGUE
from careerdesk.ui.background import Cancelled, run_with_progress
from careerdesk.ui.errors import show_error
from careerdesk.ui.folders import remember, start_folder
from careerdesk.ui.literal import ask
from careerdesk.ui.page_import import check_page_role, resolve_clashes

if TYPE_CHECKING:
    from careerdesk.ui.main_window import MainWindow

translate = QCoreApplication.translate  # translate("Context", "Text"), as lupdate reads it


def import_roles(window: MainWindow) -> list[str]:
    kinds = translate("RoleImport", "Role profiles and role pages (*.json *.txt *.md *.html *.htm);;All files (*)")
    paths, _ = QFileDialog.getOpenFileNames(window, translate("RoleImport", "Import roles"),
                                            str(start_folder(window.settings)), kinds)
    if paths:
        remember(window.settings, paths[0])
    return import_paths(window, [Path(p) for p in paths]) if paths else []


def import_paths(window: MainWindow, paths: list[Path]) -> list[str]:
    """Validate all files first; nothing is imported unless everything is valid. Role pages
    (.txt, .md, .html) are shown for checking and correcting before anything is saved."""
    pages = [p for p in paths if p.suffix.lower() in PAGE_KINDS]
    try:
        profiles = window.desk.read_role_files([p for p in paths if p not in pages]) if len(pages) < len(paths) else []
    except CareerDeskError as exc:
        show_error(window, translate("RoleImport", "Nothing was imported"),
                   translate("RoleImport", "Fix these problems and import again; no role was added."), str(exc))
        return []
    for page in pages:
        profile = preview_page(window, page)
        if profile is None:
            return []
        profiles.append(profile)
    profiles = resolve_clashes(window, profiles)  # Replace, Keep both or Cancel, by title
    if profiles is None:
        return []
    try:
        added = window.desk.import_roles(profiles, replace=True)
    except (CareerDeskError, OSError) as exc:
        show_error(window, translate("RoleImport", "Nothing was imported"),
                   translate("RoleImport", "No role was added."), str(exc))
        return []
    window.open_role(added[0])  # the lists themselves followed the change already
    window.statusBar().showMessage(translate("RoleImport", "Imported {n} role(s)").format(n=len(added)), 8000)
    return added


def preview_page(window: MainWindow, page: Path):
    """Read a role page and let the person correct it; None when they cancel or it is unreadable.
    Reading runs on a worker thread behind a busy dialog, with the limits of `roles import`."""
    read = window.desk.page_file_reader()
    try:
        data = run_with_progress(translate("RoleImport", "Reading {name}…").format(name=page.name),
                                 lambda: read(page), window, show_after=0.2)
    except CareerDeskError as exc:
        show_error(window, translate("RoleImport", "Nothing was imported"),
                   translate("RoleImport", "The page could not be read."), str(exc))
        return None
    data = window.desk.link_page(data)  # catalogue lookups: back on the thread that owns the store
    index = window.desk.skill_index()
    matched = sum(1 for s in data.get("skills", []) if index.resolve(s["name"]))
    return check_page_role(window, page.name, data, matched)  # the role editor's form, not JSON


def export_role(window: MainWindow) -> Path | None:
    role = window.current_role
    if role is None:
        return None
    suggested = start_folder(window.settings) / f"{role.id}.json"
    path, _ = QFileDialog.getSaveFileName(window, translate("RoleImport", "Export role"), str(suggested),
                                          translate("RoleImport", "Role profiles (*.json)"))
    if not path:
        return None
    remember(window.settings, path)
    out = Path(path) if path.lower().endswith(".json") else Path(path + ".json")
    try:
        window.desk.export_role(role.id, out)
    except (CareerDeskError, OSError) as exc:
        show_error(window, translate("RoleImport", "Could not export the role"),
                   translate("RoleImport", "Nothing was written."), str(exc))
        return None
    window.statusBar().showMessage(translate("RoleImport", "Saved {path}").format(path=out), 8000)
    return out


def remove_role(window: MainWindow) -> bool:
    role = window.current_role
    if role is None or not window.desk.is_mine(role.id):
        return False
    if not ask(window, translate("RoleImport", "Remove role"),
               translate("RoleImport", "Remove your role “{title}”? Your ticks and notes are kept.").format(
                   title=role.title)):
        return False
    try:
        window.desk.remove_role(role.id)
    except (CareerDeskError, OSError) as exc:
        show_error(window, translate("RoleImport", "Could not remove the role"),
                   translate("RoleImport", "Nothing was changed."), str(exc))
        return False
    if window.desk.role(role.id) is not None:  # a catalogue role it had replaced is back
        window.open_role(role.id)
    return True


def import_onet(window: MainWindow) -> int:
    """File > Import O*NET database…: pick the folder (or zip), read it off the main thread
    with a progress dialog, then add it as a catalogue source."""
    folder = QFileDialog.getExistingDirectory(window, translate("RoleImport", "Choose the O*NET text-format folder"),
                                              str(start_folder(window.settings)))
    if folder:
        remember(window.settings, folder)
    return import_onet_from(window, Path(folder)) if folder else 0


def import_onet_from(window: MainWindow, path: Path, wages: Path | None = None) -> int:
    desk = window.desk
    try:
        profiles = run_with_progress(translate("RoleImport", "Reading the O*NET database…"),
                                     lambda: desk.read_onet(path, wages), window, cancellable=True)
        # The rebuild runs off the main thread too; its announcement waits until it is back
        # here, because the views it reaches are widgets.
        adding = translate("RoleImport", "Adding {n} occupations to the catalogue…").format(n=len(profiles))
        count = run_with_progress(adding,
                                  lambda: desk.import_onet(profiles, announce=False), window)
    except Cancelled:
        window.statusBar().showMessage(translate("RoleImport", "O*NET import cancelled; nothing was changed"), 8000)
        return 0
    except (CareerDeskError, OSError, ValueError) as exc:
        show_error(window, translate("RoleImport", "O*NET was not imported"),
                   translate("RoleImport", "The catalogue was not changed."), str(exc))
        return 0
    desk.changes.announce(CATALOGUE)
    window.statusBar().showMessage(
        translate("RoleImport", "{n} O*NET occupations imported, in place of the built-in ones").format(n=count), 8000)
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
        data = desk.role(window.current_role.id).model_dump(mode="json")  # (the validated profile)
        editing = window.current_role.id
    else:
        data = personal_copy(desk.role(window.current_role.id), {r.id for r in rows})
    index = desk.skill_index()
    words = sorted({name for s in index.skills for name in (s.name, *s.aliases)}, key=str.casefold)
    dialog = RoleEditorDialog(data, desk.families(), words, [r.title for r in rows], desk.find_role_id, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.profile is None:
        return None
    profile = dialog.profile
    if profile.id != editing and desk.existing_ids([profile]):
        if not ask(window, translate("RoleImport", "Replace role?"), translate(
                "RoleImport", "A role with the id “{id}” exists already. Save this one in its place?").format(
                id=profile.id)):
            return None
    try:
        renamed = [editing] if editing and profile.id != editing else []  # a changed id renames the role
        desk.import_roles([profile], replace=True, removing=renamed)  # (both or, failing, neither)
        if renamed:
            desk.rename_in_plan(editing, profile.id)
    except (CareerDeskError, OSError) as exc:
        show_error(window, translate("RoleImport", "Could not save the role"),
                   translate("RoleImport", "Nothing was changed."), str(exc))
        return None
    window.open_role(profile.id)
    return profile.id
