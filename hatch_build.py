"""Build the catalogue database into the wheel, so a first launch copies it instead of
validating and indexing 1,080 role profiles (careerdesk/store/prebuilt.py says when the copy
is used; a stale or missing one only means a first launch builds, as it always could).

Editable installs skip it: they read data/ in the checkout, which changes as you work."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CatalogueBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:  # noqa: ARG002 (hatch's signature)
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        result = subprocess.run([sys.executable, str(root / "scripts" / "build_catalogue.py")],
                                capture_output=True, text=True)
        built = root / "data" / "catalogue.sqlite"
        if result.returncode != 0 or not built.exists():
            # Never fail an install over a speed-up: the app builds the catalogue on first launch.
            self.app.display_warning(f"catalogue not prebuilt (first launch will build it): {result.stderr[-500:]}")
            return
        # data/ is force-included whole (pyproject.toml), so the new file travels with it.
