#!/usr/bin/env bash
# `npm start`: installs dependencies if needed, then serves the gateway with the docs assistant
# on the embedded SQLite store, using bastion.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
exec node bin/bastion.js serve "$@"
