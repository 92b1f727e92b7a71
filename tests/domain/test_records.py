"""`@record` (domain/records.py) behaves as `@dataclass(frozen=True)`: each check runs on
both, side by side."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from dataclasses import dataclass, field

import pytest

from careerdesk.domain.records import record


def define(decorate):
    @decorate
    class Point:
        x: int
        y: int = 0
        tags: list[str] = field(default_factory=list)
        note: str = field(default="", compare=False, repr=False)

    return Point


Made, Real = define(record), define(dataclass(frozen=True))
# pickle finds a class by its module and name
Made.__qualname__ = Made.__name__ = "Made"
Real.__qualname__ = Real.__name__ = "Real"


@pytest.mark.parametrize("cls", [Made, Real])
def test_construction_defaults_and_errors(cls):
    assert (cls(1).x, cls(1).y, cls(1).tags) == (1, 0, [])
    assert cls(1).tags is not cls(1).tags  # a fresh list each time
    assert cls(1, 2, ["a"], "n") == cls(x=1, y=2, tags=["a"], note="n")
    for bad in (lambda: cls(), lambda: cls(1, 2, [], "", 5), lambda: cls(1, z=3), lambda: cls(1, x=1)):
        with pytest.raises(TypeError):
            bad()


@pytest.mark.parametrize("cls", [Made, Real])
def test_equality_hash_and_repr(cls):
    a, b = cls(1, 2, ("t",), note="one"), cls(1, 2, ("t",), note="other")
    assert a == b and hash(a) == hash(b)  # note is not compared
    assert a != cls(1, 2) and a != (1, 2, ("t",)) and (a == object()) is False
    assert repr(a).endswith("(x=1, y=2, tags=('t',))")
    with pytest.raises(TypeError):
        hash(cls(1, tags=["unhashable"]))


@pytest.mark.parametrize("cls", [Made, Real])
def test_frozen(cls):
    a = cls(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.x = 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        del a.y
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.other = 1


@pytest.mark.parametrize("cls", [Made, Real])
def test_the_dataclass_helpers_work(cls):
    a = cls(1, 2, ["t"], "n")
    assert dataclasses.is_dataclass(a)
    assert [f.name for f in dataclasses.fields(a)] == ["x", "y", "tags", "note"]
    assert dataclasses.replace(a, y=5) == cls(1, 5, ["t"])
    assert dataclasses.asdict(a) == {"x": 1, "y": 2, "tags": ["t"], "note": "n"}
    assert copy.deepcopy(a) == a and copy.copy(a) == a
    assert cls.__match_args__ == ("x", "y", "tags", "note")
    match a:
        case cls(1, y):
            assert y == 2


def test_post_init_runs_and_pickles(monkeypatch):
    monkeypatch.setattr(__import__(__name__), "Made", Made, raising=False)
    seen = []

    @record
    class Checked:
        value: int

        def __post_init__(self) -> None:
            seen.append(self.value)
            if self.value < 0:
                raise ValueError("negative")

    Checked(3)
    with pytest.raises(ValueError):
        Checked(-1)
    assert seen == [3, -1]
    assert pickle.loads(pickle.dumps(Made(1, 2))) == Made(1, 2)


@pytest.mark.parametrize("cls", [Made, Real])
def test_a_plain_subclass_keeps_the_fields_frozen(cls):
    class Loose(cls):
        pass

    loose = Loose(1)
    loose.extra = 5  # as a plain subclass of a frozen dataclass allows
    with pytest.raises(dataclasses.FrozenInstanceError):
        loose.x = 3
