"""Light and dark appearance: follow the system's colour scheme, or the user's choice.

Explicit Fusion palettes rather than `setColorScheme`, so the result is the same on every
platform (and offscreen, where the platform reports no scheme at all).

Asking the system for its scheme makes the `Qt` namespace's Python enums (ui/qt_int.py), so a
start paints in the scheme the system had last time (settings: appearance/system_scheme) and
asks just after the first paint (window_state.follow_system_scheme); only a first start asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from careerdesk.ui.style import refresh_style_sheets

SYSTEM, LIGHT, DARK = "system", "light", "dark"
MODES = (SYSTEM, LIGHT, DARK)


def system_scheme() -> str:
    """The system's colour scheme now: 'light' or 'dark' (light where it tells none)."""
    from PySide6.QtCore import Qt  # (after the first paint: see above)

    app = QGuiApplication.instance()
    return DARK if app is not None and app.styleHints().colorScheme() == Qt.ColorScheme.Dark else LIGHT


def effective(mode: str, system: str | None = None) -> str:
    """The scheme to show for a setting: 'light' or 'dark'; `system`: the system's scheme, if
    known (else it is asked)."""
    if mode == SYSTEM:
        return system if system in (LIGHT, DARK) else system_scheme()
    return mode if mode in (LIGHT, DARK) else LIGHT


def palette(scheme: str) -> QPalette:
    if scheme != DARK:
        return light_palette()
    p = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#1f2328", QPalette.ColorRole.WindowText: "#e6e8eb",
        QPalette.ColorRole.Base: "#16191d", QPalette.ColorRole.AlternateBase: "#22262c",
        QPalette.ColorRole.Text: "#e6e8eb", QPalette.ColorRole.Button: "#2a2f36",
        QPalette.ColorRole.ButtonText: "#e6e8eb", QPalette.ColorRole.Highlight: "#3b8fd9",
        QPalette.ColorRole.HighlightedText: "#ffffff", QPalette.ColorRole.ToolTipBase: "#2a2f36",
        QPalette.ColorRole.ToolTipText: "#e6e8eb", QPalette.ColorRole.PlaceholderText: "#8b949e",
        QPalette.ColorRole.Link: "#6cb6ff", QPalette.ColorRole.Mid: "#3d444d",
        QPalette.ColorRole.Midlight: "#30363d", QPalette.ColorRole.Dark: "#0d1117",
        QPalette.ColorRole.Light: "#3d444d", QPalette.ColorRole.BrightText: "#ffffff",
    }
    for role, colour in colours.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6e7681"))
    return p


def light_palette() -> QPalette:
    app = QGuiApplication.instance()
    style = getattr(app, "style", None)
    return style().standardPalette() if style is not None else QPalette()


def apply(mode: str, system: str | None = None) -> str:
    """Apply `mode` to the whole application (`system`: as for `effective`); returns the
    scheme now shown."""
    scheme = effective(mode, system)
    app = QGuiApplication.instance()
    if app is not None:
        app.setPalette(palette(scheme))
        # Qt hands the new palette to each widget in an event it posts: delivered now, so what reads a
        # widget's palette next (the views' `restyle`) reads the new one. (An application style sheet,
        # set again below, used to do it in passing, repolishing every widget.)
        QGuiApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)
        sheet = app.styleSheet() if hasattr(app, "styleSheet") else ""
        if sheet:  # palette() colours in the style sheet are resolved when it is set
            app.setStyleSheet(sheet)
        refresh_style_sheets()  # (so are those of the widgets given the sheet)
    return scheme
