#!/usr/bin/env bash
# Print the Python that .venv is (or will be) made with: 3.12+ preferred (see the PySide6 note in
# pyproject.toml), 3.11 accepted. Exit 3 with a message when there is none.
set -euo pipefail
if [ -x "$(dirname "$0")/../.venv/bin/python" ] && "$(dirname "$0")/../.venv/bin/python" -c 'import sys' 2>/dev/null; then
  "$(dirname "$0")/../.venv/bin/python" -c 'import sys; print(getattr(sys, "_base_executable", sys.executable))'
  exit 0
fi
candidates=(python3.13 python3.12)
if command -v pyenv >/dev/null 2>&1; then
  for v in $(pyenv versions --bare 2>/dev/null | grep -E '^3\.1[2-9]' | sort -rV); do
    candidates+=("$(pyenv root)/versions/$v/bin/python3")
  done
fi
candidates+=(python3.11 python3)
for candidate in "${candidates[@]}"; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    command -v "$candidate"
    exit 0
  fi
done
echo "Python 3.11 or newer is needed (python3 --version says: $(python3 --version 2>&1))." >&2
exit 3
