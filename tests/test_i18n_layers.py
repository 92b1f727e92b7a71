"""The layers below the window speak the window's language: with German installed through
`careerdesk.domain.i18n` (as the window does), a store error, the recovery message, a
schedule and pace sentence, experience years, a document error and a validation message
come out German with German dates; English is back (unchanged) once it is reset."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from pydantic import ValidationError

from careerdesk.domain import i18n
from careerdesk.domain.errors import CareerDeskError, describe_validation_error
from careerdesk.domain.history import HistoryEvent
from careerdesk.domain.money import format_years
from careerdesk.domain.plan import Plan
from careerdesk.domain.profile import RoleProfile, SkillKind
from careerdesk.domain.schedule import PlanItem, ScheduleError, check_due, pace, propose
from careerdesk.importers.documents import DocumentError, read_document
from careerdesk.store import errors
from careerdesk.store.store import Store
from tests.conftest import role_dict

# A few entries of the German catalogue (resources/translations/careerdesk_de.ts), as Qt's translator would serve them.
GERMAN = {
    ("OsError", "a part of the path is a file, not a folder"): "ein Teil des Pfads ist eine Datei, kein Ordner",
    ("StoreError", "Your data file is in use by another program{where}. Close the other program (or wait for it "
                   "to finish) and try again; nothing was changed."):
        "Ihre Datendatei wird von einem anderen Programm verwendet{where}. Schließen Sie das andere Programm "
        "(oder warten Sie, bis es fertig ist) und versuchen Sie es erneut; es wurde nichts geändert.",
    ("DataHealth", "the file is empty"): "die Datei ist leer",
    ("DataHealth", "Your data file could not be used: {problem}. It was kept, untouched, as {kept_as}. There "
                   "was no usable backup, so CareerDesk started with empty data."):
        "Ihre Datendatei konnte nicht verwendet werden: {problem}. Sie wurde unverändert als {kept_as} "
        "aufbewahrt. Es gab keine brauchbare Sicherung, daher hat CareerDesk mit leeren Daten begonnen.",
    ("Schedule", "{day} is in the past (today is {today})"):
        "{day} liegt in der Vergangenheit (heute ist der {today})",
    ("Schedule", "{skills}, about {weeks} of study, done by {done}, before your target date {target}."):
        "{skills}, etwa {weeks} Lernzeit, fertig bis zum {done}, vor Ihrem Zieldatum {target}.",
    ("Schedule", "{count} skills"): "{count} Kompetenzen",
    ("Schedule", "{count} weeks"): "{count} Wochen",
    ("Pace", "You gain {rate} ({gained} since {since}). At this pace you reach the target on {projected}: on "
             "track for {target}."):
        "Sie gewinnen {rate} hinzu ({gained} seit {since}). In diesem Tempo erreichen Sie die Zielrolle am "
        "{projected}: im Zeitplan für den {target}.",
    ("Pace", "{rate} skills a month"): "{rate} Kompetenzen pro Monat",
    ("Money", "{low}–{high} years"): "{low}–{high} Jahre",
    ("Money", "1 year"): "1 Jahr",
    ("Documents", "{label} is empty"): "{label} ist leer",
    ("Plan", "{day} is not a target date between {first} and {last}"):
        "{day} ist kein Zieldatum zwischen {first} und {last}",
    ("ValidationError", "Input should be greater than or equal to {ge}"): "Wert muss größer oder gleich {ge} sein",
    ("ValidationError", "String should have at most {max_length} characters"):
        "Text darf höchstens {max_length} Zeichen lang sein",
}


def _german_number(value: float, decimals: int = 0) -> str:
    return f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


@pytest.fixture
def german():
    i18n.install(translate=lambda context, text, disambiguation, n: GERMAN.get((context, text), text),
                 number=_german_number, day=lambda d: d.strftime("%d.%m.%Y"))
    try:
        yield
    finally:
        i18n.reset()


TODAY = dt.date(2026, 12, 2)
TARGET = dt.date(2027, 6, 30)


def _locked_error(path: Path) -> errors.CareerDeskError:
    """The error a real lock held by another connection turns into."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        other = sqlite3.connect(path, timeout=0)
        try:
            with pytest.raises(sqlite3.OperationalError) as caught:
                other.execute("SELECT * FROM t")
        finally:
            other.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    return errors.translate(caught.value, path)


def test_store_errors_are_german(german, tmp_path):
    error = _locked_error(tmp_path / "careerdesk.sqlite")
    assert isinstance(error, errors.DataInUse)
    assert str(error).startswith("Ihre Datendatei wird von einem anderen Programm verwendet (")
    assert "es wurde nichts geändert." in str(error)


def test_the_recovery_message_is_german(german, isolated_home, fixture_data):
    isolated_home.mkdir(parents=True)
    (isolated_home / "careerdesk.sqlite").write_bytes(b"")  # the data file emptied by accident
    store = Store(isolated_home, fixture_data)
    try:
        message = store.recovery.message()
    finally:
        store.close()
    assert message.startswith("Ihre Datendatei konnte nicht verwendet werden: die Datei ist leer. Sie wurde "
                              "unverändert als ")
    assert "Es gab keine brauchbare Sicherung" in message


