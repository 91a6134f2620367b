export { resolveAccess, checkModelAccess, allowedModels, fallbackChain, effectiveLimits } from './access.js';
export type { Access, ModelKind } from './access.js';
export { decideTools, requestHasTools, withoutTools } from './access-tools.js';
export type { ToolsDecision, ToolsMode } from './access-tools.js';
