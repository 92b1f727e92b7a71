"""Help > About: version, licence and where the catalogue's facts come from."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from careerdesk import __version__


def about_text(parent: QWidget) -> str:
    return QCoreApplication.translate(
        "About",
        "CareerDesk {version}\n\n"
        "Plan your next career step: read role profiles, tick the skills you have and see what is "
        "missing. Everything stays on this computer.\n\n"
        "Licence: MIT.\n\n"
        "Salary figures: US Bureau of Labor Statistics, Occupational Employment and Wage Statistics "
        "(May 2025), unless a profile names another source; every source is listed in data/SOURCES.md. "
        "The curated profiles' text is CareerDesk's own.\n\n"
        "The built-in O*NET occupations (and any newer release you import) include information from "
        "O*NET 29.3 by the U.S. Department of Labor, "
        "Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license; CareerDesk has "
        "modified it, and USDOL/ETA has not approved, endorsed or tested these modifications."
    ).format(version=__version__)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About CareerDesk"), about_text(parent))
