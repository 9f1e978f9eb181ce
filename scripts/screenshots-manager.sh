#!/usr/bin/env bash
# Renders the manager's desk to PNG at 1366x768 and 1920x1080, in English and Simplified
# Chinese, under a virtual X server (the Material style renders blank offscreen), against
# a fresh demo server whose week has been played by the headless demo (three simulated
# phones check in, complete visits; the call-back agent phones customers):
#   <out>/<W>x<H>/<en|zh_CN>/01-scorecard-company-week.png ... 06-trend-on-time.png,
#   08-attendance-month, 09-shift-editor, 10-attendance-import-errors, 11-assessment,
#   12-publish-confirmation, 13-assessment-published (the first tour publishes the
#   demo's ended month and adds a shift afterwards, so later tours show it published with
#   the "changed since publication" marker)
# plus the exports the desk writes (<out>/exports: pay.xlsx, payslips.pdf, CSVs).
# Usage: FIELDLEDGER_BUILD_DIR=build scripts/screenshots-manager.sh [output dir]
set -euo pipefail
cd "$(dirname "$0")/.."
# A real X server, never the offscreen platform the test runner sets for logic-only tests:
# offscreen falls back to the software scene graph and Material renders blank (white on white).
unset QT_QPA_PLATFORM
build_dir=${FIELDLEDGER_BUILD_DIR:-build}
out=${1:-$build_dir/screenshots-manager}
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
# The demo week: visits, arrivals early, on time, late and missed, and call-backs.
"$build_dir/mobile/fieldledger-demo" --server "127.0.0.1:$port" --workdir "$work/demo" \
  >"$work/demo.log" 2>&1 || { cat "$work/demo.log"; exit 1; }
rm -rf "$out"
mkdir -p "$out"
xvfb-run -a -s "-screen 0 1920x1080x24" ${FIELDLEDGER_SHOT_WRAPPER:-} \
  "$build_dir/tests/qml/manager_screenshots" --server "127.0.0.1:$port" --user manager \
  --password fieldledger-demo --out "$out"

# The PDFs' first pages as PNG, to look at, where poppler-utils is installed.
if command -v pdftoppm >/dev/null; then
  for pdf in "$out"/*/*/exports/*.pdf; do
    pdftoppm -png -r 60 -singlefile "$pdf" "${pdf%.pdf}"
  done
fi
echo "screenshots in $out"
