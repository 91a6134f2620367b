import { readFileSync } from 'node:fs';

/**
 * CPU seconds of this process's main thread alone (Linux: /proc/self/task/PID/stat, in clock ticks of 10 ms), to
 * split an ingest's CPU between the main thread (read, parse, policy, SQLite) and the others (scan threads, V8's
 * compiler and GC helpers): process.cpuUsage() counts every thread together. NaN where /proc is missing.
 */
export function mainThreadCpu(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}
