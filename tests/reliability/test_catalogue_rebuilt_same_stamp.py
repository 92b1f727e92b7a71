"""Another program builds the catalogue anew from the same sources (the CLI starting after a window
found the file damaged: the mark says rebuild, whatever the stamp): the new file is swapped in with
the stamp the open one has. The window's watcher sees a file that is not the one it reads
(Store.catalogue_replaced_elsewhere), and must reopen it once; before, the stamps being equal, it
never did, so it kept reading the damaged file and announced a catalogue change on every tick
(1.5 s), the role list listed again each time. Real files, the real CLI in a process of its own."""

from __future__ import annotations

from careerdesk.service.desk import Desk
from careerdesk.store.freshness import DAMAGE_MARK
from tests.reliability.test_faults import cli


def test_a_catalogue_rebuilt_elsewhere_with_the_same_stamp_is_reopened_once(tmp_path, fixture_data):
    home = tmp_path / "home"
    desk = Desk.open(home, fixture_data)
    try:
        announced = []
        desk.changes.subscribe(announced.append)
        was = desk.store.catalogue_path.stat().st_ino
        (home / DAMAGE_MARK).touch()  # (as a query finding the file damaged leaves it)
        assert cli(home, fixture_data, "roles", "list").returncode == 0  # (its start rebuilds)
        assert desk.store.catalogue_path.stat().st_ino != was  # (a new file, the same stamp)
        assert desk.check_sources()  # the tick that sees it: reopened and announced
        assert not desk.store.catalogue_replaced_elsewhere()
        assert desk.role("backend-engineer") is not None
        assert not desk.check_sources()  # the next ticks: nothing more to tell
        assert not desk.check_sources()
        assert len(announced) == 1
    finally:
        desk.close()
