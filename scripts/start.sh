#!/usr/bin/env bash
# `npm start`: installs dependencies if needed, then serves the gateway with the docs assistant
# on the embedded SQLite store, using bastion.yaml.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
# Compiles src/ to dist/ unless dist/ already matches it (~0.1 s to check, ~0.4 s to build): bin/bastion.js then runs
# plain JavaScript, without tsx's loader thread (measured: 15-20 MiB less peak RSS, ~0.7 s faster start).
node scripts/build.js --if-stale
# Node flags for a serving process. V8 sizes the young generation only at start-up (setting it from code later has no
# effect), so it is set here, where `npm start` launches node. Capped at 2 x 4 MiB instead of V8's 2 x 16 MiB: under
# the benchmark's c=32 load npm start peaks at 127-137 MiB with 4 MiB, 136-144 with 8, 145-153 with 16; only 4 keeps
# 10 MiB clear of the 150 MiB budget, and no size up to 16 takes young-generation GCs out of the c=1 p99 (one every
# ~45 requests at 4 MiB, ~100 at 16), whose pause is shortest at 4 MiB (docs/gateway.md, "Performance").
# And held at 4 MiB (--min-semi-space-size): V8 shrinks an idle server's young generation to 1 MiB and grows it back
# only when many objects survive, which a light load never does, so after a quiet spell one request in 15-35 met a GC
# instead of one in ~50 (bench/gateway/tail.ts; peak RSS unchanged within 1.5 MiB). Node refuses that flag in
# NODE_OPTIONS: it is only ever set here.
# bench/gateway reads this line and starts its Bastion servers with the same flags. An operator's own
# --max-semi-space-size in NODE_OPTIONS wins (and then neither flag is set here).
SERVE_NODE_FLAGS="--max-semi-space-size=4 --min-semi-space-size=4"
case " ${NODE_OPTIONS:-} " in
  *" --max-semi-space-size"* | *" --max_semi_space_size"*) SERVE_NODE_FLAGS="" ;;
esac
# glibc gives each thread that allocates its own malloc arena (V8's GC and compiler threads, libuv's pool): capped at 2
# the benchmark measured 8-13 MiB less peak RSS. An operator's own MALLOC_ARENA_MAX wins.
SERVE_MALLOC_ARENA_MAX="2"
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-$SERVE_MALLOC_ARENA_MAX}"
# shellcheck disable=SC2086 # word splitting of the flag list is intended
exec node $SERVE_NODE_FLAGS bin/bastion.js serve "$@"
