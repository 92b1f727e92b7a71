"""What a real start does before its first paint (issue 15), checked in a fresh process: the tab
on screen is filled before the window paints, and laid out once, at the size it is painted at;
and the Qt classes imported by name stay few (PySide 6.11 makes every Python enum type of a Qt
class the first time the class is imported by name, ~0.2-0.3 ms each), so a new import on the
start path shows up here rather than only as a slower start."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from careerdesk.service import Desk
from tests.conftest import BUNDLED_DATA, ROOT

# The first paint made 238 Qt enum types before QUrl and QDir left the start path, 231 before
# QStyle's 11 did (round 9), 219 before the `Qt` namespace's 93 did (round 10, which added
# QTransform's and QRegion's), 128 before QIcon's 4 and QMetaMethod's 2 did (round 13), 122 before
# QKeySequence's 3 did (round 14) (the bare window makes ~37). Raise this only for a class the
# first screen needs.
MAX_QT_ENUM_TYPES = 119
QT_MODULES = ["PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"]
NOT_BY_NAME = ["PySide6.QtCore.QUrl", "PySide6.QtCore.QDir"]  # classes no start needs by name
# Classes a start never hands to Python: QStyle's 11 enums hold 566 members (~50 M instructions).
# It came from setStyle's return, from findChildren wrapping the application's children, and from
# the role list reading option.state (ui/style.py, ui/translations.py, ui/role_list.py).
# The `Qt` namespace (93 enums, 1,195 members, ~110 M) went in round 10: enum values set as ints
# (ui/qt_int.py), the system's colour scheme asked after the paint, the role list's colours had
# without QPainter.setPen (ui/pen_free.py). Only a first start, which asks the scheme, makes it.
# QIcon (3 enums, 157 members, ~10 M) went in round 13: the window icon named on the application's
# command line (ui/style.py new_application), the application's own after the paint, and actions
# made without the QAction(text, parent) constructor, whose overloads try a str as a QIcon (ui/qt_int.py).
# QMetaMethod's 2 came from QTimer.singleShot(msec, context, slot) (ui/first_paint.py `later`).
# QKeySequence (3 enums, 76 members, ~6 M) went in round 14: the shortcuts are set just after the
# paint, or at a key before it (ui/actions.py give_shortcuts).
NEVER_MADE = ["PySide6.QtWidgets.QStyle", "PySide6.QtCore.Qt", "PySide6.QtGui.QIcon", "PySide6.QtGui.QIconEngine",
              "PySide6.QtCore.QMetaMethod", "PySide6.QtGui.QKeySequence"]
# Our modules a start imports only after its first paint (each import is Python work before it).
NOT_BEFORE_THE_PAINT = ["careerdesk.ui.plan_page"]

PROBE = """
import json, sys
from pathlib import Path
from careerdesk.app import load_headless_layers
load_headless_layers()
import careerdesk.ui  # noqa: F401 (first, as the app's own start imports it)
from PySide6.QtCore import QEvent, QObject, qInstallMessageHandler
from PySide6.QtWidgets import QApplication
qInstallMessageHandler(lambda *_: None)
from careerdesk.ui.start import start_gui


seen = {"resized_with_text": 0}


class Watch(QObject):
    # Every Overview viewport resize with text in it (each lays the text out again), up to the
    # window's first paint; and what that paint shows.

    def eventFilter(self, watched, event):
        if "at_paint" in seen:
            return False
        kind = event.type()
        if kind == QEvent.Type.Resize and watched.objectName() == "qt_scrollarea_viewport":
            parent = watched.parent()
            if parent.objectName() == "overview" and parent.document().characterCount() > 1:
                seen["resized_with_text"] += 1
        elif kind == QEvent.Type.Paint and watched is window:
            view = window.overview.view
            seen["at_paint"] = {"title": window.title.text(), "overview": len(view.plain_text()),
                                "filled": window.filler.is_filled("overview")}
        return False


app = QApplication([])
watch = Watch()
app.installEventFilter(watch)
window = None
window = start_gui(Path(sys.argv[1]))
QApplication.instance().processEvents()
print(json.dumps(seen))
"""


# No Python event filter here: each event class a filter is handed is made a Python type, enums and all.
ENUMS_PROBE = """
import enum, json, sys
from pathlib import Path
from careerdesk.app import load_headless_layers
load_headless_layers()
import careerdesk.ui  # noqa: F401 (first, as the app's own start imports it)
from PySide6.QtCore import QEventLoop, qInstallMessageHandler
FONT_FILES = (".ttf", ".otf", ".ttc", ".pfb", ".pfa")
from PySide6.QtWidgets import QApplication
qInstallMessageHandler(lambda *_: None)
from careerdesk.ui.start import start_gui

window = start_gui(Path(sys.argv[1]))
QApplication.instance().processEvents(QEventLoop.ProcessEventsFlag.X11ExcludeTimers)  # the first paint
found, todo = set(), [enum.Enum]
while todo:
    for sub in todo.pop().__subclasses__():
        todo.append(sub)
        if sub.__module__.startswith("PySide6."):
            found.add(f"{sub.__module__}.{sub.__qualname__}")
