#!/usr/bin/env bash
# Create or update .venv with the app installed (editable); pass "dev" for the dev extra.
set -euo pipefail
cd "$(dirname "$0")/.."
extra=${1:-}
py=$(scripts/python.sh)
if [ -x .venv/bin/python ] && ! .venv/bin/python -c 'import sys' 2>/dev/null; then
  rm -rf .venv  # a venv whose Python is gone
fi
if [ ! -x .venv/bin/python ]; then
  echo "Creating .venv with $py"
  "$py" -m venv .venv
fi
target="."
[ "$extra" = dev ] && target=".[dev]"
stamp=.venv/.installed-$extra
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e "$target"
  touch "$stamp"
fi
.venv/bin/python scripts/build_translations.py >/dev/null
