#!/usr/bin/env bash
# Qt's system libraries on Debian/Ubuntu: install what is missing when root, else print the command.
#   scripts/system_deps.sh test     what the headless test run needs (offscreen Qt, PDF tools, build)
#   scripts/system_deps.sh run      what a desktop session needs (adds the xcb platform plugin's libs)
#   scripts/system_deps.sh test --list   only print the packages that mode needs
set -euo pipefail
mode=${1:-test}
base=(libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libxkbcommon0 libx11-6
      fontconfig fonts-dejavu-core)
test_extra=(poppler-utils binutils)
run_extra=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
           libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libcups2)
if [ "$mode" = run ]; then pkgs=("${base[@]}" "${run_extra[@]}"); else pkgs=("${base[@]}" "${test_extra[@]}"); fi

# A Debian/Ubuntu system Python needs its venv module (python3.X-venv) to make .venv, and for the
# installer build (the test run builds it) PyInstaller needs the shared libpython3.X.
py=$("$(dirname "$0")/python.sh" 2>/dev/null || true)
if [ -n "$py" ] && command -v dpkg >/dev/null 2>&1 && dpkg -S "$(readlink -f "$py")" >/dev/null 2>&1; then
  ver=$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  "$py" -c 'import ensurepip, venv' 2>/dev/null || pkgs+=("python$ver-venv")
  [ "$mode" = run ] || pkgs+=("libpython$ver")
fi
if [ "${2:-}" = --list ]; then printf '%s\n' "${pkgs[@]}"; exit 0; fi

if [ ! -f /etc/debian_version ] || ! command -v dpkg-query >/dev/null 2>&1; then
  exit 0  # not Debian/Ubuntu: the README says what to install elsewhere
fi
missing=()
for p in "${pkgs[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  case "$status" in *"install ok installed"*) ;; *) missing+=("$p") ;; esac
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "Installing system libraries: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing system libraries. Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 3
fi
