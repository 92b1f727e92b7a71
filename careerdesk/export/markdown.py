"""The plan as Markdown, for people who keep their notes in plain text."""

from __future__ import annotations

import re

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


def _item(item: GapItem, number: int | None = None, reason: bool = False, learn: list = ()) -> str:
    lead = f"{number}." if number is not None else "-"
    line = f"{lead} **{md(item.skill.label)}** ({item.skill.kind.label.lower()})"
    if reason:
        line += f": {md(item.tier.reason)}"
    extra = [f"note: {md(item.entry.note)}" if item.entry.note else "",
             f"evidence: {md(item.entry.evidence)}" if item.entry.evidence else ""]
    extra += [f"learn: [{md(link.title)}](<{link.url}>)" for link in learn]
    extra = [e for e in extra if e]
    if extra:
        line += "  \n   " + "; ".join(extra)
    return line


def render_markdown(report: PlanReport) -> str:
    gap = report.gap
    out = [f"# {md(report.title)}", "", f"_{md(report.subtitle())}_", "", md(report.headline()), ""]
    out += ["| Group | Have | Learning | Not yet |", "|---|---:|---:|---:|"]
    out += [f"| {g.kind.label} | {g.have} | {g.learning} | {g.missing} |" for g in report.groups()]
    if report.dated is not None:
        out += ["", "## Timeline and pace", "", md(report.dated.pace.describe()), ""]
        dated = sorted((r for r in report.dated.rows if r.due and r.status != "have"), key=lambda r: r.due)
        out += [f"- {r.due.isoformat()}: **{md(r.name)}** (about {r.effort_weeks} weeks)" for r in dated]
    out += ["", "## What to learn next", ""]
    out += [_item(i, n, reason=True, learn=report.learn.get(i.key, [])) for n, i in enumerate(gap.missing, 1)] or [
        "Nothing missing."]
    out += ["", "## In progress", ""]
    out += [_item(i) for i in gap.learning] or ["Nothing marked as learning yet."]
    out += ["", "## Already in hand", ""]
    out += [_item(i) for i in gap.have] or ["No skills ticked yet."]
    out += ["", "## The path from here", ""]
    for n, step in enumerate(report.path):
        progress = f" ({step.tally.describe()})" if step.tally else ""
        out.append(f"{n + 1}. {md(step.title)}{progress}")
    out += ["", f"## {md(report.does_heading)}", ""]
    out += [f"{n}. {md(r)}" for n, r in enumerate(report.target.responsibilities, 1)]
    out += ["", "---", "Made with CareerDesk."]
    if report.credits():
        out += ["", md(report.credits())]
    return "\n".join(out) + "\n"
