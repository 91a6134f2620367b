export {
  createManifest,
  signManifestFile,
  verifyWithManifest,
  writeText,
  serializeManifest,
} from './workflow.js';
export type { VerifyReport } from './workflow.js';
export { writeKeyPair, generateKeyPair, loadPrivateKey, loadPublicKey } from './keys.js';
export { parseManifest, rootDigest, type Manifest } from './manifest.js';
export { signPayload, verifyEnvelope, parseEnvelope } from './envelope.js';
export { hashFile } from './hash-file.js';
export { formatVerifyReport } from './report.js';
