"""Where to learn each skill: a free official https link for every technical skill and tool."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from careerdesk.domain.skills import CanonicalSkill
from careerdesk.store.store import Store
from tests.conftest import BUNDLED_DATA


def test_every_technical_skill_and_tool_has_an_https_link():
    skills = json.loads((BUNDLED_DATA / "skills.json").read_text(encoding="utf-8"))
    without = [s["name"] for s in skills if s["kind"] != "soft" and not s.get("learn")]
    assert without == []
    for s in skills:
        model = CanonicalSkill.model_validate(s)  # the catalogue's own validation
        for link in model.learn:
            assert link.url.startswith("https://") and " " not in link.url and link.title, s["name"]
    assert sum(1 for s in skills if s["kind"] != "soft") >= 290


@pytest.mark.parametrize("url", ["http://www.postgresql.org/docs/", "javascript:alert(1)", "https://a b"])
def test_only_https_links_are_accepted(url):
    with pytest.raises(ValidationError):
        CanonicalSkill.model_validate({"name": "X", "kind": "tool", "learn": [{"title": "X", "url": url}]})


def test_links_reach_the_catalogue_and_the_plan(isolated_home):
    store = Store(isolated_home, BUNDLED_DATA)
    try:
        links = store.catalogue.learn_links(["postgresql", "communication", "kafka"])
        assert [link.url for link in links["postgresql"]] == [
            "https://www.postgresql.org/docs/current/tutorial.html"]
        assert "communication" not in links and links["kafka"]
    finally:
        store.close()
