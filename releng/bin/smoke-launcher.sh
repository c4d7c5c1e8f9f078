#!/usr/bin/env bash
# Runs the materialized product's launcher the way a user does. The Maven tests run inside OSGi and never go
# through the launcher script, so a change to it that breaks the command line would otherwise go unnoticed.
set -euo pipefail
product="$1"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export CUTOVER_HOME="$home"

"$product/cutover" --help > "$home/help.txt"
grep -q '^Commands:' "$home/help.txt" || { echo "smoke: cutover --help printed no command list" >&2; exit 1; }
"$product/cutover" generate mfaserver --users 20 --seed 1 --out "$home/export.csv" > /dev/null
[ "$(wc -l < "$home/export.csv")" -gt 20 ] || { echo "smoke: cutover generate wrote no users" >&2; exit 1; }
set +e
"$product/cutover" no-such-command > /dev/null 2>&1
code=$?
set -e
[ "$code" = 1 ] || { echo "smoke: an unknown command exited $code, not 1" >&2; exit 1; }
echo "launcher smoke test: --help, generate and an unknown command behave"
