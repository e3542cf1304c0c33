#!/usr/bin/env bash
# A newcomer's first hour, as CI proves it: clone the committed repository into a temporary
# folder with nothing beside it (no ../shared, no dist/, no node_modules), then run the
# README's commands. A test, example or script that reads outside the repository, or that
# needs a build first, fails here instead of failing a user.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
git clone -q "$root" "$tmp/p"
cd "$tmp/p"
if [[ -e ../shared || -e dist ]]; then echo "fresh-clone: the clone is not alone" >&2; exit 1; fi
npm ci --no-audit --no-fund
npm run demo > /dev/null
npm test
