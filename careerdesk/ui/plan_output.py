"""Export, print and print preview of the plan, from the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.report import PlanReport
from careerdesk.service import Desk
from careerdesk.ui.errors import show_error
from careerdesk.ui.literal import window_title

translate = QCoreApplication.translate  # translate("Context", "Text"), as lupdate reads it


def not_ready_reason(parent: QWidget, desk: Desk) -> str:
    """Why there is no plan to export or print yet ("" when there is one): the tooltip of the
    disabled Export, Print and Print preview, and the text if one is reached anyway."""
    target = desk.plan_target()
    if not target:
        return translate("PlanOutput",
                         "Choose the role you want to become (“I want to become a”) to export or print your plan.")
    if desk.title_of(target) is None:
        return translate("PlanOutput", "Your target role is no longer in the catalogue: choose another one to export "
                         "or print your plan.")
    return ""


def _report(parent: QWidget, desk: Desk) -> PlanReport | None:
    try:
        return desk.plan_report()
    except CareerDeskError:
        # The window's words, not the command line's: no "--target" hint, no "in My Plan".
        show_error(parent, translate("PlanOutput", "Nothing to export yet"),
                   not_ready_reason(parent, desk) or translate("PlanOutput", "Choose a target role first."))
        return None


def export_plan(parent: QWidget, desk: Desk, folder: Path | None = None) -> Path | None:
    """Ask where to save, then write PDF or Markdown by the chosen type; returns the file."""
    from PySide6.QtWidgets import QFileDialog  # (imported when asked for: the first paint needs no dialog)

    from careerdesk.ui.folders import documents, remember, start_folder

    report = _report(parent, desk)
    if report is None:
        return None
    settings = getattr(parent, "settings", None)
    folder = folder or (start_folder(settings) if settings is not None else documents())
    suggested = folder / f"career-plan-{report.target.id}.pdf"
    pdf_filter = translate("PlanOutput", "PDF document (*.pdf)")
    md_filter = translate("PlanOutput", "Markdown (*.md)")
    path, chosen = QFileDialog.getSaveFileName(parent, translate("PlanOutput", "Export plan"), str(suggested),
                                               f"{pdf_filter};;{md_filter}")
    if not path:
        return None
    if settings is not None:
        remember(settings, path)
    out = write_plan(parent, desk, Path(path), markdown=chosen == md_filter or path.lower().endswith(".md"))
    status = getattr(parent, "statusBar", None)
    if out is not None and status is not None:
        status().showMessage(translate("PlanOutput", "Plan saved to {path}").format(path=out), 8000)
    return out


def export_milestones(parent: QWidget, desk: Desk, folder: Path | None = None) -> Path | None:
    """Ask where to save, then write the milestones as an iCalendar file."""
    from PySide6.QtWidgets import QFileDialog

    from careerdesk.ui.folders import documents, remember, start_folder

    try:
        gap = desk.gap()
    except CareerDeskError as exc:
        show_error(parent, translate("PlanOutput", "Nothing to export yet"),
                   translate("PlanOutput", "Choose a target role in My Plan first."), str(exc))
        return None
    if not desk.schedule.milestone_count(gap):
        show_error(parent, translate("PlanOutput", "No milestones yet"),
                   translate("PlanOutput", "Give skills due dates first: \"Schedule by the target date\" on the "
                             "Timeline "
                             "tab of My plan proposes them."))
        return None
    settings = getattr(parent, "settings", None)
    folder = folder or (start_folder(settings) if settings is not None else documents())
    path, _ = QFileDialog.getSaveFileName(parent, translate("PlanOutput", "Export milestones"),
                                          str(folder / f"milestones-{gap.target.id}.ics"),
                                          translate("PlanOutput", "Calendar file (*.ics)"))
    if not path:
        return None
    if settings is not None:
        remember(settings, path)
    out = Path(path) if path.lower().endswith(".ics") else Path(path + ".ics")
    try:
        out, count = desk.schedule.export_ics(out)
    except (CareerDeskError, OSError) as exc:
        show_error(parent, translate("PlanOutput", "Could not export the milestones"),
                   translate("PlanOutput", "Nothing was written. Choose a folder you can write to."), str(exc))
        return None
    status = getattr(parent, "statusBar", None)
    if status is not None:
        status().showMessage(translate("PlanOutput", "{count} milestones saved to {path}").format(
            count=count, path=out), 8000)
    return out


def write_plan(parent: QWidget, desk: Desk, out: Path, markdown: bool) -> Path | None:
    if not markdown and out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    try:
        out, _pages = desk.export_plan(out, markdown=markdown)
    except (CareerDeskError, OSError) as exc:
        show_error(parent, translate("PlanOutput", "Could not export the plan"),
                   translate("PlanOutput", "Nothing was written. Choose a folder you can write to."), str(exc))
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
        from careerdesk.export.pdf import render

        render(report, printer)


def preview_plan(parent: QWidget, desk: Desk) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    report, printer = _printer_for(parent, desk)
    if report is None:
        return
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(window_title(translate("PlanOutput", "Print preview: {title}").format(title=report.title)))
    from careerdesk.export.pdf import render

    dialog.paintRequested.connect(lambda p: render(report, p))
    from careerdesk.ui.style import fit_to_screen

    fit_to_screen(dialog, 900, 1000)  # (a page's height on a big screen, all of a small one's)
    dialog.exec()


def update_output_actions(window) -> None:
    """Export, Print and Print preview only when there is a plan to show; the tooltip says
    what is missing (a disabled control that does not say why is a dead end)."""
    reason = not_ready_reason(window, window.desk)
    plan = window.plan_view_if_built  # (no buttons to update before My plan is first built)
    targets = [window.actions_[k] for k in ("export", "print", "preview")] + list(plan.output_buttons if plan else ())
    for target in targets:
        if not target.property("readyTip"):
            target.setProperty("readyTip", target.toolTip() or target.text().replace("&", "").rstrip("…"))
        target.setEnabled(not reason)
        target.setToolTip(reason or target.property("readyTip"))
        target.setStatusTip(reason)
