"""The plain read path (domain/reading.py, what the window shows) gives exactly what
validating the stored profile gives, for every role of the bundled catalogue: same fields,
same values, same types, nested all the way down."""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import Enum

import pytest
from pydantic import BaseModel

from careerdesk.domain.entry import EntryTooLong, SkillEntry, check_lengths
from careerdesk.domain.kinds import SkillStatus
from careerdesk.domain.profile import RoleProfile
from careerdesk.domain.reading import RoleView, role_from_json
from careerdesk.service import Desk
from tests.conftest import BUNDLED_DATA, role_dict


def assert_same(validated, plain, where: str) -> None:
    """`plain` mirrors `validated`: a dataclass with the same fields for each model, lists
    item by item, and leaves equal and of the same type (3 is not 3.0, "year" is an enum)."""
    if isinstance(validated, BaseModel):
        assert dataclasses.is_dataclass(plain), where
        fields = set(type(validated).model_fields)
        assert {f.name for f in dataclasses.fields(plain)} == fields, where
        for name in fields:
            assert_same(getattr(validated, name), getattr(plain, name), f"{where}.{name}")
    elif isinstance(validated, list):
        assert isinstance(plain, list) and len(plain) == len(validated), where
        for i, (a, b) in enumerate(zip(validated, plain, strict=True)):
            assert_same(a, b, f"{where}[{i}]")
    else:
        assert type(plain) is type(validated) and plain == validated, (where, validated, plain)
        if isinstance(validated, Enum | dt.date):
            assert plain is validated or plain == validated, where


@pytest.fixture(scope="module")
def bundled(tmp_path_factory):
    desk = Desk.open(tmp_path_factory.mktemp("home"), BUNDLED_DATA)
    yield desk
    desk.close()


def test_every_bundled_role_reads_the_same_without_pydantic(bundled):
    rows = bundled.list_roles()
    assert len(rows) > 1000  # the curated roles and every O*NET occupation
    for row in rows:
        assert_same(bundled.role(row.id), bundled.role_to_read(row.id), row.id)
    sources = {bundled.role_to_read(r.id).source for r in rows}
    assert sources == {"curated", "onet"}


def test_a_users_own_role_reads_the_same(bundled):
    data = role_dict("my-role", "My Role", skills=[("Python", "technical"), ("Git", "tool")])
    data["skills"][0].update(detail="Django", importance=4, level=5.5)
    data["career_path"] = [{"title": "Sideways", "kind": "related"}]
    data["reviewed"] = "2026-12-02"
    data["top_of_ladder"] = True
    bundled.import_roles([RoleProfile.model_validate(data)])
    assert_same(bundled.role("my-role"), bundled.role_to_read("my-role"), "my-role")
    view = bundled.role_to_read("my-role")
    assert view.source == "mine" and view.skills[0].label == "Python (Django)"
    assert view.skills[0].importance == 4.0 and type(view.skills[0].importance) is float


def test_the_views_helpers_match_the_profiles(bundled):
    for role_id in ("data-scientist", bundled.list_roles(source="onet")[0].id):
        profile, view = bundled.role(role_id), bundled.role_to_read(role_id)
        assert view.paragraphs == profile.paragraphs and view.plural_title == profile.plural_title
        for kind in {s.kind for s in profile.skills}:
            assert [s.name for s in view.skills_of(kind)] == [s.name for s in profile.skills_of(kind)]
        assert bundled.progress(view) == bundled.progress(profile)
        assert bundled.path_steps(view) == bundled.path_steps(profile)
        def items(role):
            return [(i.key, i.entry, i.skill.name, i.skill.kind, i.skill.label) for i in bundled.checklist(role)]

        assert items(view) == items(profile)


def test_role_view_round_trips_the_public_json():
    profile = RoleProfile.model_validate(role_dict("a-role", "A Role", skills=[("SQL", "technical")]))
    assert_same(profile, role_from_json(profile.model_dump_json()), "a-role")
    assert isinstance(role_from_json(profile.model_dump_json()), RoleView)


def test_a_skill_entry_is_plain_and_typed_text_is_checked():
    entry = SkillEntry(status="have", note="n")
    assert entry.status is SkillStatus.HAVE
    assert dataclasses.replace(entry, note="m") == SkillEntry(status=SkillStatus.HAVE, note="m")
    with pytest.raises(EntryTooLong, match="`evidence`: must be at most 2,000 characters"):
        check_lengths("", "x" * 2001)
    check_lengths("x" * 2000, "")
    stored = SkillEntry(note="x" * 2600)  # as read back: the limit guards input, not reading
    assert dataclasses.replace(stored, status=SkillStatus.HAVE).note == stored.note
    assert isinstance(EntryTooLong("x"), ValueError)  # the window's dialogs catch ValueError
