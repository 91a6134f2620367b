#!/usr/bin/env node
// Checks a `bastion audit export` (JSONL on stdin) for what the chaos experiments promise:
//   complete RESPONSES.jsonl — every request a client saw complete (status 200, from the http probe's
//                              `record` file) has its audit record (matched by x-request-id)
//   partial-stream           — a streamed request that failed mid-answer is audited with its error
//                              and the partial response it sent
// Exits 0 when the check holds, 1 with the reason otherwise.
import { readFileSync } from 'node:fs';

const [mode, file] = process.argv.slice(2);
const records = readFileSync(0, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const fail = (why) => {
  console.error(why);
  process.exit(1);
};

if (mode === 'complete') {
  const audited = new Set(records.map((r) => r.requestId));
  const seen = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  const completed = seen.filter((r) => r.status === 200 && r.requestId);
  const missing = completed.filter((r) => !audited.has(r.requestId));
  if (completed.length === 0) fail('no completed requests were recorded');
  if (missing.length > 0) fail(`${missing.length} of ${completed.length} completed requests have no audit record, e.g. ${missing[0].requestId}`);
  console.log(`all ${completed.length} completed requests are audited (${seen.length - completed.length} failed during the kill)`);
} else if (mode === 'partial-stream') {
  const cut = records.filter((r) => r.extra?.stream === true && r.errorCode);
  if (cut.length === 0) {
    const last = records.slice(-3).map((r) => JSON.stringify({ status: r.status, errorCode: r.errorCode, extra: r.extra, response: r.content?.response?.slice(0, 40) }));
    fail(`no streamed request with an error was audited; last records: ${last.join(' ')}`);
  }
  const withText = cut.filter((r) => r.content?.response);
  if (withText.length === 0) fail(`streamed request ${cut[0].requestId} was audited without its partial response`);
  console.log(`audited cut stream ${withText.at(-1).requestId}: status ${withText.at(-1).status}, ${withText.at(-1).errorCode}`);
} else fail('usage: audit-check.mjs complete RESPONSES.jsonl | partial-stream');
