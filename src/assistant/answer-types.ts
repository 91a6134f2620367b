/** A numbered reference from an answer to the passage that supports it. */
export interface Citation {
  /** The number used in the answer text: `[1]`. */
  index: number;
  /** Passage id: `GET /v1/docs/passages/:id` returns its text. */
  id: string;
  source: string;
  heading: string;
  /** Offsets of the passage in the source's (extracted) text. */
  start: number;
  end: number;
  /** The sentence(s) of the passage the answer quotes or relies on. */
  quote: string;
}

export interface DocsAnswer {
  answer: string;
  citations: Citation[];
  /** false when retrieval confidence was too low: the answer says it does not know. */
  answered: boolean;
  confidence: number;
  mode: 'extractive' | 'generative';
  /** When not answered: the documents that came closest. */
  closest: { source: string; heading: string; id: string }[];
  /** Generative mode: sentences the grounding check could not match to a cited passage. */
  unsupported: string[];
  elapsedMs: number;
}
