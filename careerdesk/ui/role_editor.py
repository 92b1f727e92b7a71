"""The role editor: a new role from scratch or from a copy, every section editable, checked
as you type with the same rules as import. Catalogue roles are never edited in place: an
edit of one saves a personal copy."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from careerdesk.domain.errors import describe_validation_error
from careerdesk.domain.profile import RoleProfile
from careerdesk.ui.editors import ListEditor, TableEditor
from careerdesk.ui.literal import plain_label
from careerdesk.ui.style import fit_to_screen, give_style_sheet

SALARY_FIELDS = ("min", "max", "currency", "period", "region", "source")




def blank_profile() -> dict:
    family = QCoreApplication.translate("RoleEditorDialog", "My roles")
    return {"id": "my-role", "title": "", "aliases": [], "family": family, "summary": "", "outlook": "",
            "responsibilities": [], "skills": [], "seniority_levels": [], "faq": [], "salary": None,
            "career_path": []}


def personal_copy(role: RoleProfile, taken: set[str]) -> dict:
    """A catalogue role as the start of the user's own: new id and title, same content."""
    data = role.model_dump(mode="json")
    new_id, n = f"{role.id}-mine", 2
    while new_id in taken:
        new_id, n = f"{role.id}-mine-{n}", n + 1
    data.update(id=new_id, title=QCoreApplication.translate("RoleEditorDialog", "{title} (my version)").format(
        title=role.title))
    return data


def _none_if_blank(value: str) -> str | None:
    return value if value.strip() else None


def form_to_profile(basics: dict, aliases: list[str], responsibilities: list[str], skills: list[list[str]],
                    levels: list[list[str]], faq: list[list[str]], salary: dict | None,
                    path: list[str], find_role) -> dict:
    """What the form holds, in the public JSON form (numbers stay text: validation says which
    field is wrong, as it does for imported files)."""
    return {
        **basics,
        "aliases": aliases,
        "responsibilities": responsibilities,
        "skills": [{"name": n, "kind": (k or "technical").strip().lower(), **({"detail": d} if d else {})}
                   for n, k, d in skills],
        "seniority_levels": [{"name": r[0], "years_min": r[1] or "0", "years_max": _none_if_blank(r[2]),
                              "salary_min": r[3], "salary_max": r[4], "currency": (r[5] or "USD").upper(),
                              "summary": r[6]} for r in levels],
        "faq": [{"question": q, "answer": a} for q, a in faq],
        "salary": salary,
        "career_path": [{"title": t, "role_id": find_role(t)} for t in path],
    }


