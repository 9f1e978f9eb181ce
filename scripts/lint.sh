#!/usr/bin/env bash
# Style checks that CI runs as ctest entries (label lint):
#   scripts/lint.sh format          clang-format (the repo's .clang-format) over every C++ file
#   scripts/lint.sh qml BUILD_DIR   qmllint over every QML file, with the built modules on
#                                   the import path so our own types resolve
# Exits non-zero, naming the files, when anything is off.
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-}
case "$mode" in
  format)
    mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null ||
                         find shared server mobile tests bench proto -name '*.cpp' -o -name '*.h')
    clang-format --dry-run -Werror "${files[@]}"
    echo "lint: ${#files[@]} C++ files formatted"
    ;;
  qml)
    build_dir=${2:?usage: scripts/lint.sh qml BUILD_DIR}
    qmllint=$(command -v qmllint6 || command -v qmllint || echo /usr/lib/qt6/bin/qmllint)
    mapfile -t files < <(find mobile -name '*.qml' | sort)
    "$qmllint" -I "$build_dir/qml" "${files[@]}"
    echo "lint: ${#files[@]} QML files clean"
    ;;
  *)
    echo "usage: scripts/lint.sh format | qml BUILD_DIR" >&2
    exit 2
    ;;
esac
