#!/usr/bin/env bash
# Makes a local certificate authority and a server certificate signed by it, for the
# demo and the tests: DIR/ca.pem (the CA certificate clients trust), DIR/ca.key,
# DIR/server.pem and DIR/server.key (what fieldledger-server loads), valid for
# localhost and 127.0.0.1. Idempotent: an existing, still valid set is kept.
#   scripts/make-dev-ca.sh DIR [DAYS]
# The CA key stays in DIR; it signs nothing else. This is a development CA, not a
# production one (docs/security.md).
set -euo pipefail
dir=${1:?usage: make-dev-ca.sh DIR [DAYS]}
days=${2:-825}
mkdir -p "$dir"
cd "$dir"
# Keep a set that exists and stays valid for at least another day.
if [[ -s ca.pem && -s ca.key && -s server.pem && -s server.key ]] &&
  openssl x509 -in server.pem -noout -checkend 86400 >/dev/null 2>&1 &&
  openssl verify -CAfile ca.pem server.pem >/dev/null 2>&1; then
  exit 0
fi
umask 077
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
  -keyout "$tmp/ca.key" -out "$tmp/ca.pem" -days "$days" \
  -subj "/CN=FieldLedger development CA $(date -u +%Y%m%dT%H%M%S)-$$" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  2>/dev/null
openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes \
  -keyout "$tmp/server.key" -out "$tmp/server.csr" -subj "/CN=localhost" 2>/dev/null
cat >"$tmp/ext.cnf" <<'EXT'
basicConstraints=CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1
EXT
openssl x509 -req -in "$tmp/server.csr" -CA "$tmp/ca.pem" -CAkey "$tmp/ca.key" \
  -CAcreateserial -out "$tmp/server.pem" -days "$days" -extfile "$tmp/ext.cnf" 2>/dev/null
chmod 644 "$tmp/ca.pem" "$tmp/server.pem"
mv "$tmp/ca.key" "$tmp/ca.pem" "$tmp/server.key" "$tmp/server.pem" .
echo "make-dev-ca: new CA and server certificate for localhost in $(pwd)"
