"""The role list tells its view only what changed between two searches, and the window's open
role and selection come out as they did when the list was reset each time."""

from __future__ import annotations

from careerdesk.domain.listing import RoleListing, RoleRow
from careerdesk.ui.models.roles import RoleIdRole, RoleListModel


def rows(*ids: str) -> list[RoleRow]:
    return [RoleRow(i, i.title(), "Family") for i in ids]


def test_the_model_reports_only_what_changed(qtbot):
    model = RoleListModel()
    seen = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.rowsInserted.connect(lambda _p, first, last: seen.append(("inserted", first, last)))
    model.rowsRemoved.connect(lambda _p, first, last: seen.append(("removed", first, last)))
    model.dataChanged.connect(lambda a, b, _roles=(): seen.append(("changed", a.row(), b.row())))
    model.set_rows(rows("a", "b", "c"))
    assert seen == [("inserted", 0, 2)]
    seen.clear()
    model.set_rows(rows("a", "b", "c"))  # the same result: nothing to repaint
    assert seen == []
    model.set_rows(rows("a", "x", "c", "d", "e"))
    assert seen == [("inserted", 3, 4), ("changed", 1, 2)]
    seen.clear()
    model.set_rows(rows("a", "x"))
    assert seen == [("removed", 2, 4)]
    seen.clear()
    model.set_rows(rows("y", "x"))
    assert seen == [("changed", 0, 1)]
    assert [model.index(r).data(RoleIdRole) for r in range(model.rowCount())] == ["y", "x"]
    assert model.row_of("x") == 1 and model.row_of("a") == -1


def test_typing_never_opens_another_role_and_the_selection_follows_the_open_one(qtbot, window):
    window.open_role("backend-engineer")
    qtbot.keyClicks(window.search, "engineer")
    assert window.current_role.id == "backend-engineer"
    selected = window.role_list.selectionModel().selectedIndexes()
    assert [i.data(RoleIdRole) for i in selected] == ["backend-engineer"]
    qtbot.keyClicks(window.search, "zzzz")  # nothing matches: the open role stays open
    assert window.roles.rowCount() == 0
    assert window.current_role.id == "backend-engineer"
    window.search.clear()
    assert window.current_role.id == "backend-engineer"
    row = window.roles.row_of("backend-engineer")
    assert window.role_list.currentIndex().row() == row >= 0
    qtbot.keyClicks(window.search, "registered nurse")  # the open role is not among these: no current row
    assert window.roles.row_of("backend-engineer") == -1
    assert not window.role_list.currentIndex().isValid()
    assert window.current_role.id == "backend-engineer"


def test_many_rows_more_go_in_at_the_front_and_every_row_below_is_changed(qtbot):
    """Growing by more than GROW_AT_END rows (a search cleared to every role) inserts the new
    rows at the front, where Qt's list has room (at the end QStringListModel moved every row
    added before each one); the rows that were there show other roles now, so all are changed.
    A smaller growth still adds its rows at the end."""
    model = RoleListModel()
    seen = []
    model.rowsInserted.connect(lambda _p, first, last: seen.append(("inserted", first, last)))
    model.dataChanged.connect(lambda a, b, _roles=(): seen.append(("changed", a.row(), b.row())))
    few = rows("a", "b", "c")
    model.set_rows(few)
    seen.clear()
    many = rows(*(f"r{i:04}" for i in range(3 + RoleListModel.GROW_AT_END + 1)))
    model.set_rows(many)
    grow = len(many) - len(few)
    assert seen == [("inserted", 0, grow - 1), ("changed", grow, len(many) - 1)]
    assert [model.index(r).data(RoleIdRole) for r in range(model.rowCount())] == [r.id for r in many]
    seen.clear()
    model.set_rows(few)
    model.set_rows(rows("a", "b", "c", *(f"s{i:03}" for i in range(RoleListModel.GROW_AT_END))))
    assert seen[-1] == ("inserted", 3, 2 + RoleListModel.GROW_AT_END)
    model.set_rows([])
    seen.clear()
    model.set_rows(many)  # (from nothing: only the insertion)
    assert seen == [("inserted", 0, len(many) - 1)]
    assert model.row_of("r0100") == 100


def test_a_listing_is_compared_as_far_as_its_rows_were_read(qtbot):
    """A one-letter result is a listing read as painted: the next letter's rows that are the
    same as rows already read are not repainted; rows not read yet count as changed (reading
    them to compare would cost more than the repaint), and so do a new listing's."""
    every = rows(*"abcdefghij")
    reads = []

    def listing() -> RoleListing:
        def fetch(offset, count):
            reads.append((offset, count))
            return every[offset:offset + count], None  # (no version: never outdated)
        return RoleListing(len(every), fetch, lambda role_id: (-1, None), page=4)

    model = RoleListModel()
    seen = []
    model.dataChanged.connect(lambda a, b, _roles=(): seen.append(("changed", a.row(), b.row())))
    model.rowsRemoved.connect(lambda _p, first, last: seen.append(("removed", first, last)))
    shown = listing()
    model.set_rows(shown)
    assert [model.index(r).data(RoleIdRole) for r in range(3)] == ["a", "b", "c"]  # (painted: one page)
    assert reads == [(0, 4)]
    seen.clear()
    model.set_rows(rows("a", "b", "x"))
    assert seen == [("removed", 3, 9), ("changed", 2, 2)] and reads == [(0, 4)]
    seen.clear()
    model.set_rows(rows(*"abcdef"))  # (list to list, as before: rows 3-5 inserted, row 2 changed)
    assert seen == [("changed", 2, 2)]
    seen.clear()
    model.set_rows(listing())  # a new listing: nothing read, every row changed
    assert seen[-1] == ("changed", 0, 5) and reads == [(0, 4)]
