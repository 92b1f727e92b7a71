"""Use cases for the plan document: gathering it once, writing it as PDF or Markdown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from careerdesk.domain import i18n
from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.report import PlanReport

if TYPE_CHECKING:
    from careerdesk.domain.plan import Gap, Plan
    from careerdesk.domain.reading import RoleView
    from careerdesk.domain.report import PathStep
    from careerdesk.service.schedule import Schedule


class PlanOutput:
    """Part of Desk: the exported plan."""

    def plan(self) -> Plan: ...  # provided by Desk
    def gap(self, target_id: str | None = None) -> Gap: ...
    def role_to_read(self, role_id: str) -> RoleView | None: ...
    def path_from(self, role: RoleView) -> list[PathStep]: ...
    def learn_links(self, keys: list[str]) -> dict: ...
    schedule: Schedule

    def plan_report(self, target_id: str | None = None, today: dt.date | None = None) -> PlanReport:
        """Everything the plan document shows, for `target_id` or the plan's target."""
        from careerdesk.domain import clock

        plan = self.plan()
        gap = self.gap(target_id)
        today = today or clock.today()
        return PlanReport(
            plan=plan,
            prepared_on=today,
            current=self.role_to_read(plan.current_role) if plan.current_role else None,  # (as gap())
            target=gap.target,
            gap=gap,
            path=self.path_from(gap.target),
            dated=self.schedule.dated_plan(today, gap),
            learn=self.learn_links([i.key for i in (*gap.missing, *gap.learning)]),
        )

    def export_plan(self, out: Path, markdown: bool = False, paper: str | None = None,
                    target_id: str | None = None) -> tuple[Path, int]:
        """Write the plan as PDF (`paper` "a4" or "letter", else the locale's) or Markdown;
        returns the file written and its page count (0 for Markdown)."""
        report = self.plan_report(target_id)
        if markdown:
            from careerdesk.export.markdown import render_markdown
            from careerdesk.export.pdf import export_markdown

            export_markdown(render_markdown(report), out)
            return out, 0
        if out.suffix.lower() not in (".pdf", ""):
            raise CareerDeskError(i18n.translate(
                "PlanOutput", "{name}: use a .pdf name, or --format md for Markdown").format(name=out.name))
        from careerdesk.export.pdf import export_pdf_file

        return out, export_pdf_file(report, out, paper)
