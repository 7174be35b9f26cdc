#!/usr/bin/env bash
# Create or update .venv with the app installed (editable); pass "dev" for the dev extra.
set -euo pipefail
cd "$(dirname "$0")/.."
extra=${1:-}
# Prefer Python 3.12+ (see the PySide6 note in pyproject.toml); 3.11 works with PySide6 6.11.
candidates=(python3.13 python3.12)
if command -v pyenv >/dev/null 2>&1; then
  for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.1[2-9]' | sort -rV); do
    candidates+=("$(pyenv root)/versions/$v/bin/python3")
  done
fi
candidates+=(python3.11 python3)
py=""
for candidate in "${candidates[@]}"; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    py=$candidate; break
  fi
done
if [ -z "$py" ]; then
  echo "Python 3.11 or newer is needed (python3 --version says: $(python3 --version 2>&1))." >&2
  exit 3
fi
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