def test_schedule_and_pace_are_german_with_german_dates(german):
    past = r"^01\.12\.2026 liegt in der Vergangenheit \(heute ist der 02\.12\.2026\)$"
    with pytest.raises(ScheduleError, match=past):
        check_due(dt.date(2026, 12, 1), TODAY, TARGET)
    items = [PlanItem("sql", "SQL", SkillKind.TECHNICAL, "none", 3), PlanItem("git", "Git", SkillKind.TOOL, "none", 2)]
    assert propose(items, TODAY, TARGET).message == (
        "2 Kompetenzen, etwa 5 Wochen Lernzeit, fertig bis zum 06.01.2027, vor Ihrem Zieldatum 30.06.2027.")
    start = dt.datetime(2026, 11, 1, 9)
    events = [HistoryEvent(start, "git", "Git", "have", "", ""),
              HistoryEvent(start + dt.timedelta(days=10), "sql", "SQL", "have", "", ""),
              HistoryEvent(start + dt.timedelta(days=20), "docker", "Docker", "have", "", ""),
              HistoryEvent(start + dt.timedelta(days=25), "aws", "AWS", "have", "", "")]
    text = pace(events, {"git", "sql", "docker", "aws", "go"}, 1, TODAY, TARGET).describe()
    assert text == ("Sie gewinnen 2,9 Kompetenzen pro Monat hinzu (3 seit 01.11.2026). In diesem Tempo erreichen "
                    "Sie die Zielrolle am 13.12.2026: im Zeitplan für den 30.06.2027.")


def test_years_documents_and_validation_are_german(german, tmp_path):
    assert format_years(1, 3) == "1–3 Jahre"
    assert format_years(1, 1) == "1 Jahr"
    empty = tmp_path / "ad.txt"
    empty.write_text("  \n")
    with pytest.raises(DocumentError, match="ist leer$"):
        read_document(empty)
    with pytest.raises(ValidationError) as caught:
        Plan(target_date=dt.date(1800, 1, 1))
    [line] = describe_validation_error(caught.value, "plan")
    assert line == "plan: `target_date`: 01.01.1800 ist kein Zieldatum zwischen 01.01.1900 und 31.12.9999"


def test_english_is_unchanged_without_a_language(tmp_path):
    """Nothing installed (the command line, scripts): the same sentences, in English, ISO dates."""
    with pytest.raises(ScheduleError, match=r"^2026-12-01 is in the past \(today is 2026-12-02\)$"):
        check_due(dt.date(2026, 12, 1), TODAY, TARGET)
    assert format_years(1, 3) == "1–3 years"
    assert format_years(2, 2) == "2 years"
    error = _locked_error(tmp_path / "careerdesk.sqlite")
    assert str(error).startswith("Your data file is in use by another program (")


def _role_problems() -> list[str]:
    data = role_dict("x", "X")
    data["salary"]["min"] = -5
    data["family"] = "F" * 201
    with pytest.raises(ValidationError) as caught:
        RoleProfile.model_validate(data)
    return describe_validation_error(caught.value, "role")


def test_pydantic_limits_are_german_and_stay_pydantics_own_in_english(german):
    assert _role_problems() == ["role: `family`: Text darf höchstens 200 Zeichen lang sein",
                                "role: `salary.min`: Wert muss größer oder gleich 0 sein"]
    i18n.reset()
    assert _role_problems() == ["role: `family`: String should have at most 200 characters",
                                "role: `salary.min`: Input should be greater than or equal to 0"]


def test_one_skill_one_week_read_right_in_english():
    """Counted phrases are whole words in both languages: "1 skill", "1 week", not "1 skills"."""
    item = PlanItem("git", "Git", SkillKind.TOOL, "none", 1)
    assert propose([item], TODAY, None).message.startswith("1 skill, about 1 week of study in all.")
    squeezed = propose([PlanItem("sql", "SQL", SkillKind.TECHNICAL, "none", 6)], TODAY, dt.date(2026, 12, 9))
    assert squeezed.message.startswith("At the estimated effort this skill needs 6 weeks, until 2027-01-13, after ")
    start = dt.datetime(2026, 11, 1, 9)
    events = [HistoryEvent(start, "git", "Git", "have", "", ""),
              HistoryEvent(start + dt.timedelta(days=30), "sql", "SQL", "have", "", "")]
    text = pace(events, {"git", "sql", "go"}, 1, TODAY, TARGET).describe()
    assert text.startswith("You gain 1 skill a month (1 since 2026-11-01).")


def test_an_os_refusal_the_store_does_not_name_is_still_german(german):
    import errno

    error = errors.translate(NotADirectoryError(errno.ENOTDIR, "Not a directory", "/data/a file/x"))
    assert "ein Teil des Pfads ist eine Datei" in str(error) and "(/data/a file/x)" in str(error)


def test_json_syntax_errors_read_in_the_readers_language(qapp, tmp_path):
    """A broken role file in a German window said "Expecting value in Zeile 1, Spalte 1"."""
    from careerdesk.importers.role_files import read_role_files
    from tests.german_qm import german as shipped_german

    broken = tmp_path / "role.json"
    for text, english in (("", "Expecting value"), ('{"id": "x",}', "Expecting property name"),
                          ('{"id" "x"}', "delimiter"), ('{"id": "x"} {}', "Extra data"), ('{"id": "x', "Unterminated")):
        broken.write_text(text, encoding="utf-8")
        with shipped_german(), pytest.raises(CareerDeskError) as caught:
            read_role_files([broken])
        assert english not in str(caught.value) and "Zeile 1" in str(caught.value), str(caught.value)
    with pytest.raises(CareerDeskError, match="Expecting value at line 1, column 1"):
        broken.write_text("", encoding="utf-8")
        read_role_files([broken])
