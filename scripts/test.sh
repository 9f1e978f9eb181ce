#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test
# (unit, qml, e2e). Pass ctest arguments to narrow it, e.g. scripts/test.sh -L unit.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-debian.sh
bash scripts/build.sh
build_dir=${FIELDLEDGER_BUILD_DIR:-build}
# Qt Quick tests render offscreen; logic-only scenes need no display.
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
cd "$build_dir"
ctest --output-on-failure -j "$(nproc)" --timeout 300 -LE slow "$@"
