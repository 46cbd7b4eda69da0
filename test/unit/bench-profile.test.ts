import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { categoryOf, selfTimeByCategory, sourceFrames, summarizeProfiles } from '../bench/profile.js';

/** The README's profile summary is read from these: a wrong booking would send the next cut to the wrong place. */
const root = '/repo';
const frame = (functionName: string, url: string) => ({ functionName, url });

describe('where a profile sample is booked', () => {
  it('names the npm package, the hub folder (compiled or not), Node module, or V8', () => {
    expect(categoryOf(frame('is', 'file:///repo/node_modules/drizzle-orm/entity.js'), root)).toBe('drizzle-orm');
    expect(categoryOf(frame('x', 'file:///repo/node_modules/@apollo/server/dist/esm/index.js'), root)).toBe('@apollo/server');
    // Traced through drizzle-orm's own source maps, whose sources point at `../src`.
    expect(categoryOf(frame('is', 'file:///repo/node_modules/src/entity.ts'), root)).toBe('drizzle-orm');
    expect(categoryOf(frame('verifyProof', 'file:///repo/dist/platform/auth/gateway-proof.js'), root)).toBe('platform/auth');
    expect(categoryOf(frame('verifyProof', 'file:///repo/platform/auth/gateway-proof.ts'), root)).toBe('platform/auth');
    expect(categoryOf(frame('handle', 'file:///repo/dist/gateway/server.js'), root)).toBe('gateway');
    expect(categoryOf(frame('Readable.read', 'node:internal/streams/readable'), root)).toBe('node: streams');
    expect(categoryOf(frame('(garbage collector)', ''), root)).toBe('V8: garbage collection');
    expect(categoryOf(frame('writev', ''), root)).toBe('native: writev');
    expect(categoryOf(frame('(idle)', ''), root)).toBeUndefined();
  });

  it('counts only the samples inside the window, and no idle time', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(idle)', '') },
        { id: 2, callFrame: frame('parse', 'file:///repo/node_modules/graphql/language/parser.js') },
        { id: 3, callFrame: frame('(garbage collector)', '') },
      ],
      startTime: 1000,
      samples: [2, 2, 1, 3, 2],
      timeDeltas: [100, 100, 100, 100, 100], // samples at 1100, 1200, 1300, 1400, 1500
    };
    expect(Object.fromEntries(selfTimeByCategory(profile, root, 1150, 1450))).toEqual({ graphql: 100, 'V8: garbage collection': 100 });
  });
});

describe('a sample in a bundle', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'klyngehub-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is booked where the bundle’s source map says the code came from', () => {
    const bundle = path.join(dir, 'dist/gateway/main.js');
    mkdirSync(path.dirname(bundle), { recursive: true });
    writeFileSync(bundle, 'function parse() {}\nfunction handle() {}\n');
    // Line 1 from node_modules/graphql, line 2 from gateway/server.ts (mappings "AAAA;ACAA").
    writeFileSync(
      `${bundle}.map`,
      JSON.stringify({
        version: 3,
        sources: ['../../node_modules/graphql/language/parser.js', '../../gateway/server.ts'],
        names: [],
        mappings: 'AAAA;ACAA',
      }),
    );
    const toSource = sourceFrames();
    const at = (lineNumber: number, columnNumber: number) => ({
      functionName: 'f',
      url: pathToFileURL(bundle).href,
      lineNumber,
      columnNumber,
    });
    expect(categoryOf(toSource(at(0, 9)), dir)).toBe('graphql');
    expect(categoryOf(toSource(at(1, 9)), dir)).toBe('gateway');
    // A service's bundle runs as a script, which V8 names by its path rather than its URL.
    expect(categoryOf(toSource({ ...at(0, 9), url: bundle }), dir)).toBe('graphql');
    expect(categoryOf(toSource(frame('(garbage collector)', '')), dir)).toBe('V8: garbage collection');
  });
});

describe('a summary per service', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'klyngehub-profile-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('scales the sampled (wall-clock) time to the CPU the process used, keeping the shares', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('parse', 'file:///repo/node_modules/graphql/parser.js') },
        { id: 2, callFrame: frame('(garbage collector)', '') },
      ],
      startTime: 0,
      samples: [1, 1, 1, 2],
      timeDeltas: [1000, 1000, 1000, 1000], // 4 ms sampled: 3 in graphql, 1 in GC
    };
    writeFileSync(path.join(dir, 'CPU.20261201.120000.4242.0.001.cpuprofile'), JSON.stringify(profile));
    const [summary] = summarizeProfiles(
      dir,
      root,
      { fromUs: 0, toUs: 10_000, requests: 2 },
      new Map([[4242, { service: 'clusters', cpuMs: 2 }]]),
    );
    expect(summary).toEqual({
      service: 'clusters',
      cpuMsPerRequest: 1,
      top: [
        { category: 'graphql', msPerRequest: 0.75 },
        { category: 'V8: garbage collection', msPerRequest: 0.25 },
      ],
    });
  });
});
