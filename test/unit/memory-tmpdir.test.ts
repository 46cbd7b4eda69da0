import { describe, expect, it } from 'vitest';
import { memoryTmpdir } from '../support/memory-tmpdir.js';

const mount = (target: string, type: string, options = 'rw,nosuid,nodev') => ({ target, type, options: options.split(',') });

describe('the tests’ temporary folder in memory', () => {
  it('is /dev/shm when it is a tmpfs that may run programs', () => {
    expect(memoryTmpdir([mount('/', 'ext4'), mount('/dev/shm', 'tmpfs')])).toBe('/dev/shm');
  });

  it('is not used when mounted noexec (Chromium unpacks itself there), not a tmpfs, or missing', () => {
    expect(memoryTmpdir([mount('/dev/shm', 'tmpfs', 'rw,nosuid,nodev,noexec')])).toBeUndefined();
    expect(memoryTmpdir([mount('/dev/shm', 'ext4')])).toBeUndefined();
    expect(memoryTmpdir([mount('/', 'ext4')])).toBeUndefined();
    expect(memoryTmpdir([])).toBeUndefined();
  });

  it('follows the mount in effect: the last one on the path', () => {
    expect(memoryTmpdir([mount('/dev/shm', 'tmpfs'), mount('/dev/shm', 'tmpfs', 'rw,noexec')])).toBeUndefined();
    expect(memoryTmpdir([mount('/dev/shm', 'tmpfs', 'rw,noexec'), mount('/dev/shm', 'tmpfs')])).toBe('/dev/shm');
  });
});