fonts = None  # the font files mapped (FreeType maps each face it opens), where /proc says
if sys.platform.startswith("linux"):
    with open("/proc/self/maps") as maps:
        fonts = sorted({line.split()[-1] for line in maps if line.rstrip().lower().endswith(FONT_FILES)})
from PySide6.QtGui import QFontInfo
family = QFontInfo(QApplication.instance().font()).family()
QApplication.instance().setStyleSheet("")  # (the style under the style sheet's; after the count:
style = QApplication.instance().style().name()  # handing a style to Python makes QStyle's enums)
print(json.dumps({"title": window.title.text(), "enums": len(found), "style": style,
                  "fonts": fonts, "family": family,
                  "classes": sorted({name.rsplit(".", 1)[0] for name in found}),
                  "modules": sorted(m for m in sys.modules if m.startswith("PySide6.Qt")),
                  "ours": sorted(m for m in sys.modules if m.startswith("careerdesk"))}))
"""


# The window icon a start gives without QIcon in Python: on the window as it is shown, and the
# application's own (which dialogs take) once the window has painted.
ICON_PROBE = """
import json, sys
from pathlib import Path
from careerdesk.app import load_headless_layers
load_headless_layers()
import careerdesk.ui  # noqa: F401
from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication
qInstallMessageHandler(lambda *_: None)
from careerdesk.ui.start import start_gui
from careerdesk.ui.style import app_icon_path

window = start_gui(Path(sys.argv[1]))
app = QApplication.instance()
from PySide6.QtGui import QIcon
ours = QIcon(app_icon_path()).pixmap(32, 32).toImage()
seen = {"shown_with": window.windowHandle().icon().pixmap(32, 32).toImage() == ours,
        "arguments": app.arguments()}
for _ in range(5):  # the first paint, and what waits for it
    app.processEvents()
seen["application"] = app.windowIcon().pixmap(32, 32).toImage() == ours
seen["window"] = window.windowIcon().pixmap(32, 32).toImage() == ours
print(json.dumps(seen))
"""


def first_paint(home: Path, probe: str = PROBE, platform: str = "offscreen") -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": platform, "CAREERDESK_DATA": str(BUNDLED_DATA)}
    result = subprocess.run([sys.executable, "-c", probe, str(home)], capture_output=True, text=True, env=env,
                            timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("screen", ["desktop", "small"])
def test_the_first_paint_shows_the_overview_filled_and_laid_out_once(isolated_home: Path, tmp_path: Path,
                                                                     screen: str):
    Desk.open(isolated_home, BUNDLED_DATA).close()
    # A desktop-sized screen, and the offscreen platform's own 800 px one (the benchmark's), where the
    # window is fitted narrower than its minimum width and grows to it as it is shown: before the
    # Overview is filled (ui/tabs.py fill_first_tab), not in the pass before the first paint.
    platform = "offscreen"
    if screen == "desktop":
        config = tmp_path / "screen.json"
        config.write_text(json.dumps({"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                                   "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
        platform = f"offscreen:configfile={config}"
    seen = first_paint(isolated_home, platform=platform)
    painted = seen["at_paint"]
    assert painted["title"] and painted["filled"] and painted["overview"] > 500  # whole, never half-filled
    # laid out once, at the size it is painted at: not filled at a default size as the window was
    # built and laid out again at each size show() went through (four times), nor again for its scroll bar
    assert seen["resized_with_text"] == 0


def test_the_first_paint_imports_few_qt_classes_by_name(isolated_home: Path):
    Desk.open(isolated_home, BUNDLED_DATA).close()
    (isolated_home / "settings.ini").write_text("[appearance]\nsystem_scheme=light\n")  # (not a first start)
    seen = first_paint(isolated_home, ENUMS_PROBE)
    assert seen["title"]
    assert seen["modules"] == QT_MODULES
    assert not set(NOT_BY_NAME) & set(seen["classes"])
    assert not set(NEVER_MADE) & set(seen["classes"])
    assert not set(NOT_BEFORE_THE_PAINT) & set(seen["ours"])
    assert seen["style"] == "fusion"  # named on the application's command line (ui/style.py)
    assert seen["enums"] <= MAX_QT_ENUM_TYPES, seen["classes"]


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("fc-list") is None,
                    reason="reads /proc/self/maps and asks fontconfig")
def test_the_first_paint_opens_only_the_faces_of_the_window_font(isolated_home: Path):
    # The role list's elide asked whether its font has an ellipsis with QFontMetricsF.inFont("…"),
    # which PySide hands Qt as U+FFE2: Qt looked for that in every fallback face and opened a
    # 4 MiB CJK font (DroidSansFallbackFull here) at each start's first paint (ui/role_list.py
    # `ellipsis_in`). The first screen's text is all in the window's font family.
    Desk.open(isolated_home, BUNDLED_DATA).close()
    seen = first_paint(isolated_home, ENUMS_PROBE)
    listed = subprocess.run(["fc-list", f":family={seen['family']}", "file"], capture_output=True, text=True,
                            check=True).stdout
    own = {line.strip().rstrip(":") for line in listed.splitlines() if line.strip()}
    assert seen["fonts"], "no font file mapped: the probe no longer sees them"
    assert set(seen["fonts"]) <= own, (seen["family"], seen["fonts"])


def test_the_application_is_made_in_our_style_whatever_the_platform_would_pick():
    """new_application names Fusion on the application's command line (which outranks the
    platform's and the QT_STYLE_OVERRIDE choice), as setStyle did after the application was made."""
    probe = ("import sys\nfrom PySide6.QtWidgets import QApplication\nfrom careerdesk.ui.style import new_application\n"
             "app = new_application('careerdesk') if sys.argv[1] == 'ours' else QApplication(['careerdesk'])\n"
             "print(app.style().name())")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "QT_STYLE_OVERRIDE": "Windows"}

    def style(made_by: str) -> str:
        result = subprocess.run([sys.executable, "-c", probe, made_by], capture_output=True, text=True, env=env,
                                timeout=60, cwd=ROOT, check=True)
        return result.stdout.strip().splitlines()[-1]

    assert style("plain") == "windows"  # what the platform would have picked
    assert style("ours") == "fusion"