class RoleEditorDialog(QDialog):
    def __init__(self, data: dict, families: list[str], skill_words: list[str], role_titles: list[str],
                 find_role, parent: QWidget | None = None, *, intro: str = "", title: str = ""):
        super().__init__(parent)
        give_style_sheet(self)  # (as it had the application's sheet: see give_style_sheet)
        self.setWindowTitle(title or self.tr("Edit role"))
        self.setAccessibleName(self.windowTitle())
        self.find_role = find_role
        self.profile: RoleProfile | None = None
        self.id_edit, self.title_edit = QLineEdit(data["id"]), QLineEdit(data["title"])
        self.id_edit.setAccessibleName(self.tr("Role id"))
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.family = QComboBox()
        self.family.setEditable(True)
        self.family.addItems(families)
        self.family.setCurrentText(data["family"])
        self.family.setAccessibleName(self.tr("Family"))
        self.summary, self.outlook = QPlainTextEdit(data["summary"]), QPlainTextEdit(data["outlook"])
        self.summary.setAccessibleName(self.tr("Summary (paragraphs separated by a blank line)"))
        self.outlook.setAccessibleName(self.tr("Market outlook"))
        self.aliases = ListEditor(self.tr("Also known as"))
        self.aliases.set_values(data["aliases"])
        basics = QWidget()
        form = QFormLayout(basics)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Id"), self.id_edit)
        form.addRow(self.tr("Family"), self.family)
        form.addRow(self.tr("Also known as"), self.aliases)
        form.addRow(self.tr("Summary"), self.summary)
        form.addRow(self.tr("Market outlook"), self.outlook)

        self.responsibilities = ListEditor(self.tr("Responsibilities"))
        self.responsibilities.set_values(data["responsibilities"])
        # The kind column shows the kinds in the reader's words and takes them (or the English
        # names profiles are written with) back.
        self.kinds = {"technical": self.tr("technical"), "soft": self.tr("soft"), "tool": self.tr("tool")}
        self.skills = TableEditor(self.tr("Skills"), [
            self.tr("Skill"), self.tr("Kind ({technical}, {soft}, {tool})").format(**self.kinds),
            self.tr("Detail for this role")])
        self.skills.complete_column(0, skill_words)
        self.skills.set_rows([[s["name"], self.kinds.get(s["kind"], s["kind"]), s.get("detail") or ""]
                              for s in data["skills"]])
        self.levels = TableEditor(self.tr("Seniority levels"), [
            self.tr("Level"), self.tr("Years from"), self.tr("Years to"), self.tr("Pay from"), self.tr("Pay to"),
            self.tr("Currency"), self.tr("What is expected")])
        self.levels.set_rows([
            [lv["name"], str(lv["years_min"]), "" if lv["years_max"] is None else str(lv["years_max"]),
             str(lv["salary_min"]), str(lv["salary_max"]), lv["currency"], lv["summary"]]
            for lv in data["seniority_levels"]])
        salary = data.get("salary") or {}
        self.salary_edits = {f: QLineEdit(str(salary.get(f, "") or "")) for f in SALARY_FIELDS}
        pay = QWidget()
        pay_form = QFormLayout(pay)
        salary_labels = {"min": self.tr("Salary min"), "max": self.tr("Salary max"),
                         "currency": self.tr("Salary currency"), "period": self.tr("Salary period"),
                         "region": self.tr("Salary region"), "source": self.tr("Salary source")}
        for field_name, edit in self.salary_edits.items():
            edit.setAccessibleName(salary_labels[field_name])
            pay_form.addRow(salary_labels[field_name], edit)
        pay_form.addRow(self.tr("Levels"), self.levels)
        self.faq = TableEditor(self.tr("Questions and answers"), [self.tr("Question"), self.tr("Answer")])
        self.faq.set_rows([[f["question"], f["answer"]] for f in data["faq"]])
        self.path = ListEditor(self.tr("Career path, in order"))
        self.path.set_values([step["title"] for step in data["career_path"]])
        self.role_titles = role_titles

        tabs = QTabWidget()
        for widget, title in ((basics, self.tr("Basics")), (self.responsibilities, self.tr("Responsibilities")),
                              (self.skills, self.tr("Skills")), (pay, self.tr("Levels && pay")),
                              (self.faq, self.tr("FAQ")), (self.path, self.tr("Career Path"))):
            tabs.addTab(widget, title)
        self.status = plain_label()
        self.status.setObjectName("editorStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if intro:  # what an import found, above the form it fills
            self.intro = QLabel(intro)
            self.intro.setObjectName("editorIntro")
            self.intro.setTextFormat(Qt.TextFormat.PlainText)
            self.intro.setWordWrap(True)
            layout.addWidget(self.intro)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 900, 680)
        for signal in (self.id_edit.textChanged, self.title_edit.textChanged, self.family.currentTextChanged,
                       self.summary.textChanged, self.outlook.textChanged, self.aliases.changed,
                       self.responsibilities.changed, self.skills.changed, self.levels.changed, self.faq.changed,
                       self.path.changed, *(e.textChanged for e in self.salary_edits.values())):
            signal.connect(self.validate)
        self.validate()

    def data(self) -> dict:
        salary_values = {f: e.text().strip() for f, e in self.salary_edits.items()}
        salary = None
        if any(salary_values.values()):
            salary = {**salary_values, "currency": salary_values["currency"].upper() or "USD",
                      "period": salary_values["period"] or "year"}
        basics = {"id": self.id_edit.text().strip(), "title": self.title_edit.text(),
                  "family": self.family.currentText(), "summary": self.summary.toPlainText(),
                  "outlook": self.outlook.toPlainText()}
        skills = [[name, self.kind_value(kind), detail] for name, kind, detail in self.skills.rows()]
        return form_to_profile(basics, self.aliases.values(), self.responsibilities.values(), skills,
                               self.levels.rows(), self.faq.rows(), salary, self.path.values(), self.find_role)

    def kind_value(self, text: str) -> str:
        words = text.strip().lower()
        return next((kind for kind, label in self.kinds.items() if words in (kind, label.lower())), words)

    def field_name(self, loc: tuple) -> str:
        """('skills', 2, 'name') -> "Skills, row 3, Skill": where the form shows the problem."""
        labels = {
            "id": self.tr("Id"), "title": self.tr("Title"), "family": self.tr("Family"),
            "summary": self.tr("Summary"), "outlook": self.tr("Market outlook"), "aliases": self.tr("Also known as"),
            "responsibilities": self.tr("Responsibilities"), "skills": self.tr("Skills"), "name": self.tr("Name"),
            "kind": self.tr("Kind"), "detail": self.tr("Detail for this role"),
            "seniority_levels": self.tr("Seniority levels"), "years_min": self.tr("Years from"),
            "years_max": self.tr("Years to"), "salary_min": self.tr("Pay from"), "salary_max": self.tr("Pay to"),
            "currency": self.tr("Currency"), "faq": self.tr("Questions and answers"), "question": self.tr("Question"),
            "answer": self.tr("Answer"), "salary": self.tr("Salary"), "min": self.tr("Salary min"),
            "max": self.tr("Salary max"), "period": self.tr("Salary period"), "region": self.tr("Salary region"),
            "source": self.tr("Salary source"), "career_path": self.tr("Career path, in order"),
        }
        within = {("skills", "name"): self.tr("Skill"), ("seniority_levels", "name"): self.tr("Level"),
                  ("seniority_levels", "summary"): self.tr("What is expected")}
        parts = [self.tr("row {number}").format(number=part + 1) if isinstance(part, int)
                 else within.get((loc[0], part), labels.get(part, part)) if index else labels.get(part, part)
                 for index, part in enumerate(loc)]
        return ", ".join(parts) or self.tr("Role")

    def validate(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        try:
            self.profile = RoleProfile.model_validate(self.data())
        except ValidationError as exc:
            self.profile = None
            self.status.setText("\n".join(describe_validation_error(exc, "", self.field_name)[:5]))
            save.setEnabled(False)
            return
        self.status.setText(self.tr("Ready to save: {title}").format(title=self.profile.title))
        save.setEnabled(True)
