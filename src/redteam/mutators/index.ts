import type { Mutator } from '../types.js';
import base64 from './base64.js';
import codeFence from './code-fence.js';
import documentEmbed from './document-embed.js';
import hex from './hex.js';
import homoglyphs from './homoglyphs.js';
import leetspeak from './leetspeak.js';
import manyShot from './many-shot.js';
import markdown from './markdown.js';
import multiTurn from './multi-turn.js';
import payloadSplit from './payload-split.js';
import reverse from './reverse.js';
import rolePlay from './role-play.js';
import rot13 from './rot13.js';
import toolResult from './tool-result.js';
import unicodeTags from './unicode-tags.js';
import zeroWidth from './zero-width.js';

/** Every mutator, by id. A new one is one file plus one line here. */
export const MUTATORS: Record<string, Mutator> = Object.fromEntries(
  [
    base64,
    hex,
    rot13,
    leetspeak,
    homoglyphs,
    zeroWidth,
    unicodeTags,
    payloadSplit,
    rolePlay,
    manyShot,
    codeFence,
    markdown,
    documentEmbed,
    toolResult,
    multiTurn,
    reverse,
  ].map((m) => [m.id, m]),
);
