#!/usr/bin/env bash
# Packs the package, installs the tarball into a scratch project and imports it from ESM
# and CommonJS, as a user would. Needs `npm run build` first.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && npm pack --silent --pack-destination "$tmp" >/dev/null)
cd "$tmp"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund ./window-scorecard-*.tgz
cp "$root/test/smoke/esm.mjs" "$root/test/smoke/cjs.cjs" .
node esm.mjs
node cjs.cjs
