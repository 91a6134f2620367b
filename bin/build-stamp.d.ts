// Types of build-stamp.js (plain JavaScript: it runs before anything is compiled), for the TypeScript that imports it.
export interface BuildStamp {
  format: number;
  fingerprint: string;
}
export interface RuntimeChoice {
  run: 'dist' | 'tsx';
  reason: string;
  warn?: true;
}
export const STAMP_FILE: string;
export const STAMP_FORMAT: number;
export function isTestFile(path: string): boolean;
export function buildInputs(root: string): string[];
export function fingerprint(root: string, inputs?: readonly string[]): string;
export function readStamp(root: string): BuildStamp | undefined;
export function chooseRuntime(input: {
  override: string | undefined;
  stamp: BuildStamp | undefined;
  hasSources: boolean;
  current: () => string;
}): RuntimeChoice;
