"""Outside changes (the CLI) reaching an open window without taking what the user is doing."""

from __future__ import annotations

from careerdesk.ui.start import build_window
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
