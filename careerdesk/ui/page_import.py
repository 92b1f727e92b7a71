"""Role import made for people who do not read JSON: a read page is checked in the role
editor's form, and a clash with a role already in the catalogue is answered by title with
Replace, Keep both or Cancel."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from careerdesk.domain.profile import RoleProfile
    from careerdesk.ui.main_window import MainWindow


def check_page_role(window: MainWindow, source: str, data: dict, matched: int) -> RoleProfile | None:
    """The role read from a page, in the same form as File > New role, with a line saying what
    was found; None when the person cancels."""
    from careerdesk.ui.role_editor import RoleEditorDialog  # the editor is only built when needed

    desk = window.desk
    rows = desk.find_roles("")
    index = desk.skill_index()
    words = sorted({name for s in index.skills for name in (s.name, *s.aliases)}, key=str.casefold)
    intro = QCoreApplication.translate(
        "RoleImport", "Read from {source}: {resp} responsibilities, {skills} skills ({matched} matched to skills the "
        "catalogue already knows, so your ticks count), {faq} questions, {steps} career-path steps. "
        "Check each tab and correct anything that was read wrongly, then save.").format(
            source=source, resp=len(data.get("responsibilities", [])), skills=len(data.get("skills", [])),
            matched=matched, faq=len(data.get("faq", [])), steps=len(data.get("career_path", [])))
    dialog = RoleEditorDialog(data, desk.families(), words, [r.title for r in rows], desk.find_role_id, window,
                              intro=intro, title=QCoreApplication.translate("RoleImport", "Check the imported role"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.profile


def kept_copy(profile: RoleProfile, taken: Callable[[str], bool]) -> RoleProfile:
    """The imported role under the next free id ("backend-engineer-2") and a title that tells
    it apart from the one already there, so both can live side by side."""
    from careerdesk.domain.profile import RoleProfile

    n = 2
    while taken(f"{profile.id[:70]}-{n}"):
        n += 1
    # Validated again (model_copy would not): the id and title keep within their limits.
    suffix = QCoreApplication.translate("RoleImport", " (imported)")
    return RoleProfile.model_validate({**profile.model_dump(mode="json"), "id": f"{profile.id[:70]}-{n}",
                                       "title": profile.title[:200 - len(suffix)] + suffix})


def resolve_clashes(window: MainWindow, profiles: list[RoleProfile]) -> list[RoleProfile] | None:
    """Ask once about every imported role whose id is taken, by title: Replace, Keep both (the
    import is saved as a new role) or Cancel (None: nothing is imported)."""
    desk = window.desk
    taken = set(desk.existing_ids(profiles))
    if not taken:
        return profiles
    clashes = [(p, desk.role(p.id)) for p in profiles if p.id in taken]
    answer = ask_about_clashes(window, [(old.title if old else p.id, p.title) for p, old in clashes])
    if answer == "cancel":
        return None
    if answer == "replace":
        return profiles
    used = {p.id for p in profiles}

    def in_use(role_id: str) -> bool:
        return role_id in used or desk.role(role_id) is not None

    out = []
    for profile in profiles:
        if profile.id in taken:
            profile = kept_copy(profile, in_use)
            used.add(profile.id)
        out.append(profile)
    return out


def ask_about_clashes(parent: QWidget, pairs: list[tuple[str, str]]) -> str:
    """'replace', 'keep' or 'cancel' for (title already there, title imported) pairs."""
    box = QMessageBox(parent)
    box.setObjectName("importClash")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("RoleImport", "Role already in the catalogue"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # titles come from files: never rich text
    renamed = QCoreApplication.translate("RoleImport", "• {old} (imported as “{new}”)")
    lines = [renamed.format(old=old, new=new) if new != old else f"• {old}" for old, new in pairs]
    box.setText(QCoreApplication.translate("RoleImport", "You already have these roles:") + "\n" + "\n".join(lines))
    box.setInformativeText(QCoreApplication.translate(
        "RoleImport", "Replace them with the imported ones, or keep both (the imported role is saved as a new role "
        "with “(imported)” after its title)? Replacing a catalogue role is undone by removing yours later."))
    replace = box.addButton(QCoreApplication.translate("RoleImport", "&Replace"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(QCoreApplication.translate("RoleImport", "&Keep both"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    replace.setObjectName("replaceButton")
    keep.setObjectName("keepBothButton")
    box.setDefaultButton(keep)  # the safe choice loses nothing
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "replace" if clicked is replace else "keep" if clicked is keep else "cancel"
