import { describe, expect, it } from 'vitest';
import { SECRET_RULES } from '../../guards/secrets/rules.js';
import { guardsSecretDetector } from './guards-secrets.js';

const detector = guardsSecretDetector();
const types = (text: string) => detector.detect(text).map((d) => d.type);

describe('guards secret rules as used on bundles', () => {
  it('still finds every rule example', () => {
    const missed = SECRET_RULES.filter((r) => detector.detect(r.example).length === 0).map((r) => r.id);
    expect(missed).toEqual([]);
  });

  it('drops code on the right of a credential-like name and low-entropy lookup tables from binaries', () => {
    expect(types('const privateKey = import_crypto5.default.createPrivateKey({ key })')).toEqual([]);
    expect(types('const credentials = this._getHttpCredentials(requestUrl);')).toEqual([]);
    expect(types('@@@@AAAAAAAAAAAAAAAAAAAAABBBBBBBBBBBCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC')).toEqual([]);
  });

  it('keeps a quoted high-entropy value assigned to a credential-like name', () => {
    expect(types('var cfg = { apiKey: "Zq8Kd93LmX0pVt7RwY2bN5cHs4JfGe1AuTo" };').length).toBe(1);
  });
});
