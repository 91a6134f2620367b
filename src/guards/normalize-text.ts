// The one place the engine gets its normaliser from (src/guards/normalize/index.ts).
export { normalize as normalizeText } from './normalize/index.js';
