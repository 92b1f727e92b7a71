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
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from careerdesk.domain.errors import CareerDeskError

ATTRIBUTION = ("This profile includes information from O*NET 29.3 by the U.S. Department of Labor, Employment "
               "and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. CareerDesk has "
               "modified it; USDOL/ETA has not approved, endorsed or tested these modifications.")
SKILL_IMPORTANCE = 3.0  # O*NET importance runs 1-5; 3 is "important"
STYLE_IMPORTANCE = 4.0
MAX_ALIASES, MAX_TASKS, MAX_TOOLS, MAX_STYLES, MAX_PATH = 20, 25, 20, 6, 5
# Technical: maths, science, the technical and systems skills; everything else is soft.
TECHNICAL_ELEMENTS = ("2.A.1.e", "2.A.1.f", "2.B.3", "2.B.4")
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
            raise OnetError(f"{path}: no 'Occupation Data.txt' here; choose the folder of the O*NET text files")

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
        raise OnetError(f"{path.name}: not a folder or zip of the O*NET text files ({exc})") from exc
    names = {Path(n).name: n for n in archive.namelist()}
    if "Occupation Data.txt" not in names:
        raise OnetError(f"{path.name}: no 'Occupation Data.txt' inside; is this the text-format release?")

    def from_zip(name: str) -> Iterator[dict[str, str]]:
        if name not in names:
            return iter(())
        with archive.open(names[name]) as raw:
            yield from csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8", newline=""), delimiter="\t")

    return from_zip


