/**
 * Builds the benchmark corpus at bench time from documentation already on the machine: the English man pages
 * (roff converted to Markdown, keeping NAME/SYNOPSIS/DESCRIPTION… as headings) and the Markdown files of the
 * installed npm packages. Nothing is downloaded.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface CorpusDoc {
  /** Path relative to the corpus folder. */
  path: string;
  kind: 'man' | 'npm';
  /** Man pages: the NAME line's description ("list directory contents"). */
  description?: string;
}

const ESCAPES: Record<string, string> = {
  em: '—',
  en: '–',
  bu: '•',
  lq: '"',
  rq: '"',
  aq: "'",
  dq: '"',
  oq: "'",
  cq: "'",
  co: '©',
  rg: '®',
  mi: '-',
  hy: '-',
  ti: '~',
  ha: '^',
  rs: '\\',
  aa: "'",
  ga: '`',
};

/** Plain text of one roff line: font switches, escapes and quotes removed. */
function roffText(line: string): string {
  return line
    .replace(/\\f(?:\[[^\]]*\]|\(..|.)/g, '')
    .replace(/\\\((..)/g, (_, n: string) => ESCAPES[n] ?? '')
    .replace(/\\\[([^\]]*)\]/g, (_, n: string) => ESCAPES[n] ?? '')
    .replace(/\\\*(?:\(..|\[[^\]]*\]|.)/g, '')
    .replace(/\\[-e]/g, (m) => (m === '\\-' ? '-' : '\\'))
    .replace(/\\[&|^%:)0 ]/g, (m) => (m === '\\ ' || m === '\\0' ? ' ' : ''))
    .replace(/\\s[-+]?\d/g, '')
    .replace(/\\"/g, '')
    .replace(/\\(.)/g, '$1');
}

/** Converts a man page to Markdown: .TH → title, .SH/.SS → headings, macro arguments → text. */
export function manToMarkdown(
  roff: string,
): { markdown: string; title: string; description?: string } | null {
  const out: string[] = [];
  let title = '';
  let section = '';
  let description: string | undefined;
  let skipDefinition = false;
  for (const raw of roff.split('\n')) {
    if (skipDefinition) {
      if (raw.startsWith('..')) skipDefinition = false;
      continue;
    }
    if (raw.startsWith('.so ')) return null; // an alias of another page
    if (/^\.(de|de1|am|ig)\b/.test(raw)) {
      skipDefinition = true;
      continue;
    }
    if (
      raw.startsWith('.\\"') ||
      raw.startsWith('\'\\"') ||
      /^[.'](ie|el|if|ds|nr|tr|rm|ft|ne|hy|nh|ad|na|in|ti|ll|ta|so|mso|do|ec|eo|cs|ss|ps|vs|fam|IX|\\})\b/.test(
        raw,
      )
    )
      continue;
    const macro = /^[.'](\S+)\s*(.*)$/.exec(raw);
    if (macro) {
      const [, name = '', args = ''] = macro;
      const text = roffText(args.replace(/"/g, '')).trim();
      if (name === 'TH') title = text.split(/\s+/).slice(0, 2).join('(') + ')';
      else if (name === 'SH' || name === 'SS') {
        section = text.toUpperCase();
        out.push('', `${name === 'SH' ? '##' : '###'} ${text}`, '');
      } else if (/^(B|I|BR|BI|IB|IR|RB|RI|SM|SB)$/.test(name)) out.push(roffText(args.replace(/"/g, '')));
      else if (/^(PP|LP|P|TP|IP|HP|sp|br|RS|RE|nf|fi|EX|EE)$/.test(name)) {
        out.push('');
        if (name === 'IP' && text) out.push(text);
      }
      continue;
    }
    const text = roffText(raw);
    if (section === 'NAME' && description === undefined) {
      const m = /\s[-–—]\s+(.+)$/.exec(text);
      if (m?.[1]) description = m[1].trim();
    }
    out.push(text);
  }
  if (!title) return null;
  const markdown = `# ${title}\n${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
  return description === undefined ? { markdown, title } : { markdown, title, description };
}

function* walk(dir: string, match: (name: string) => boolean): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* walk(path, match);
    else if (e.isFile() && match(e.name)) yield path;
  }
}

/**
 * Writes up to `maxMan` man pages and every npm Markdown file under `out`, returning what it wrote.
 * Deterministic: files are taken in sorted order.
 */
export function buildCorpus(out: string, repo: string, maxMan: number): CorpusDoc[] {
  mkdirSync(join(out, 'man'), { recursive: true });
  mkdirSync(join(out, 'npm'), { recursive: true });
  const docs: CorpusDoc[] = [];
  const manRoot = '/usr/share/man';
  // Sections 2–8 first (system calls, libraries, file formats, admin commands), then section 1, so the corpus is
  // not only user commands (section 1 alone holds thousands of near-identical generated CLI pages).
  const manDirs = existsSync(manRoot)
    ? readdirSync(manRoot)
        .filter((d) => /^man\d$/.test(d))
        .sort((a, b) => (a === 'man1' ? 1 : b === 'man1' ? -1 : a.localeCompare(b)))
    : [];
  const seenTitles = new Set<string>();
  for (const dir of manDirs) {
    for (const file of readdirSync(join(manRoot, dir)).sort()) {
      if (docs.length >= maxMan) break;
      const path = join(manRoot, dir, file);
      if (!statSync(path).isFile()) continue;
      let roff: string;
      try {
        const bytes = readFileSync(path);
        roff = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
      } catch {
        continue;
      }
      const page = manToMarkdown(roff);
      if (!page || seenTitles.has(page.title) || page.markdown.length < 200) continue;
      seenTitles.add(page.title);
      const rel = `man/${dir}/${basename(file, '.gz')}.md`;
      mkdirSync(join(out, 'man', dir), { recursive: true });
      writeFileSync(join(out, rel), page.markdown);
      docs.push({ path: rel, kind: 'man', ...(page.description ? { description: page.description } : {}) });
    }
  }
  const nm = join(repo, 'node_modules');
  for (const path of [...walk(nm, (n) => /\.(md|markdown)$/i.test(n))].sort()) {
    const rel = `npm/${relative(nm, path).replace(/[\\/]/g, '__')}`;
    writeFileSync(join(out, rel), readFileSync(path));
    docs.push({ path: rel, kind: 'npm' });
  }
  return docs;
}
