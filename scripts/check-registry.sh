#!/usr/bin/env bash
# Regenerates the IANA registry data from ../shared/iana (beside the repository) and fails when
# it differs from the committed src/registry/data/iana-ports.ts. Skipped when ../shared/iana is
# absent (a clone without the shared folder).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
iana_dir="$root/../shared/iana"
committed="$root/src/registry/data/iana-ports.ts"

if [ ! -d "$iana_dir" ]; then
  echo "registry check skipped: ../shared/iana not found"
  exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
regenerated="$tmp/iana-ports.ts"

node "$root/scripts/generate-registry.mjs" "$iana_dir/service-names-port-numbers.xml" --out "$regenerated" >/dev/null

if diff -u --label committed --label regenerated "$committed" "$regenerated" >"$tmp/diff"; then
  echo "registry data: up to date"
  exit 0
fi
echo "registry data: src/registry/data/iana-ports.ts differs from a regeneration (run: npm run registry)"
head -n 200 "$tmp/diff"
lines="$(wc -l <"$tmp/diff")"
if [ "$lines" -gt 200 ]; then echo "... ($lines diff lines in all)"; fi
exit 1