def test_the_window_shows_our_icon_from_its_first_paint_and_dialogs_after_it(isolated_home: Path):
    Desk.open(isolated_home, BUNDLED_DATA).close()
    seen = first_paint(isolated_home, ICON_PROBE)
    assert seen["shown_with"]  # set as the window was shown, before it is mapped and painted
    assert seen["application"] and seen["window"]  # dialogs opened later take the application's
    assert not any("qwindowicon" in argument for argument in seen["arguments"])  # (Qt's own option, taken out)


def test_a_dialog_before_the_first_paint_has_our_icon_too():
    """A dialog a start may open before its window paints (an error, a long first launch's
    progress) gives the application its icon first (ui/style.py give_app_icon)."""
    probe = ("import sys\nfrom careerdesk.ui.style import app_icon_path, new_application\n"
             "from careerdesk.ui.errors import show_error\nfrom PySide6.QtCore import QTimer\n"
             "app = new_application('careerdesk', app_icon_path())\nbefore = app.windowIcon().isNull()\n"
             "QTimer.singleShot(0, lambda: app.activeModalWidget().done(0))\n"
             "show_error(None, 'title', 'message')\nprint(before, app.windowIcon().isNull())")
    assert printed_by(probe) == ["True", "False"]


def printed_by(probe: str) -> list[str]:
    """What `probe` prints, run in a fresh process (an application's icon is per process)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                            timeout=60, cwd=ROOT, check=True)
    return result.stdout.split()


# argv[0] "-qwindowicon": whether the icon went on the command line is new_application's own
# decision, not a look for that word among the arguments (a program so called had no icon).
@pytest.mark.parametrize("program", ["careerdesk", "-qwindowicon"])
def test_on_macos_the_application_has_our_icon_from_the_start(program):
    """There the application's icon is the Dock's: given at once, not after the first paint."""
    probe = ("import sys\nsys.platform = 'darwin'\nfrom careerdesk.ui.style import app_icon_path, new_application\n"
             f"app = new_application({program!r}, app_icon_path())\nprint(app.windowIcon().isNull())")
    assert printed_by(probe) == ["False"]


# A start whose data takes long to open: the progress dialog it shows before any window.
LONG_OPEN_PROBE = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer, qInstallMessageHandler
qInstallMessageHandler(lambda *_: None)
from careerdesk.service import Desk
import careerdesk.ui.start as start

opened = Desk.open
# (the home is empty: the quick open on the main thread stops at once, the long one is slowed)
Desk.open = staticmethod(lambda *a, **k: (time.sleep(0 if k.get("quick_only") else 1.2), opened(*a, **k))[1])
seen, polls = {}, []
made = start.new_application


def watched(*args):
    app = made(*args)

    def poll():
        for widget in app.topLevelWidgets():
            if type(widget).__name__ == "QProgressDialog" and widget.isVisible() and not seen:
                seen.update(icon=not widget.windowIcon().isNull(), sheet=widget.styleSheet() != "")
    polls.append(QTimer())
    polls[0].timeout.connect(poll)
    polls[0].start(50)
    return app


start.new_application = watched
window = start.start_gui(Path(sys.argv[1]))
print(json.dumps(seen))
"""


def test_a_long_first_open_shows_its_progress_with_our_icon_and_style_sheet(isolated_home: Path):
    """The icon and the style sheet (the dialog's own: ui/style.py give_style_sheet) are given before
    the progress dialog of a long open shows, not only once the window has painted: it is the first
    thing a person sees (ui/start.py resume_all, ui/background.py)."""
    assert first_paint(isolated_home, LONG_OPEN_PROBE) == {"icon": True, "sheet": True}
