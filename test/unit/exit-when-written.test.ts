import { execFile } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const lifecycle = pathToFileURL(path.resolve(import.meta.dirname, '../../platform/lifecycle.ts')).href;

/** A process that writes a megabyte to a pipe and then exits the given way; what the reader got. */
async function piped(exit: 'process.exit' | 'exitWhenWritten') {
  const script = `
    const { exitWhenWritten } = await import(${JSON.stringify(lifecycle)});
    process.stdout.write('x'.repeat(1 << 20) + '\\nStopped\\n');
    ${exit === 'process.exit' ? 'process.exit(3)' : 'exitWhenWritten(3)'};`;
  const run = promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    maxBuffer: 4 << 20,
  });
  return run.then(
    () => ({ code: 0, stdout: '' }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
}

describe('a service’s exit', () => {
  it('keeps every line it wrote to a pipe, and its exit code', async () => {
    const { code, stdout } = await piped('exitWhenWritten');
    expect(code).toBe(3);
    expect(stdout.length).toBe((1 << 20) + '\nStopped\n'.length);
    expect(stdout.endsWith('\nStopped\n')).toBe(true);
  });

  it('(process.exit alone drops what is still queued for the pipe)', async () => {
    const { code, stdout } = await piped('process.exit');
    expect(code).toBe(3);
    expect(stdout.length).toBeLessThan(1 << 20);
  });
});