def read_wages(path: Path) -> dict[str, dict[str, str]]:
    """OEWS national file: SOC code (15-1252) -> its row."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["soc_code"]: row for row in csv.DictReader(handle)}


def _number(value: str | None) -> int | None:
    try:
        return int(float((value or "").replace(",", "")))
    except ValueError:
        return None  # "-" (not published) or "#" (above the top of the survey's range)


def _role_id(code: str) -> str:
    return "onet-" + code.replace(".", "-")


def read_onet(path: Path, wages: Path | None = None,
              progress: Callable[[str], None] = lambda _step: None) -> list[dict]:
    """Every occupation as profile data in the public JSON form (validate before use)."""
    try:
        return _read_onet(path, wages, progress)
    except KeyError as exc:
        raise OnetError(f"{path}: a table lacks the column {exc}; is this the O*NET text release?") from exc
    except (ValueError, UnicodeDecodeError, csv.Error) as exc:
        raise OnetError(f"{path}: not readable as the O*NET text release ({exc})") from exc


def _read_onet(path: Path, wages: Path | None, progress: Callable[[str], None]) -> list[dict]:
    rows = open_release(path)
    progress("occupations")
    occupations = {r["O*NET-SOC Code"]: r for r in rows("Occupation Data.txt")}
    if not occupations:
        raise OnetError(f"{path}: 'Occupation Data.txt' holds no occupations")
    aliases: dict[str, list[str]] = defaultdict(list)
    for r in rows("Sample of Reported Titles.txt"):  # what incumbents call the job: most searched
        aliases[r["O*NET-SOC Code"]].append(r["Reported Job Title"])
    for r in rows("Alternate Titles.txt"):
        aliases[r["O*NET-SOC Code"]].append(r["Alternate Title"])
        if r.get("Short Title"):
            aliases[r["O*NET-SOC Code"]].append(r["Short Title"])
    progress("tasks")
    tasks: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for r in rows("Task Statements.txt"):
        tasks[r["O*NET-SOC Code"]].append((0 if r.get("Task Type") == "Core" else 1, r["Task"]))
    progress("skills")
    skills: dict[str, list[tuple[float, str, str]]] = defaultdict(list)
    for r in rows("Skills.txt"):
        if r.get("Scale ID") == "IM" and r.get("Recommend Suppress") != "Y":
            value = float(r["Data Value"])
            if value >= SKILL_IMPORTANCE:
                kind = "technical" if r["Element ID"].startswith(TECHNICAL_ELEMENTS) else "soft"
                skills[r["O*NET-SOC Code"]].append((value, r["Element Name"], kind))
    styles: dict[str, list[tuple[float, str]]] = defaultdict(list)
    for r in rows("Work Styles.txt"):
        if r.get("Scale ID") == "IM" and float(r["Data Value"]) >= STYLE_IMPORTANCE:
            styles[r["O*NET-SOC Code"]].append((float(r["Data Value"]), r["Element Name"]))
    progress("technology")
    tools: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for r in rows("Technology Skills.txt"):
        # in demand in job ads first, then hot technologies, then the rest
        rank = 0 if r.get("In Demand") == "Y" else 1 if r.get("Hot Technology") == "Y" else 2
        tools[r["O*NET-SOC Code"]].append((rank, r["Example"]))
    related: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    tiers = {"Primary-Short": 0, "Primary-Long": 1, "Supplemental": 2}
    for r in rows("Related Occupations.txt"):
        if r["Related O*NET-SOC Code"] in occupations:
            related[r["O*NET-SOC Code"]].append((tiers.get(r["Relatedness Tier"], 3), int(r.get("Index") or 0),
                                                 r["Related O*NET-SOC Code"]))
    zones = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in rows("Job Zones.txt") if r.get("Job Zone")}
    wage_rows = read_wages(wages) if wages else {}
    progress("profiles")
    return [_profile(code, occ, aliases, tasks, skills, styles, tools, related, zones, wage_rows, occupations)
            for code, occ in occupations.items()]


def _profile(code, occ, aliases, tasks, skills, styles, tools, related, zones, wages, occupations) -> dict:
    title = occ["Title"].strip()
    zone = zones.get(code)
    soc = code.split(".")[0]
    wage = wages.get(soc)
    p10, p25, median, p75, p90 = (_number(wage.get(k)) if wage else None
                                  for k in ("annual_p10", "annual_p25", "annual_median", "annual_p75", "annual_p90"))
    source = f"US BLS OEWS May 2025, SOC {soc} {wage['occupation_title']}" if wage else ""
    zone_text = f" Job zone {zone}: {ZONE_NAMES[zone]}." if zone in ZONE_NAMES else ""
    summary = f"{occ['Description'].strip()}\n\nO*NET occupation {code}.{zone_text} {ATTRIBUTION}"
    if wage and median:
        outlook = (f"In the US, {wage.get('employment') or 'an unpublished number of'} people worked in this "
                   f"occupation (SOC {soc}) in May 2025, with a median annual wage of ${median:,} ({source}).")
    else:
        outlook = ("O*NET describes the work, not the market: see the US Bureau of Labor Statistics' "
                   "Occupational Outlook Handbook for employment and pay.")
    seen_names = {title.casefold()}
    alias_list = []
    for alias in aliases.get(code, []):
        if alias and alias.casefold() not in seen_names and len(alias_list) < MAX_ALIASES:
            seen_names.add(alias.casefold())
            alias_list.append(alias[:200])
    skill_list, taken = [], set()

    def add(name: str, kind: str, detail: str | None = None) -> None:
        if name.casefold() not in taken:
            taken.add(name.casefold())
            skill_list.append({"name": name[:200], "kind": kind, **({"detail": detail} if detail else {})})

    for _value, name, kind in sorted(skills.get(code, []), key=lambda s: -s[0]):
        add(name, kind)
    for _value, name in sorted(styles.get(code, []), key=lambda s: -s[0])[:MAX_STYLES]:
        add(name, "soft")
    for rank, name in sorted(tools.get(code, []), key=lambda t: t[0])[:MAX_TOOLS]:
        add(name, "tool", {0: "in demand", 1: "hot technology"}.get(rank))
    levels = []
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
    return {
        "id": _role_id(code),
        "title": title,
        "aliases": alias_list,
        "family": FAMILIES.get(code[:2], "Other"),
        "summary": summary,
        "outlook": outlook,
        "responsibilities": [t for _, t in sorted(tasks.get(code, []), key=lambda t: t[0])][:MAX_TASKS],
        "skills": skill_list,
        "seniority_levels": levels,
        "faq": [],
        "salary": ({"min": p10, "max": p90, "currency": "USD", "period": "year", "region": "United States",
                    "source": f"{source}: 10th-90th percentile"} if p10 and p90 else None),
        "career_path": [{"title": occupations[c]["Title"].strip(), "role_id": _role_id(c)}
                        for _, _, c in sorted(related.get(code, []))[:MAX_PATH]],
    }
