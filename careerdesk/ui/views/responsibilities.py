"""Responsibilities tab: the key responsibilities as a numbered, readable list."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from careerdesk.domain.reading import RoleView
from careerdesk.ui.views.richtext import ReadingView, esc


class ResponsibilitiesView(ReadingView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("responsibilities", self.tr("Key responsibilities"), parent)

    def show_role(self, role: RoleView) -> None:
        if role.plural_title:
            intro = self.tr("What {title} do, week in, week out.").format(title=role.title)
        else:
            intro = self.tr("What a {title} is expected to do, week in, week out.").format(title=role.title)
        if not role.responsibilities:
            self.show_empty(self.tr("No tasks are recorded for this role yet."),
                            "responsibilities")
            return
        items = "".join(f"<li>{esc(r)}</li>" for r in role.responsibilities)
        self.set_body(f"<p class='muted'>{esc(intro)}</p><ol>{items}</ol>")
