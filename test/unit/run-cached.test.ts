import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';

/**
 * A service's start through V8's code cache (hub/run-cached.mjs), with a bundle small enough
 * to read. Each start is its own process, as a service's is: within one, V8 would compile
 * the same source from its in-memory cache and never look at the file.
 */
const runner = pathToFileURL(path.resolve(import.meta.dirname, '../../hub/run-cached.mjs')).href;
const dir = mkdtempSync(path.join(tmpdir(), 'klyngehub-code-cache-'));
const bundle = path.join(dir, 'main.cjs');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A bundle that prints which version it is and how it was loaded; both versions have the same length. */
function writeBundle(version: 'A' | 'B', mtime: Date): void {
  writeFileSync(bundle, `console.log(JSON.stringify({ version: '${version}', file: __filename, exports: typeof module.exports }));\n`);
  utimesSync(bundle, mtime, mtime);
}

/** One start: what the bundle printed, and how the cache was used. */
function start(nodeOptions: string[] = []): { ran: { version: string; file: string; exports: string }; cache: string } {
  const script = `import(${JSON.stringify(runner)}).then(({ runCached }) => console.log(runCached(new URL(${JSON.stringify(pathToFileURL(bundle).href)}))))`;
  const [ran, cache] = execFileSync(process.execPath, [...nodeOptions, '-e', script], { encoding: 'utf8' })
    .trim()
    .split('\n');
  return { ran: JSON.parse(ran!), cache: cache! };
}
const caches = () => readdirSync(dir).filter((file) => file.endsWith('.cache'));

it('runs a bundle as a CommonJS module, caching its compiled code at the first start and reading it at the next', () => {
  writeBundle('A', new Date('2026-12-01T10:00:00Z'));
  expect(start()).toEqual({ ran: { version: 'A', file: bundle, exports: 'object' }, cache: 'created' });
  expect(caches()).toHaveLength(1);
  expect(start()).toEqual({ ran: { version: 'A', file: bundle, exports: 'object' }, cache: 'used' });
});

it('starts from the source when the cache is damaged, and replaces it', () => {
  writeFileSync(path.join(dir, caches()[0]!), 'not a code cache');
  expect(start()).toMatchObject({ ran: { version: 'A' }, cache: 'replaced' });
  expect(start()).toMatchObject({ ran: { version: 'A' }, cache: 'used' });
});

it('runs a rebuilt bundle’s new code, though V8 checks only a source’s length', () => {
  writeBundle('B', new Date('2026-12-01T11:00:00Z'));
  expect(start()).toMatchObject({ ran: { version: 'B' }, cache: 'created' });
  expect(start()).toMatchObject({ ran: { version: 'B' }, cache: 'used' });
});

it('leaves the cache to Node’s own loading when stack traces are to go through source maps', () => {
  // Node maps a stack trace through a source map only for a module it loaded itself.
  expect(start(['--enable-source-maps'])).toEqual({ ran: { version: 'B', file: bundle, exports: 'object' }, cache: 'skipped' });
});
