#!/usr/bin/env bash
# Start the built program the way a coordinator would, in a clean
# environment (no Python path, no virtualenv, an empty home): its version,
# a key of one's own, the demo data (sealed with it), a round's PDF with Cyrillic text, the Ukrainian help, and its
# window under Xvfb. Exit 0 only if all of it works.
#   bash packaging/smoke.sh [dist/exchange-desk/exchange-desk]
set -euo pipefail
cd "$(dirname "$0")/.."
program=$(realpath "${1:-dist/exchange-desk/exchange-desk}")
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export_db_passphrase=""
run() {
    local extra=()
    if [ -n "$export_db_passphrase" ]; then extra=("EXCHANGE_DESK_DB_PASSPHRASE=$export_db_passphrase"); fi
    env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 EXCHANGE_DESK_PASSPHRASE="smoke test passphrase" \
        "${extra[@]}" "$@"
}
fail() { echo "smoke: $*" >&2; exit 1; }

version=$(run "$program" --version)
echo "version: $version"
[[ $version == *"$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)"* ]] || fail "--version says $version"

# A person alone: an authority of their own and a key (scrypt, RSA, X.509 in the bundle).
run EXCHANGE_DESK_AUTHORITY_PASSPHRASE="smoke authority passphrase" "$program" keys solo --name "Smoke Test" >/dev/null \
    || fail "keys solo failed"
# A new database is encrypted (SQLCipher in the bundle): nothing in clear, and it opens with its passphrase.
export_db_passphrase="smoke database words"
run "$program" demo >/dev/null || fail "demo failed"
run "$program" check >/dev/null || fail "check failed on the demo's signed history"
database=$(find "$home" -name exchange-desk.db | head -1)
if head -c 15 "$database" | grep -q "SQLite format"; then fail "a new database is plain"; fi
if grep -q "Ukrainian officials" "$database"; then fail "the encrypted database holds a round's words in clear"; fi
# Without the passphrase and without a terminal: one sentence, exit 2.
export_db_passphrase=""
status=0; run "$program" rounds >/dev/null 2>&1 </dev/null || status=$?
[ "$status" = 2 ] || fail "rounds without the database's passphrase exited $status, not 2"
# An unencrypted database (made so on purpose) is encrypted in place.
run EXCHANGE_DESK_DB_PLAIN=1 "$program" --db "$home/plain.db" demo >/dev/null || fail "demo on a plain database failed"
head -c 15 "$home/plain.db" | grep -q "SQLite format" || fail "EXCHANGE_DESK_DB_PLAIN=1 made no plain database"
run EXCHANGE_DESK_DB_PASSPHRASE="smoke plain words" "$program" --db "$home/plain.db" encrypt >/dev/null \
    || fail "encrypt failed"
if head -c 15 "$home/plain.db" | grep -q "SQLite format"; then fail "the database is still plain after encrypt"; fi
if grep -q "Ukrainian officials" "$home/plain.db"; then fail "the encrypted database holds a round's words in clear"; fi
run EXCHANGE_DESK_DB_PASSPHRASE="smoke plain words" "$program" --db "$home/plain.db" check >/dev/null \
    || fail "check failed encrypted"
export_db_passphrase="smoke database words"
round=$(run "$program" rounds --json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])' 2>/dev/null) \
    || round=$(run "$program" rounds | awk 'NR==2 {print $1}')
[ -n "$round" ] || fail "no round listed after demo"
run EXCHANGE_DESK_LANG=uk "$program" report "$round" -o "$home/round.pdf" >/dev/null 2>&1 || fail "report failed"
text=$(pdftotext "$home/round.pdf" - 2>/dev/null || true)
echo "$text" | LC_ALL=C.UTF-8 grep -qP '\p{Cyrillic}' || fail "the PDF has no Cyrillic text"
echo "PDF: $(stat -c %s "$home/round.pdf") bytes, Cyrillic text found"

help=$(run EXCHANGE_DESK_LANG=uk "$program" --help)
echo "$help" | LC_ALL=C.UTF-8 grep -qP '\p{Cyrillic}' || fail "the Ukrainian help has no Ukrainian"

if [ -n "${EXCHANGE_DESK_TEST_POSTGRES:-}" ]; then
    # A team's server, reached by the bundle's own driver.
    run "$program" --db "$EXCHANGE_DESK_TEST_POSTGRES" rounds >/dev/null || fail "the bundle cannot use PostgreSQL"
    echo "PostgreSQL: the bundle lists the server's rounds"
fi

start=$(date +%s.%N)
shown=$(run EXCHANGE_DESK_QUIT_AFTER_SHOW=1 xvfb-run -a "$program" 2>&1 || true)
echo "$shown" | grep -q "window shown" || fail "no window: $shown"
echo "window shown in $(python3 -c "print(round($(date +%s.%N) - $start, 2))") s (with Xvfb's own start)"
echo "smoke: all good"
