#!/usr/bin/env bash
# Renders the app's screens to PNG under a virtual X server (Xvfb + Mesa), against a
# fresh demo server: build/screenshots/{login,today,job,arrived}.png.
# Usage: scripts/screenshots.sh [output dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${FIELDLEDGER_BUILD_DIR:-build}
out=${1:-$build_dir/screenshots}
work=$(mktemp -d)
trap 'kill $server_pid 2>/dev/null || true; rm -rf "$work"' EXIT
"$build_dir/server/fieldledger-server" --db "$work/server.db" --listen 127.0.0.1:0 --seed-demo \
  >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 100); do
  grep -q "listening on port" "$work/server.log" && break
  sleep 0.1
done
port=$(sed -n 's/.*listening on port \([0-9]*\).*/\1/p' "$work/server.log")
FIELDLEDGER_USER=tech1 FIELDLEDGER_PASSWORD=fieldledger-demo \
  xvfb-run -a -s "-screen 0 1280x1024x24" \
  "$build_dir/mobile/app/fieldledger-app" --server "127.0.0.1:$port" --data-dir "$work/app" \
  --screenshots "$out"
echo "screenshots in $out"
