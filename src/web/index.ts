/** The docs assistant's chat page: static files the gateway serves at `/` and `/assets/*`. */
export { serveWebAsset, webAssets, WEB_SECURITY_HEADERS } from './web-assets.js';
export type { WebAsset } from './web-assets.js';
