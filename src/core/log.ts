import { isoTime } from './iso-time.js';

/** Structured JSON logs on stderr. Secrets and prompt text are redacted before a line is written. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

const LEVELS: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

// Field names whose values are credentials or user content; both stay out of logs by default.
const SECRET_FIELD = /authorization|api[-_]?key|secret|password|token(?!s)|cookie|^key$/i;
const CONTENT_FIELD = /^(prompt|messages|content|input|output|text|completion)$/i;
// Bastion keys and common provider key shapes that could slip into a message string.
const SECRET_VALUE = /\b(bst_[A-Za-z0-9_-]{20,}|sk-[A-Za-z0-9_-]{16,}|sk-ant-[A-Za-z0-9_-]{16,})\b/g;

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

export interface LoggerOptions {
  level?: LogLevel;
  /** Keep prompt/response text in logs; only when the policy says so. */
  logContent?: boolean;
  write?: (line: string) => void;
  base?: Record<string, unknown>;
}

function redact(value: unknown, logContent: boolean, depth = 0): unknown {
  if (typeof value === 'string') return value.replace(SECRET_VALUE, '[REDACTED]');
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { name: value.name, message: redact(value.message, logContent) };
  if (Array.isArray(value)) return value.map((v) => redact(v, logContent, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (SECRET_FIELD.test(key)) out[key] = '[REDACTED]';
    else if (!logContent && CONTENT_FIELD.test(key)) out[key] = '[CONTENT]';
    else out[key] = redact(child, logContent, depth + 1);
  }
  return out;
}

/**
 * @example
 * const log = createLogger({ level: 'info' });
 * log.info('listening', { url: 'http://127.0.0.1:8080' });
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = LEVELS[options.level ?? 'info'];
  const logContent = options.logContent ?? false;
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const base = options.base ?? {};

  const emit = (level: Exclude<LogLevel, 'silent'>, msg: string, fields?: Record<string, unknown>) => {
    if (LEVELS[level] < threshold) return;
    const record = redact({ ...base, ...fields }, logContent) as Record<string, unknown>;
    write(JSON.stringify({ time: isoTime(Date.now()), level, msg: redact(msg, logContent), ...record }));
  };

  return {
    debug: (msg, fields) => emit('debug', msg, fields),
    info: (msg, fields) => emit('info', msg, fields),
    warn: (msg, fields) => emit('warn', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
    child: (fields) => createLogger({ ...options, base: { ...base, ...fields } }),
  };
}

/** A logger that writes nothing, for tests and library callers that bring their own. */
export const silentLogger: Logger = createLogger({ level: 'silent' });
