#!/usr/bin/env bash
# Render the PDF reports over the demo data to PNG for the README
# (needs pdftoppm from poppler-utils). Runs on a throw-away profile.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export EXCHANGE_DESK_HOME="$work/home" EXCHANGE_DESK_PASSPHRASE="demo passphrase"
export EXCHANGE_DESK_AUTHORITY_PASSPHRASE="demo authority"
desk() { python -m desktop "$@"; }
# An office of the pictures' own: Taras records, Olena resolves, Sam signs off.
desk authority init --name "Demo office" >/dev/null
for who in "Taras Coordinator:coordinator" "Olena Kovalenko:supervisor" "Supervisor Sam:supervisor"; do
  name="${who%%:*}"; role="${who##*:}"
  request=$(desk keys new --name "$name" --role "$role" | sed -n 's/.*Send the request \(.*\.pem\) to.*/\1/p')
  desk authority certify "$request" -o "$work/cert.pem" 2>/dev/null
  desk keys install "$work/cert.pem" >/dev/null
done
EXCHANGE_DESK_KEY="Taras Coordinator" desk demo >/dev/null
key=$(desk discrepancies --round c31a --json | python -c \
  'import json,sys; print(next(d["key"] for d in json.load(sys.stdin) if d["rule"] == "source_mismatch"))')
EXCHANGE_DESK_KEY="Olena Kovalenko" desk resolve c31a "$key" --value 207 \
  --note "The Coordination Headquarters published the names of all 207." >/dev/null
EXCHANGE_DESK_KEY="Olena Kovalenko" desk submit c31a >/dev/null
EXCHANGE_DESK_KEY="Supervisor Sam" desk sign-off c31a -o "$work/signed.pdf" >/dev/null
desk report 6f1c -o "$work/draft.pdf" 2>/dev/null
desk report --from 2023-01-01 --to 2025-12-31 -o "$work/period.pdf" 2>/dev/null
pdftoppm -r 70 -png -f 1 -l 1 "$work/signed.pdf" "$here/pdf-signed"
pdftoppm -r 70 -png -f 1 -l 1 "$work/draft.pdf" "$here/pdf-draft"
pdftoppm -r 70 -png -f 1 -l 1 "$work/period.pdf" "$here/pdf-period"
ls "$here"/pdf-*.png
