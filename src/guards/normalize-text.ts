// The one place the engine gets its normaliser from (H3's, src/guards/normalize/index.ts).
export { normalize as normalizeText } from './normalize/index.js';
