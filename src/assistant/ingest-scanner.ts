import type { Finding } from '../guards/types.js';

/**
 * The guard scan ingestion runs on every chunk (and on hidden text). One function, so the guard engine can be
 * swapped in without touching the ingestion pipeline.
 */
export type IngestScanFn = (text: string) => Finding[];

/** A finding scored at or above this is acted on; below it is noise. */
export const FINDING_THRESHOLD = 0.5;
