import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The import rule of platform/README.md, read from the source: every arrow points down. */
const root = path.resolve(import.meta.dirname, '../..');

function sourcesUnder(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.includes('__generated__'))
    .map((file) => path.join(folder, file));
}

/** The repository paths a file imports (packages left out). */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), 'utf8');
  return [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gms)].map(([, spec]) => path.join(path.dirname(file), spec!));
}

const topFolder = (target: string) => target.split(path.sep)[0]!;

describe('the folders import one way', () => {
  it('platform/ imports nothing of the hub above it', () => {
    for (const file of sourcesUnder('platform'))
      for (const target of importsOf(file)) expect(topFolder(target), `${file} → ${target}`).toBe('platform');
  });

  it('a subgraph imports only itself and platform/, never another subgraph, the gateway, the launcher or db/', () => {
    for (const name of ['clusters', 'municipalities', 'offers', 'inquiries']) {
      for (const file of sourcesUnder(`subgraphs/${name}`)) {
        for (const target of importsOf(file)) {
          const inside = target.startsWith(`subgraphs${path.sep}${name}${path.sep}`) || topFolder(target) === 'platform';
          expect(inside, `${file} → ${target}`).toBe(true);
        }
      }
    }
  });

  it('integrations/ (what other routers run) imports platform/ only, so it works beside any gateway', () => {
    for (const file of sourcesUnder('integrations'))
      for (const target of importsOf(file)) expect(['integrations', 'platform'], `${file} → ${target}`).toContain(topFolder(target));
  });

  it('the gateway imports platform/ and the supergraph’s artifacts, no subgraph, launcher or database code', () => {
    for (const file of sourcesUnder('gateway'))
      for (const target of importsOf(file))
        expect(['gateway', 'platform', 'supergraph'], `${file} → ${target}`).toContain(topFolder(target));
  });

  it('inside a subgraph, only stores and tables write SQL: workflows and resolvers import neither drizzle’s operators nor the tables', () => {
    for (const file of sourcesUnder('subgraphs')) {
      const base = path.basename(file);
      if (base === 'tables.ts' || base.endsWith('store.ts')) continue;
      const text = readFileSync(path.join(root, file), 'utf8');
      expect(/^import \{[^}]*\} from 'drizzle-orm';$/m.test(text), `${file} imports drizzle-orm`).toBe(false);
      expect(/^import \{[^}]*\} from '\.\/tables\.js';$/m.test(text), `${file} imports the tables' values`).toBe(false);
    }
  });
});

describe('the README names the subgraph that defines each GraphQL type', () => {
  const subgraphs = ['clusters', 'municipalities', 'offers', 'inquiries'];
  const objectTypes = (name: string) =>
    [...readFileSync(path.join(root, 'subgraphs', name, 'schema.graphql'), 'utf8').matchAll(/^(?:extend\s+)?type\s+(\w+)/gm)]
      .map(([, type]) => type!)
      .filter((type) => type !== 'Query' && type !== 'Mutation' && !type.endsWith('Payload'));
  const listed = (name: string) => {
    const row = readFileSync(path.join(root, 'README.md'), 'utf8')
      .split('\n')
      .find((line) => line.startsWith(`| \`${name}\` | \``));
    return [...(row ?? '').matchAll(/`(\w+)`/g)].map(([, type]) => type!).slice(1);
  };

  it.each(subgraphs)('%s: every type only it defines is listed, and every listed type is one it defines', (name) => {
    const elsewhere = new Set(subgraphs.filter((other) => other !== name).flatMap(objectTypes));
    const own = objectTypes(name);
    expect(own.filter((type) => !elsewhere.has(type) && !listed(name).includes(type))).toEqual([]);
    expect(listed(name).filter((type) => !own.includes(type))).toEqual([]);
  });

  it('every type several subgraphs define is listed once, with its owner', () => {
    const shared = [...new Set(subgraphs.flatMap(objectTypes))].filter(
      (type) => subgraphs.filter((name) => objectTypes(name).includes(type)).length > 1,
    );
    for (const type of shared)
      expect(
        subgraphs.filter((name) => listed(name).includes(type)),
        type,
      ).toHaveLength(1);
  });
});
