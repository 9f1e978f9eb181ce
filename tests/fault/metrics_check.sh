#!/usr/bin/env bash
# The metrics endpoint end to end: a real fieldledger-server with --metrics-port, a real
# device signs in, checks in and syncs; /metrics must count the calls and the applied
# event in Prometheus's text format, and --log-requests must log each call with a
# request id.  Usage: metrics_check.sh SERVER_BIN DEVICE_BIN
set -euo pipefail
server=$1 device=$2
dir=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
port=$((20000 + RANDOM % 20000))
"$server" --db "$dir/s.db" --seed-demo --listen 127.0.0.1:0 --metrics-port "$port" \
  --log-requests >"$dir/out" 2>"$dir/err" &
pid=$!
for _ in $(seq 100); do grep -q "listening on port" "$dir/out" 2>/dev/null && break; sleep 0.1; done
grpc=$(grep -o "listening on port [0-9]*" "$dir/out" | awk '{print $4}')
echo fieldledger-demo | "$device" --db "$dir/d.db" --server "127.0.0.1:$grpc" login --username tech1
"$device" --db "$dir/d.db" --server "127.0.0.1:$grpc" sync >/dev/null
job=$("$device" --db "$dir/d.db" jobs | head -1 | awk '{print $1}')
"$device" --db "$dir/d.db" --server "127.0.0.1:$grpc" checkin --job "$job" >/dev/null
"$device" --db "$dir/d.db" --server "127.0.0.1:$grpc" sync
metrics=$(curl -sf "http://127.0.0.1:$port/metrics")
fail=0
expect() {
  if ! grep -qF -- "$1" <<<"$metrics"; then echo "missing: $1"; fail=1; fi
}
expect 'fieldledger_rpc_calls_total{method="/fieldledger.v1.AuthService/Login",code="OK"} 1'
expect 'fieldledger_rpc_calls_total{method="/fieldledger.v1.SyncService/Push",code="OK"} 1'
expect 'fieldledger_rpc_latency_seconds_count{method="/fieldledger.v1.SyncService/Push"} 1'
expect 'fieldledger_events_total{outcome="applied"} 1'
expect '# TYPE fieldledger_db_busy_seconds_total counter'
if ! grep -q '"request_id": "[0-9a-f]\{16\}", "method": "/fieldledger.v1.SyncService/Push", "code": "OK"' "$dir/err"; then
  echo "no request log line for Push"; fail=1
fi
exit $fail
