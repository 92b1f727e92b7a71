"""PyInstaller runtime hook for the bundle (careerdesk.spec): import PySide6 the way the window
does (careerdesk/ui/__init__.py: the support modules' bytecode from the cache, the `__feature__`
import hook taken out) before PyInstaller's own PySide6 hook imports PySide6.QtCore plainly,
which it does for every run of the bundle, the command line's included."""

import careerdesk.ui  # noqa: F401
