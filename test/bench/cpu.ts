import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's CPU times (USER_HZ); 100 on every Linux this runs on, asked anyway. */
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU milliseconds (user + system) one process has used so far, or 0 once it has ended. */
export function cpuMsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name in parentheses may contain spaces; the fields after it are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime and stime: fields 14 and 15 of the whole line
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Every process descending from `roots` (the roots included), read from `ps` once. */
export function processTree(roots: number[]): number[] {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of rows)
      if (found.has(parent) && !found.has(pid)) {
        found.add(pid);
        grew = true;
      }
  }
  return [...found];
}

/**
 * CPU used by a set of processes over a phase: read before, read after, per process, so a
 * Postgres backend that starts during the phase counts from zero and one that ends is
 * counted up to its last reading.
 */
export class CpuMeter {
  private readonly before = new Map<number, number>();

  constructor(private readonly processes: () => number[]) {
    for (const pid of processes()) this.before.set(pid, cpuMsOf(pid));
  }

  /** Milliseconds of CPU since the meter was made, summed over the processes. */
  read(): number {
    let total = 0;
    for (const pid of new Set([...this.before.keys(), ...this.processes()])) {
      const now = cpuMsOf(pid);
      if (now > 0) total += now - (this.before.get(pid) ?? 0);
    }
    return total;
  }
}
