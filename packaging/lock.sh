#!/usr/bin/env bash
# Regenerates the hash-locked requirements from pyproject.toml's pins, after a pin moved:
#   bash packaging/lock.sh
# packaging/requirements.lock      the app (bootstrap.sh)
# packaging/requirements-dev.lock  the app, the sync server, tests, linters, PyInstaller
#                                  (bootstrap.sh --dev)
# One "universal" resolution for Python 3.11+ on every platform: environment markers keep
# PySide6 6.11.3 on 3.11 and 6.12.0 on 3.12+ (see pyproject.toml). uv runs from a
# throwaway venv, never the project's.
set -euo pipefail
cd "$(dirname "$0")/.."

tools="$(mktemp -d)"
trap 'rm -rf "$tools"' EXIT
python3 -m venv "$tools"
"$tools/bin/python" -m pip install -q --disable-pip-version-check "uv==0.13.9"

compile() {  # output, extra options
  local out="$1"
  shift
  "$tools/bin/uv" pip compile pyproject.toml "$@" --universal --python-version 3.11 \
    --generate-hashes --custom-compile-command "bash packaging/lock.sh" -q -o "$out"
}
compile packaging/requirements.lock
compile packaging/requirements-dev.lock --extra dev
