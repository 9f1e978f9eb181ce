#!/usr/bin/env bash
# Renders every screen of the app to PNG, in English and Simplified Chinese, light and
# dark, at a phone's 412 x 800 upright and turned (800 x 412), under a virtual X server
# (Xvfb + Mesa: the Material style renders blank offscreen), against a fresh demo
# server, with positions played from mobile/app/sim/shanghai-drive.nmea:
#   <out>/<lang>/*.png (light, portrait), <out>/<lang>/{dark,landscape,dark-landscape}/*.png
#   for lang in en, zh_CN, and <out>/service-report.pdf.
# The tour (mobile/app/src/screenshot_tour.cpp) starts the shift from the Today page's shift
# card (02b-shift-started) and saves this month's self-assessment (02c-assessment), takes a
# whole visit, then the toolbar
# menu, My scorecard as fetched, and, with sync held as out of coverage, the Sync page
# (a record the server rejected, records waiting), its discard dialog and the scorecard
# as of its last fetch (11-menu ... 15-scorecard-offline).
# Usage: FIELDLEDGER_BUILD_DIR=build-app scripts/screenshots.sh [output dir]
set -euo pipefail
cd "$(dirname "$0")/.."
# A real X server, never the offscreen platform the test runner sets for logic-only tests:
# offscreen falls back to the software scene graph and Material renders blank (white on white).
unset QT_QPA_PLATFORM
build_dir=${FIELDLEDGER_BUILD_DIR:-build}
out=${1:-$build_dir/screenshots}
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
FIELDLEDGER_USER=tech1 FIELDLEDGER_PASSWORD=fieldledger-demo \
  xvfb-run -a -s "-screen 0 1280x1024x24" \
  "$build_dir/mobile/app/fieldledger-app" --server "127.0.0.1:$port" --data-dir "$work/app" \
  --nmea mobile/app/sim/shanghai-drive.nmea --language en --screenshots "$out" | tee "$work/tour.log"
report=$(sed -n 's/^report: //p' "$work/tour.log")
if [[ -n "$report" && -f "$report" ]]; then
  cp "$report" "$out/service-report.pdf"
  # The tour saved report.png from the same painting code; a real PDF raster as well
  # where poppler-utils is installed.
  if command -v pdftoppm >/dev/null; then
    pdftoppm -png -r 60 -singlefile "$out/service-report.pdf" "$out/service-report"
  fi
fi
echo "screenshots in $out"
