import { readFileSync } from 'node:fs';
import { SAFELIST_FILE } from '../supergraph/artifacts.js';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, print, type DocumentNode } from 'graphql';

/**
 * With GATEWAY_SAFELIST=true the gateway runs only the operations `npm run compose` put on
 * the safelist (supergraph/safelist.ts), and clients may send the hash alone.
 */
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
