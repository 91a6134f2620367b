// Markdown images load without a click; links leak on click; raw <img> tags when HTML is rendered.
const URLS =
  /!\[[^\]]*\]\(\s*<?(https?:\/\/[^\s)>]+)|\[[^\]]*\]\(\s*<?(https?:\/\/[^\s)>]+)|<img[^>]+src=["']?(https?:\/\/[^\s"'>]+)/gi;

/** URLs in rendered-markup positions whose host is not on the allow-list. */
export function offListUrls(text: string, allowedHosts: readonly string[]): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(URLS)) {
    const url = match[1] ?? match[2] ?? match[3];
    if (!url) continue;
    let host: string;
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      found.push(url);
      continue;
    }
    const allowed = allowedHosts.some((h) => host === h || host.endsWith(`.${h}`));
    if (!allowed) found.push(url);
  }
  return found;
}
