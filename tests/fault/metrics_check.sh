#!/usr/bin/env bash
# The metrics endpoint end to end: a real fieldledger-server with --metrics-port, a real
# device signs in, checks in and syncs; /metrics must count the calls and the applied
# event in Prometheus's text format, and --log-requests must log each call with a
# request id. gRPC runs over TLS with the test CA in PKI_DIR (ca.pem, server.pem,
# server.key); /metrics is plain HTTP on loopback.
# Usage: metrics_check.sh SERVER_BIN DEVICE_BIN PKI_DIR
set -euo pipefail
server=$1 device=$2 pki=$3
export FIELDLEDGER_CA_FILE="$pki/ca.pem"  # the device trusts the test CA
dir=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
port=$((20000 + RANDOM % 20000))
"$server" --db "$dir/s.db" --seed-demo --listen 127.0.0.1:0 --metrics-port "$port" \
  --tls-cert "$pki/server.pem" --tls-key "$pki/server.key" --log-requests >"$dir/out" 2>"$dir/err" &
pid=$!
for _ in $(seq 100); do grep -q "listening on port" "$dir/out" 2>/dev/null && break; sleep 0.1; done
grpc=$(grep -o "listening on port [0-9]*" "$dir/out" | awk '{print $4}')
echo fieldledger-demo | "$device" --db "$dir/d.db" --server "127.0.0.1:$grpc" login --username tech1
"$device" --db "$dir/d.db" --server "127.0.0.1:$grpc" sync >/dev/null
job=$("$device" --db "$dir/d.db" jobs | awk 'NR == 1 {print $1}')  # awk reads it all: no SIGPIPE under pipefail
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
