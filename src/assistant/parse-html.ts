import type { ParsedDoc, ParsedSection } from './parsed-doc.js';

// Content a browser never renders as text: skipped entirely (scripts never reach the index or the page).
const RAW_SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
]);
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'nav',
  'aside',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
  'thead',
  'tbody',
  'pre',
  'blockquote',
  'figure',
  'figcaption',
  'br',
  'hr',
  'form',
  'fieldset',
  'details',
  'summary',
]);
const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
// Text hidden from readers but visible to a model is the classic carrier of indirect prompt injection.
const HIDDEN_STYLE =
  /(display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|opacity\s*:\s*0(?![.\d]*[1-9]))/i;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  copy: '©',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[name.toLowerCase()] ?? all;
  });
}

function isHidden(attrs: string): boolean {
  if (/(^|\s)hidden(\s|=|$)/i.test(attrs)) return true;
  if (/aria-hidden\s*=\s*["']?true/i.test(attrs)) return true;
  const style = /style\s*=\s*("([^"]*)"|'([^']*)')/i.exec(attrs);
  return style !== null && HIDDEN_STYLE.test(style[2] ?? style[3] ?? '');
}

/**
 * Extracts readable text from HTML without executing or rendering anything: scripts, styles and embedded objects
 * are dropped; text a reader would not see (comments, `hidden`, `display:none`, …) is returned separately so
 * ingestion can scan and quarantine it instead of indexing it. Headings h1–h6 open sections.
 */
export function parseHtml(source: string, fallbackTitle: string): ParsedDoc {
  let out = '';
  let title = '';
  const sections: ParsedSection[] = [];
  const headings: string[] = [];
  const hidden: ParsedDoc['hidden'] = [];
  const stack: { name: string; hidden: boolean }[] = [];
  const headingStack: { level: number; title: string }[] = [];
  let hiddenDepth = 0;
  let hiddenBuf = '';
  let inTitle = false;
  let heading: { level: number; text: string } | null = null;
  let sectionStart = 0;

  const closeSection = () => {
    const body = out.slice(sectionStart);
    const lead = body.length - body.trimStart().length;
    const trimmed = body.trim();
    if (trimmed) {
      sections.push({
        headings: headingStack.map((h) => h.title),
        text: trimmed,
        start: sectionStart + lead,
        end: sectionStart + lead + trimmed.length,
      });
    }
  };
  // Ends the open heading: on its closing tag, or when malformed markup starts a block inside it.
  const finishHeading = () => {
    if (!heading) return;
    const text = heading.text.trim();
    const level = heading.level;
    heading = null;
    if (!text) return;
    closeSection();
    while (headingStack.length > 0 && (headingStack[headingStack.length - 1]?.level ?? 0) >= level)
      headingStack.pop();
    headingStack.push({ level, title: text });
    headings.push(text);
    newline();
    sectionStart = out.length;
  };
  const newline = () => {
    if (out.length > 0 && !out.endsWith('\n\n')) out += out.endsWith('\n') ? '\n' : '\n\n';
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(source); m !== null; m = TOKEN.exec(source)) {
    const token = m[0];
    if (token.startsWith('<!') && !token.startsWith('<!--')) continue;
    if (token.startsWith('<?')) continue;
    if (token.startsWith('<!--')) {
      const body = decodeEntities(token.slice(4).replace(/-->$/, '')).trim();
      if (/\p{L}{3,}/u.test(body))
        hidden.push({ text: body, start: out.length, end: out.length, reason: 'html_comment' });
      continue;
    }
    const name = m[2]?.toLowerCase();
    if (name === undefined) {
      const text = decodeEntities(token === '<' ? '<' : token).replace(/\s+/g, ' ');
      if (hiddenDepth > 0) hiddenBuf += text;
      else if (inTitle) title += text;
      else if (heading) heading.text += text;
      else if (text.trim() || (out.length > 0 && !/\s$/.test(out))) out += text;
      continue;
    }
    const closing = m[1] === '/';
    const attrs = m[3] ?? '';
    if (!closing && RAW_SKIP.has(name)) {
      const end = source.toLowerCase().indexOf(`</${name}`, TOKEN.lastIndex);
      const close = end < 0 ? source.length : source.indexOf('>', end);
      TOKEN.lastIndex = close < 0 ? source.length : close + 1;
      continue;
    }
    if (name === 'title') {
      inTitle = !closing;
      continue;
    }
    const level = /^h([1-6])$/.exec(name)?.[1];
    if (closing) {
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at >= 0) {
        for (const popped of stack.splice(at)) {
          if (popped.hidden) {
            hiddenDepth--;
            if (hiddenDepth === 0 && /\p{L}{3,}/u.test(hiddenBuf)) {
              hidden.push({
                text: hiddenBuf.trim(),
                start: out.length,
                end: out.length,
                reason: 'hidden_html',
              });
            }
            if (hiddenDepth === 0) hiddenBuf = '';
          }
        }
      }
      if (level && hiddenDepth === 0) finishHeading();
      else if (BLOCK.has(name) && hiddenDepth === 0) newline();
      continue;
    }
    if (VOID.has(name) || attrs.trimEnd().endsWith('/')) {
      if (name === 'br' || name === 'hr') newline();
      continue;
    }
    const hide = isHidden(attrs);
    stack.push({ name, hidden: hide });
    if (hide) hiddenDepth++;
    if (hiddenDepth > 0) continue;
    if (level) {
      finishHeading();
      heading = { level: Number(level), text: '' };
    } else if (BLOCK.has(name)) {
      finishHeading();
      newline();
      if (name === 'li') out += '- ';
    }
  }
  finishHeading();
  closeSection();
  return {
    format: 'html',
    title: title.trim() || headings[0] || fallbackTitle,
    headings,
    sections,
    hidden,
  };
}
