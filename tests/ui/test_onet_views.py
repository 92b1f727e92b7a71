"""Issue 13 in the window: O*NET occupations read as well as curated roles, sources are
visible and filterable, the list shows a new query from the top, explore by interests."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QListView, QListWidget, QPushButton

from careerdesk.ui.explore import ExploreDialog
from careerdesk.ui.models.roles import SourceRole

NURSES = "onet-29-1141-00"


def rows(window) -> list[tuple[str, str]]:
    model = window.findChild(QListView, "roleList").model()
    return [(model.index(r, 0).data(), model.index(r, 0).data(SourceRole)) for r in range(model.rowCount())]


def test_registered_nurses_read_well_in_every_tab(window):
    window.open_role(NURSES)
    overview = window.overview.plain_text()
    assert "Pay in the US" in overview and "$97,550 median" in overview and "SOC 29-1141" in overview
    assert "May 2025" in overview and "Job zone 4 of 5: considerable preparation needed" in overview
    assert "Social" in overview and "O*NET describes the work, not the market" not in overview
    assert "From O*NET: occupation 29-1141.00" in overview and "CC BY 4.0" in overview
    window.show_tab_named("responsibilities")
    tasks = window.responsibilities.plain_text()
    assert tasks.startswith("What Registered Nurses do") and "a Registered Nurses" not in tasks
    assert window.findChild(QLabel, "roleSubtitle").text().startswith("O*NET occupation")
    # FAQ: nothing to show, said plainly, no idle Expand all / Collapse all
    window.show_tab_named("faq")
    faq = window.faq
    assert not faq.items and "No questions" in faq.count.text() and "0 questions" not in faq.count.text()
    buttons = [b for b in faq.findChildren(QPushButton) if b.text() in ("Expand all", "Collapse all")]
    assert buttons and not any(b.isVisibleTo(faq) for b in buttons)
    # Career Path: related occupations as related roles, and the tab says which kind of link it shows
    window.show_tab_named("career_path")
    path = window.career_path
    labels = [label.text() for label in path.widget().findChildren(QLabel)]
    assert "Related roles" in labels and not any(text.startswith("Where") for text in labels)
    assert any("sideways moves" in text for text in labels)
    assert path.step_buttons and all(b.findChild(QLabel, "stepBadge").text() == "↔" for b in path.step_buttons)


def test_curated_roles_keep_their_wording(window):
    window.open_role("backend-engineer")
    window.show_tab_named("responsibilities")
    assert window.responsibilities.plain_text().startswith("What a Backend Engineer is expected to do")
    assert window.findChild(QLabel, "roleSubtitle").text().startswith("Curated")
    window.show_tab_named("faq")
    assert window.faq.expand_all.isVisibleTo(window.faq)


def test_search_puts_the_obvious_occupation_first_and_tells_sources_apart(qtbot, window):
    search = window.findChild(QLineEdit, "roleSearch")
    qtbot.keyClicks(search, "nurse")
    assert rows(window)[0] == ("Registered Nurses", "onet")
    search.clear()
    qtbot.keyClicks(search, "Data Scientist")
    assert rows(window)[:2] == [("Data Scientist", "curated"), ("Data Scientists", "onet")]


def test_a_new_query_shows_its_best_matches_from_the_top(qtbot, window):
    view = window.findChild(QListView, "roleList")
    window.open_role("onet-53-7199-00")  # far down the full list: the list scrolls to it
    assert view.verticalScrollBar().value() > 0
    qtbot.keyClicks(window.findChild(QLineEdit, "roleSearch"), "e")
    assert view.verticalScrollBar().value() == 0


def test_the_source_filter(qtbot, window):
    source = window.findChild(QComboBox, "sourceFilter")
    source.setCurrentIndex(source.findData("curated"))
    assert rows(window) and {s for _t, s in rows(window)} == {"curated"}
    source.setCurrentIndex(source.findData("onet"))
    assert len(rows(window)) == 1016 and {s for _t, s in rows(window)} == {"onet"}


def test_explore_by_interests_and_job_zone(qtbot, window):
    dialog = ExploreDialog(window.desk, window)
    qtbot.addWidget(dialog)
    results = dialog.findChild(QListWidget, "exploreResults")
    assert results.count() == 0  # nothing ticked: nothing to show, and it says so
    for name in ("Investigative", "Artistic", "Social"):
        box = next(b for b in dialog.findChildren(QCheckBox) if b.accessibleName() == name)
        assert box.accessibleDescription()  # each interest area explained
        box.setChecked(True)
    zone = dialog.findChild(QComboBox, "exploreZone")
    zone.setCurrentIndex(zone.findData(4))
    assert results.count() > 5
    opened = []
    dialog.roleRequested.connect(opened.append)
    results.itemActivated.emit(results.item(0))
    first = opened[0]
    assert window.desk.store.catalogue.job_zone_and_interests(first)[0] == 4


def test_an_occupation_without_skills_says_so(window):
    window.open_role("onet-29-1129-00")  # Therapists, All Other: title and description only
    window.show_tab_named("skills")
    assert window.skills.summary.text() == "No skills are recorded for this role yet."
    assert not window.skills.bar.isVisibleTo(window.skills)
    assert "0 of 0" not in window.header_progress_text.text()
    assert not any(label.isVisibleTo(window.skills) for label in window.skills.group_labels.values())


def test_the_plan_headline_reads_right_for_a_plural_title(window):
    from careerdesk.domain.plan import Plan

    window.desk.save_plan(Plan(current_role="backend-engineer", target_role=NURSES))
    window.show_mode(1)
    window.plan_view.load()
    text = window.plan_view.headline.text()
    assert "skills Registered Nurses need" in text and "a Registered Nurses" not in text
