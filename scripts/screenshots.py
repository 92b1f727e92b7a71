"""Regenerate the README screenshots from the real app in a real window on a virtual screen.

Usage: python scripts/screenshots.py [OUT_DIR [NAME.png ...]]   (default docs/screenshots, all)
Needs Xvfb and ImageMagick (see ../shared/tools/shoot); a demo data folder with a few
ticks is made in a temp dir, so your own data is never touched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHOOT = ROOT.parent / "shared" / "tools" / "shoot"
DEMO_TICKS = ["PostgreSQL", "SQL", "Docker", "Git", "Python", "Communication", "Collaboration",
              "Problem-solving", "REST API design", "Version control", "Software testing"]
SHOTS = [  # (file name, role, tab index, mode: 0 roles / 1 my plan, theme, language)
    ("overview.png", "backend-engineer", 0, 0, "light", "en"),
    ("responsibilities.png", "backend-engineer", 1, 0, "light", "en"),
    ("skills.png", "backend-engineer", 2, 0, "light", "en"),
    ("faq.png", "backend-engineer", 3, 0, "light", "en"),
    ("career-path.png", "backend-engineer", 4, 0, "light", "en"),
    ("plan.png", "backend-engineer", 0, 1, "light", "en"),
    ("dark.png", "backend-engineer", 2, 0, "dark", "en"),
    ("onet-nurse.png", "onet-29-1141-00", 0, 0, "light", "en"),
    ("onet-electrician.png", "onet-47-2111-00", 2, 0, "light", "en"),
    ("onet-accountant.png", "onet-13-2011-00", 4, 0, "light", "en"),
    ("german-skills.png", "backend-engineer", 2, 0, "light", "de"),
    ("german-plan.png", "backend-engineer", 0, 1, "light", "de"),
    ("german-career-path-dark.png", "backend-engineer", 4, 0, "dark", "de"),
]
DEMO_PLAN = ["plan", "set", "--current", "backend-engineer", "--target", "backend-architect",
             "--name", "Ada Lovelace", "--date", "2027-06-30"]


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    only = set(sys.argv[2:])
    out.mkdir(parents=True, exist_ok=True)
    shoot = os.environ.get("SHOOT") or (str(SHOOT) if SHOOT.exists() else shutil.which("shoot"))
    if not shoot:
        print("screenshots: the shoot tool (Xvfb + ImageMagick) is not available", file=sys.stderr)
        return 2
    app = [sys.executable, "-m", "careerdesk"]
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "demo"
        for command in (["skills", "tick", *DEMO_TICKS], ["skills", "set", "learning", "Kafka", "Kubernetes"],
                        ["skills", "note", "Kafka", "--note", "Confluent course, done by March"], DEMO_PLAN):
            subprocess.run([*app, "--home", str(home), *command], check=True, stdout=subprocess.DEVNULL)
        for name, role, tab, mode, theme, language in SHOTS:
            if only and name not in only:
                continue
            (home / "settings.ini").write_text(
                f"[session]\nlast_role={role}\nlast_tab={tab}\nlast_mode={mode}\nwelcomed=true\n"
                f"[appearance]\ntheme={theme}\nlanguage={language}\n")
            subprocess.run([shoot, str(out / name), "--size", "1280x800", "--", *app, "--home", str(home)],
                           check=True, cwd=ROOT)
            # The window opens at 90% of the screen: keep the window, not the black desktop around
            # it (a black border added first makes the desktop the colour -trim removes).
            subprocess.run(["convert", str(out / name), "-bordercolor", "black", "-border", "1", "-trim",
                            "+repage", str(out / name)], check=True)
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
