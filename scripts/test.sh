#!/usr/bin/env bash
# `npm test`: installs dependencies if needed, starts Redis, PostgreSQL and Chromium's prerequisites,
# then runs every test. Extra arguments go to vitest (e.g. `npm test -- src/guards`).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
eval "$(bash scripts/test-services.sh start)"
# Services stay up between runs for a developer; CI's machine is thrown away after the run.
exec npx vitest run "$@"
