"""The use-case layer the window talks to, tested without Qt."""

import pytest

from careerdesk.domain.profile import SkillKind
from careerdesk.service.desk import Desk
from careerdesk.store.ledger import SkillStatus
from careerdesk.store.store import Store


@pytest.fixture
def desk(isolated_home, fixture_data):
    store = Store(isolated_home, fixture_data)
    yield Desk(store)
    store.close()


def test_checklist_is_grouped_technical_soft_tools(desk):
    items = desk.checklist(desk.role("backend-engineer"))
    assert [i.skill.kind for i in items] == [SkillKind.TECHNICAL, SkillKind.SOFT, SkillKind.TOOL, SkillKind.TOOL]
    assert [i.skill.name for i in items] == ["SQL", "Communication", "PostgreSQL", "Kubernetes"]


def test_set_have_is_written_through_and_shared(desk, isolated_home, fixture_data):
    desk.set_have("postgresql", "PostgreSQL", True)
    assert desk.progress(desk.role("data-engineer")).overall.have == 1
    other = Store(isolated_home, fixture_data)  # a second reader sees it at once: it is committed
    assert other.ledger.had() == {"postgresql"}
    other.close()
    desk.set_have("postgresql", "PostgreSQL", False)
    assert desk.progress(desk.role("backend-engineer")).overall.have == 0


def test_path_steps_mark_missing_roles_and_count_progress(desk):
    desk.set_have("sql", "SQL", True)
    steps = desk.path_steps(desk.role("backend-engineer"))
    assert [(s.title, s.role_id) for s in steps] == [("Data Engineer", "data-engineer"), ("Astronaut", None)]
    assert (steps[0].tally.have, steps[0].tally.total) == (1, 3)
    assert steps[1].tally is None


def test_leading_to_splits_direct_and_further(desk):
    direct, further = desk.leading_to("data-engineer")
    assert [r.id for r in direct] == ["backend-engineer", "frontend-engineer"]
    assert further == []
    assert desk.leading_to("backend-engineer") == ([], [])


def test_reload_rereads_changes_made_elsewhere(desk, isolated_home, fixture_data):
    assert desk.had == set()
    other = Store(isolated_home, fixture_data)
    other.ledger.set_status([("sql", "SQL")], SkillStatus.HAVE)
    other.close()
    desk.reload()
    assert desk.had == {"sql"}
