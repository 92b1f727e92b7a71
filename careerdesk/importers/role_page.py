"""Role pages in: the text a person copies from a job site (or saves as HTML or Markdown),
turned into a role profile with skills matched to the canonical list, so ticks count.

The format is the one of `role-page-backend-engineer.txt`: a title line, "Also known as:",
section headings on their own lines, bullets, a run-on paragraph of skill sentences, tools
separated by spaces, numbered career-path steps, and page noise to drop.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from careerdesk.domain.profile import SkillKind, skill_key
from careerdesk.domain.skills import SkillIndex
from careerdesk.importers.page_text import page_text

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
# Every regex is compiled once, here: the page is parsed line by line and phrase by phrase,
# and re's cache lookups alone were a fifth of the time on a big page.
NOISE = re.compile("|".join(f"(?:{p})" for p in (
    r"^see \d+ live\b.*\bjobs?$", r"^ready to apply\??$", r"^we have \d+ .* (?:positions|jobs) open.*$",
    r"^find .* jobs$", r"^apply now$", r"^share(?: this)?(?: page)?$")), re.I)
ALIASES = re.compile(r"^(?:also known as|other titles|aka)\s*:\s*(.*)$", re.I)
GENDER_TAG = re.compile(r"\s*\((?:[fmwdxa]\s*/\s*)+[fmwdxa]\)\s*$", re.I)
BULLET = re.compile(r"^\s*(?:[•·▪‣◦*+-]|\d+[.)])\s+")
LEADS = re.compile(r"^(?:strong |solid |deep |good |excellent |proven |hands-on )?(?:proficiency in|"
                   r"understanding of|experience with|experience in|knowledge of|familiarity with|"
                   r"expertise in|ability to|skills? in)\s+", re.I)
GENERIC = re.compile(r"\s+(?:technologies|technology|tools|concepts|systems|frameworks|skills|principles)$", re.I)
SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP"}
PERIODS = {"year": "year", "yr": "year", "annum": "year", "month": "month", "mo": "month", "hour": "hour", "hr": "hour"}
LEVEL_WORDS = r"(?:Junior|Entry-level|Mid-level|Mid|Intermediate|Senior|Lead|Staff|Principal)"


@dataclass
class ParsedPage:
    title: str = ""
    aliases: list[str] = field(default_factory=list)
    sections: dict[str, list[str]] = field(default_factory=dict)


def split_sections(text: str) -> ParsedPage:
    page = ParsedPage()
    current = "preamble"
    for line in text.split("\n"):
        if not line or NOISE.match(line):
            page.sections.setdefault(current, []).append("")
            continue
        if not page.title:
            page.title = GENDER_TAG.sub("", line).strip()
            continue
        alias_match = ALIASES.match(line)
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


ADJECTIVE = re.compile(r"^(?:strong|good|solid|deep|excellent|basic)\s+", re.I)
DETAIL = re.compile(r"\(([^)]*)\)")
DETAILS = re.compile(r"\s*\([^)]*\)")
EXAMPLE = re.compile(r"^e\.g\.,?\s*")
HOW_MANY = re.compile(r"^(?:at least one|one or more)\s+", re.I)
JOINERS = re.compile(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*&\s*")
TOOL_TOKENS = re.compile(r"\([^)]*\)|[^\s(,;|/]+")
TOOL_WORDS = re.compile(r"[^\s(,;|/]+")


@lru_cache(maxsize=4)
def _longest_name(index: SkillIndex) -> int:
    return max((len(skill_key(n)) for s in index.skills for n in (s.name, *s.aliases)), default=0)


def _resolve(phrase: str, index: SkillIndex) -> str | None:
    phrase = phrase.strip(" ,.;:").strip()
    # page lines have their spacing collapsed, so a phrase far longer than every known name
    # is none of them (and normalising a megabyte-long phrase eight times is what took long)
    if not phrase or len(phrase) > 2 * _longest_name(index) + 20:
        return None
    key = skill_key(phrase)  # both patterns ignore case and see single spaces: they work on the key as well
    found = index.resolve_key(key)
    if found is None:  # the other spellings only when the phrase itself is unknown
        plain = ADJECTIVE.sub("", key)
        found = (index.resolve_key(GENERIC.sub("", key)) or index.resolve_key(plain)
                 or index.resolve_key(GENERIC.sub("", plain)))
    return found.name if found else None


_WORD_END = re.compile(r"[^\s(,;|/]*")


def _closed_part(text: str) -> tuple[str, str]:
    """`text` cut after its last ")" and the word that ends there: every "(" in the first part
    is closed, none in the second is. Bracket patterns ("(", anything but ")", ")") run on the
    first part only: on an unclosed "(" they would scan to the end of the text from every "("
    (quadratic), and they can never match in the second part anyway, so the result is the same."""
    last = text.rfind(")")
    if last < 0:
        return "", text
    cut = _WORD_END.match(text, last + 1).end()
    return text[:cut], text[cut:]


def skill_items(sentence: str, index: SkillIndex, kind: SkillKind) -> list[dict]:
    """One sentence -> checklist items: the canonical skills it names, or the sentence itself
    (shortened) as a new skill when it names none."""
    closed, rest = _closed_part(sentence)
    detail_match = DETAIL.search(closed) if closed else None
    detail = EXAMPLE.sub("", detail_match.group(1)).strip() if detail_match else None
    core = DETAILS.sub("", closed) + rest if closed else rest
    core = LEADS.sub("", core).strip()
    core = HOW_MANY.sub("", core)
    parts = [p for p in JOINERS.split(core) if p.strip()]
    names: list[str] = []
    for part in parts:
        name = _resolve(part, index)
        if name and name not in names:
            names.append(name)
    if not names:
        whole = _resolve(core, index)
        if whole:
            names = [whole]
    kind_ = kind.value
    if names:
        return [{"name": n, "kind": kind_, **({"detail": detail} if detail and len(names) == 1 else {})}
                for n in names]
    text = core[:1].upper() + core[1:]
    return [{"name": text[:120], "kind": kind_, **({"detail": detail} if detail else {})}] if text else []


@lru_cache(maxsize=4)
def _phrase_starts(index: SkillIndex) -> frozenset[str]:
    """The first words of the catalogue's multi-word skill names ("google" for Google Cloud):
    only there is it worth trying to join a tool with the words after it."""
    keys = (skill_key(name) for skill in index.skills for name in (skill.name, *skill.aliases))
    return frozenset(key.split(" ", 1)[0] for key in keys if " " in key)


def tool_items(line: str, index: SkillIndex) -> list[dict]:
    """Tools separated only by spaces, some with a parenthesis: known multi-word names are
    matched first ("Google Cloud"), then single words; a parenthesis becomes the detail."""
    closed, rest = _closed_part(line)
    tokens = [t for t in (t.strip(",;|/") for t in TOOL_TOKENS.findall(closed) + TOOL_WORDS.findall(rest)) if t]
    starts, tool = _phrase_starts(index), SkillKind.TOOL.value
    known: dict[str, str] = {}  # name -> canonical name (or itself): pages repeat their tools
    items: list[dict] = []
    i, count = 0, len(tokens)
    while i < count:
        token = tokens[i]
        if token[0] == "(":
            i += 1
            continue
        span = 1
        if token.casefold() in starts:  # tokens hold no spaces, so this is their skill key
            for width in (4, 3, 2):
                words = tokens[i:i + width]
                if len(words) == width and not any(w[0] == "(" for w in words) and index.resolve(" ".join(words)):
                    span = width
                    break
        name = token if span == 1 else " ".join(tokens[i:i + span])
        i += span
        # a version number belongs to the name before it: "ROS 2" is one tool; a known skill
        # keeps its canonical name with the version as its detail ("Python", detail "3.12")
        version = None
        if i < count and VERSION.match(tokens[i]) and not index.resolve(tokens[i]):
            version, i = tokens[i], i + 1
            if not index.resolve(name):
                name, version = f"{name} {version}", None
        detail = None
        if i < count and tokens[i][0] == "(":
            detail = tokens[i][1:-1].strip()
            i += 1
        detail = " ".join(d for d in (version, detail) if d) or None
        if name not in known:
            skill = index.resolve(name)
            known[name] = skill.name if skill else name
        items.append({"name": known[name], "kind": tool, **({"detail": detail} if detail else {})})
    return items


VERSION = re.compile(r"^v?\d+(?:\.\d+)*[a-z]?$")

# A number in pay or years starts where its run of digits (and separators) starts, and its
# quantifiers are possessive: what follows a number never begins with a digit, so giving
# digits back could not make a match, only retry it once per digit. Without this, a run of n
# digits costs n tries of n steps each: a 10 KB salary section of digits took 14 seconds.
NUMBER = r"(?<![\d,.])[,.]*+(\d[\d,.]*+)"
YEARS_SPAN = r"(?<!\d)(\d++)\s*[-–]\s*(\d++)"
YEARS_UP = r"(?<!\d)(\d++)\+"
LEVEL_START = re.compile(YEARS_SPAN + r"\+?\s*years|" + YEARS_UP + r"\s*years")
LEVEL_NAME = re.compile(rf"\b({LEVEL_WORDS}\s+(?:[A-Z][\w/-]*\s*)+)")
YEARS = re.compile(YEARS_SPAN + r"\s*years")
YEARS_PLUS = re.compile(YEARS_UP + r"\s*years")
PAY = re.compile(r"([$€£])\s*(\d[\d,]*+)\s*([kK])?\s*(?:to|-|–)\s*[$€£]?\s*(\d[\d,]*+)\s*([kK])?"
                 r"(?:\s*(USD|EUR|GBP))?")
STEP_NUMBER = re.compile(r"^\d+\s*[.):-]?\s*")
OUTLOOK = re.compile(r"\b(market|demand|growth|outlook|projected)\b", re.I)


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
    value = min(value, 1e15)  # far above any salary (validation says so), and never infinite
    return int(round(value * 1000)) if thousands in ("k", "K") else int(round(value))


def salary_of(lines: list[str]) -> dict | None:
    text = " ".join(lines)
    match = re.search(r"([$€£])?\s*" + NUMBER + r"\s*([kK])?\s*(?:USD|EUR|GBP)?\s*(?:/\s*\w+\s*)?(?:-|–|—|to)\s*"
                      r"([$€£])?\s*(\d[\d,.]*+)\s*([kK])?\+?"
                      r"\s*(USD|EUR|GBP)?\s*(?:/|per)?\s*(year|yr|annum|month|mo|hour|hr)?", text)
    if not match or not (match.group(1) or match.group(4) or match.group(7) or match.group(3) or match.group(6)):
        single = re.search(r"([$€£])\s*(\d[\d,.]*+)\s*([kK])?\+?\s*(?:/|per)?\s*(year|yr|annum|month|mo|hour|hr)?",
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
        if LEVEL_START.search(para) or not groups:
            groups.append([para])
        else:
            groups[-1].append(para)
    levels = []
    for group in groups:
        text = " ".join(group)
        name_match = LEVEL_NAME.search(text)
        years = YEARS.search(text) or YEARS_PLUS.search(text)
        pay = PAY.search(text)
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
    faq: list[tuple[str, list[str]]] = []  # question, lines of its answer (joined once, at the end)
    pending: list[str] = []  # lines of a question not finished yet
    for line in lines:
        if not line:
            continue
        if line.endswith("?") and (not faq or faq[-1][1] or pending):
            faq.append((" ".join([*pending, line]), []))
            pending = []
        elif faq and not faq[-1][1]:
            faq[-1][1].append(line)
        elif not line.endswith((".", "!", ")", ":")) and len(line) < 120:
            pending.append(line)  # perhaps the first line of a question that wraps
        elif faq:
            faq[-1][1].extend([*pending, line])
            pending = []
    if faq and pending:
        faq[-1][1].extend(pending)
    return [{"question": q, "answer": " ".join(answer).strip()} for q, answer in faq if answer]


def path_of(lines: list[str]) -> list[dict]:
    """Career-path steps by title (link_role_page finds their roles in the catalogue)."""
    steps = []
    for line in lines:
        text = BULLET.sub("", line).strip()
        text = STEP_NUMBER.sub("", text).strip()
        if not text or text.isdigit():
            continue
        title = GENDER_TAG.sub("", text).strip()
        steps.append({"title": title, "role_id": None})
    return steps


def slug(title: str) -> str:
    """An id from a title: cut, then trimmed, so it never ends in a dash; symbols that tell
    titles apart ("C++", "C#") are spelled out."""
    text = title.casefold().replace("c++", "cpp").replace("c#", "csharp").replace("f#", "fsharp")
    return re.sub(r"[^a-z0-9]+", "-", text)[:80].strip("-") or "imported-role"


def parse_role_page(raw: str, index: SkillIndex, find_role: Callable[[str], str | None],
                    family: Callable[[str], str], kind: str = "txt") -> dict:
    """The page as a role profile in the public JSON form (validate it before saving)."""
    return link_role_page(read_role_page(raw, index, kind), find_role, family)


MAX_LINKED_STEPS = 20  # a profile holds at most 20 career-path steps; a longer path fails validation anyway


def link_role_page(data: dict, find_role: Callable[[str], str | None], family: Callable[[str], str]) -> dict:
    """Fill in what only the catalogue knows: the family of the title and the role of each
    career-path step. Cheap (a few lookups), so it runs where the catalogue lives."""
    data["family"] = family(data["title"])
    for step in data["career_path"][:MAX_LINKED_STEPS]:
        step["role_id"] = find_role(step["title"])
    return data


def read_role_page(raw: str, index: SkillIndex, kind: str = "txt") -> dict:
    """The page as profile data, not yet linked to the catalogue (see link_role_page). Uses
    nothing but its arguments, so a worker thread may run it while the window stays live."""
    page = split_sections(page_text(raw, kind))
    s = page.sections
    overview = paragraphs(s.get("overview", []))
    outlook_at = next((i for i in range(len(overview) - 1, 0, -1)
                       if OUTLOOK.search(overview[i])), None)
    outlook = overview.pop(outlook_at) if outlook_at is not None else "Not stated on the source page."
    skills: list[dict] = []
    done: set[tuple[str, SkillKind]] = set()  # a repeated line names the same skills: all kept already
    for section, kind_ in (("skills", SkillKind.TECHNICAL), ("technical", SkillKind.TECHNICAL),
                           ("soft", SkillKind.SOFT)):
        lines = [BULLET.sub("", line) for line in s.get(section, []) if line]
        for sentence in (sentences(" ".join(lines)) if not any(BULLET.match(x) for x in s.get(section, []))
                         else [x.rstrip(".") for x in lines]):
            if (sentence, kind_) not in done:
                done.add((sentence, kind_))
                skills.extend(skill_items(sentence, index, kind_))
    for line in s.get("tools", []):
        if line and (line, SkillKind.TOOL) not in done:
            done.add((line, SkillKind.TOOL))
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
        "family": "",
        "summary": "\n\n".join(overview) or "Not stated on the source page.",
        "outlook": outlook,
        "responsibilities": responsibilities,
        "skills": unique,
        "seniority_levels": levels_of(s.get("levels", []), page.title),
        "faq": faq_of(s.get("faq", [])),
        "salary": salary_of([line for line in s.get("salary", []) if line]),
        "career_path": path_of([line for line in s.get("path", []) if line]),
    }
