"""The O*NET database (US Department of Labor, CC BY 4.0) as a catalogue source.

Reads the official text-format release (a folder of tab-separated .txt files, or the zip
they come in) and turns each occupation into a role profile: description, alternate titles,
task statements, skills and work styles above an importance threshold, technology skills
(hot technologies first), related occupations, job zone, and, given the OEWS wage file,
annual wage percentiles. About 90 occupations have only a title and a description, and
about 40 have tasks but no skill ratings: both import with what they have.
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from careerdesk.domain import i18n
from careerdesk.domain.errors import CareerDeskError
from careerdesk.domain.occupation import ATTRIBUTION
from careerdesk.domain.profile import RIASEC
from careerdesk.domain.vocabulary import Vocabulary

RELEASE = "O*NET 29.3"
WAGE_YEAR = 2025
SKILL_IMPORTANCE = 3.0  # O*NET importance runs 1-5; 3 is "important"
STYLE_IMPORTANCE = 4.0
MAX_ALIASES, MAX_TASKS, MAX_TOOLS, MAX_OFFICE, MAX_STYLES, MAX_PATH = 20, 25, 20, 3, 6, 6
# Technical: knowledge areas (Medicine, Accounting), maths, science and the hands-on technical
# skills (Installation, Repairing). Systems skills such as Judgment and Decision Making are
# general abilities, so they sit with the soft skills.
TECHNICAL_ELEMENTS = ("2.C", "2.A.1.e", "2.A.1.f", "2.B.3")
FAMILIES = {
    "11": "Management", "13": "Business & Financial", "15": "Computer & Mathematical",
    "17": "Architecture & Engineering", "19": "Science", "21": "Community & Social Service", "23": "Legal",
    "25": "Education", "27": "Arts, Design & Media", "29": "Healthcare", "31": "Healthcare Support",
    "33": "Protective Service", "35": "Food Service", "37": "Building & Grounds", "39": "Personal Care",
    "41": "Sales", "43": "Office & Administrative", "45": "Farming, Fishing & Forestry",
    "47": "Construction & Extraction", "49": "Installation & Repair", "51": "Production",
    "53": "Transportation", "55": "Military",
}
# Job zones: O*NET's experience bands (zone -> years from, years to)
ZONE_YEARS = {1: (0, 1), 2: (0, 2), 3: (1, 2), 4: (2, 4), 5: (4, None)}
ZONE_NAMES = {1: "little or no preparation", 2: "some preparation", 3: "medium preparation",
              4: "considerable preparation", 5: "extensive preparation"}


class OnetError(CareerDeskError):
    """A folder or zip that is not the O*NET text-format database."""


Rows = Callable[[str], Iterator[dict[str, str]]]


def open_release(path: Path) -> Rows:
    """A reader of the release's tables by file name, from a folder or the official zip."""
    if path.is_dir():
        if not (path / "Occupation Data.txt").exists():
            raise OnetError(i18n.translate(
                "Onet", "{path}: no 'Occupation Data.txt' here; choose the folder of the O*NET text files").format(
                path=path))

        def from_folder(name: str) -> Iterator[dict[str, str]]:
            file = path / name
            if not file.exists():
                return iter(())
            with file.open(encoding="utf-8", newline="") as handle:
                yield from csv.DictReader(handle, delimiter="\t")

        return from_folder
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise OnetError(i18n.translate("Onet", "{name}: not a folder or zip of the O*NET text files ({error})").format(
            name=path.name, error=exc)) from exc
    names = {Path(n).name: n for n in archive.namelist()}
    if "Occupation Data.txt" not in names:
        raise OnetError(i18n.translate(
            "Onet", "{name}: no 'Occupation Data.txt' inside; is this the text-format release?").format(
            name=path.name))

    def from_zip(name: str) -> Iterator[dict[str, str]]:
        if name not in names:
            return iter(())
        with archive.open(names[name]) as raw:
            yield from csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8", newline=""), delimiter="\t")

    return from_zip


