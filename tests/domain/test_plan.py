import datetime as dt

import pytest
from pydantic import ValidationError

from careerdesk.domain.fit import compare_roles, level_span, rank_fit
from careerdesk.domain.plan import Plan, SkillEntry, SkillStatus, Tier, compute_gap, path_between
from careerdesk.domain.profile import RoleProfile, SkillKind
from tests.conftest import role_dict


def role(role_id, skills, path=()):
    return RoleProfile.model_validate(role_dict(role_id, role_id.title(), skills=skills, path=path))


CURRENT = role("dev", [("Python", "tool"), ("SQL", "technical"), ("Communication", "soft")])
LEAD = role("lead", [("Mentoring", "soft"), ("System design", "technical"), ("Python", "tool")])
TARGET = role("architect", [
    ("Communication", "soft"), ("Kubernetes", "tool"), ("System design", "technical"),
    ("SQL", "technical"), ("Cloud architecture", "technical"), ("Mentoring", "soft"),
])


def names(items):
    return [getattr(i, "skill", i).name for i in items]


def test_gap_splits_by_status_and_orders_missing_by_the_documented_rule():
    entries = {"sql": SkillEntry(status=SkillStatus.HAVE),
               "kubernetes": SkillEntry(status=SkillStatus.LEARNING, note="CKA course")}
    gap = compute_gap(TARGET, entries, current=CURRENT, on_the_way=[LEAD],
                      demand={"cloud architecture": 9, "communication": 30})
    assert names(gap.have) == ["SQL"]
    assert names(gap.learning) == ["Kubernetes"] and gap.learning[0].entry.note == "CKA course"
    # tier 1: needed by Lead on the way (technical before soft); tier 2: new for target;
    # tier 3: the current role lists it already
    assert names(gap.missing) == ["System design", "Mentoring", "Cloud architecture", "Communication"]
    assert [i.tier for i in gap.missing] == [Tier.ON_THE_WAY, Tier.ON_THE_WAY, Tier.NEW_FOR_TARGET,
                                             Tier.EXPECTED_ALREADY]
    assert gap.total == 6
    assert [names(v) for v in gap.by_kind(gap.missing).values()] == [
        ["System design", "Cloud architecture"], ["Mentoring", "Communication"], []]


def test_demand_breaks_ties_within_a_tier():
    target = role("t", [("Rust", "tool"), ("Go", "tool"), ("Java", "tool")])
    gap = compute_gap(target, {}, demand={"go": 5, "java": 12})
    assert names(gap.missing) == ["Java", "Go", "Rust"]


def test_gap_edge_cases():
    empty = RoleProfile.model_validate(role_dict("empty", "Empty"))
    gap = compute_gap(empty, {})
    assert (gap.have, gap.learning, gap.missing, gap.total) == ([], [], [], 0)
    everything = {k: SkillEntry(status=SkillStatus.HAVE) for k in
                  ("communication", "kubernetes", "system design", "sql", "cloud architecture", "mentoring")}
    gap = compute_gap(TARGET, everything)  # no current role
    assert gap.missing == [] and len(gap.have) == 6


def career_graph(paths: dict[str, list[str]]) -> dict[str, set[str]]:
    """Direct moves, as the store derives them: a role to its first step, each step to the next."""
    graph: dict[str, set[str]] = {}
    for role_id, steps in paths.items():
        for here, nxt in zip([role_id, *steps], steps, strict=False):
            graph.setdefault(here, set()).add(nxt)
    return graph


def test_path_between_follows_career_paths():
    graph = career_graph({"dev": ["lead", "architect", "cto"], "qa": ["dev"], "lead": ["manager"]})
    steps = lambda role_id: graph.get(role_id, ())  # noqa: E731
    assert path_between(steps, "dev", "architect") == ["dev", "lead", "architect"]
    assert path_between(steps, "qa", "manager") == ["qa", "dev", "lead", "manager"]
    assert path_between(steps, "dev", "dev") == ["dev"]
    assert path_between(steps, "cto", "dev") is None
    chain = career_graph({f"r{i}": [f"r{i + 1}"] for i in range(10)})
    assert path_between(lambda r: chain.get(r, ()), "r0", "r6") == [f"r{i}" for i in range(7)]
    assert path_between(lambda r: chain.get(r, ()), "r0", "r7") is None  # beyond six moves


