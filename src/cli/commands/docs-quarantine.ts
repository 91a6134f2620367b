import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import type { AssistantRuntime } from '../../assistant/index.js';
import { BastionError } from '../../core/errors/index.js';
import type { ReviewDecision } from '../../store/docs-review.js';
import type { QuarantineRecord } from '../../store/docs-store.js';
import { eventAuditEntry } from '../../store/event-audit-entry.js';
import { cliUser } from '../../store/key-audit.js';
import { loadCommandConfig, type CommandConfig } from '../shared/config.js';
import { openExistingIndex } from '../shared/docs-index.js';
import { storeLocation, withStore } from '../shared/store.js';

interface QuarantineOptions {
  config?: string;
  json?: boolean;
  all?: boolean;
  reason?: string;
}

/** The id people type: short, and the same across re-ingests while the passage is unchanged. */
export function quarantineId(item: QuarantineRecord): string {
  return item.fingerprint ? `q_${item.fingerprint.slice(0, 10)}` : `q_row${item.id}`;
}

/** Why a passage cannot be released, or null when it can. */
function holdOf(item: QuarantineRecord): string | null {
  if (!item.fingerprint)
    return 'ingested by an older Bastion: run `npx bastion docs ingest` (or restart the gateway) once to make it reviewable';
  return item.passage ? null : (item.hold ?? 'no passage to release');
}

const oneLine = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

function view(item: QuarantineRecord) {
  return {
    id: quarantineId(item),
    status: item.status,
    source: item.source,
    heading: item.heading,
    chars: [item.start, item.end],
    finding: item.reason,
    scanner: item.scanner,
    score: item.score,
    snippet: item.excerpt,
    releasable: holdOf(item) === null,
    ...(holdOf(item) ? { hold: holdOf(item) } : {}),
  };
}

/** Every id resolved before anything is written: one typo must not leave half of a batch decided. */
function resolveIds(rt: AssistantRuntime, ids: readonly string[]): QuarantineRecord[] {
  const items = rt.docs.listQuarantine();
  return ids.map((raw) => {
    const id = raw.trim();
    const hex = id.replace(/^q_/, '');
    const matches = items.filter(
      (q) => quarantineId(q) === id || (hex.length >= 6 && q.fingerprint.startsWith(hex)),
    );
    if (matches.length === 1) return matches[0] as QuarantineRecord;
    if (matches.length > 1)
      throw new BastionError(
        'BASTION_ERR_INPUT_INVALID',
        `"${id}" matches ${matches.length} quarantined passages; give more of the id (${matches.map(quarantineId).join(', ')})`,
      );
    const decided = rt.review.list().find((d) => d.fingerprint.startsWith(hex) && hex.length >= 6);
    throw new BastionError(
      'BASTION_ERR_INPUT_INVALID',
      decided
        ? `${id} was already ${decided.decision} by ${decided.actor} on ${new Date(decided.at).toISOString()}: "${decided.reason}"`
        : `no quarantined passage "${id}" in ${rt.indexPath} (list them with: npx bastion docs quarantine)`,
    );
  });
}

function requireReason(reason: string | undefined, action: string): string {
  const text = reason?.trim() ?? '';
  if (text.length < 3)
    throw new BastionError(
      'BASTION_ERR_INPUT_INVALID',
      `--reason: say why you ${action} it (recorded in the audit log), e.g. --reason "quotes an attack as an example"`,
    );
  return text;
}

/**
 * Audit first, then the decision (fail closed): the docs index may live in another database than the audit log
 * (a PostgreSQL store, assistant.indexPath), so the two cannot share a transaction. A decision that cannot be
 * recorded is not made.
 */
async function decide(
  loaded: CommandConfig,
  rt: AssistantRuntime,
  items: readonly QuarantineRecord[],
  action: 'release' | 'reject',
  reason: string,
): Promise<void> {
  const actor = cliUser();
  await withStore(loaded, async (store) => {
    for (const item of items) {
      const decision: Omit<ReviewDecision, 'decision'> = {
        fingerprint: item.fingerprint,
        reason,
        actor,
        at: Date.now(),
        source: item.source,
        heading: item.heading,
        finding: item.reason,
        score: item.score,
      };
      await store.audit.append(
        eventAuditEntry({
          requestId: `cli_${randomUUID()}`,
          extra: {
            route: `cli docs quarantine ${action}`,
            docsReview: {
              action,
              passage: quarantineId(item),
              fingerprint: item.fingerprint,
              source: item.source,
              heading: item.heading,
              finding: item.reason,
              scanner: item.scanner,
              score: item.score,
              reason,
              actor: { type: 'cli', user: actor },
            },
          },
        }),
      );
      if (action === 'release') rt.review.release(item, decision);
      else rt.review.reject(item, decision);
      process.stdout.write(
        `${action === 'release' ? 'released' : 'rejected'} ${quarantineId(item)}  ${item.source} › ${item.heading}\n`,
      );
    }
  });
  process.stderr.write(
    `${items.length} decision${items.length === 1 ? '' : 's'} recorded in the audit log (${storeLocation(loaded)})` +
      (action === 'release' ? '; the passages are in the index now.\n' : '.\n'),
  );
}

