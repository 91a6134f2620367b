import { createChainVerifier, GENESIS_HASH } from './audit-chain.js';
import type { AuditRecord, VerifyResult } from './types.js';

export type SegmentResult =
  | { ok: true; count: number; firstSeq: number; lastSeq: number; lastHash: string }
  | Extract<VerifyResult, { ok: false }>;

/**
 * Verifies an exported run of records without the database: every record's hash, every link, no gaps. It cannot
 * know what came before the first record (unless that is seq 1) or after the last; compare `lastSeq`/`lastHash`
 * with a head you recorded elsewhere to close that gap.
 *
 * @example
 * const result = await verifyAuditSegment(readJsonl('audit-2026-01.jsonl'));
 */
export async function verifyAuditSegment(
  records: AsyncIterable<AuditRecord> | Iterable<AuditRecord>,
): Promise<SegmentResult> {
  let verifier: ReturnType<typeof createChainVerifier> | undefined;
  let first: AuditRecord | undefined;
  let last: AuditRecord | undefined;
  let count = 0;
  for await (const record of records) {
    if (!verifier) {
      first = record;
      // Mid-chain, the first record's predecessor is not in the file: trust its prevHash; at seq 1 it must be genesis.
      const baseHash = record.seq === 1 ? GENESIS_HASH : record.prevHash;
      verifier = createChainVerifier({
        baseSeq: record.seq - 1,
        baseHash,
        headSeq: Number.MAX_SAFE_INTEGER,
        headHash: '',
      });
    }
    const bad = verifier.push(record);
    if (bad && !bad.ok) return bad;
    last = record;
    count++;
  }
  if (!first || !last) return { ok: true, count: 0, firstSeq: 0, lastSeq: 0, lastHash: GENESIS_HASH };
  return { ok: true, count, firstSeq: first.seq, lastSeq: last.seq, lastHash: last.hash };
}
