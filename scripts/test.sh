#!/usr/bin/env bash
# `npm test`: installs dependencies if needed, starts Redis and PostgreSQL on loopback (installing them and
# Chromium from Debian's packages when run as root), then runs every test. Extra arguments go to vitest
# (e.g. `npm test -- src/guards`). Writes reports/junit.xml and ends with a plain "N passed, N failed" line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
eval "$(bash scripts/test-services.sh start)"
mkdir -p reports
set +e
npx vitest run --reporter=default --reporter=junit --outputFile.junit=reports/junit.xml \
  --reporter=json --outputFile.json=reports/vitest.json "$@"
status=$?
set -e
node -e '
  const r = JSON.parse(require("fs").readFileSync("reports/vitest.json", "utf8"));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' || true
exit $status