/** Registers `bastion docs quarantine [list] | show | release | reject`. */
export function registerQuarantine(docs: Command): void {
  const quarantine = docs
    .command('quarantine')
    .description(
      'Review passages the ingest guards quarantined: list, show, release into the index or reject, with a reason in the audit log',
    )
    .addHelpText(
      'after',
      '\nA passage stays quarantined until someone decides. Decisions are kept across re-ingests while the passage is\n' +
        'unchanged; an edited passage is scanned again. Release indexes the passage with the personal-data and\n' +
        'secrets policy applied, as any other passage.\n\nExamples:\n  npx bastion docs quarantine\n' +
        '  npx bastion docs quarantine show q_3f9a0c12de\n' +
        '  npx bastion docs quarantine release q_3f9a0c12de --reason "quotes an attack as an example"\n' +
        '  npx bastion docs quarantine reject q_77be01aa42 --reason "instructions hidden in a vendor page"\n',
    );
  const options = (cmd: Command) => cmd.optsWithGlobals<QuarantineOptions>();

  quarantine
    .command('list', { isDefault: true })
    .description(
      'List quarantined passages: id, source, heading, finding and a snippet (pending ones; --all for every decision)',
    )
    .option('--json', 'print as JSON')
    .option('--all', 'also list rejected passages and the released ones')
    .action(async (_o: unknown, cmd: Command) => {
      const o = options(cmd);
      const rt = openExistingIndex(loadCommandConfig(o.config));
      try {
        const items = rt.docs.listQuarantine().filter((q) => o.all || q.status === 'pending');
        const released = o.all ? rt.review.list().filter((d) => d.decision === 'released') : [];
        if (o.json) {
          process.stdout.write(
            JSON.stringify(
              {
                index: rt.indexPath,
                quarantined: items.map(view),
                ...(o.all ? { released } : {}),
              },
              null,
              2,
            ) + '\n',
          );
          return;
        }
        if (items.length === 0 && released.length === 0) {
          process.stdout.write(`No ${o.all ? '' : 'pending '}quarantined passages in ${rt.indexPath}.\n`);
          return;
        }
        for (const q of items) {
          const hold = holdOf(q);
          process.stdout.write(
            `${quarantineId(q)}  ${q.status === 'rejected' ? '[rejected] ' : ''}${q.source} › ${q.heading}\n` +
              `    ${q.reason} (${q.scanner}, score ${q.score.toFixed(2)})${hold ? `; cannot be released: ${hold}` : ''}\n` +
              `    "${oneLine(q.excerpt, 110)}"\n`,
          );
        }
        for (const d of released)
          process.stdout.write(
            `q_${d.fingerprint.slice(0, 10)}  [released] ${d.source} › ${d.heading} by ${d.actor}: "${d.reason}"\n`,
          );
        const pending = items.filter((q) => q.status === 'pending').length;
        if (pending > 0)
          process.stdout.write(
            `\n${pending} pending. Read one: npx bastion docs quarantine show ID; then release or reject it: npx bastion docs quarantine release|reject ID --reason "…"\n`,
          );
      } finally {
        await rt.close();
      }
    });

  quarantine
    .command('show <id>')
    .description(
      'Print a quarantined passage in full: what the guards found and what releasing it would index',
    )
    .option('--json', 'print as JSON')
    .action(async (id: string, _o: unknown, cmd: Command) => {
      const o = options(cmd);
      const rt = openExistingIndex(loadCommandConfig(o.config));
      try {
        const [item] = resolveIds(rt, [id]) as [QuarantineRecord];
        if (o.json) {
          process.stdout.write(JSON.stringify({ ...view(item), passage: item.passage }, null, 2) + '\n');
          return;
        }
        const hold = holdOf(item);
        process.stdout.write(
          `${quarantineId(item)} (${item.status})\nsource:  ${item.source}, chars ${item.start}-${item.end}\nheading: ${item.heading}\n` +
            `finding: ${item.reason} (${item.scanner}, score ${item.score.toFixed(2)})\n` +
            (hold
              ? `cannot be released: ${hold}\n\n${item.excerpt}\n`
              : `\n--- releasing it indexes this text ---\n${item.passage?.text ?? ''}\n--- end ---\n`),
        );
      } finally {
        await rt.close();
      }
    });

  for (const action of ['release', 'reject'] as const) {
    quarantine
      .command(`${action} <ids...>`)
      .description(
        action === 'release'
          ? 'Index reviewed passages after all (each decision is audited, with your reason)'
          : 'Keep passages out of the index for good, until they change (each decision is audited, with your reason)',
      )
      .requiredOption('--reason <text>', 'why (recorded in the audit log with your OS user)')
      .action(async (ids: string[], _o: unknown, cmd: Command) => {
        const o = options(cmd);
        const reason = requireReason(o.reason, action);
        const loaded = loadCommandConfig(o.config);
        const rt = openExistingIndex(loaded);
        try {
          const items = resolveIds(rt, ids);
          if (action === 'release') {
            const held = items.filter((q) => holdOf(q) !== null);
            if (held.length > 0)
              throw new BastionError(
                'BASTION_ERR_INPUT_INVALID',
                held.map((q) => `${quarantineId(q)} cannot be released: ${holdOf(q)}`).join('\n'),
              );
          }
          await decide(loaded, rt, items, action, reason);
        } finally {
          await rt.close();
        }
      });
  }
}
