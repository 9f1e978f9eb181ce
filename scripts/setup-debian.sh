#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing FieldLedger needs.
# Idempotent and non-interactive: when everything is present it only runs dpkg-query.
# Then makes the demo's development CA and TLS server certificate (kept while valid).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

dev_ca() {
  bash "$root/scripts/make-dev-ca.sh" "${FIELDLEDGER_STATE_DIR:-$root/var}/pki"
}

packages=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config clang-format git
  clang libclang-rt-14-dev  # the libFuzzer targets (scripts/fuzz, preset fuzz)
  # wire + storage
  libgrpc++-dev libgrpc-dev protobuf-compiler protobuf-compiler-grpc libprotobuf-dev
  libsqlite3-dev sqlite3
  libcpp-httplib-dev  # the server's Prometheus metrics endpoint (--metrics-port)
  # the PostgreSQL back end: the client library, and the server the pg tests start a
  # throw-away cluster of (scripts/pg-cluster; no system service is used)
  libpq-dev postgresql-15
  # shared/ domain libraries
  libssl-dev libargon2-dev libtomlplusplus-dev libhowardhinnant-date-dev
  # TLS: the development CA and server certificate (scripts/make-dev-ca.sh)
  openssl
  # tests and benchmarks
  googletest libgtest-dev libgmock-dev librapidcheck-dev libbenchmark-dev
  python3  # scripts/bench
  libcli11-dev  # command lines of the tools (bench/tamper)
  # the app: Qt 6.4 Quick, Controls (Material), positioning, tests, linguist
  qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-positioning-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtqml qml6-module-qttest qml6-module-qtpositioning
  qml6-module-qtquick-dialogs qml6-module-qtcore qml6-module-qt-labs-settings
  # the non-native FileDialog behind "Add photo" loads its QML on open(), and that QML
  # imports Qt.labs.folderlistmodel (tests/qml/app_qml/tst_every_qml_file.qml opens it)
  qml6-module-qt-labs-folderlistmodel
  # the manager desk's Excel export, and its test reading the workbook back
  libxlsxwriter-dev libminizip-dev
  # screenshots and fonts
  xvfb xauth fonts-noto-cjk
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#packages[@]} packages present"
  dev_ca
  exit 0
fi

echo "setup: installing ${#missing[@]} packages: ${missing[*]}"
SUDO=""
[[ $(id -u) -eq 0 ]] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
dev_ca
