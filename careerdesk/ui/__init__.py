"""The window: the only package that imports QtWidgets."""

from __future__ import annotations

import sys

from careerdesk.paths import cache_dir
from careerdesk.ui.pyside_import import drop_feature_hook, import_pyside

import_pyside(cache_dir() / f"pyside-{sys.implementation.cache_tag}.bin")
drop_feature_hook()
