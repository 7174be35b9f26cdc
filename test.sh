#!/usr/bin/env bash
# The whole check, headless: system libraries, .venv with the dev extra, translations,
# ruff, import-linter, mypy and the pytest suite (the installer build included).
set -euo pipefail
cd "$(dirname "$0")"
scripts/system_deps.sh test
scripts/venv.sh dev
export QT_QPA_PLATFORM=offscreen
echo "== ruff";          .venv/bin/ruff check .
echo "== import-linter"; .venv/bin/lint-imports
echo "== mypy";          .venv/bin/mypy workshop_app tests
echo "== pytest";        .venv/bin/python -m pytest "$@"
