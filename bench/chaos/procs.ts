/** Child processes of the chaos bench (upstreams, fault proxy) and their CPU time from /proc. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Child {
  readonly process: ChildProcess;
  /** The first capture group of the matched stdout line. */
  readonly line: string;
}

const children: ChildProcess[] = [];

/** Spawns `cmd` and resolves with the first stdout line matching `match`. */
export function start(cmd: string[], match: RegExp): Promise<Child> {
  const [file, ...args] = cmd;
  const child = spawn(file ?? '', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.on('line', (line) => {
      const m = match.exec(line);
      if (m) resolve({ process: child, line: m[1] ?? line });
    });
    child.once('exit', (code) => reject(new Error(`${cmd.join(' ')} exited ${code}`)));
  });
}

/** Stops every child (SIGINT lets a --cpu-prof child write its profile) and waits for them. */
export async function stopAll(): Promise<void> {
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve();
          c.once('exit', () => resolve());
          c.kill('SIGINT');
        }),
    ),
  );
}

const TICK_US = 10_000; // USER_HZ is 100 on Linux

/** User + system CPU time of a process (all its threads), in µs; 10 ms resolution. */
export function cpuUs(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * TICK_US;
}

/** User and system (kernel) CPU time of a process in µs, separately. */
export function cpuSplitUs(pid: number | undefined): { user: number; system: number } {
  if (pid === undefined) return { user: 0, system: 0 };
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return { user: Number(fields[11]) * TICK_US, system: Number(fields[12]) * TICK_US };
}

/** This process's CPU time in µs. */
export function selfCpuUs(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}