def read_wages(path: Path) -> dict[str, dict[str, str]]:
    """OEWS national file: SOC code (15-1252) -> its row."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return {row["soc_code"]: row for row in csv.DictReader(handle)}
    except (KeyError, UnicodeDecodeError, csv.Error) as exc:
        # named here: read_onet's own messages would blame the O*NET folder for it
        raise OnetError(i18n.translate(
            "Onet", "{path}: not a wage file this import reads (a UTF-8 CSV with a soc_code column, such as "
            "oews_may2025_national.csv); leave --wages out to import without pay figures").format(path=path)) from exc


def _number(value: str | None) -> int | None:
    try:
        return int(float((value or "").replace(",", "")))
    except ValueError:
        return None  # "-" (not published) or "#" (above the top of the survey's range)


def _role_id(code: str) -> str:
    return "onet-" + code.replace(".", "-")


def read_onet(path: Path, wages: Path | None = None,
              progress: Callable[[str], None] = lambda _step: None,
              vocabulary: Vocabulary | None = None) -> list[dict]:
    """Every occupation as profile data in the public JSON form (validate before use)."""
    try:
        return _read_onet(path, wages, progress, vocabulary or Vocabulary())
    except KeyError as exc:
        raise OnetError(i18n.translate(
            "Onet", "{path}: a table lacks the column {column}; is this the O*NET text release?").format(
            path=path, column=exc)) from exc
    # a damaged download: the zip's directory reads, a file in it does not (bad CRC, cut stream)
    except (ValueError, UnicodeDecodeError, csv.Error, zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise OnetError(i18n.translate("Onet", "{path}: not readable as the O*NET text release ({error})").format(
            path=path, error=exc)) from exc


def _ratings(rows: Rows, table: str, into: dict[str, dict[str, list]]) -> None:
    """Importance (IM) and level (LV) of each element, per occupation, suppressed ones left out."""
    for r in rows(table):
        if r.get("Recommend Suppress") == "Y" or r.get("Scale ID") not in ("IM", "LV"):
            continue
        slot = into[r["O*NET-SOC Code"]].setdefault(r["Element ID"], [r["Element Name"], None, None])
        slot[1 if r["Scale ID"] == "IM" else 2] = float(r["Data Value"])


def _read_onet(path: Path, wages: Path | None, progress: Callable[[str], None], vocabulary: Vocabulary) -> list[dict]:
    rows = open_release(path)
    progress("occupations")
    occupations = {r["O*NET-SOC Code"]: r for r in rows("Occupation Data.txt")}
    if not occupations:
        raise OnetError(i18n.translate("Onet", "{path}: 'Occupation Data.txt' holds no occupations").format(
            path=path))
    aliases: dict[str, list[str]] = defaultdict(list)
    for r in rows("Sample of Reported Titles.txt"):  # what incumbents call the job: most searched
        aliases[r["O*NET-SOC Code"]].append(r["Reported Job Title"])
    for r in rows("Alternate Titles.txt"):
        if r.get("Short Title"):  # "CPA", "RN": short and exactly what people type
            aliases[r["O*NET-SOC Code"]].append(r["Short Title"])
        aliases[r["O*NET-SOC Code"]].append(r["Alternate Title"])
    progress("tasks")
    tasks: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for r in rows("Task Statements.txt"):
        tasks[r["O*NET-SOC Code"]].append((0 if r.get("Task Type") == "Core" else 1, r["Task"]))
    progress("skills")
    ratings: dict[str, dict[str, list]] = defaultdict(dict)
    _ratings(rows, "Skills.txt", ratings)
    _ratings(rows, "Knowledge.txt", ratings)
    styles: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for r in rows("Work Styles.txt"):
        if r.get("Scale ID") == "IM" and float(r["Data Value"]) >= STYLE_IMPORTANCE:
            styles[r["O*NET-SOC Code"]].append((float(r["Data Value"]), r["Element Name"]))
    progress("technology")
    tools: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for r in rows("Technology Skills.txt"):
        # in demand in job ads first, then hot technologies, then the rest, office software last
        rank = 0 if r.get("In Demand") == "Y" else 1 if r.get("Hot Technology") == "Y" else 2
        if vocabulary.is_office(r["Example"]):
            rank += 3
        tools[r["O*NET-SOC Code"]].append((rank, r["Example"]))
    related: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    tiers = {"Primary-Short": 0, "Primary-Long": 1, "Supplemental": 2}
    for r in rows("Related Occupations.txt"):
        if r["Related O*NET-SOC Code"] in occupations:
            related[r["O*NET-SOC Code"]].append((tiers.get(r["Relatedness Tier"], 3), int(r.get("Index") or 0),
                                                 r["Related O*NET-SOC Code"]))
    zones = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in rows("Job Zones.txt") if r.get("Job Zone")}
    interests: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for r in rows("Interests.txt"):  # the high points: the occupation's first, second, third interest
        if r.get("Scale ID") == "IH" and 1 <= int(float(r["Data Value"])) <= 6:
            interests[r["O*NET-SOC Code"]].append((r["Element ID"], int(float(r["Data Value"]))))
    wage_rows = read_wages(wages) if wages else {}
    progress("profiles")
    facts = Facts(aliases, tasks, ratings, styles, tools, related, zones, interests, wage_rows, occupations)
    return [_profile(code, occ, facts, vocabulary) for code, occ in sorted(occupations.items())]


@dataclass(frozen=True)
class Facts:
    aliases: dict
    tasks: dict
    ratings: dict
    styles: dict
    tools: dict
    related: dict
    zones: dict
    interests: dict
    wages: dict
    occupations: dict


def _wages(code: str, wages: dict[str, dict[str, str]]) -> dict | None:
    soc = code.split(".")[0]
    wage = wages.get(soc)
    if not wage:
        return None
    return {"p10": _number(wage.get("annual_p10")), "median": _number(wage.get("annual_median")),
            "p90": _number(wage.get("annual_p90")), "employment": _number(wage.get("employment")),
            "year": WAGE_YEAR, "soc": soc, "soc_title": wage["occupation_title"].strip()[:200]}


def _rated(value: float | None, level: float | None) -> str:
    """The detail shown beside a rated skill: the level needed (the list is already ordered by
    importance), or the importance when O*NET rates no level (work styles)."""
    if level is not None:
        return f"level {level:.1f} of 7"
    return f"importance {value:.1f} of 5" if value is not None else ""


def _profile(code: str, occ: dict, f: Facts, vocabulary: Vocabulary) -> dict:
    title = occ["Title"].strip()
    zone = f.zones.get(code)
    wage = _wages(code, f.wages)
    p10, median, p90 = (wage or {}).get("p10"), (wage or {}).get("median"), (wage or {}).get("p90")
    soc = code.split(".")[0]
    summary = f"{occ['Description'].strip()}\n\n{ATTRIBUTION}"
    if wage and median:
        people = f"{wage['employment']:,} people" if wage["employment"] else "an unpublished number of people"
        outlook = (f"In the US, {people} worked in this occupation (SOC {soc}, {wage['soc_title']}) in May "
                   f"{WAGE_YEAR}, with a median annual wage of ${median:,} (US BLS OEWS).")
    else:
        outlook = (f"The US Bureau of Labor Statistics publishes no national wage figures for SOC {soc} "
                   f"(OEWS May {WAGE_YEAR}); its Occupational Outlook Handbook covers the wider field.")
    seen_names = {title.casefold()}
    alias_list = []
    for alias in f.aliases.get(code, []):
        if alias and alias.casefold() not in seen_names and len(alias_list) < MAX_ALIASES:
            seen_names.add(alias.casefold())
            alias_list.append(alias[:200])
    skill_list, taken = [], set()

    def add(name: str, kind: str, table: dict[str, str], detail: str | None = None,
            importance: float | None = None, level: float | None = None) -> None:
        canonical, kind = vocabulary.canonical(name, kind, table)
        if canonical != name:  # say which O*NET element the canonical skill stands for
            detail = f"{name}; {detail}" if detail else name
        if canonical.casefold() in taken:
            return
        taken.add(canonical.casefold())
        skill_list.append({"name": canonical[:200], "kind": kind, **({"detail": detail[:200]} if detail else {}),
                           **({"importance": round(importance, 2)} if importance is not None else {}),
                           **({"level": round(level, 2)} if level is not None else {})})

    rated = [(name, importance, level, element) for element, (name, importance, level)
             in f.ratings.get(code, {}).items() if importance is not None and importance >= SKILL_IMPORTANCE]
    for name, importance, level, element in sorted(rated, key=lambda r: (-r[1], r[0])):
        kind = "technical" if element.startswith(TECHNICAL_ELEMENTS) else "soft"
        add(name, kind, vocabulary.elements, _rated(importance, level), importance, level)
    for value, name in sorted(f.styles.get(code, []), key=lambda s: (-s[0], s[1]))[:MAX_STYLES]:
        add(name, "soft", vocabulary.elements, _rated(value, None), value)
    ranked = sorted(f.tools.get(code, []), key=lambda t: (t[0], t[1].casefold()))
    trade = [t for t in ranked if t[0] < 3]
    office = [t for t in ranked if t[0] >= 3][:MAX_OFFICE]  # Excel matters to an accountant: a few, last
    for rank, name in trade[:MAX_TOOLS - len(office)] + office:
        add(name, "tool", vocabulary.technology, {0: "in demand", 1: "hot technology"}.get(rank % 3))
    levels = []
    p25, p75 = (_number(f.wages[soc].get(k)) if soc in f.wages else None for k in ("annual_p25", "annual_p75"))
    if zone in ZONE_YEARS and None not in (p10, p25, p75, p90):
        low, high = ZONE_YEARS[zone]
        levels = [
            {"name": "Entry level", "years_min": low, "years_max": high, "salary_min": p10, "salary_max": p25,
             "currency": "USD", "summary": "Roughly the lowest-paid quarter of the occupation (10th to 25th "
                                           "percentile)."},
            {"name": "Experienced", "years_min": high or low, "years_max": None, "salary_min": p25,
             "salary_max": p75, "currency": "USD", "summary": "The middle half of the occupation's pay."},
            {"name": "Senior", "years_min": (high or low) + 3, "years_max": None, "salary_min": p75,
             "salary_max": p90, "currency": "USD", "summary": "The best-paid quarter (75th to 90th percentile)."},
        ]
    high_points = [RIASEC[value - 1] for _element, value in sorted(f.interests.get(code, []))]
    return {
        "id": _role_id(code),
        "title": title,
        "aliases": alias_list,
        "family": FAMILIES.get(code[:2], "Other"),
        "summary": summary,
        "outlook": outlook,
        "responsibilities": [t for _, t in sorted(f.tasks.get(code, []), key=lambda t: t[0])][:MAX_TASKS],
        "skills": skill_list,
        "seniority_levels": levels,
        "faq": [],
        "salary": ({"min": p10, "max": p90, "currency": "USD", "period": "year", "region": "United States",
                    "source": f"US BLS OEWS May {WAGE_YEAR}, SOC {soc} {wage['soc_title']}: 10th-90th percentile"}
                   if wage and p10 and p90 else None),
        "career_path": [{"title": f.occupations[c]["Title"].strip(), "role_id": _role_id(c), "kind": "related"}
                        for _, _, c in sorted(f.related.get(code, []))[:MAX_PATH]],
        "onet_code": code,
        "occupation": {"job_zone": zone, "interests": "".join(dict.fromkeys(high_points)),
                       **({"wages": wage} if wage else {})},
    }
