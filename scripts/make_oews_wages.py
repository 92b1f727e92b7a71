"""Write data/oews-wages.json: the OEWS May 2025 national 10th and 90th annual wage percentiles
of just the SOC codes the catalogue names (in `salary.source`), so the catalogue checks can
test levels against them without the shared wage file (CI has it; the packaged app must not
need it).

Usage: python scripts/make_oews_wages.py [WAGES.csv] [EXTRA-SOC ...]
Re-run it after adding a role that names a new SOC code; the check names the missing code.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CSV = ROOT.parent / "shared" / "data" / "wages" / "oews_may2025_national.csv"
OUT = ROOT / "data" / "oews-wages.json"
SOC = re.compile(r"\bSOC (\d{2}-\d{4})\b")


def used_codes(roles_dir: Path) -> set[str]:
    codes = set()
    for path in roles_dir.glob("*.json"):
        salary = json.loads(path.read_text(encoding="utf-8")).get("salary") or {}
        codes.update(SOC.findall(salary.get("source", "")))
    return codes


def wages_text(csv_path: Path, codes: set[str]) -> str:
    with csv_path.open(newline="", encoding="utf-8") as handle:
        rows = {row["soc_code"]: row for row in csv.DictReader(handle)}
    missing = sorted(codes - rows.keys())
    if missing:
        raise SystemExit(f"no OEWS row for SOC {', '.join(missing)} in {csv_path}")
    out = {
        "source": "US BLS OEWS May 2025, national, all industries (oews_may2025_national.csv)",
        "wages": {
            code: {"title": rows[code]["occupation_title"], "annual_p10": int(rows[code]["annual_p10"]),
                   "annual_median": int(rows[code]["annual_median"]), "annual_p90": int(rows[code]["annual_p90"])}
            for code in sorted(codes)
        },
    }
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"


if __name__ == "__main__":
    csv_path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CSV
    codes = used_codes(ROOT / "data" / "roles") | set(sys.argv[2:])
    OUT.write_text(wages_text(csv_path, codes), encoding="utf-8")
    print(f"wrote {OUT} ({len(codes)} SOC codes)")
