#!/usr/bin/env bash
# Build the one-folder app into dist/workshop-app/ with PyInstaller (see build.spec).
#
# Uses the project's .venv if there is one, else whatever "python3" (or "python") is on PATH;
# that Python needs the app's dependencies and PyInstaller (pip install -e ".[dev]").
# Extra arguments go to PyInstaller, e.g. ./build.sh --log-level WARN
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

if [[ -x .venv/bin/python ]]; then
    PYTHON=.venv/bin/python
elif [[ -x .venv/Scripts/python.exe ]]; then
    PYTHON=.venv/Scripts/python.exe
elif command -v python3 >/dev/null 2>&1; then
    PYTHON=python3
else
    PYTHON=python
fi
echo "build.sh: using $("$PYTHON" -c 'import sys; print(sys.executable, sys.version.split()[0])')"

if ! "$PYTHON" -c "import PyInstaller" 2>/dev/null; then
    echo "build.sh: PyInstaller is not installed for $PYTHON (pip install -e '.[dev]')" >&2
    exit 1
fi

if [[ -f scripts/build_translations.py ]]; then
    echo "build.sh: compiling translations"
    "$PYTHON" scripts/build_translations.py
fi

start=$SECONDS
"$PYTHON" -m PyInstaller --noconfirm --clean --distpath dist --workpath build build.spec "$@"
elapsed=$((SECONDS - start))

out=dist/workshop-app
if [[ ! -d $out ]]; then
    echo "build.sh: PyInstaller finished but $out is missing" >&2
    exit 1
fi
echo
echo "build.sh: built $(cd "$out" && pwd) in ${elapsed}s"
echo "build.sh: size $(du -sh "$out" | cut -f1) ($(find "$out" -type f | wc -l | tr -d ' ') files)"
echo "build.sh: try  QT_QPA_PLATFORM=offscreen $out/workshop-app --quit-after-startup"
