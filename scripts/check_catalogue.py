"""Validate the role catalogue in data/ and print every problem, one per line.

Usage: python scripts/check_catalogue.py [--only ID,ID...] [--skills EXTRA.json ...]
`--only` limits the per-profile checks to some roles (dead links to roles not yet written
are reported separately as warnings); `--skills` adds proposed skills files to the canonical list.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerdesk.domain.checks import check_catalogue  # noqa: E402
from careerdesk.domain.skills import CanonicalSkill, SkillIndex  # noqa: E402
from careerdesk.store.sources import load_catalogue, load_wages  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--only", default="")
    parser.add_argument("--skills", nargs="*", default=[])
    args = parser.parse_args()
    catalogue = load_catalogue(ROOT / "data")
    skills = catalogue.skills
    if args.skills:
        extra = [CanonicalSkill(**s) for f in args.skills for s in json.loads(Path(f).read_text())]
        skills = SkillIndex([*skills.skills, *extra])
    only = {s for s in args.only.split(",") if s}
    problems = check_catalogue(catalogue.roles, skills, load_wages(ROOT / "data"))
    if only:
        problems = [p for p in problems if p.split(".json")[0] in only or "names no catalogue role" in p]
    for p in problems:
        print(p)
    print(f"{len(catalogue.roles)} roles, {len(skills)} skills, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
