"""Preview of a role read from a job-site page, which the person can correct before saving."""

from __future__ import annotations

import json

from pydantic import ValidationError
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from careerdesk.domain.errors import describe_validation_error
from careerdesk.domain.profile import RoleProfile
from careerdesk.ui.literal import plain_label


class PagePreviewDialog(QDialog):
    """The profile as JSON, validated as it is edited; Save is enabled only when valid."""

    def __init__(self, source: str, data: dict, matched: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the imported role"))
        self.setAccessibleName(self.windowTitle())
        skills = data.get("skills", [])
        intro = plain_label(self.tr(
            "Read from {source}: {resp} responsibilities, {skills} skills ({matched} matched to skills the "
            "catalogue already knows, so your ticks count), {faq} questions, {steps} career-path steps. "
            "Correct anything below, then save.").format(
                source=source, resp=len(data.get("responsibilities", [])), skills=len(skills), matched=matched,
                faq=len(data.get("faq", [])), steps=len(data.get("career_path", []))))
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit(json.dumps(data, indent=2, ensure_ascii=False))
        self.editor.setObjectName("pageJson")
        self.editor.setAccessibleName(self.tr("The imported role as JSON"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.editor.setFont(QFont(mono))
        self.status = plain_label()
        self.status.setObjectName("pageStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        self.profile: RoleProfile | None = None
        self.editor.textChanged.connect(self.validate)
        self.validate()

    def validate(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        try:
            self.profile = RoleProfile.model_validate_json(self.editor.toPlainText())
        except ValidationError as exc:
            self.profile = None
            problems = describe_validation_error(exc, "role")
            if exc.errors() and exc.errors()[0]["type"] == "json_invalid":
                problems = [self.tr("Not valid JSON yet: {error}").format(error=exc.errors()[0]["msg"])]
            self.status.setText("\n".join(problems[:6]))
            save.setEnabled(False)
            return
        self.status.setText(self.tr("Looks good: {title} ({id}).").format(title=self.profile.title, id=self.profile.id))
        save.setEnabled(True)
