"""A process that changes the user's data as fast as it can, announcing each change before
("try") and after it is shown as done ("ack"). The kill tests SIGKILL it at random moments.

Usage: python -m tests.reliability.churn HOME DATA_DIR {desk,gui} SEED
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from careerdesk.domain.plan import Plan, SkillStatus


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def churn_desk(home: Path, data: Path, rng: random.Random) -> None:
    from careerdesk.service.desk import Desk
    from careerdesk.store.store import Store

    desk = Desk(Store(home, data, auto_backup=False))
    keys = [(k, n) for k, n, _ in desk.store.catalogue.canonical_skills()]
    for i in range(1_000_000):
        roll = rng.random()
        key, name = rng.choice(keys)
        if roll < 0.7:
            status = rng.choice(list(SkillStatus))
            say(f"try status {key}\t{status.value}")
            desk.set_status(key, name, status)
            say(f"ack status {key}\t{status.value}")
        elif roll < 0.9:
            note = f"note {i}"
            say(f"try note {key}\t{note}")
            desk.set_note(key, name, note, f"evidence {i}")
            say(f"ack note {key}\t{note}")
        else:
            say(f"try plan -\tplan {i}")
            desk.save_plan(Plan(name=f"plan {i}"))
            say(f"ack plan -\tplan {i}")


def churn_gui(home: Path, data: Path, rng: random.Random) -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["CAREERDESK_DATA"] = str(data)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from careerdesk.ui.start import build_window

    app = QApplication([])
    window = build_window(home)
    window.show()
    window.show_tab_named("skills")  # ticks are made on the Skills tab, the only one kept filled
    roles = [r.id for r in window.desk.find_roles("")]
    model = window.skills.model
    for _ in range(1_000_000):
        window.open_role(rng.choice(roles))
        app.processEvents()
        if not model.rowCount():  # some O*NET occupations list no skills
            continue
        for _ in range(5):
            row = rng.randrange(model.rowCount())
            index = model.index(row, 0)
            have = index.data(Qt.ItemDataRole.CheckStateRole) != Qt.CheckState.Checked
            key = index.data(Qt.ItemDataRole.UserRole + 5)
            status = "have" if have else "none"
            say(f"try status {key}\t{status}")
            state = Qt.CheckState.Checked if have else Qt.CheckState.Unchecked
            if not model.setData(index, state.value, Qt.ItemDataRole.CheckStateRole):
                raise SystemExit("write failed")
            assert index.data(Qt.ItemDataRole.CheckStateRole) == state  # shown
            say(f"ack status {key}\t{status}")


if __name__ == "__main__":
    home, data, mode, seed = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    (churn_gui if mode == "gui" else churn_desk)(home, data, random.Random(seed))
