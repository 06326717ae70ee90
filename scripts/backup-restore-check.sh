#!/usr/bin/env bash
# Prove that a backup restores: dump the database named by TDKT_DATABASE_URL with pg_dump,
# restore it into a scratch database, and check there that the audit chain verifies and the
# row counts match. Usage: TDKT_DATABASE_URL=postgresql://… scripts/backup-restore-check.sh
set -euo pipefail
: "${TDKT_DATABASE_URL:?set TDKT_DATABASE_URL to the database to back up}"
read -r -a TDKT <<< "${TDKT:-$(dirname "$0")/../.venv/bin/tdkt}"

base="${TDKT_DATABASE_URL%/*}"
scratch="tdkt_restore_check_$$"
dump="$(mktemp -d)/tdkt.dump"
trap 'psql -q "$base/postgres" -c "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" >/dev/null 2>&1 || true; rm -rf "$(dirname "$dump")"' EXIT

pg_dump --format=custom --no-owner --file="$dump" "$TDKT_DATABASE_URL"
psql -q "$base/postgres" -c "CREATE DATABASE $scratch" >/dev/null
pg_restore --no-owner --exit-on-error --dbname="$base/$scratch" "$dump"

count() { psql -tA "$1" -c "SELECT (SELECT count(*) FROM people_person) || '/' || (SELECT count(*) FROM units_unit) || '/' || (SELECT count(*) FROM audit_auditevent)"; }
before="$(count "$TDKT_DATABASE_URL")"
after="$(count "$base/$scratch")"
echo "bản gốc (cán bộ/đơn vị/sự kiện): $before"
echo "bản phục hồi:                     $after"
[ "$before" = "$after" ] || { echo "Số bản ghi không khớp"; exit 1; }
TDKT_DATABASE_URL="$base/$scratch" "${TDKT[@]}" audit verify
echo "Sao lưu và phục hồi: đạt."
