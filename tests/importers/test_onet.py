"""The O*NET importer: small O*NET-format fixtures written here, and the real database when present."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from careerdesk.domain.profile import RoleProfile, SkillKind
from careerdesk.importers.onet import ATTRIBUTION, OnetError, read_onet
from careerdesk.service import Desk
from careerdesk.store.ledger import SkillStatus
from careerdesk.store.store import Store
from tests.conftest import BUNDLED_DATA, ROOT

# ../shared beside the checkout (a worktree sits one level deeper)
SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
              ROOT.parent / "shared")
REAL = Path(os.environ.get("CAREERDESK_ONET_DIR") or SHARED / "data" / "onet-29.3")
WAGES = SHARED / "data" / "wages" / "oews_may2025_national.csv"

TABLES = {
    "Occupation Data.txt": ("O*NET-SOC Code\tTitle\tDescription", [
        "15-1299.99\tPuzzle Engineers\tDesign puzzles for software.",
        "15-1299.98\tPuzzle Testers\tTest the puzzles.",
        "27-9999.00\tLamplighters\tLight the lamps."]),
    "Alternate Titles.txt": ("O*NET-SOC Code\tTitle\tAlternate Title\tShort Title\tSource(s)", [
        "15-1299.99\tPuzzle Engineers\tPuzzle Software Engineer\tPuzzle Dev\t08",
        "15-1299.99\tPuzzle Engineers\tPuzzle Engineers\t\t08"]),
    "Task Statements.txt": ("O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type\tIncumbents Responding\tDate\t"
                            "Domain Source", [
        "15-1299.99\tPuzzle Engineers\t1\tReview puzzles.\tSupplemental\t5\t08/2023\tAnalyst",
        "15-1299.99\tPuzzle Engineers\t2\tWrite puzzle code.\tCore\t5\t08/2023\tAnalyst",
        "15-1299.98\tPuzzle Testers\t3\tTry every puzzle.\tCore\t5\t08/2023\tAnalyst"]),
    "Skills.txt": ("O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tN\t"
                   "Standard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tNot Relevant\tDate\t"
                   "Domain Source", [
        "15-1299.99\tPuzzle Engineers\t2.B.3.e\tProgramming\tIM\tImportance\t4.5\t8\t0.1\t4\t5\tN\t\t08/2023\tA",
        "15-1299.99\tPuzzle Engineers\t2.B.3.e\tProgramming\tLV\tLevel\t6.0\t8\t0.1\t4\t5\tN\tN\t08/2023\tA",
        "15-1299.99\tPuzzle Engineers\t2.A.1.d\tSpeaking\tIM\tImportance\t3.5\t8\t0.1\t3\t4\tN\t\t08/2023\tA",
        "15-1299.99\tPuzzle Engineers\t2.A.1.b\tActive Listening\tIM\tImportance\t2.0\t8\t0.1\t1\t3\tN\t\t08/2023\tA"]),
    "Work Styles.txt": ("O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tN\t"
                        "Standard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source", [
        "15-1299.99\tPuzzle Engineers\t1.C.4.a\tAttention to Detail\tIM\tImportance\t4.6\t8\t0.1\t4\t5\tN\t"
        "08/2023\tI"]),
    "Technology Skills.txt": ("O*NET-SOC Code\tTitle\tExample\tCommodity Code\tCommodity Title\tHot Technology\t"
                              "In Demand", [
        "15-1299.99\tPuzzle Engineers\tNotepad\t1\tEditors\tN\tN",
        "15-1299.99\tPuzzle Engineers\tPython\t2\tLanguages\tY\tY",
        "15-1299.99\tPuzzle Engineers\tPostgreSQL\t3\tDatabases\tY\tN"]),
    "Related Occupations.txt": ("O*NET-SOC Code\tTitle\tRelated O*NET-SOC Code\tRelated Title\tRelatedness Tier\t"
                                "Index", [
        "15-1299.99\tPuzzle Engineers\t15-1299.98\tPuzzle Testers\tPrimary-Short\t1",
        "15-1299.99\tPuzzle Engineers\t99-9999.99\tNot Here\tPrimary-Short\t2"]),
    "Job Zones.txt": ("O*NET-SOC Code\tTitle\tJob Zone\tDate\tDomain Source", [
        "15-1299.99\tPuzzle Engineers\t4\t08/2023\tAnalyst"]),
}
WAGE_ROWS = ("soc_code,occupation_title,display_level,employment,hourly_mean,annual_mean,hourly_median,annual_p10,"
             "annual_p25,annual_median,annual_p75,annual_p90,footnotes\n"
             "15-1299,\"Computer Occupations, All Other\",3,435370,58.77,122230,56.05,55940,79370,116580,"
             "157500,188470,\n"
             "27-9999,Lamp work,3,10,-,-,-,-,-,-,-,-,\n")


def write_release(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (header, rows) in TABLES.items():
        (folder / name).write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return folder


@pytest.fixture
def release(tmp_path) -> Path:
    return write_release(tmp_path / "onet text")


@pytest.fixture
def wages(tmp_path) -> Path:
    path = tmp_path / "wages.csv"
    path.write_text(WAGE_ROWS, encoding="utf-8")
    return path


def profiles(release: Path, wages: Path | None = None) -> dict[str, RoleProfile]:
    return {d["id"]: RoleProfile.model_validate(d) for d in read_onet(release, wages)}


def test_an_occupation_becomes_a_full_profile(release, wages):
    role = profiles(release, wages)["onet-15-1299-99"]
    assert role.title == "Puzzle Engineers" and role.family == "Computer & Mathematical"
    assert role.aliases == ["Puzzle Dev", "Puzzle Software Engineer"]  # short title first, not the title
    assert role.paragraphs[0] == "Design puzzles for software." and ATTRIBUTION in role.summary
    assert role.responsibilities == ["Write puzzle code.", "Review puzzles."]  # core tasks first
    assert [(s.name, s.kind) for s in role.skills_of(SkillKind.TECHNICAL)] == [("Programming", SkillKind.TECHNICAL)]
    assert [s.name for s in role.skills_of(SkillKind.SOFT)] == ["Speaking", "Attention to Detail"]  # 2.0 dropped
    assert [s.label for s in role.skills_of(SkillKind.TOOL)] == [
        "Python (in demand)", "PostgreSQL (hot technology)", "Notepad"]
    assert (role.salary.min, role.salary.max) == (55940, 188470) and "SOC 15-1299" in role.salary.source
    assert [lv.name for lv in role.seniority_levels] == ["Entry level", "Experienced", "Senior"]
    assert (role.seniority_levels[0].years_min, role.seniority_levels[0].years_max) == (2, 4)  # job zone 4
    assert [(s.title, s.role_id, s.kind) for s in role.career_path] == [
        ("Puzzle Testers", "onet-15-1299-98", "related")]  # related occupations, not a promotion ladder
    assert role.onet_code == "15-1299.99" and role.occupation.job_zone == 4
    wages = role.occupation.wages
    assert (wages.p10, wages.median, wages.p90, wages.year, wages.soc) == (55940, 116580, 188470, 2025, "15-1299")
    programming = role.skills_of(SkillKind.TECHNICAL)[0]
    assert (programming.importance, programming.level) == (4.5, 6.0) and "level 6.0 of 7" in programming.label


def test_thin_occupations_import_with_what_they_have(release, wages):
    found = profiles(release, wages)
    tester, lamps = found["onet-15-1299-98"], found["onet-27-9999-00"]
    assert tester.skills == [] and tester.responsibilities == ["Try every puzzle."]
    assert lamps.responsibilities == [] and lamps.salary is None and lamps.seniority_levels == []  # wages "-"
    assert lamps.family == "Arts, Design & Media"


def test_import_search_reimport_and_remove_keep_user_data(release, wages, isolated_home, fixture_data):
    store = Store(isolated_home, fixture_data)
    Desk(store).set_skill_status(["Python"], SkillStatus.HAVE)
    assert store.import_onet(list(profiles(release, wages).values())) == 3
    assert store.catalogue.search("puzzle dev")[0].id == "onet-15-1299-99"
    assert store.catalogue.role("onet-15-1299-99").skills_of(SkillKind.TOOL)[0].name == "Python"  # canonical
    assert "Computer & Mathematical" in store.catalogue.families()
    counts = {r[0]: r[3] for r in store.catalogue.fit_counts(store.ledger.table)}
    assert counts["onet-15-1299-99"] == 1  # the existing tick counts for O*NET roles too
    store.import_onet([profiles(release)["onet-27-9999-00"]])  # re-import replaces the source
    assert store.catalogue.title_of("onet-15-1299-99") is None and store.catalogue.title_of("onet-27-9999-00")
    store.remove_onet()
    assert store.catalogue.title_of("onet-27-9999-00") is None and store.catalogue.count() == 3
    assert store.ledger.had() == {"python"}
    store.close()


def test_the_official_zip_works_too(release, tmp_path):
    archive = tmp_path / "db_29_3_text.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in release.iterdir():
            zf.write(file, f"db_29_3_text/{file.name}")
    assert set(profiles(archive)) == set(profiles(release))


def test_wrong_folder_is_a_clear_error(tmp_path):
    with pytest.raises(OnetError, match="no 'Occupation Data.txt' here"):
        read_onet(tmp_path)
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    with pytest.raises(OnetError, match="not a folder or zip"):
        read_onet(junk)


@pytest.mark.skipif(not (REAL / "Occupation Data.txt").exists(), reason="O*NET 29.3 text files not present")
def test_the_real_onet_database_imports_whole(isolated_home):
    store = Store(isolated_home, ROOT / "data")
    found = profiles(REAL, WAGES if WAGES.exists() else None)
    assert len(found) > 900
    developers = found["onet-15-1252-00"]  # tasks and technology, but no skill ratings in 29.3
    assert developers.responsibilities and developers.skills_of(SkillKind.TOOL)
    store.import_onet(list(found.values()))
    assert store.catalogue.search("Software Developers")[0].id == "onet-15-1252-00"
    assert store.catalogue.count() == len(found) + len(list((BUNDLED_DATA / "roles").glob("*.json")))
    store.close()


@pytest.mark.parametrize("damage", ["crc", "cut deflate stream"])
def test_a_damaged_zip_is_a_clear_error(release, tmp_path, damage):
    # A download that went wrong: the zip's directory reads, but a file in it does not (a bad
    # CRC, a deflate stream that ends early). That was a traceback, "Something went wrong" in
    # the window.
    archive = tmp_path / "db_29_3_text.zip"
    method = zipfile.ZIP_STORED if damage == "crc" else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(archive, "w", method) as zf:
        for file in sorted(release.iterdir()):
            data = file.read_bytes() * (1 if damage == "crc" else 200)
            zf.writestr(f"db_29_3_text/{file.name}", data)
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as zf:
        info = zf.getinfo("db_29_3_text/Occupation Data.txt")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    if damage == "crc":
        data[start + 40:start + 46] = b"XXXXXX"
    else:
        data[start + info.compress_size // 2:start + info.compress_size] = bytes(info.compress_size // 2 + 1)[
            :info.compress_size - info.compress_size // 2]
    archive.write_bytes(bytes(data))
    with pytest.raises(OnetError, match=r"db_29_3_text\.zip: not readable as the O\*NET text release"):
        read_onet(archive)


@pytest.mark.parametrize(("name", "content"), [
    ("national_M2025_dl.xlsx", b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 4),  # BLS's own download
    ("national_M2025_dl.csv", b"AREA,OCC_CODE,OCC_TITLE,A_PCT10,A_MEDIAN\n99,15-1299,Computer,55940,116580\n"),
])
def test_a_wage_file_that_is_not_the_expected_csv_is_named_as_the_problem(release, tmp_path, name, content):
    # The error blamed the O*NET folder ("not readable as the O*NET text release", "is this the
    # O*NET text release?") for a wage file in another format
    wages = tmp_path / name
    wages.write_bytes(content)
    with pytest.raises(OnetError) as info:
        read_onet(release, wages)
    assert str(info.value).startswith(f"{wages}: ") and "O*NET text release" not in str(info.value)
