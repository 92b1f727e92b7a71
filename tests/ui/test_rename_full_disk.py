"""Changing the id of one's own role that hides a built-in one (its copy, saved as "tech-lead")
on a full disk: the removal of the old id needs the catalogue rebuilt, which fails. The editor
says "Nothing was changed", and that must be true. Before, the role under its new id had been
saved (and the plan pointed at it) before the removal failed: two copies of the role, the plan's
target changed. Real files on a real tmpfs filled to near its last blocks, the real window."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt

from careerdesk.domain.plan import Plan
from tests.reliability.test_faults import fill, needs_root, small_disk
from tests.ui.conftest import open_window
from tests.ui.test_role_editor import save_button, with_dialog


@needs_root
def test_a_renamed_role_whose_rebuild_fails_on_a_full_disk_changes_nothing(qtbot, tmp_path, monkeypatch):
    with small_disk(tmp_path / "disk", "120m") as disk:
        monkeypatch.setenv("CAREERDESK_HOME", str(disk / "home"))
        window = open_window(qtbot, disk / "home")
        shown = []
        monkeypatch.setattr("careerdesk.ui.role_import.show_error", lambda *args: shown.append(args[1:3]))
        desk = window.desk
        desk.import_roles([desk.role("tech-lead").model_copy(update={"title": "Mine"})], replace=True)
        desk.save_plan(Plan(target_role="tech-lead"))
        window.open_role("tech-lead")
        fill(disk)
        os.truncate(disk / "filler", (disk / "filler").stat().st_size - 1024 * 1024)  # (a role fits, no catalogue)

        def rename(dialog, seen):
            dialog.id_edit.setText("tech-lead-b")
            qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)

        with_dialog(rename)
        window.actions_["edit_role"].trigger()
        assert [title for title, _message in shown] == ["Could not save the role"]
        assert desk.role("tech-lead-b") is None and not desk.is_mine("tech-lead-b")
        assert desk.is_mine("tech-lead") and desk.role("tech-lead").title == "Mine"
        assert desk.plan().target_role == "tech-lead"
        window.close()
        if desk._fit_ahead is not None:  # (best fit's read ahead, on a thread: done before the disk goes)
            desk._fit_ahead.join()
