#!/usr/bin/env bash
# The run command: installs what is missing, builds, starts fieldledger-server on an
# embedded SQLite file with the demo company, then opens the technician app; with no
# display it runs the headless demo and prints the server's scorecards instead.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
bash scripts/setup-debian.sh
# Only what the product needs; the test command builds the rest.
bash scripts/build.sh --target fieldledger-server fieldledger-admin fieldledger-demo fieldledger-app
build_dir=${FIELDLEDGER_BUILD_DIR:-build}
state=${FIELDLEDGER_STATE_DIR:-$root/var}
port=${FIELDLEDGER_PORT:-50051}
mkdir -p "$state"
# TLS with the development CA that setup-debian.sh made (scripts/make-dev-ca.sh).
pki="$state/pki"
bash scripts/make-dev-ca.sh "$pki"
# The demo starts fresh each run: the week of jobs is laid around today.
rm -rf "$state/fieldledger.db" "$state/fieldledger.db-wal" "$state/fieldledger.db-shm" \
  "$state/app" "$state/demo-devices"

"$build_dir/server/fieldledger-server" --db "$state/fieldledger.db" \
  --listen "127.0.0.1:$port" --tls-cert "$pki/server.pem" --tls-key "$pki/server.key" \
  --seed-demo >"$state/server.log" 2>&1 &
server_pid=$!
trap 'kill $server_pid 2>/dev/null; wait $server_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  grep -q "listening on port" "$state/server.log" 2>/dev/null && break
  kill -0 $server_pid 2>/dev/null || { cat "$state/server.log"; exit 1; }
  sleep 0.1
done
echo "server: $(grep 'listening' "$state/server.log")"
echo "server: log in $state/server.log"
echo "demo users (password fieldledger-demo): tech1 tech2 tech3 (technicians),"
echo "  dispatcher, callback, manager"

if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" && -x "$build_dir/mobile/app/fieldledger-app" \
      && -z "${FIELDLEDGER_HEADLESS:-}" ]]; then
  # The demo phones play their week first (no simulated call-backs), so the dispatcher's
  # board, the call-back queue and the manager's figures have visits to show.
  "$build_dir/mobile/fieldledger-demo" --server "127.0.0.1:$port" --ca "$pki/ca.pem" \
    --workdir "$state/demo-devices" --phones-only >"$state/demo-phones.log"
  echo "demo: three phones synced a week of visits ($state/demo-phones.log)"
  echo "app: opening the app (tech1 for the phone view; dispatcher, callback or manager for"
  echo "  the office desks)"
  "$build_dir/mobile/app/fieldledger-app" --server "127.0.0.1:$port" --ca "$pki/ca.pem" \
    --data-dir "$state/app"
else
  echo "no display: running the headless demo (three simulated technician phones)"
  echo
  "$build_dir/mobile/fieldledger-demo" --server "127.0.0.1:$port" --ca "$pki/ca.pem" \
    --workdir "$state/demo-devices"
  echo
  "$build_dir/server/fieldledger-admin" --db "$state/fieldledger.db" scorecard --company demo \
    --technician tech1 --from "$(date -d '-7 days' '+%Y-%m-%d') 00:00" \
    --to "$(date -d '+2 days' '+%Y-%m-%d') 00:00" --explain
fi
