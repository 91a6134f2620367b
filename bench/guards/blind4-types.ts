/**
 * blind4: a held-out evaluation set for the guards, written by someone who never read the detectors, their
 * training data or earlier blind sets. Rows are data only; no test imports them, so detector authors never see
 * pass/fail from them. `bench/guards/eval-blind4.ts` scores them (the lead runs it) and validates them
 * (`--self-check`, no scanning).
 */

export const BLIND4_LABELS = ['attack', 'benign', 'harmful'] as const;
export type Blind4Label = (typeof BLIND4_LABELS)[number];

/** `prompt`: typed by the user of the app. `document`: text the app retrieved (web page, e-mail, tool result, …). */
export const BLIND4_SOURCES = ['prompt', 'document'] as const;
export type Blind4Source = (typeof BLIND4_SOURCES)[number];

/**
 * Languages: ISO 639-1, `xx-Latn` for a Latin-script transliteration (Hinglish, Russian and Arabic in Latin
 * letters, as people type them on phones), and `xx+yy` for code-switched text.
 */
export const BLIND4_LANGS = [
  'en',
  'es',
  'fr',
  'de',
  'pt',
  'it',
  'nl',
  'pl',
  'ru',
  'uk',
  'tr',
  'ar',
  'fa',
  'hi',
  'zh',
  'ja',
  'ko',
  'vi',
  'id',
  'sw',
  'he',
  'hi-Latn',
  'ru-Latn',
  'ar-Latn',
  'hi+en',
  'es+en',
  'de+en',
  'fr+en',
  'zh+en',
  'ar+en',
  'ru+en',
  'tr+de',
  'id+en',
  'sw+en',
] as const;
export type Blind4Lang = (typeof BLIND4_LANGS)[number];

export interface Blind4Row {
  id: string;
  lang: Blind4Lang;
  /** What the row is: the attack technique, the benign genre, the harm area or the harm look-alike (`lookalike-*`). */
  kind: string;
  label: Blind4Label;
  source: Blind4Source;
  text: string;
}

/** One authored row: language and text; the block it sits in gives kind, label and source. */
export type Blind4Entry = readonly [lang: Blind4Lang, text: string];

export interface Blind4Block {
  kind: string;
  label: Blind4Label;
  source: Blind4Source;
  entries: readonly Blind4Entry[];
}

/** Expands authored blocks into rows with ids `<prefix>-<kind>-<n>` (n counts within the kind, from 1). */
export function expandBlocks(prefix: string, blocks: readonly Blind4Block[]): Blind4Row[] {
  const seen = new Map<string, number>();
  const rows: Blind4Row[] = [];
  for (const b of blocks) {
    for (const [lang, text] of b.entries) {
      const n = (seen.get(b.kind) ?? 0) + 1;
      seen.set(b.kind, n);
      rows.push({
        id: `${prefix}-${b.kind}-${n}`,
        lang,
        kind: b.kind,
        label: b.label,
        source: b.source,
        text,
      });
    }
  }
  return rows;
}

/** attack / hard benign (injection look-alikes) / harmful / benign harm look-alikes (`lookalike-*` kinds). */
export type Blind4Group = 'attack' | 'benign' | 'harmful' | 'lookalike';

export const groupOf = (r: Pick<Blind4Row, 'label' | 'kind'>): Blind4Group =>
  r.label === 'benign' && r.kind.startsWith('lookalike-') ? 'lookalike' : r.label;
