import { escapeXml } from '../report/timeline-svg.js';

const inline = (s: string) =>
  escapeXml(s)
    .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\[ \]/g, '☐');

/**
 * Renders the small Markdown subset our runbooks and reviews use (headings, lists, tables,
 * quotes, bold, code) to HTML, so the printable versions need no Markdown dependency.
 */
export function marked(md: string): string {
  const out: string[] = [];
  let list: 'ul' | 'ol' | undefined;
  let table = false;
  const close = () => {
    if (list) out.push(`</${list}>`);
    if (table) out.push('</tbody></table>');
    list = undefined;
    table = false;
  };
  for (const line of md.split('\n')) {
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    const bullet = /^- (.*)$/.exec(line);
    const numbered = /^\d+\. (.*)$/.exec(line);
    if (heading) {
      close();
      const level = heading[1]?.length ?? 1;
      out.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`);
    } else if (bullet || numbered) {
      const kind = bullet ? 'ul' : 'ol';
      if (list !== kind) {
        close();
        out.push(`<${kind}>`);
        list = kind;
      }
      out.push(`<li>${inline((bullet ?? numbered)?.[1] ?? '')}</li>`);
    } else if (line.startsWith('|')) {
      const cells = line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\\|/g, '|'));
      if (cells.every((c) => /^-+:?$|^:?-+$/.test(c))) continue;
      if (!table) {
        close();
        out.push(
          `<table><thead><tr>${cells.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>`,
        );
        table = true;
      } else out.push(`<tr>${cells.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`);
    } else if (line.startsWith('> ')) {
      close();
      out.push(`<blockquote>${inline(line.slice(2))}</blockquote>`);
    } else if (line.trim() === '') close();
    else {
      close();
      out.push(`<p>${inline(line)}</p>`);
    }
  }
  close();
  return out.join('\n');
}
