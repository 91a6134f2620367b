#!/usr/bin/env bash
# Installs npm dependencies when they are missing or older than package-lock.json, so that
# `npm start` and `npm test` work as the first command on a fresh checkout.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "bastion: installing dependencies (npm install)…" >&2
  npm install --no-audit --no-fund >&2
fi
