"""An unexpected exception is logged to the rotating file and explained, never a silent exit."""

from __future__ import annotations

import logging
import sys

from careerdesk.logs import setup_logging
from careerdesk.ui import errors


def test_unexpected_error_is_logged_and_shown(qapp, isolated_home, monkeypatch):
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda *args: shown.append(args[1:]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    log_file = setup_logging(isolated_home)
    try:
        errors.install_excepthook()
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        for handler in list(logging.getLogger("careerdesk").handlers):
            handler.close()
            logging.getLogger("careerdesk").removeHandler(handler)
    assert shown and shown[0][0] == "Something went wrong"
    assert "nothing you changed before this is lost" in shown[0][1]
    assert "RuntimeError: boom in a slot" in shown[0][2]
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected error" in text and "boom in a slot" in text


def test_an_error_of_ours_that_escapes_a_slot_shows_its_own_message(qapp, monkeypatch, tmp_path):
    """A store error no screen expected (a catalogue found damaged mid-search) says what it is
    and what to do (here: restart to rebuild), not only "Something went wrong"."""
    from careerdesk.store.errors import DataDamaged
    from careerdesk.store.freshness import catalogue_damaged

    shown = []
    monkeypatch.setattr(errors, "show_error", lambda *args: shown.append(args[1:]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    error = catalogue_damaged(tmp_path, tmp_path / "catalogue.sqlite", DataDamaged("database disk image is malformed"))
    errors.install_excepthook()
    try:
        raise error
    except DataDamaged:
        sys.excepthook(*sys.exc_info())
    assert shown and shown[0][0] == "CareerDesk could not do that"
    assert shown[0][1] == str(error) and "restart" in shown[0][1].lower()
    assert "Traceback" in shown[0][2]  # (behind Show Details)
