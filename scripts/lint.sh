#!/usr/bin/env bash
# Style checks that CI runs as ctest entries (label lint):
#   scripts/lint.sh format          clang-format (the repo's .clang-format) over every C++ file
#   scripts/lint.sh qml BUILD_DIR   qmllint over every QML file, with the built modules on
#                                   the import path so our own types resolve
#   scripts/lint.sh arrows          the dependency arrows of docs/architecture.md, by #include
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
  arrows)
    # Direct #include lines only; a header's own includes are checked where it lives.
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
      includes() { git grep -nE "$1" -- "${@:2}" || true; }
    else
      includes() { grep -rnE "$1" "${@:2}" || true; }
    fi
    # shared/fieldledger knows nothing of Qt, gRPC, protobuf or SQL.
    shared=$(includes '^#include [<"](Q[A-Za-z]|grpc|google/protobuf|sqlite3|fieldledger_sqlite/|fieldledger/v1/|[^">]*[.]pb[.]h)' \
      shared/fieldledger)
    # The server's application, storage and auth layers never reach up into rpc/.
    upward=$(includes '^#include "rpc/' server/app server/storage server/auth)
    # No wire messages in server/app, storage or auth: server/rpc converts
    # (docs/architecture.md, "Where the wire stops").
    wire=$(includes '^#include "(fieldledger/v1/|[^"]*[.]pb[.]h|event_kind[.]h|visit_facts[.]h|message_sha256[.]h|job_kinds_wire[.]h)' \
      server/app server/storage server/auth)
    status=0
    for finding in "shared/ includes Qt, gRPC, protobuf or SQL:|$shared" \
      "server/app, storage or auth include rpc/:|$upward" \
      "server/app, storage or auth include wire messages:|$wire"; do
      if [[ -n "${finding#*|}" ]]; then
        echo "lint: ${finding%%|*}" >&2
        echo "${finding#*|}" >&2
        status=1
      fi
    done
    [[ $status -eq 0 ]] && echo "lint: dependency arrows hold"
    exit $status
    ;;
  *)
    echo "usage: scripts/lint.sh format | qml BUILD_DIR | arrows" >&2
    exit 2
    ;;
esac
