"""The style sheet given only to the widgets that hold its targets (ui/style.py give_style_sheet,
docs/performance-sheet13.md) paints every screen as the old application-wide sheet did.

Each start runs in a fresh process (a style sheet is per-process Qt state): once as the app does it
now, once with the application's sheet and no widget given its own (the old way), and once with no
sheet at all (a control: every image compared must show one of the sheet's rules, so a widget that
lost its rule would be caught). Each grabs the window on every role tab and on My plan, the welcome
banner, the header's bar, Career Path's and FAQ's focused buttons, a long open's progress dialog and
the job-ad dialog; in the light theme, then switched to dark and back at runtime, and in a start in
the dark theme. The images must be the same, pixel for pixel."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from careerdesk.service import Desk
from tests.conftest import BUNDLED_DATA, ROOT

PROBE = """
import hashlib, json, os, sys, threading, time, traceback
from pathlib import Path
from careerdesk.app import load_headless_layers
load_headless_layers()
import careerdesk.ui  # noqa: F401 (first, as the app's own start imports it)
from PySide6.QtCore import QTimer, qInstallMessageHandler
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
qInstallMessageHandler(lambda *_: None)
from careerdesk.ui import style

home, order, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
if order != "ours":  # before any module takes the function by name
    style.give_style_sheet = lambda *widgets: None
from careerdesk.ui import background, start  # noqa: E402
from careerdesk.ui.job_ad import JobAdDialog  # noqa: E402

if order == "app-wide":  # the application's sheet, set with its style
    start.apply_style = lambda app, styled: (style.apply_style(app, styled), app.setStyleSheet(style.STYLE_SHEET))
window = start.start_gui(home)
app = QApplication.instance()
app.setCursorFlashTime(0)  # (a blinking text cursor would be in one image and not the other)
sys.excepthook = lambda *error: (traceback.print_exception(*error), os._exit(3))  # (not the app's dialog)
seen = {"app_sheet": app.styleSheet() == style.STYLE_SHEET,
        "holders": sorted({type(w).__name__ for w in app.allWidgets() if w.styleSheet()}), "shots": {}}
phase = "start"


def settle():
    for _ in range(6):
        app.processEvents()


def grab(name, widget):
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    key = phase + "-" + name
    image.save(str(out / (key + ".png")))
    seen["shots"][key] = [image.width(), image.height(), hashlib.sha256(bytes(image.constBits())).hexdigest()]


def grab_progress_dialog():
    release = threading.Event()

    def look():
        dialogs = [w for w in app.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if dialogs:
            dialogs[0].setRange(0, 10)  # (not busy: a busy bar's chunk moves with the clock)
            dialogs[0].setValue(4)
            app.processEvents()
            grab("progress-dialog", dialogs[0])
        release.set()

    QTimer.singleShot(300, look)
    background.run_with_progress("Preparing the role catalogue…", lambda: release.wait(20), window, show_after=0)


def grab_all():
    window.show_mode(0)
    window.open_role("backend-engineer")
    for index, name in enumerate(window.views):
        window.tabs.setCurrentIndex(index)
        settle()
        grab("tab-" + name, window)
    window.activateWindow()
    settle()
    window.career_path.step_buttons[0].setFocus()
    settle()
    grab("career-path-focus", window.career_path.build())
    window.tabs.setCurrentIndex(list(window.views).index("faq"))
    settle()
    window.faq.items[0].toggle.setFocus()
    settle()
    grab("faq-focus", window.faq.build())
    grab("header-bar", window.header_progress)
    if window.welcome.isVisible():
        grab("welcome", window.welcome)
    window.show_mode(1)
    settle()
    grab("plan", window)
    window.show_mode(0)
    grab_progress_dialog()
    dialog = JobAdDialog(window.desk.matching, window)
    dialog.bar.setRange(0, 10)
    dialog.bar.setValue(6)
    dialog.bar.show()
    dialog.show()
    settle()
    grab("job-ad", dialog)
    dialog.close()
    dialog.deleteLater()
    settle()


def run():  # in the running event loop, as a person's theme switch is: before it, Qt leaves the
    # widgets' palettes to be updated later, and Overview's colours, read from its palette, would lag
    global phase
    try:
        deadline = time.monotonic() + 20  # My plan, built 400 ms on, widens the window: before any image, in every run
        while window.plan_view_if_built is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.02)
        settle()
        grab_all()
        if sys.argv[4] == "switch":  # light -> dark -> light at runtime, then the banner dismissed
            phase = "dark"
            window.set_theme("dark")
            grab_all()
            phase = "light"
            window.set_theme("light")
            grab_all()
            phase = "dismissed"
            window.welcome.findChild(QPushButton, "welcomeDismiss").click()
            window.tabs.setCurrentIndex(0)
            settle()
            grab("window", window)
    finally:
        app.quit()


