/**
 * A progress bar for long CLI runs. It draws only when the stream is a TTY (CI logs stay clean) and redraws
 * at most ~10 times a second so hashing 10 GB costs nothing measurable in terminal writes.
 */
export interface Progress {
  /** Adds `n` units (bytes, rows, files) of work done. */
  tick(n: number): void;
  /** Sets a short label shown next to the bar, e.g. the file being read. */
  label(text: string): void;
  done(): void;
}

export interface ProgressOptions {
  total: number;
  unit?: 'bytes' | 'items';
  title?: string;
  stream?: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  now?: () => number;
}

const noop: Progress = { tick: () => undefined, label: () => undefined, done: () => undefined };

function human(n: number, unit: 'bytes' | 'items'): string {
  if (unit === 'items') return String(n);
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i === 0 ? 0 : 1)} ${units[i]}`;
}

/**
 * @example
 * const bar = createProgress({ total: bytes, title: 'hashing' });
 * bar.tick(chunk.length); bar.done();
 */
export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (!(stream as { isTTY?: boolean }).isTTY) return noop;
  const now = options.now ?? Date.now;
  const unit = options.unit ?? 'bytes';
  const started = now();
  let done = 0;
  let last = 0;
  let current = '';
  const draw = (force: boolean) => {
    const t = now();
    if (!force && t - last < 100) return;
    last = t;
    const total = Math.max(options.total, 1);
    const ratio = Math.min(done / total, 1);
    const width = 24;
    const filled = Math.round(ratio * width);
    const secs = Math.max((t - started) / 1000, 0.001);
    const rate = unit === 'bytes' ? `${human(done / secs, unit)}/s` : `${Math.round(done / secs)}/s`;
    const cols = (stream as { columns?: number }).columns ?? 100;
    const line = `${options.title ?? ''} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(ratio * 100).toFixed(0)}% ${human(done, unit)}/${human(options.total, unit)} ${rate} ${current}`;
    stream.write(`\r${line.slice(0, cols - 1).padEnd(cols - 1)}`);
  };
  return {
    tick(n) {
      done += n;
      draw(false);
    },
    label(text) {
      current = text;
    },
    done() {
      draw(true);
      stream.write('\n');
    },
  };
}

/** Callbacks for hashing functions (`onStart`, `onBytes`, `onFile`) that drive one progress bar. */
export function hashingProgress(title: string, stream?: ProgressOptions['stream']) {
  let bar: Progress = noop;
  return {
    onStart: (total: number) => {
      bar = createProgress({ total, title, ...(stream ? { stream } : {}) });
    },
    onBytes: (n: number) => bar.tick(n),
    onFile: (path: string) => bar.label(path),
    done: () => bar.done(),
  };
}
