const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++)
    crc = (CRC_TABLE[(crc ^ text.charCodeAt(i)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export function base62(value: number, width: number): string {
  let out = '';
  let v = value;
  while (v > 0) {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  }
  return out.padStart(width, '0');
}

/**
 * GitHub (and npm) tokens end with a base62 CRC32 of their random part, so a real token can be told from a
 * look-alike offline (GitHub's 2021 token-format change). Input: the token without its prefix (30 + 6 chars).
 */
export function checksumTokenValid(body: string): boolean {
  if (body.length !== 36) return false;
  return base62(crc32(body.slice(0, 30)), 6) === body.slice(30);
}

/** Builds a token body with a valid checksum (tests and benchmark fixtures). */
export function withChecksum(random30: string): string {
  return random30 + base62(crc32(random30), 6);
}

function base64UrlDecode(part: string): string | undefined {
  try {
    return Buffer.from(part.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  } catch {
    return undefined; // not decodable: the caller treats it as not a JWT
  }
}

/** A JWT's header must be JSON naming an `alg`; random `eyJ…` strings fail this. */
export function jwtStructureValid(token: string): boolean {
  const header = base64UrlDecode(token.split('.')[0] ?? '');
  if (!header) return false;
  try {
    const parsed: unknown = JSON.parse(header);
    return typeof parsed === 'object' && parsed !== null && 'alg' in parsed;
  } catch {
    return false; // header is not JSON
  }
}
