import { fnv1a } from '../eval-data.js';
import { HARM_DEV_B_BENIGN, HARM_DEV_B_HARMFUL } from './harm-dev-b.js';
import { HARM_DEV_C_BENIGN, HARM_DEV_C_HARMFUL } from './harm-dev-c.js';
import { HARM_DEV_D_BENIGN, HARM_DEV_D_HARMFUL } from './harm-dev-d.js';
import { HARM_DEV_E_BENIGN, HARM_DEV_E_HARMFUL } from './harm-dev-e.js';
import { HARM_DEV_F_BENIGN, HARM_DEV_F_HARMFUL } from './harm-dev-f.js';
import { HARM_DEV_G_BENIGN, HARM_DEV_G_HARMFUL } from './harm-dev-g.js';
import { HARM_DEV_H_BENIGN, HARM_DEV_H_HARMFUL } from './harm-dev-h.js';
import { HARM_DEV_I_BENIGN, HARM_DEV_I_HARMFUL } from './harm-dev-i.js';
import { HARM_DEV_J_BENIGN, HARM_DEV_J_HARMFUL } from './harm-dev-j.js';
import { HARM_DEV_EN_BENIGN, HARM_DEV_EN_HARMFUL } from './harm-dev-en.js';
import { HARM_DEV_INTL } from './harm-dev-intl.js';

/**
 * The harm-topic gate's own development rows (harm-dev-en.ts, harm-dev-intl.ts) as one list, split by a hash of
 * the text into a TUNE half (look at misses, then change the lexicons and rules by concept) and a DEV half (only
 * counted, never read row by row while changing the gate), so the dev figures show whether a change generalises.
 * Never trained on: the head's training (scripts/train-guards.ts) does not import this file.
 */
export type HarmDevSplit = 'tune' | 'dev';

export interface HarmDevRow {
  lang: string;
  label: 'harmful' | 'benign';
  /**
   * English rows: the category (weapons, security, business, …); other languages: the language; the second batch
   * (harm-dev-b.ts): `b/` and the category (benign) or `b/harmful`; the third (harm-dev-c.ts, never tuned on,
   * all dev): `c/` likewise; the fourth (harm-dev-d.ts, security only): `d/security` and `d/hacking`; the fifth
   * (harm-dev-e.ts): `e/` and the kind of ask (harmful: indirect, multiturn, slang, …) or of benign setting; the
   * sixth (harm-dev-f.ts): `f/` and the category (self-harm, hate, misinformation, …; security, moderation, …); the
   * seventh (harm-dev-g.ts, security only): `g/security` and `g/hacking`; the eighth (harm-dev-h.ts, never tuned
   * on, all dev): `h/harmful` and `h/benign`; the ninth and tenth (harm-dev-i.ts, -j.ts, never tuned on, all
   * dev): `i/…`, `j/…` likewise.
   */
  kind: string;
  text: string;
  split: HarmDevSplit;
}

export function harmDevSplit(text: string): HarmDevSplit {
  return fnv1a(`bastion-harm-dev-v1:${text}`) % 2 === 0 ? 'tune' : 'dev';
}

export function harmDevRows(): HarmDevRow[] {
  const out: HarmDevRow[] = [];
  const add = (lang: string, label: HarmDevRow['label'], kind: string, text: string): void => {
    // The third, eighth, ninth and tenth batches are never tuned on: all of them is dev.
    const heldOut = ['c/', 'h/', 'i/', 'j/'].some((b) => kind.startsWith(b));
    out.push({ lang, label, kind, text, split: heldOut ? 'dev' : harmDevSplit(text) });
  };
  for (const [kind, texts] of Object.entries(HARM_DEV_EN_HARMFUL))
    for (const text of texts) add('en', 'harmful', kind, text);
  for (const [kind, texts] of Object.entries(HARM_DEV_EN_BENIGN))
    for (const text of texts) add('en', 'benign', kind, text);
  for (const [lang, r] of Object.entries(HARM_DEV_INTL)) {
    for (const text of r.harmful) add(lang, 'harmful', lang, text);
    for (const text of r.benign) add(lang, 'benign', lang, text);
  }
  for (const [kind, texts] of Object.entries(HARM_DEV_B_BENIGN))
    for (const text of texts) add('xx', 'benign', `b/${kind}`, text);
  for (const [lang, texts] of Object.entries(HARM_DEV_B_HARMFUL))
    for (const text of texts) add(lang, 'harmful', 'b/harmful', text);
  for (const [kind, texts] of Object.entries(HARM_DEV_C_BENIGN))
    for (const text of texts) add('xx', 'benign', `c/${kind}`, text);
  for (const [lang, texts] of Object.entries(HARM_DEV_C_HARMFUL))
    for (const text of texts) add(lang, 'harmful', 'c/harmful', text);
  for (const text of HARM_DEV_D_BENIGN) add('xx', 'benign', 'd/security', text);
  for (const text of HARM_DEV_D_HARMFUL) add('xx', 'harmful', 'd/hacking', text);
  for (const [kind, texts] of Object.entries(HARM_DEV_E_HARMFUL))
    for (const text of texts) add('xx', 'harmful', `e/${kind}`, text);
  for (const [kind, texts] of Object.entries(HARM_DEV_E_BENIGN))
    for (const text of texts) add('xx', 'benign', `e/${kind}`, text);
  for (const [kind, texts] of Object.entries(HARM_DEV_F_HARMFUL))
    for (const text of texts) add('xx', 'harmful', `f/${kind}`, text);
  for (const [kind, texts] of Object.entries(HARM_DEV_F_BENIGN))
    for (const text of texts) add('xx', 'benign', `f/${kind}`, text);
  for (const text of HARM_DEV_G_BENIGN) add('xx', 'benign', 'g/security', text);
  for (const text of HARM_DEV_G_HARMFUL) add('xx', 'harmful', 'g/hacking', text);
  for (const text of HARM_DEV_H_BENIGN) add('xx', 'benign', 'h/benign', text);
  for (const text of HARM_DEV_H_HARMFUL) add('xx', 'harmful', 'h/harmful', text);
  for (const text of HARM_DEV_I_BENIGN) add('xx', 'benign', 'i/benign', text);
  for (const text of HARM_DEV_I_HARMFUL) add('xx', 'harmful', 'i/harmful', text);
  for (const text of HARM_DEV_J_BENIGN) add('xx', 'benign', 'j/benign', text);
  for (const text of HARM_DEV_J_HARMFUL) add('xx', 'harmful', 'j/harmful', text);
  return out;
}
