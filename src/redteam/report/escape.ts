// eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
const XML_FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML and XML bodies and attributes; model output is attacker-controlled. */
export function escapeXml(text: string): string {
  // XML 1.0 forbids most control characters even when escaped, so they are dropped.
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c).replace(XML_FORBIDDEN, '');
}