QTimer.singleShot(0, run)
app.exec()
print(json.dumps(seen))
"""

LIGHT = "[appearance]\nsystem_scheme=light\ntheme=light\n"  # (a new person's start: the banner shows)
DARK = "[session]\nwelcomed=true\n[appearance]\nsystem_scheme=light\ntheme=dark\n"
# Every image the control (no sheet at all) must paint otherwise: each shows a rule's target.
STYLED = ["tab-skills", "tab-faq", "tab-career_path", "career-path-focus", "faq-focus", "header-bar", "welcome",
          "progress-dialog", "job-ad", "tab-overview", "plan"]


@pytest.fixture(scope="module")
def home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("sheet") / "home"
    Desk.open(home, BUNDLED_DATA).close()
    env = {**os.environ, "CAREERDESK_DATA": str(BUNDLED_DATA), "PYTHONPATH": str(ROOT)}
    for command in (["skills", "tick", "PostgreSQL", "SQL", "Docker", "Git", "Python", "Communication"],
                    ["plan", "set", "--current", "backend-engineer", "--target", "backend-architect",
                     "--name", "Ada", "--date", "2027-06-30"]):
        subprocess.run([sys.executable, "-m", "careerdesk", "--home", str(home), *command], check=True,
                       capture_output=True, env=env, cwd=ROOT)
    return home


def run(home: Path, order: str, settings: str, out: Path) -> dict:
    (home / "settings.ini").write_text(settings)
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "CAREERDESK_DATA": str(BUNDLED_DATA)}
    switch = "switch" if settings == LIGHT else "stay"
    result = subprocess.run([sys.executable, "-c", PROBE, str(home), order, str(out), switch], capture_output=True,
                            text=True, env=env, timeout=240, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("settings", [LIGHT, DARK], ids=["light-dark-light", "dark"])
def test_the_sheet_on_its_holders_paints_as_the_application_sheet(home: Path, tmp_path: Path, settings: str):
    ours = run(home, "ours", settings, tmp_path / "ours")
    old = run(home, "app-wide", settings, tmp_path / "app-wide")
    assert not ours["app_sheet"] and old["app_sheet"] and not old["holders"]
    assert "QListView" in ours["holders"] and "QProgressBar" in ours["holders"]
    assert ours["shots"].keys() == old["shots"].keys()
    phases = ["start", "dark", "light"] if settings == LIGHT else ["start"]
    core = [name for name in STYLED if name != "welcome"] + ["tab-responsibilities"]
    assert {phase + "-" + name for phase in phases for name in core} <= ours["shots"].keys()
    assert ("start-welcome" in ours["shots"]) == (settings == LIGHT)
    differ = sorted(key for key in ours["shots"] if ours["shots"][key] != old["shots"][key])
    assert differ == [], f"painted otherwise than with the application's sheet (images in {tmp_path}): {differ}"
    if settings == LIGHT:
        for name in ("header-bar", "welcome", "career-path-focus"):  # back to light as it started
            assert ours["shots"]["start-" + name] == ours["shots"]["light-" + name] != ours["shots"]["dark-" + name]
        none = run(home, "none", settings, tmp_path / "none")
        unstyled = [name for name in STYLED if none["shots"]["start-" + name] == old["shots"]["start-" + name]]
        assert unstyled == [], f"these images show no rule of the sheet, so they prove nothing: {unstyled}"
