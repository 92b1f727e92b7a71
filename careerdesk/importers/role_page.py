"""Role pages in: the text a person copies from a job site (or saves as HTML or Markdown),
turned into a role profile with skills matched to the canonical list, so ticks count.

The format is the one of `role-page-backend-engineer.txt`: a title line, "Also known as:",
section headings on their own lines, bullets, a run-on paragraph of skill sentences, tools
separated by spaces, numbered career-path steps, and page noise to drop.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser

from careerdesk.domain.profile import SkillKind
from careerdesk.domain.skills import SkillIndex

HEADINGS = {
    "role overview": "overview", "overview": "overview", "key responsibilities": "responsibilities",
    "responsibilities": "responsibilities", "required skills": "skills", "technical skills": "technical",
    "soft skills": "soft", "tools & technologies": "tools", "tools and technologies": "tools", "tools": "tools",
    "skills": "skills", "requirements": "skills", "qualifications": "skills",
    "benefits": "ignored", "perks": "ignored", "similar roles": "ignored", "related jobs": "ignored",
    "about the company": "ignored", "how to apply": "ignored",
    "seniority levels": "levels", "frequently asked questions": "faq", "faq": "faq",
    "salary range": "salary", "career path": "path",
}
NOISE = [re.compile(p, re.I) for p in (
    r"^see \d+ live\b.*\bjobs?$", r"^ready to apply\??$", r"^we have \d+ .* (positions|jobs) open.*$",
    r"^find .* jobs$", r"^apply now$", r"^share( this)?( page)?$")]
GENDER_TAG = re.compile(r"\s*\((?:[fmwdxa]\s*/\s*)+[fmwdxa]\)\s*$", re.I)
BULLET = re.compile(r"^\s*(?:[•·▪‣◦*+-]|\d+[.)])\s+")
LEADS = re.compile(r"^(?:strong |solid |deep |good |excellent |proven |hands-on )?(?:proficiency in|"
                   r"understanding of|experience with|experience in|knowledge of|familiarity with|"
                   r"expertise in|ability to|skills? in)\s+", re.I)
GENERIC = re.compile(r"\s+(?:technologies|technology|tools|concepts|systems|frameworks|skills|principles)$", re.I)
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
PERIODS = {"year": "year", "yr": "year", "annum": "year", "month": "month", "mo": "month", "hour": "hour", "hr": "hour"}
LEVEL_WORDS = r"(?:Junior|Entry-level|Mid-level|Mid|Intermediate|Senior|Lead|Staff|Principal)"


class _TextOfHtml(HTMLParser):
    """Visible text of an HTML page, with block elements on their own lines."""

    BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "section", "ul", "ol", "dt", "dd"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("script", "style", "head", "nav", "footer"):
            self._skip += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "nav", "footer"):
            self._skip = max(0, self._skip - 1)
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def page_text(raw: str, kind: str = "txt") -> str:
    """Plain lines from a .txt, .md or .html page."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    if kind in ("html", "htm") or re.match(r"\s*<(!doctype|html|body|div|h1|p)\b", text, re.I):
        parser = _TextOfHtml()
        parser.feed(text)
        text = html.unescape("".join(parser.parts))
    elif kind in ("md", "markdown"):
        text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.M)  # headings
        text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)
        text = re.sub(r"(?<![\w*])[*_]([^*_\n]+)[*_](?![\w*])", r"\1", text)  # *emphasis*
        text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links keep their text
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines)


@dataclass
class ParsedPage:
    title: str = ""
    aliases: list[str] = field(default_factory=list)
    sections: dict[str, list[str]] = field(default_factory=dict)


def split_sections(text: str) -> ParsedPage:
    page = ParsedPage()
    current = "preamble"
    for line in text.split("\n"):
        if not line or any(p.match(line) for p in NOISE):
            page.sections.setdefault(current, []).append("")
            continue
        if not page.title:
            page.title = GENDER_TAG.sub("", line).strip()
            continue
        alias_match = re.match(r"^(?:also known as|other titles|aka)\s*:\s*(.*)$", line, re.I)
        if alias_match:
            page.aliases = [a.strip() for a in alias_match.group(1).split(",") if a.strip()]
            continue
        heading = HEADINGS.get(line.rstrip(":").strip().casefold())
        if heading:
            current = heading
            continue
        page.sections.setdefault(current, []).append(line)
    return page


