"""Build the O*NET pack that ships in data/onet/: every O*NET occupation as a role profile.

    python scripts/build_onet_pack.py [--onet ../shared/data/onet-29.3]
                                      [--wages ../shared/data/wages/oews_may2025_national.csv]

Writes data/onet/occupations.jsonl.gz (one validated profile per line, sorted by id, gzip
without a timestamp, so the same inputs give the same bytes), data/onet/about.json (the
release, the attribution its CC BY 4.0 licence asks for, job zones and interest areas) and
data/onet/technology-names.txt.gz (O*NET's multi-word technology names, for page import).
Run it again for a new O*NET release or new wage figures, and commit both files.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from careerdesk.domain.profile import RoleProfile  # noqa: E402
from careerdesk.importers.onet import ATTRIBUTION, RELEASE, WAGE_YEAR, OnetError, open_release, read_onet  # noqa: E402
from careerdesk.store.sources import onet_vocabulary  # noqa: E402

# ../shared beside the checkout (a worktree sits one level deeper)
SHARED = next((p / "shared" / "data" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared").is_dir()),
              ROOT.parent / "shared" / "data")
LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)"


def about(onet: Path, count: int) -> dict:
    rows = open_release(onet)
    zones = {r["Job Zone"]: {"name": r["Name"].split(": ", 1)[-1], "experience": r["Experience"],
                             "education": r["Education"], "training": r["Job Training"]}
             for r in rows("Job Zone Reference.txt")}
    interests = {r["Element Name"][0]: {"name": r["Element Name"], "description": r["Description"]}
                 for r in rows("Content Model Reference.txt")
                 if r["Element ID"].startswith("1.B.1.") and len(r["Element ID"]) == 7
                 and r["Element Name"] in ("Realistic", "Investigative", "Artistic", "Social", "Enterprising",
                                           "Conventional")}
    return {
        "release": RELEASE,
        "publisher": "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)",
        "licence": LICENCE,
        "attribution": ATTRIBUTION,
        "wages": f"US Bureau of Labor Statistics, Occupational Employment and Wage Statistics (OEWS), "
                 f"May {WAGE_YEAR}, national, all industries",
        "occupations": count,
        "job_zones": zones,
        "interests": interests,
    }


def _gzip(data: bytes) -> bytes:
    """Gzip without a timestamp or file name: the same input gives the same bytes."""
    raw = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as handle:
        handle.write(data)
    return raw.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--onet", type=Path, default=SHARED / "onet-29.3")
    parser.add_argument("--wages", type=Path, default=SHARED / "wages" / "oews_may2025_national.csv")
    parser.add_argument("--out", type=Path, default=ROOT / "data")
    args = parser.parse_args(argv)
    vocabulary = onet_vocabulary(args.out)
    try:
        data = read_onet(args.onet, args.wages, vocabulary=vocabulary)
    except OnetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    profiles = [RoleProfile.model_validate(d) for d in data]
    profiles.sort(key=lambda p: p.id)
    text = "".join(p.model_dump_json() + "\n" for p in profiles).encode("utf-8")
    packed = _gzip(text)
    folder = args.out / "onet"
    folder.mkdir(exist_ok=True)
    (folder / "occupations.jsonl.gz").write_bytes(packed)
    # every multi-word technology name O*NET knows ("Spring Boot"): a role page's run-on tools
    # line is split against these, so such names stay whole
    names = sorted({r["Example"].strip() for r in open_release(args.onet)("Technology Skills.txt")
                    if " " in r["Example"].strip()}, key=str.casefold)
    (folder / "technology-names.txt.gz").write_bytes(_gzip("".join(n + "\n" for n in names).encode("utf-8")))
    (folder / "about.json").write_text(json.dumps(about(args.onet, len(profiles)), indent=2, ensure_ascii=False)
                                       + "\n", encoding="utf-8")
    print(f"{len(profiles)} occupations: {len(packed) / 1e6:.2f} MB packed "
          f"({len(text) / 1e6:.1f} MB as JSON) in {folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
