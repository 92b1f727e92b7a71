"""What gets installed: the wheel carries the catalogue and resources; desktop files validate."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile

import pytest
from PySide6.QtGui import QImage

from tests.conftest import ROOT

RESOURCES = ROOT / "resources"


def test_wheel_contains_catalogue_and_resources(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps",
                    "-q", "-w", str(tmp_path)], check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("careerdesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "careerdesk/data/roles/backend-engineer.json" in names
    assert "careerdesk/data/skills.json" in names
    # the built-in O*NET occupations ship with the app (issue 13)
    assert {"careerdesk/data/onet/occupations.jsonl.gz", "careerdesk/data/onet/about.json",
            "careerdesk/data/onet/skill-map.json", "careerdesk/data/onet/technology-names.txt.gz"} <= names
    assert "careerdesk/resources/icons/careerdesk.svg" in names
    assert "careerdesk/resources/translations/careerdesk_de.qm" in names
    assert "careerdesk/resources/help/guide.de.md" in names
    # the catalogue database built with the package (hatch_build.py), current with the sources
    # beside it, so a first launch copies it instead of building (store/prebuilt.py)
    from careerdesk.store.prebuilt import is_current

    zipfile.ZipFile(wheel).extractall(tmp_path / "unpacked", [n for n in names if n.startswith("careerdesk/data/")])
    assert is_current(tmp_path / "unpacked" / "careerdesk" / "data")
    assert "careerdesk/resources/careerdesk.desktop" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[gui_scripts]" in text and "careerdesk = careerdesk.app:main" in text


def test_metadata_declares_licence_classifiers_and_urls():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT" and (ROOT / "LICENSE").exists()
    assert any(c.startswith("License ::") for c in project["classifiers"])
    assert {"Homepage", "Issues"} <= set(project["urls"])
    assert project["gui-scripts"]["careerdesk"] == "careerdesk.app:main"


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icon_sizes_exist_and_are_square(qapp, size):
    image = QImage(str(RESOURCES / "icons" / f"careerdesk-{size}.png"))
    assert (image.width(), image.height()) == (size, size)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_file_validates():
    result = subprocess.run(["desktop-file-validate", str(RESOURCES / "careerdesk.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstream_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net",
                             str(RESOURCES / "io.github.careerdesk.CareerDesk.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
