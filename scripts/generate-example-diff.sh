#!/usr/bin/env bash
# Regenerates examples/shop-new-endpoints.diff: the example pull request that adds examples/shop/ files.
set -euo pipefail
cd "$(dirname "$0")/.."
out=examples/shop-new-endpoints.diff
: > "$out"
for file in $(git ls-files examples/shop | sort); do
  git diff --no-index --no-color /dev/null "$file" >> "$out" || true
done
echo "wrote $out"
