import { formatDocument } from '@urql/core';
import { print, type DocumentNode } from 'graphql';
import * as testOperations from '../test/__generated__/operations.js';
import * as consoleOperations from '../web/src/__generated__/graphql.js';
import { operationHash } from './artifacts.js';

/** The typed documents a codegen output exports (`…Document`, each with the fragments it uses). */
function documentsOf(generated: Record<string, unknown>): DocumentNode[] {
  return Object.entries(generated)
    .filter(([name]) => name.endsWith('Document'))
    .map(([, document]) => document as DocumentNode);
}

/**
 * The safelist: every operation the hub's own clients send, keyed by the hash of its
 * printed text, read from codegen's output (so `npm run safelist` runs after codegen). The
 * console's as its urql client sends them: with the `__typename` its document cache adds to
 * every selection (`formatDocument`). The tests' and the benchmark's (`test/operations/`)
 * as they are.
 */
export function buildSafelist(): Record<string, string> {
  const texts = [
    ...documentsOf(consoleOperations).map((document) => print(formatDocument(document))),
    ...documentsOf(testOperations).map((document) => print(document)),
  ];
  return Object.fromEntries(texts.map((text) => [operationHash(text), text] as const).sort(([a], [b]) => a.localeCompare(b)));
}
