"""Make the user-data fixture databases for tests/fixtures, one per released schema version.

Each is made with the migrations of that version only, then filled with ticks, notes and a
plan through plain SQL of that version's tables. Run once per new schema version and commit
the file; tests check that every fixture opens with all of its data intact.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sqlite_utils  # noqa: E402

from careerdesk.store.schema import user_migrations  # noqa: E402

OUT = ROOT / "tests" / "fixtures"
NOW = "2026-06-01T10:00:00+00:00"


def make_v1(path: Path) -> None:
    db = sqlite_utils.Database(sqlite3.connect(path))
    user_migrations.apply(db, stop_before="m002_evidence_and_plan")
    db.conn.executemany(
        "INSERT INTO skill_status (skill_key, name, status, note, updated_at) VALUES (?, ?, ?, ?, ?)",
        [("postgresql", "PostgreSQL", "have", "", NOW), ("sql", "SQL", "have", "", NOW),
         ("kubernetes", "Kubernetes", "learning", "CKA course", NOW),
         ("docker", "Docker", "none", "used it once", NOW),
         ("postgres", "Postgres", "have", "typed under an old name", NOW),  # an alias, as older data may hold
         ("cobol", "COBOL", "have", "no catalogue role lists this", NOW)],
    )
    db.conn.commit()
    db.conn.close()


def make_v2(path: Path) -> None:
    db = sqlite_utils.Database(sqlite3.connect(path))
    user_migrations.apply(db, stop_before="m003_user_roles")
    db.conn.executemany(
        "INSERT INTO skill_status (skill_key, name, status, note, evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
        [("system design", "System design", "have", "", "designed the billing service", NOW),
         ("kafka", "Kafka", "learning", "Confluent course", "", NOW),
         ("communication", "Communication", "have", "", "", NOW)],
    )
    db.conn.execute(
        "INSERT INTO plan (id, name, current_role, target_role, target_date, updated_at) VALUES (1, ?, ?, ?, ?, ?)",
        ["Zoë", "backend-engineer", "backend-architect", "2027-06-30", NOW],
    )
    db.conn.commit()
    db.conn.close()


def make_v3(path: Path) -> None:
    make_v2(path)
    db = sqlite_utils.Database(sqlite3.connect(path))
    user_migrations.apply(db, stop_before="m004_history_and_milestones")
    profile = json.loads((ROOT / "data" / "roles" / "tech-lead.json").read_text(encoding="utf-8"))
    profile.update(id="acme-tech-lead", title="Tech Lead (Acme)")
    db.conn.execute("INSERT INTO user_roles (id, profile, added_at) VALUES (?, ?, ?)",
                    ["acme-tech-lead", json.dumps(profile), NOW])
    db.conn.commit()
    db.conn.close()


def make_v4(path: Path) -> None:
    make_v3(path)
    db = sqlite_utils.Database(sqlite3.connect(path))
    user_migrations.apply(db, stop_before="m005_not_yet")
    later = "2026-07-15T09:30:00+00:00"
    db.conn.execute("UPDATE skill_status SET status = 'have', updated_at = ? WHERE skill_key = 'kafka'", [later])
    db.conn.execute("INSERT INTO milestones (skill_key, name, start, due, effort_weeks, updated_at) "
                    "VALUES ('kubernetes', 'Kubernetes', '2026-08-01', '2026-09-30', 5, ?)", [later])
    db.conn.commit()
    db.conn.close()


if __name__ == "__main__":
    made = sorted(p.name for p in OUT.glob("user-schema-v*.sqlite"))
    for name, make in (("user-schema-v1.sqlite", make_v1), ("user-schema-v2.sqlite", make_v2),
                       ("user-schema-v3.sqlite", make_v3), ("user-schema-v4.sqlite", make_v4)):
        if name in made and "--all" not in sys.argv:
            continue  # a released version's fixture is kept as it was made
        target = OUT / name
        target.unlink(missing_ok=True)
        make(target)
        print(f"wrote {target}")
