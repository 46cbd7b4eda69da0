import { accessSync, constants, readFileSync } from 'node:fs';

/**
 * A folder in memory for what the tests write and throw away, when the machine has one:
 * `/dev/shm`, if it is a tmpfs that may hold programs (Chromium unpacks itself into the
 * temporary folder) and we may write to it. Else undefined, and the tests use the usual
 * temporary folder.
 *
 * On this machine's disk each file Postgres creates costs system time: a copy of the
 * template database (575 files) took 0.5 s of CPU, almost all of it in the kernel, and
 * 0.03–0.05 s on tmpfs. The suite makes some sixty copies, and three first starts (initdb).
 */
export function memoryTmpdir(mounts = readMounts()): string | undefined {
  // The last mount on a path is the one in effect.
  const shm = mounts.findLast((mount) => mount.target === '/dev/shm');
  if (!shm || shm.type !== 'tmpfs' || shm.options.includes('noexec')) return undefined;
  try {
    accessSync(shm.target, constants.W_OK);
  } catch {
    return undefined;
  }
  return shm.target;
}

function readMounts(): { target: string; type: string; options: string[] }[] {
  try {
    return readFileSync('/proc/mounts', 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [, target = '', type = '', options = ''] = line.split(' ');
        return { target, type, options: options.split(',') };
      });
  } catch {
    return []; // not Linux
  }
}
