/**
 * The docs assistant: ingestion with provenance and guard scans, an FTS5/BM25 index, extractive or grounded
 * generative answers with citations, the `bastion-docs` model, feedback and evaluation.
 */
export { createDocsModel, questionOf, renderContent } from './docs-model.js';
export type { DocsChatChunk, DocsChatResponse, DocsModelOptions } from './docs-model.js';
export { createDocsAssistant, DONT_KNOW } from './docs-assistant.js';
export type { DocsAssistant, DocsAssistantOptions } from './docs-assistant.js';
export {
  logIndexReady,
  skipsMissingSource,
  openAssistant,
  openAssistantAt,
  resolveDocsIndexPath,
} from './runtime.js';
export type { AssistantRuntime, OpenAssistantOptions } from './runtime.js';
export { createAssistantRoutes, feedbackBodySchema } from './routes.js';
export type { AssistantRoutes, FeedbackContext, RouteResult } from './routes.js';
export { createBasicIngestScanner } from './basic-ingest-scanner.js';
export type { IngestScanFn } from './ingest-scanner.js';
export type { IngestReport, IngestFileReport } from './ingest.js';
export type { Citation, DocsAnswer } from './answer-types.js';
