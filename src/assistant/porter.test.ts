import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { porterStem } from './porter.js';

describe('porterStem', () => {
  it('stems exactly as SQLite FTS5 porter tokenizer does, so weights match what the index holds', () => {
    const words = (
      'rotating rotation rotates keys generalization relational conditional happiness hopeful revival allowance ' +
      'inference adjustable replacement dependent adoption activate angularity homologous effective bowdlerize ' +
      'caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping ' +
      'tanned falling hissing fizzed failing filing happy sky triplicate formative formalize electrical goodness ' +
      'configuration configure revoked ingested quarantined citations retrieval'
    ).split(' ');
    const db = new Database(':memory:');
    db.exec(
      "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61'); CREATE VIRTUAL TABLE v USING fts5vocab(t, 'row');",
    );
    const insert = db.prepare('INSERT INTO t(x) VALUES (?)');
    for (const w of words) insert.run(w);
    const terms = new Set(
      db
        .prepare<[], { term: string }>('SELECT term FROM v')
        .all()
        .map((r) => r.term),
    );
    const mismatched = words.filter((w) => !terms.has(porterStem(w)));
    expect(mismatched).toEqual([]);
    db.close();
  });
});
