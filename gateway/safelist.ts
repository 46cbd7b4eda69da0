import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, parse, print, type DocumentNode } from 'graphql';

/**
 * The safelist: every operation the hub's own clients and tests send
 * (`test/operations/*.graphql`), keyed by the SHA-256 of its printed text — the text a
 * client sends and the hash automatic persisted queries use. `npm run compose` writes it;
 * a test fails when it is stale. With GATEWAY_SAFELIST=true the gateway runs only these,
 * and clients may send the hash alone.
 */
export const SAFELIST_FILE = new URL('./safelist.json', import.meta.url);
const OPERATIONS_DIR = new URL('../test/operations/', import.meta.url);

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function buildSafelist(): Record<string, string> {
  const operations: [string, string][] = [];
  for (const file of readdirSync(OPERATIONS_DIR)
    .filter((name) => name.endsWith('.graphql'))
    .sort()) {
    for (const definition of parse(readFileSync(new URL(file, OPERATIONS_DIR), 'utf8')).definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const text = print({ kind: Kind.DOCUMENT, definitions: [definition] });
      operations.push([sha256(text), text]);
    }
  }
  return Object.fromEntries(operations.sort(([a], [b]) => a.localeCompare(b)));
}

export function loadSafelist(): ReadonlyMap<string, string> {
  return new Map(Object.entries(JSON.parse(readFileSync(SAFELIST_FILE, 'utf8')) as Record<string, string>));
}

/** Refuses any operation whose printed text is not on the safelist, however it was sent. */
export function safelistPlugin(safelist: ReadonlyMap<string, string>): ApolloServerPlugin {
  const allowed = new Set(safelist.values());
  // Apollo reuses the parsed document of a query text it has seen, so each is printed once.
  const verdicts = new WeakMap<DocumentNode, boolean>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document }) {
          let allowedHere = verdicts.get(document);
          if (allowedHere === undefined) verdicts.set(document, (allowedHere = allowed.has(print(document))));
          if (!allowedHere) {
            throw new GraphQLError("This gateway runs only the hub's registered operations", {
              extensions: { code: 'OPERATION_NOT_IN_SAFELIST', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/**
 * The automatic-persisted-query store: safelisted operations are always there (so a
 * client can send just their hash to any replica); others are remembered per process, at
 * most `capacity` of them — a replica that has not seen one asks the client for the text,
 * as the APQ protocol expects.
 */
export class PersistedQueryStore {
  private readonly learned = new Map<string, string>();

  constructor(
    private readonly safelist: ReadonlyMap<string, string>,
    private readonly capacity = 1000,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const hash = key.replace(/^apq:/, '');
    return this.safelist.get(hash) ?? this.learned.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    this.learned.delete(key);
    this.learned.set(key, value);
    if (this.learned.size > this.capacity) this.learned.delete(this.learned.keys().next().value!);
  }

  async delete(key: string): Promise<boolean> {
    return this.learned.delete(key);
  }
}
