"""The app's look: Fusion for consistent metrics everywhere, plus a few touches of our own."""

from __future__ import annotations

import os
import sys
import weakref
from collections.abc import Callable

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

STYLE_SHEET = """
QPushButton#pathStep, QPushButton#currentStep {
    text-align: left;
    border: 1px solid palette(mid);
    border-radius: 10px;
    background: palette(base);
}
QPushButton#pathStep:hover { border-color: palette(highlight); }
QPushButton#pathStep:focus { border: 2px solid palette(highlight); }
QPushButton#pathStep:disabled { background: palette(window); }
QPushButton#currentStep { border: 2px solid palette(highlight); }
QLabel#stepBadge {
    border-radius: 18px;
    background: palette(highlight);
    color: palette(highlighted-text);
    font-weight: 600;
}
QPushButton#roleChip {
    border: 1px solid palette(mid);
    border-radius: 13px;
    padding: 4px 12px;
    background: palette(base);
}
QPushButton#roleChip:hover, QPushButton#roleChip:focus { border-color: palette(highlight); }
QProgressBar { border: none; border-radius: 3px; background: palette(midlight); text-align: center; }
QProgressBar::chunk { border-radius: 3px; background: palette(highlight); }
QListView#roleList, QListView#skillChecklist { border: 1px solid palette(mid); border-radius: 6px; }
QFrame#faqItem { border-bottom: 1px solid palette(midlight); }
QFrame#welcome { border: 1px solid palette(highlight); border-radius: 8px; background: palette(alternate-base); }
QFrame#faqItem QToolButton { border: none; background: transparent; }
QFrame#faqItem QToolButton:focus { border: 1px solid palette(highlight); border-radius: 3px; }
"""


STYLE = "Fusion"


# Qt's raster engine hands every fill that is not one plain colour and is over ~96 lines tall (the
# style's scroll bars, the style sheet's rounded frames) to a pool of threads, and waits for them.
# At the size of our widgets, waking two threads and waiting for both costs more than the fill
# itself, on a busy machine far more: a role switch took 8.9 ms at the median with the threads
# and 5.1 ms without (docs/performance.md, round 12). The fill is the same code on one thread, so
# the pixels are the same. Qt reads it once, at the first such fill.
NO_FILL_THREADS = ("QT_NO_GUI_THREADPOOL", "1")


def app_icon_path() -> str:
    from careerdesk.paths import resources_dir

    return str(resources_dir() / "icons" / "careerdesk.svg")


def new_application(argv0: str, icon: str = "") -> QApplication:
    """The application, in our style from its first moment (`apply_style` adds the rest). Named
    on its command line, the style is made in C++; `setStyle` hands it back to Python, where
    QStyle's 566 Python enum members cost every start ~50 M instructions (docs/performance.md,
    round 9). Its fills are painted on the window's thread (NO_FILL_THREADS).

    The window icon `icon` (a file) is named there too (`-qwindowicon`): Qt makes it in C++ and
    sets it on each window as it is shown, before the window is mapped, so the first window shows
    it as before. A QIcon made in Python makes QIcon's Python enums, 157 members (~10 M
    instructions, 2-3 ms); the application's own icon, which dialogs take, follows once the
    window has painted (`give_app_icon`). A path Qt might read in another encoding (not ASCII:
    Windows reads it in the ANSI code page) or a relative one is left to `give_app_icon` now, as
    is macOS's icon: there the application's icon is the Dock's, which must not change late."""
    os.environ.setdefault(*NO_FILL_THREADS)
    args = [argv0, "-style", STYLE]
    named = icon.isascii() and os.path.isabs(icon) and sys.platform != "darwin"
    if named:
        args += ["-qwindowicon", icon]
    app = QApplication(args)
    if icon and not named:  # (decided here: argv0 may be any word, even "-qwindowicon")
        give_app_icon(app, icon)
    return app


def give_app_icon(app: QApplication, icon: str = "") -> None:
    """Make `icon` (default: ours) the application's icon, which every window and dialog shows,
    if it has none yet: new_application left it until the window's first paint. Called before
    any dialog a start may open (the progress of a long first launch, an error)."""
    from PySide6.QtGui import QIcon  # (after the first paint: see new_application)

    if app.windowIcon().isNull():
        app.setWindowIcon(QIcon(icon or app_icon_path()))


def apply_style(app: QApplication, styled: bool = False) -> None:
    """Our style for `app` (`styled`: made by new_application, in our style). The style sheet is
    not the application's: each widget holding one of its targets is given it (`give_style_sheet`)."""
    if not styled:
        app.setStyle(STYLE)


# The widgets given the sheet (`give_style_sheet`), to be given it again when the palette changes.
_GIVEN: weakref.WeakSet = weakref.WeakSet()


def give_style_sheet(*widgets) -> None:
    """STYLE_SHEET for each of `widgets` and every widget below it, now and added later: called
    as each widget (or view, or dialog) that holds one of the sheet's targets is built. Given
    where the widget is placed for good: a widget with a sheet that gets a new parent has its
    sheet parsed again and is polished again (`QStyleSheetStyle::repolish`).

    Only those subtrees have the sheet; the application has none. With an application sheet every
    widget of the window is polished by the sheet's style (QStyleSheetStyle) and asked for its
    properties, though only a few on the first screen match a rule: ~14 M instructions of a start,
    1.7% (docs/performance-sheet13.md). A widget no rule matches is drawn by the style beneath,
    Fusion, either way, but for a few the sheet's style sizes otherwise (a date edit with a
    calendar popup: 19 px tall, 23 under Fusion): My plan and our own dialogs keep the sheet whole
    (tests/test_sheet_holders_look.py compares every screen with the application's sheet). The
    sheet's `palette(...)` colours are resolved against the application's palette of the day:
    `refresh_style_sheets` after a palette change."""
    for widget in widgets:
        widget.setStyleSheet(STYLE_SHEET)
        _GIVEN.add(widget)


def refresh_style_sheets() -> None:
    """After the application's palette changed (ui/theme.py): the sheet's `palette(...)` colours
    resolved again for every widget given it. Setting a widget's sheet again drops the rules it
    resolved for it and its children and polishes them anew."""
    for widget in list(_GIVEN):
        try:
            widget.setStyleSheet(STYLE_SHEET)
        except RuntimeError:  # (its C++ widget is gone: a closed dialog, a window View > Language replaced)
            _GIVEN.discard(widget)


def fit_to_screen(window, width: int, height: int, whole_below: int = 0) -> None:
    """The preferred size, or nine tenths of a smaller screen (saved geometry wins later); a
    screen narrower than `whole_below` gives the window all of its width."""
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        wide = free.width() if free.width() < whole_below else free.width() * 9 // 10
        width, height = min(width, wide), min(height, free.height() * 9 // 10)
    window.resize(width, height)


def font_scaler(widget) -> Callable[[int, bool], QFont]:
    """Fonts for painted charts, sized relative to the widget's own font (10 = its size), so
    charts follow the user's font settings like the rest of the window."""
    base = widget.font()

    def font(size: int, bold: bool) -> QFont:
        f = QFont(base)
        f.setPointSizeF(base.pointSizeF() * size / 10)
        f.setBold(bold)
        return f

    return font
