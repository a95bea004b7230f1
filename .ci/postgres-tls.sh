#!/usr/bin/env bash
# The CI server speaks TLS, with a certificate for localhost issued by an
# authority made here (as an office would make its own): the tests connect
# with sslmode=verify-full and that authority. Prints the authority's path.
set -euo pipefail
dir=/var/lib/postgresql/exchange-desk-tls
mkdir -p "$dir"
cd "$dir"
if [ ! -s ca.pem ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 \
        -subj "/CN=Exchange Desk CI office authority" >/dev/null 2>&1
    openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=localhost" >/dev/null 2>&1
    printf "subjectAltName=DNS:localhost,IP:127.0.0.1\n" > server.ext
    openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out server.pem -days 30 \
        -extfile server.ext >/dev/null 2>&1
fi
chown postgres:postgres server.key server.pem
chmod 600 server.key
chmod 644 ca.pem
runuser -u postgres -- psql -qc "ALTER SYSTEM SET ssl = on" \
    -c "ALTER SYSTEM SET ssl_cert_file = '$dir/server.pem'" \
    -c "ALTER SYSTEM SET ssl_key_file = '$dir/server.key'" >/dev/null
runuser -u postgres -- psql -qtc "SELECT pg_reload_conf()" >/dev/null
echo "$dir/ca.pem"
