"""Outside changes (the CLI) reaching an open window without taking what the user is doing."""

from __future__ import annotations

import pytest

from careerdesk.domain.profile import RoleProfile
from careerdesk.ui.start import build_window
from tests.conftest import role_dict
from tests.reliability.test_faults import cli


def test_a_name_being_typed_survives_an_outside_change(qtbot, isolated_home, fixture_data, monkeypatch):
    monkeypatch.setenv("CAREERDESK_DATA", str(fixture_data))
    window = build_window(isolated_home)
    qtbot.addWidget(window)
    window.show()
    window.show_mode(1)
    window.plan_view.name.setFocus()
    qtbot.keyClicks(window.plan_view.name, "Ada Lovelace")  # typed, not yet confirmed
    assert cli(isolated_home, fixture_data, "skills", "tick", "SQL").returncode == 0
    window.pick_up_outside_changes()
    assert "sql" in window.desk.had  # the tick from the CLI arrived
    assert window.plan_view.name.text() == "Ada Lovelace"
    window.plan_view.name.editingFinished.emit()
    assert window.desk.plan().name == "Ada Lovelace"
    # once confirmed, a name set elsewhere is shown again
    assert cli(isolated_home, fixture_data, "plan", "set", "--name", "Grace").returncode == 0
    window.pick_up_outside_changes()
    assert window.plan_view.name.text() == "Grace"


def test_every_outside_change_is_noticed_after_the_catalogue_was_reopened(qtbot, isolated_home, fixture_data,
                                                                          monkeypatch, tmp_path):
    # SQLite's data_version starts again on the new connection a rebuilt catalogue brings:
    # it counted back up to the value last seen, and a role imported again was never shown
    monkeypatch.setenv("CAREERDESK_DATA", str(fixture_data))
    role_file = tmp_path / "visiting.json"
    role_file.write_text(RoleProfile.model_validate(role_dict("visiting-role", "Visiting Role")).model_dump_json())
    window = build_window(isolated_home)
    qtbot.addWidget(window)
    window.show()
    for step in ("import", "remove", "import", "remove", "import"):
        assert cli(isolated_home, fixture_data, "roles", step,
                   str(role_file) if step == "import" else "visiting-role").returncode == 0
        window.pick_up_outside_changes()
        assert (window.desk.role("visiting-role") is not None) == (step == "import"), step
        assert (window.roles.row_of("visiting-role") >= 0) == (step == "import"), step


@pytest.mark.parametrize("step", ["import", "remove"])
def test_an_onet_import_by_the_cli_reaches_an_open_window(qtbot, isolated_home, fixture_data, monkeypatch, tmp_path,
                                                          step):
    # It writes no user data, so the version the watcher compares does not move; it swaps in a new
    # catalogue file, which this window never looked at again: the O*NET roles never came (or went)
    from careerdesk.ui.outside_changes import SOURCES_LOOK_FROM_POLL
    from tests.importers.test_onet import write_release

    monkeypatch.setenv("CAREERDESK_DATA", str(fixture_data))
    release = write_release(tmp_path / "onet")
    if step == "remove":
        assert cli(isolated_home, fixture_data, "onet", "import", str(release)).returncode == 0
    window = build_window(isolated_home)
    qtbot.addWidget(window)
    window.show()
    window.outside._timer.stop()
    window.outside._polls = SOURCES_LOOK_FROM_POLL  # (a few seconds on)
    window.outside._poll()
    assert cli(isolated_home, fixture_data, "onet", step, *([str(release)] if step == "import" else [])).returncode == 0
    window.outside._poll()  # (the watcher's next tick)
    window.search.setText("puzzle")
    listed = {window.roles.index(row).data() for row in range(window.roles.rowCount())}
    assert ("Puzzle Engineers" in listed) == (step == "import")
