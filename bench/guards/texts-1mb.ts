/**
 * 1 MB texts of different kinds for the guard benchmarks (profile.ts --texts, ab-texts.ts): the 1 MB target of
 * issue #3 is for documents in general, and each kind stresses other stages — prose (the benchmark document), code,
 * multilingual prose (non-ASCII on every line), a JSONL dump as it sits on disk (escapes, quotes, ids), a mail
 * archive of base64 attachments, Presidio PII rows (digits, names, e-mails) and BIPIA e-mails. Each kind comes in
 * two variants (different offsets): a tool alternates them so per-text caches never serve a repeated call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusOf, datasetTexts, datasetsDir } from './datasets.js';

export const TEXT_KINDS = ['docs', 'code', 'multi', 'jsonl', 'base64', 'presidio', 'bipia'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

const MB = 1 << 20;

/** Deterministic bytes (xorshift32), so the base64 text is the same in every run. */
function pseudoRandomBytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s & 0xff;
  }
  return out;
}

/**
 * A mail archive: short headers and a line of prose, then an attachment as 76-column base64 lines — random bytes
 * (images, archives) in three of four, a base64-encoded text in the fourth (which the normaliser decodes).
 */
function mailArchive(prose: readonly string[], variant: number): string {
  let s = '';
  for (let k = variant * 1000; s.length < MB; k++) {
    const line = prose[k % prose.length]!.slice(0, 300);
    const body =
      k % 4 === 3
        ? Buffer.from(prose[(k * 7) % prose.length]!.slice(0, 3000))
        : pseudoRandomBytes(3000, k + 1);
    const b64 = body.toString('base64').replace(/.{76}/g, '$&\n');
    s +=
      `From: sender${k}@example.org\nSubject: report ${k}\nContent-Type: multipart/mixed\n\n${line}\n\n` +
      `Content-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="part${k}.bin"\n\n${b64}\n\n`;
  }
  return s.slice(0, MB);
}

/** The raw JSONL file from an offset: JSON escapes, quotes and keys, as a dump sits on disk. */
function jsonlDump(file: string, variant: number): string {
  const raw = readFileSync(join(datasetsDir(), file), 'utf8');
  const from = raw.indexOf('\n', variant * 400_000) + 1;
  return (raw.slice(from) + raw).slice(0, MB);
}

/** One variant (0 or 1) of each kind, 1 MB (2^20 UTF-16 units) each. */
export function texts1mb(variant: 0 | 1): Record<TextKind, string> {
  const docs = datasetTexts('benign/documentation.jsonl');
  return {
    docs: corpusOf(docs, MB, variant === 0 ? 101 : 17),
    code: corpusOf(datasetTexts('benign/code_technical.jsonl'), MB, variant * 300),
    multi: corpusOf(datasetTexts('benign/multilingual.jsonl'), MB, variant * 300),
    jsonl: jsonlDump('benign/code_technical.jsonl', variant),
    base64: mailArchive(docs, variant),
    presidio: corpusOf(datasetTexts('guards/presidio-synth-pii-dev.jsonl'), MB, variant * 300),
    bipia: corpusOf(datasetTexts('guards/bipia-indirect.jsonl'), MB, variant * 300),
  };
}
