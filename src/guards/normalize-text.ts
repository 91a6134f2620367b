// The one place the engine gets its normaliser from, so switching implementations is a one-line change.
export { basicNormalize as normalizeText } from './basic-normalize.js';
