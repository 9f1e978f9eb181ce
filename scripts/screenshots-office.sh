#!/usr/bin/env bash
# Renders every office view and dialog to PNG at 1366x768 and 1920x1080, in English and
# Simplified Chinese, under a virtual X server (Xvfb + Mesa: the Material style renders
# blank offscreen), against a fresh demo server (--seed-demo):
#   <out>/<width>x<height>/{en,zh_CN}/*.png
# The tour (mobile/office/src/office_screenshot_tour.cpp) first plays two demo phones
# (arrivals, one 3 km from its site), signs in as `dispatcher` through the app's login
# page, then shows the board, the alerts, a filtered list, two job details, the new-job,
# reschedule, cancel, refusal and excuse dialogs; then the call-back and manager desks.
# Usage: FIELDLEDGER_BUILD_DIR=build scripts/screenshots-office.sh [output dir]
set -euo pipefail
cd "$(dirname "$0")/.."
# A real X server, never the offscreen platform the test runner sets for logic-only tests:
# offscreen falls back to the software scene graph and Material renders blank (white on white).
unset QT_QPA_PLATFORM
build_dir=${FIELDLEDGER_BUILD_DIR:-build}
out=${1:-$build_dir/screenshots-office}
work=$(mktemp -d)
# TLS with a throwaway CA; every client below trusts it through FIELDLEDGER_CA_FILE.
bash "$(dirname "$0")/make-dev-ca.sh" "$work/pki" >/dev/null
export FIELDLEDGER_CA_FILE="$work/pki/ca.pem"
trap 'kill $server_pid 2>/dev/null || true; rm -rf "$work"' EXIT
"$build_dir/server/fieldledger-server" --db "$work/server.db" --listen 127.0.0.1:0 --seed-demo \
  --tls-cert "$work/pki/server.pem" --tls-key "$work/pki/server.key" \
  >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  grep -q "listening on port" "$work/server.log" && break
  sleep 0.1
done
port=$(sed -n 's/.*listening on port \([0-9]*\).*/\1/p' "$work/server.log")
rm -rf "$out"
mkdir -p "$out"
FIELDLEDGER_PASSWORD=fieldledger-demo xvfb-run -a -s "-screen 0 1920x1080x24" \
  "$build_dir/mobile/app/fieldledger-app" --server "127.0.0.1:$port" --data-dir "$work/app" \
  --language en --office-screenshots "$out"
echo "screenshots in $out"