def paragraphs(lines: list[str]) -> list[str]:
    out, buf = [], []
    for line in [*lines, ""]:
        if line:
            buf.append(line)
        elif buf:
            out.append(" ".join(buf))
            buf = []
    return out


def sentences(text: str) -> list[str]:
    """A run-on paragraph of skill sentences, split where a new capitalised sentence starts."""
    parts = re.split(r"(?<=[.)])\s+(?=[A-Z])", text)
    return [p.strip().rstrip(".").strip() for p in parts if p.strip(" .")]


def _resolve(phrase: str, index: SkillIndex) -> str | None:
    phrase = phrase.strip(" ,.;:").strip()
    if not phrase:
        return None
    plain = re.sub(r"^(?:strong|good|solid|deep|excellent|basic)\s+", "", phrase, flags=re.I)
    for candidate in (phrase, GENERIC.sub("", phrase), plain, GENERIC.sub("", plain)):
        found = index.resolve(candidate)
        if found:
            return found.name
    return None


def skill_items(sentence: str, index: SkillIndex, kind: SkillKind) -> list[dict]:
    """One sentence -> checklist items: the canonical skills it names, or the sentence itself
    (shortened) as a new skill when it names none."""
    detail_match = re.search(r"\(([^)]*)\)", sentence)
    detail = re.sub(r"^e\.g\.,?\s*", "", detail_match.group(1)).strip() if detail_match else None
    core = re.sub(r"\s*\([^)]*\)", "", sentence)
    core = LEADS.sub("", core).strip()
    core = re.sub(r"^(?:at least one|one or more)\s+", "", core, flags=re.I)
    parts = [p for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*", core) if p.strip()]
    names: list[str] = []
    for part in parts:
        name = _resolve(part, index)
        if name and name not in names:
            names.append(name)
    if not names:
        whole = _resolve(core, index)
        if whole:
            names = [whole]
    if names:
        return [{"name": n, "kind": kind.value, **({"detail": detail} if detail and len(names) == 1 else {})}
                for n in names]
    text = core[:1].upper() + core[1:]
    return [{"name": text[:120], "kind": kind.value, **({"detail": detail} if detail else {})}] if text else []


def tool_items(line: str, index: SkillIndex) -> list[dict]:
    """Tools separated only by spaces, some with a parenthesis: known multi-word names are
    matched first ("Google Cloud"), then single words; a parenthesis becomes the detail."""
    tokens = [t.strip(",;|/") for t in re.findall(r"\([^)]*\)|[^\s(,;|/]+", line)]
    tokens = [t for t in tokens if t]
    items: list[dict] = []
    i = 0
    while i < len(tokens):
        if tokens[i].startswith("("):
            i += 1
            continue
        span = 1
        for width in (4, 3, 2):
            words = tokens[i:i + width]
            if len(words) == width and not any(w.startswith("(") for w in words) and index.resolve(" ".join(words)):
                span = width
                break
        name = " ".join(tokens[i:i + span])
        i += span
        # a version number belongs to the name before it: "ROS 2" is one tool; a known skill
        # keeps its canonical name with the version as its detail ("Python", detail "3.12")
        version = None
        if i < len(tokens) and VERSION.match(tokens[i]) and not index.resolve(tokens[i]):
            version, i = tokens[i], i + 1
            if not index.resolve(name):
                name, version = f"{name} {version}", None
        detail = tokens[i][1:-1].strip() if i < len(tokens) and tokens[i].startswith("(") else None
        if detail is not None:
            i += 1
        detail = " ".join(d for d in (version, detail) if d) or None
        known = index.resolve(name)
        items.append({"name": known.name if known else name, "kind": SkillKind.TOOL.value,
                      **({"detail": detail} if detail else {})})
    return items


VERSION = re.compile(r"^v?\d+(?:\.\d+)*[a-z]?$")
MONEY = re.compile(r"([$€£])?\s*(\d[\d,.]*)\s*(k|K|000)?\s*(USD|EUR|GBP)?")


def _amount(number: str, thousands: str | None) -> int:
    """"50,000", "50.000" (European thousands), "1.200.000", "45.5" with k -> whole units."""
    digits = number.strip(".,")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        value = float(re.sub(r"[.,]", "", digits))
    else:
        try:
            value = float(digits.replace(",", ""))
        except ValueError:
            return 0
    return int(round(value * 1000)) if thousands in ("k", "K") else int(round(value))


def salary_of(lines: list[str]) -> dict | None:
    text = " ".join(lines)
    match = re.search(r"([$€£])?\s*(\d[\d,.]*)\s*([kK])?\s*(?:USD|EUR|GBP)?\s*(?:/\s*\w+\s*)?(?:-|–|—|to)\s*"
                      r"([$€£])?\s*(\d[\d,.]*)\s*([kK])?\+?"
                      r"\s*(USD|EUR|GBP)?\s*(?:/|per)?\s*(year|yr|annum|month|mo|hour|hr)?", text)
    if not match or not (match.group(1) or match.group(4) or match.group(7) or match.group(3) or match.group(6)):
        single = re.search(r"([$€£])\s*(\d[\d,.]*)\s*([kK])?\+?\s*(?:/|per)?\s*(year|yr|annum|month|mo|hour|hr)?",
                           text)
        if not single:
            return None
        amount = _amount(single.group(2), single.group(3))
        return {"min": amount, "max": amount, "currency": SYMBOLS[single.group(1)],
                "period": PERIODS.get((single.group(4) or "year").lower(), "year"), "region": "Not stated",
                "source": ("Role page: " + text)[:300]}
    symbol = match.group(1) or match.group(4)
    currency = match.group(7) or SYMBOLS.get(symbol or "", "USD")
    low, high = _amount(match.group(2), match.group(3) or match.group(6)), _amount(match.group(5), match.group(6))
    rest = text[match.end():].strip()
    region = "Global" if re.search(r"\bglobal\b", rest, re.I) else "Not stated"
    region_match = re.search(r"\b[Ii]n (the [A-Z][\w ]+|[A-Z][\w]+(?: [A-Z][\w]+)*)", rest)
    if region == "Not stated" and region_match:
        region = region_match.group(1)
    return {"min": min(low, high), "max": max(low, high), "currency": currency,
            "period": PERIODS.get((match.group(8) or "year").lower(), "year"), "region": region,
            "source": ("Role page: " + rest)[:300] if rest else "Role page"}


def levels_of(lines: list[str], title: str) -> list[dict]:
    groups: list[list[str]] = []
    for para in paragraphs(lines):
        if re.search(r"\d+\s*[-–]\s*\d+\+?\s*years|\d+\+\s*years", para) or not groups:
            groups.append([para])
        else:
            groups[-1].append(para)
    levels = []
    for group in groups:
        text = " ".join(group)
        name_match = re.search(rf"\b({LEVEL_WORDS}\s+(?:[A-Z][\w/-]*\s*)+)", text)
        years = re.search(r"(\d+)\s*[-–]\s*(\d+)\s*years", text) or re.search(r"(\d+)\+\s*years", text)
        pay = re.search(r"([$€£])\s*(\d[\d,]*)\s*([kK])?\s*(?:to|-|–)\s*[$€£]?\s*(\d[\d,]*)\s*([kK])?"
                        r"(?:\s*(USD|EUR|GBP))?", text)
        if not (years and pay):
            continue
        levels.append({
            "name": (name_match.group(1).strip() if name_match else title),
            "years_min": int(years.group(1)),
            "years_max": int(years.group(2)) if years.lastindex and years.lastindex >= 2 else None,
            "salary_min": _amount(pay.group(2), pay.group(3)), "salary_max": _amount(pay.group(4), pay.group(5)),
            "currency": pay.group(6) or SYMBOLS.get(pay.group(1), "USD"),
            "summary": "\n\n".join(group),
        })
    return levels


def faq_of(lines: list[str]) -> list[dict]:
    """Question lines end in "?" (a question may wrap over lines); the lines after it, up to
    the next question, are its answer."""
    faq: list[dict] = []
    pending: list[str] = []  # lines of a question not finished yet
    for line in lines:
        if not line:
            continue
        if line.endswith("?") and (not faq or faq[-1]["answer"] or pending):
            faq.append({"question": " ".join([*pending, line]), "answer": ""})
            pending = []
        elif faq and not faq[-1]["answer"]:
            faq[-1]["answer"] = line
        elif not line.endswith((".", "!", ")", ":")) and len(line) < 120:
            pending.append(line)  # perhaps the first line of a question that wraps
        elif faq:
            faq[-1]["answer"] = " ".join([faq[-1]["answer"], *pending, line]).strip()
            pending = []
    if faq and pending:
        faq[-1]["answer"] = " ".join([faq[-1]["answer"], *pending]).strip()
    return [f for f in faq if f["answer"]]


def path_of(lines: list[str], find_role: Callable[[str], str | None]) -> list[dict]:
    steps = []
    for line in lines:
        text = BULLET.sub("", line).strip()
        text = re.sub(r"^\d+\s*[.):-]?\s*", "", text).strip()
        if not text or text.isdigit():
            continue
        title = GENDER_TAG.sub("", text).strip()
        steps.append({"title": title, "role_id": find_role(title)})
    return steps


def slug(title: str) -> str:
    """An id from a title: cut, then trimmed, so it never ends in a dash; symbols that tell
    titles apart ("C++", "C#") are spelled out."""
    text = title.casefold().replace("c++", "cpp").replace("c#", "csharp").replace("f#", "fsharp")
    return re.sub(r"[^a-z0-9]+", "-", text)[:80].strip("-") or "imported-role"


def parse_role_page(raw: str, index: SkillIndex, find_role: Callable[[str], str | None],
                    family: Callable[[str], str], kind: str = "txt") -> dict:
    """The page as a role profile in the public JSON form (validate it before saving)."""
    page = split_sections(page_text(raw, kind))
    s = page.sections
    overview = paragraphs(s.get("overview", []))
    outlook_at = next((i for i in range(len(overview) - 1, 0, -1)
                       if re.search(r"\b(market|demand|growth|outlook|projected)\b", overview[i], re.I)), None)
    outlook = overview.pop(outlook_at) if outlook_at is not None else "Not stated on the source page."
    skills: list[dict] = []
    for section, kind_ in (("skills", SkillKind.TECHNICAL), ("technical", SkillKind.TECHNICAL),
                           ("soft", SkillKind.SOFT)):
        lines = [BULLET.sub("", line) for line in s.get(section, []) if line]
        for sentence in (sentences(" ".join(lines)) if not any(BULLET.match(x) for x in s.get(section, []))
                         else [x.rstrip(".") for x in lines]):
            skills.extend(skill_items(sentence, index, kind_))
    for line in s.get("tools", []):
        if line:
            skills.extend(tool_items(BULLET.sub("", line), index))
    seen, unique = set(), []
    for item in skills:
        if item["name"].casefold() not in seen:
            seen.add(item["name"].casefold())
            unique.append(item)
    responsibilities = [BULLET.sub("", line).strip() for line in s.get("responsibilities", []) if line.strip()]
    return {
        "id": slug(page.title),
        "title": page.title,
        "aliases": page.aliases,
        "family": family(page.title),
        "summary": "\n\n".join(overview) or "Not stated on the source page.",
        "outlook": outlook,
        "responsibilities": responsibilities,
        "skills": unique,
        "seniority_levels": levels_of(s.get("levels", []), page.title),
        "faq": faq_of(s.get("faq", [])),
        "salary": salary_of([line for line in s.get("salary", []) if line]),
        "career_path": path_of([line for line in s.get("path", []) if line], find_role),
    }
