#!/usr/bin/env bash
# Build the PyInstaller bundle and run the built binary headless: a broken bundle fails here.
# Usage: scripts/bundle_smoke.sh PYTHON   (a Python with the package and pyinstaller installed)
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" -m PyInstaller careerdesk.spec --noconfirm --log-level WARN --distpath "$work/dist" --workpath "$work/build"
app="$work/dist/careerdesk/careerdesk"
home="$work/home with space ü"
"$app" --version | grep -q "^careerdesk "
QT_QPA_PLATFORM=offscreen "$app" --home "$home" skills tick SQL Kubernetes >/dev/null
QT_QPA_PLATFORM=offscreen "$app" --home "$home" plan set --current backend-engineer --target backend-architect >/dev/null
QT_QPA_PLATFORM=offscreen "$app" --home "$home" plan export --out "$work/plan.pdf"
# The window starts from the bundle (every Qt module it needs is inside): still up after 8 s.
set +e
CAREERDESK_CACHE="$work/cache" QT_QPA_PLATFORM=offscreen timeout 8 "$app" --home "$home" 2>"$work/gui.err"
rc=$?
set -e
if [ "$rc" != 124 ] || grep -q "Traceback\|ImportError" "$work/gui.err"; then
  cat "$work/gui.err"; echo "bundle smoke: the window did not start (exit $rc)"; exit 1
fi
# PySide's support modules were compiled once and kept (scripts/pyi_rth_careerdesk.py runs first).
ls "$work"/cache/pyside-*.bin >/dev/null || { echo "bundle smoke: no PySide bytecode cache"; exit 1; }
"$python" - "$work/plan.pdf" <<'PY'
import sys
from pypdf import PdfReader
text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(sys.argv[1]).pages)
assert "Backend Architect" in text and "Career plan" in text, text[:200]
print("bundle smoke: ok,", len(PdfReader(sys.argv[1]).pages), "pages")
PY
