"""The catalogue built with the package (store/prebuilt.py): a first launch copies it, and
then holds exactly what building it would; a stale, damaged or inapplicable one is ignored."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from careerdesk.domain.profile import RoleProfile
from careerdesk.store import prebuilt
from careerdesk.store.catalogue_build import read_stamp
from careerdesk.store.store import Store
from tests.conftest import BUNDLED_DATA, role_dict
from tests.store.test_catalogue_update import contents


def data_copy(folder: Path) -> Path:
    shutil.copytree(BUNDLED_DATA, folder, ignore=shutil.ignore_patterns(prebuilt.PREBUILT))
    return folder


@pytest.fixture(scope="module")
def shipped(tmp_path_factory) -> Path:
    """The bundled sources with their catalogue built ahead, as a package carries them."""
    data = data_copy(tmp_path_factory.mktemp("shipped") / "data")
    prebuilt.write_prebuilt(data)
    assert prebuilt.is_current(data)
    return data


def test_a_first_launch_copies_it_and_holds_what_a_build_holds(shipped, tmp_path):
    copied = Store(tmp_path / "copied", shipped)
    copied.close()
    built_data = data_copy(tmp_path / "plain")  # the same sources, nothing built ahead
    Store(tmp_path / "built", built_data).close()
    assert contents(tmp_path / "copied" / "catalogue.sqlite") == contents(tmp_path / "built" / "catalogue.sqlite")
    # stamped as current: the next start neither copies nor builds again
    stamp = read_stamp(tmp_path / "copied" / "catalogue.sqlite")
    again = Store(tmp_path / "copied", shipped)
    assert not again._rebuilt and read_stamp(tmp_path / "copied" / "catalogue.sqlite") == stamp
    assert again.catalogue.role_view("data-scientist").title == "Data Scientist"
    again.close()


def test_a_changed_source_makes_it_stale_and_the_catalogue_is_built(shipped, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(shipped, data)
    role = json.loads((data / "roles" / "data-scientist.json").read_text(encoding="utf-8"))
    role["title"] = "Data Scientist (edited)"
    (data / "roles" / "data-scientist.json").write_text(json.dumps(role), encoding="utf-8")
    assert not prebuilt.is_current(data)
    store = Store(tmp_path / "home", data)
    assert store.catalogue.title_of("data-scientist") == "Data Scientist (edited)"
    store.close()


def test_a_damaged_one_is_ignored(shipped, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(shipped, data)
    (data / prebuilt.PREBUILT).write_bytes(b"not a database" * 100)
    store = Store(tmp_path / "home", data)
    assert store.catalogue.count() > 1000
    store.close()


def test_a_users_own_roles_are_built_in_not_copied_over(shipped, tmp_path):
    home = tmp_path / "home"
    store = Store(home, shipped)
    store.import_roles([RoleProfile.model_validate(role_dict("my-role", "My Role"))])
    store.close()
    (home / "catalogue.sqlite").unlink()  # as after an upgrade: the catalogue must be made again
    store = Store(home, shipped)
    assert store.catalogue.title_of("my-role") == "My Role" and store.catalogue.is_mine("my-role")
    store.close()


def test_one_damaged_inside_but_with_its_digest_intact_is_built_instead(shipped, tmp_path):
    """A download or a disk that spoilt pages in the middle of the file leaves the digest
    readable: copied as it was, every start then failed with "the data file is damaged"."""
    data = tmp_path / "data"
    shutil.copytree(shipped, data)
    path = data / prebuilt.PREBUILT
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(size // 3, 2 * size // 3, 4096 * 7):
            handle.seek(offset)
            handle.write(b"\xde\xad" * 2048)
    assert prebuilt.is_current(data)  # the digest alone cannot tell
    store = Store(tmp_path / "home", data)
    assert store.catalogue.count() > 1000
    assert [r.id for r in store.catalogue.search("nurse")][:1]
    store.close()
