"""Slow work off the main thread, with a busy dialog, so the window never freezes."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from careerdesk.ui.literal import plain_label

T = TypeVar("T")


def run_with_progress(label: str, work: Callable[[], T], parent: QWidget | None = None,
                      show_after: float = 0.0) -> T:
    """Run `work` in a worker thread (it must not touch widgets) while the event loop keeps
    painting; a busy dialog appears once it has taken `show_after` seconds. Returns its
    result or raises its exception."""
    app = QApplication.instance()
    progress: QProgressDialog | None = None
    deadline = time.monotonic() + show_after
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            job = pool.submit(work)
            while not job.done():
                if progress is None and time.monotonic() >= deadline:
                    progress = QProgressDialog(parent)
                    progress.setLabel(plain_label(label))  # it may name a file: shown as written
                    progress.setRange(0, 0)
                    progress.setWindowTitle("CareerDesk")
                    progress.setCancelButton(None)
                    progress.setMinimumDuration(0)
                    progress.show()
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
                time.sleep(0.02)
            return job.result()
    finally:
        if progress is not None:
            progress.close()
