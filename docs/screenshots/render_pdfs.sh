#!/usr/bin/env bash
# Render the PDF reports over the demo data to PNG for the README
# (needs pdftoppm from poppler-utils). Runs on a throw-away profile.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export EXCHANGE_DESK_HOME="$work/home" EXCHANGE_DESK_PASSPHRASE="demo passphrase"
desk() { python -m desktop "$@"; }
EXCHANGE_DESK_USER="Taras Coordinator" desk demo >/dev/null
EXCHANGE_DESK_USER="Olena Kovalenko" desk keys new --name "Olena Kovalenko" >/dev/null
key=$(EXCHANGE_DESK_USER="Olena Kovalenko" desk discrepancies --round c31a --json | python -c \
  'import json,sys; print(next(d["key"] for d in json.load(sys.stdin) if d["rule"] == "source_mismatch"))')
EXCHANGE_DESK_USER="Olena Kovalenko" desk resolve c31a "$key" --value 207 \
  --note "The Coordination Headquarters published the names of all 207." >/dev/null
EXCHANGE_DESK_USER="Olena Kovalenko" desk submit c31a >/dev/null
EXCHANGE_DESK_USER="Olena Kovalenko" desk sign-off c31a -o "$work/signed.pdf" >/dev/null
desk report 6f1c -o "$work/draft.pdf" 2>/dev/null
desk report --from 2023-01-01 --to 2025-12-31 -o "$work/period.pdf" 2>/dev/null
pdftoppm -r 70 -png -f 1 -l 1 "$work/signed.pdf" "$here/pdf-signed"
pdftoppm -r 70 -png -f 1 -l 1 "$work/draft.pdf" "$here/pdf-draft"
pdftoppm -r 70 -png -f 1 -l 1 "$work/period.pdf" "$here/pdf-period"
ls "$here"/pdf-*.png
