"""Export, print and print preview of the plan, from the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from careerdesk.desk import Desk
from careerdesk.domain.errors import CareerDeskError
from careerdesk.export.markdown import render_markdown
from careerdesk.export.pdf import export_markdown, export_pdf, paper_for_locale, render
from careerdesk.export.report import PlanReport, build_report
from careerdesk.ui.errors import show_error
from careerdesk.ui.literal import window_title

PDF_FILTER = "PDF document (*.pdf)"
MD_FILTER = "Markdown (*.md)"


def _report(parent: QWidget, desk: Desk) -> PlanReport | None:
    try:
        return build_report(desk)
    except CareerDeskError as exc:
        show_error(parent, parent.tr("Nothing to export yet"),
                   parent.tr("Choose a target role in My Plan first."), str(exc))
        return None


def export_plan(parent: QWidget, desk: Desk, folder: Path | None = None) -> Path | None:
    """Ask where to save, then write PDF or Markdown by the chosen type; returns the file."""
    report = _report(parent, desk)
    if report is None:
        return None
    folder = folder or Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                            or Path.home())
    suggested = folder / f"career-plan-{report.target.id}.pdf"
    path, chosen = QFileDialog.getSaveFileName(parent, parent.tr("Export plan"), str(suggested),
                                               f"{PDF_FILTER};;{MD_FILTER}")
    if not path:
        return None
    out = write_plan(parent, report, Path(path), markdown=chosen == MD_FILTER or path.lower().endswith(".md"))
    status = getattr(parent, "statusBar", None)
    if out is not None and status is not None:
        status().showMessage(parent.tr("Plan saved to {path}").format(path=out), 8000)
    return out


def write_plan(parent: QWidget, report: PlanReport, out: Path, markdown: bool) -> Path | None:
    if not markdown and out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    try:
        if markdown:
            export_markdown(render_markdown(report), out)
        else:
            export_pdf(report, out, paper_for_locale())
    except (CareerDeskError, OSError) as exc:
        show_error(parent, parent.tr("Could not export the plan"),
                   parent.tr("Nothing was written. Choose a folder you can write to."), str(exc))
        return None
    return out


def _printer_for(parent: QWidget, desk: Desk):
    """The report and a high-resolution printer (QtPrintSupport loads only when printing)."""
    from PySide6.QtPrintSupport import QPrinter

    report = _report(parent, desk)
    return (report, QPrinter(QPrinter.PrinterMode.HighResolution)) if report is not None else (None, None)


def print_plan(parent: QWidget, desk: Desk) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    report, printer = _printer_for(parent, desk)
    if report is not None and QPrintDialog(printer, parent).exec() == QPrintDialog.DialogCode.Accepted:
        render(report, printer)


def preview_plan(parent: QWidget, desk: Desk) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    report, printer = _printer_for(parent, desk)
    if report is None:
        return
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(window_title(parent.tr("Print preview: {title}").format(title=report.title)))
    dialog.paintRequested.connect(lambda p: render(report, p))
    dialog.resize(900, 1000)
    dialog.exec()
