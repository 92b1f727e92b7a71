"""The plan as Markdown, for people who keep their notes in plain text."""

from __future__ import annotations

import re

from careerdesk.domain import i18n
from careerdesk.domain.kinds import SkillKind
from careerdesk.domain.plan import GapItem
from careerdesk.domain.report import PlanReport

# CommonMark lets a backslash make any ASCII punctuation literal. Escaped everywhere: what
# starts inline markup (emphasis, code, links, images, HTML, entities like &amp;, GFM
# tables and ~strike~). At the start of a line also what starts a block (heading, list,
# quote, rule); elsewhere those read as plain text, so a "1.5" or "C#" stays readable.
_INLINE = re.compile(r"([\\`*_\[\]<>|&!~])")
_BLOCK_START = re.compile(r"^(\d+)([.)])|^([#+\-=])")


def md(text: str) -> str:
    """Escape Markdown (and inline HTML) so role text always reads literally."""
    escaped = _INLINE.sub(r"\\\1", " ".join(text.split()))
    return _BLOCK_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", escaped)


def _group(kind: SkillKind) -> str:
    """A skills group inside a sentence: lowercase is the translator's call, not .lower()'s
    (German capitalises nouns: "Tools & Technologien")."""
    if kind is SkillKind.TECHNICAL:
        return i18n.translate("PlanExport", "technical skills")
    if kind is SkillKind.SOFT:
        return i18n.translate("PlanExport", "soft skills")
    return i18n.translate("PlanExport", "tools & technologies")


def _item(item: GapItem, number: int | None = None, reason: bool = False, learn: list = ()) -> str:
    lead = f"{number}." if number is not None else "-"
    line = f"{lead} **{md(item.skill.label)}** ({_group(item.skill.kind)})"
    if reason:
        line += f": {md(item.tier.reason)}"
    extra = [i18n.translate("PlanExport", "note: {note}").format(note=md(item.entry.note)) if item.entry.note else "",
             i18n.translate("PlanExport", "evidence: {evidence}").format(evidence=md(item.entry.evidence))
             if item.entry.evidence else ""]
    learn_line = i18n.translate("PlanExport", "learn: {link}")
    extra += [learn_line.format(link=f"[{md(link.title)}](<{link.url}>)") for link in learn]
    extra = [e for e in extra if e]
    if extra:
        line += "  \n   " + "; ".join(extra)
    return line


def render_markdown(report: PlanReport) -> str:
    gap = report.gap
    out = [f"# {md(report.title)}", "", f"_{md(report.subtitle())}_", "", md(report.headline()), ""]
    heads = (i18n.translate("PlanExport", "Group"), i18n.translate("PlanExport", "Have"),
             i18n.translate("PlanExport", "Learning"), i18n.translate("PlanExport", "Not yet"))
    out += ["| " + " | ".join(md(h) for h in heads) + " |", "|---|---:|---:|---:|"]
    out += [f"| {g.kind.label} | {g.have} | {g.learning} | {g.missing} |" for g in report.groups()]
    if report.dated is not None:
        out += ["", "## " + md(i18n.translate("PlanExport", "Timeline and pace")), "",
                md(report.dated.pace.describe()), ""]
        dated = sorted((r for r in report.dated.rows if r.due and r.status != "have"), key=lambda r: r.due)
        about = i18n.translate("PlanExport", "about {n} weeks")
        out += [f"- {i18n.day(r.due)}: **{md(r.name)}** ({md(about.format(n=r.effort_weeks))})" for r in dated]
    out += ["", "## " + md(i18n.translate("PlanExport", "What to learn next")), ""]
    out += [_item(i, n, reason=True, learn=report.learn.get(i.key, [])) for n, i in enumerate(gap.missing, 1)] or [
        md(i18n.translate("PlanExport", "Nothing missing."))]
    out += ["", "## " + md(i18n.translate("PlanExport", "In progress")), ""]
    out += [_item(i) for i in gap.learning] or [md(i18n.translate("PlanExport", "Nothing marked as learning yet."))]
    out += ["", "## " + md(i18n.translate("PlanExport", "Already in hand")), ""]
    out += [_item(i) for i in gap.have] or [md(i18n.translate("PlanExport", "No skills ticked yet."))]
    out += ["", "## " + md(i18n.translate("PlanExport", "The path from here")), ""]
    for n, step in enumerate(report.path):
        progress = f" ({step.tally.describe()})" if step.tally else ""
        out.append(f"{n + 1}. {md(step.title)}{progress}")
    out += ["", f"## {md(report.does_heading)}", ""]
    out += [f"{n}. {md(r)}" for n, r in enumerate(report.target.responsibilities, 1)]
    out += ["", "---", md(i18n.translate("PlanExport", "Made with CareerDesk."))]
    if report.credits():
        out += ["", md(report.credits())]
    return "\n".join(out) + "\n"
