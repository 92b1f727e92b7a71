"""The fast paths give exactly what the plain definitions give: best fit against ranking every
role's counts (`rank_fit` over `fit_counts`), on the bundled catalogue and a synthetic one."""

from __future__ import annotations

import random

import pytest

from bench.synthetic import make_catalogue
from careerdesk.domain.fit import rank_fit
from careerdesk.domain.profile import RoleProfile
from careerdesk.service.desk import Desk
from tests.conftest import BUNDLED_DATA, role_dict


def reference_fit(desk: Desk, family: str | None = None):
    """Best fit by its definition: every role's counts, ranked."""
    return rank_fit(desk.store.catalogue.fit_counts(desk.store.ledger.table, family))


def tick_some(desk: Desk, rng: random.Random, roles: int, per_role: int) -> None:
    everyone = desk.list_roles()
    for row in rng.sample(everyone, roles):
        skills = desk.skill_rows(desk.role(row.id))
        for key, name, _kind, _detail in rng.sample(skills, min(per_role, len(skills))):
            desk.set_have(key, name, True)


@pytest.fixture(scope="module")
def bundled_desk(tmp_path_factory):
    desk = Desk.open(tmp_path_factory.mktemp("bundled") / "home", BUNDLED_DATA)
    yield desk
    desk.close()


@pytest.fixture(scope="module")
def synthetic_desk(tmp_path_factory):
    data = make_catalogue(tmp_path_factory.mktemp("synthetic") / "data", 300, seed=3)
    desk = Desk.open(tmp_path_factory.mktemp("synthetic-home") / "home", data)
    yield desk
    desk.close()


@pytest.mark.parametrize("which", ["bundled_desk", "synthetic_desk"])
def test_best_fit_equals_ranking_every_role(which, request):
    desk = request.getfixturevalue(which)
    rng = random.Random(5)
    assert desk.best_fit() == reference_fit(desk)  # nothing ticked: every role, by title
    for _ in range(3):
        tick_some(desk, rng, roles=4, per_role=6)
        assert desk.best_fit() == reference_fit(desk)
        family = rng.choice(desk.families())
        assert desk.best_fit(family) == reference_fit(desk, family)
        assert desk.best_fit() == reference_fit(desk)  # the cache follows the family asked for


def test_best_fit_follows_a_changed_catalogue_and_ties_keep_one_order(synthetic_desk):
    desk = synthetic_desk
    desk.best_fit()  # the list of roles is now kept
    some = desk.role(desk.list_roles()[0].id)
    # two own roles with the title of a catalogue role (one cased differently): a three-way tie
    twins = [role_dict("twin-a", some.title, some.family), role_dict("twin-b", some.title.upper(), some.family)]
    desk.import_roles([RoleProfile.model_validate(t) for t in twins])
    fits = desk.best_fit()
    assert fits == reference_fit(desk)
    assert {"twin-a", "twin-b"} <= {f.id for f in fits}
    tied = [f.id for f in fits if f.title.casefold() == some.title.casefold() and f.have == 0]
    assert tied == sorted(tied)
    desk.remove_role("twin-a")
    assert desk.best_fit() == reference_fit(desk)
    assert "twin-a" not in {f.id for f in desk.best_fit()}