def test_plan_validates_ids_and_dates():
    plan = Plan(name=" Ada ", current_role="dev", target_role="architect", target_date=dt.date(2027, 6, 30))
    assert plan.name == "Ada"
    with pytest.raises(ValidationError):
        Plan(target_role="Not An Id")
    assert Plan(**plan.to_json()) == plan


def test_rank_fit_needs_evidence_and_breaks_ties_by_size():
    fits = rank_fit([("a", "A", "F", 1, 2), ("b", "B", "F", 10, 20), ("c", "C", "F", 0, 0), ("d", "D", "F", 3, 4)])
    # ten of twenty outranks three of four, and one of two comes last among matches (issue 13)
    assert [(f.id, f.percent) for f in fits] == [("b", 50), ("d", 75), ("a", 50), ("c", 0)]
    # both show 7%, but 2 of 26 is the better fit than 2 of 28
    close = rank_fit([("z", "Z", "F", 2, 28), ("y", "Y", "F", 2, 26)])
    assert [f.id for f in close] == ["y", "z"] and {f.percent for f in close} == {7}


def test_compare_roles():
    comparison = compare_roles(CURRENT, TARGET)
    assert names(comparison.both) == ["Communication", "SQL"]
    assert names(comparison.only_a) == ["Python"]
    assert names(comparison.only_b) == ["Kubernetes", "System design", "Cloud architecture", "Mentoring"]
    assert comparison.overlap_percent == 33
    assert comparison.steps_from_a_to_b is None
    assert names(comparison.grouped(comparison.only_b)[SkillKind.SOFT]) == ["Mentoring"]
    on_path = compare_roles(role("x", [], path=[("Y", "y"), ("Architect", "architect")]), TARGET)
    assert on_path.steps_from_a_to_b == 2


def test_level_span():
    lead = RoleProfile.model_validate(role_dict("l", "L"))
    assert level_span(lead.seniority_levels) == (0, 2, 50000, 70000)
    assert level_span([]) is None


def test_a_plan_name_is_one_line_of_text():
    """A name with a line break or a terminal escape would break the PDF title and the CLI."""
    from careerdesk.domain.plan import Plan

    assert Plan(name="Ada\nLovelace\t\x1b[31m ").name == "Ada Lovelace [31m"
    assert Plan(name="  Grace   Hopper ").name == "Grace Hopper"
    assert Plan(name="Zoë 李").name == "Zoë 李"


PLAN_CASES = [
    {}, {"name": "Ada"}, {"name": " Ada  Lovelace\n"}, {"name": "Zoë\u00a0李"},
    {"name": "a" * 120}, {"name": "a" * 121},
    {"name": " " + "a" * 120 + " "}, {"name": "\u2028x\u3000"}, {"name": None}, {"name": 5},
    {"current_role": "backend-engineer"}, {"current_role": "dev\n"}, {"current_role": "Dev"},
    {"target_role": "a" * 80}, {"target_role": "a" * 81}, {"target_role": "a--b"}, {"target_role": ""},
    {"target_role": 7}, {"target_date": dt.date(2027, 6, 30)}, {"target_date": "2027-06-30"},
    {"target_date": "1600-01-01"}, {"target_date": "2027-02-30"}, {"target_date": "20270630"},
    {"target_date": dt.date(1899, 12, 31)}, {"target_date": dt.date(9999, 12, 31)},
    {"target_date": dt.date(1900, 1, 1)},
    {"target_date": dt.datetime(2027, 6, 30)}, {"target_date": dt.datetime(2027, 6, 30, 12)}, {"target_date": 0},
]


@pytest.mark.parametrize("fields", PLAN_CASES)
def test_the_plain_plan_decides_as_the_pydantic_model_does(fields):
    """Plan is a plain record that checks a clean plan itself and hands the rest to the pydantic
    model (domain/plan_model.py): the two accept the same plans, with the same values."""
    from careerdesk.domain import plan_model

    try:
        expected = dict(plan_model.Plan(**fields))
    except ValidationError:
        with pytest.raises(ValidationError):
            Plan(**fields)
        return
    plan = Plan(**fields)
    assert {k: getattr(plan, k) for k in expected} == expected
    assert type(plan.target_date) is type(expected["target_date"])
