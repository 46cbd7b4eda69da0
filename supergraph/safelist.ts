import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse, print } from 'graphql';
import { operationHash } from './artifacts.js';

const OPERATIONS_DIR = new URL('../test/operations/', import.meta.url);

/**
 * The safelist: every operation in `test/operations/*.graphql` (the console's and the
 * tests'), keyed by the hash of its printed text — the text a client sends.
 */
export function buildSafelist(): Record<string, string> {
  const operations: [string, string][] = [];
  for (const file of readdirSync(OPERATIONS_DIR)
    .filter((name) => name.endsWith('.graphql'))
    .sort()) {
    for (const definition of parse(readFileSync(new URL(file, OPERATIONS_DIR), 'utf8')).definitions) {
      if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
      const text = print({ kind: Kind.DOCUMENT, definitions: [definition] });
      operations.push([operationHash(text), text]);
    }
  }
  return Object.fromEntries(operations.sort(([a], [b]) => a.localeCompare(b)));
}
