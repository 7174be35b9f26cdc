#!/usr/bin/env bash
# Install (into .venv) and start Bymidteværkstedet. The first start opens the demo project.
set -euo pipefail
cd "$(dirname "$0")"
scripts/system_deps.sh run
scripts/venv.sh
exec .venv/bin/workshop-app "$@"
