"""Write docs/role-profile.schema.json, the JSON Schema of the role profile format, from the
pydantic models (tests/importers/test_role_files.py fails when it is out of date)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerdesk.domain.profile import RoleProfile  # noqa: E402

SCHEMA_FILE = ROOT / "docs" / "role-profile.schema.json"


def schema_text() -> str:
    schema = RoleProfile.model_json_schema()
    schema = {"$schema": "https://json-schema.org/draft/2020-12/schema",
              "$id": "https://careerdesk.example/role-profile.schema.json", **schema}
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    SCHEMA_FILE.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
