#!/usr/bin/env bash
# Configures and builds FieldLedger into build/ (or $FIELDLEDGER_BUILD_DIR).
# Usage: scripts/build.sh [cmake --build arguments, e.g. --target fieldledger-server]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${FIELDLEDGER_BUILD_DIR:-build}
build_type=${FIELDLEDGER_BUILD_TYPE:-RelWithDebInfo}
app=${FIELDLEDGER_BUILD_APP:-ON}

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
if [[ ! -f "$build_dir/build.ninja" ]]; then
  cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" \
    -DFIELDLEDGER_BUILD_APP="$app" >/dev/null
fi
echo "build: compiling into $build_dir ($(nproc) jobs; ccache keeps rebuilds quick)"
cmake --build "$build_dir" -j "$(nproc)" "$@"
