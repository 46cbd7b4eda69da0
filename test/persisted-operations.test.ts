import { formatDocument, stringifyDocument } from '@urql/core';
import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationHash } from '../supergraph/artifacts.js';
import * as consoleOperations from '../web/src/__generated__/graphql.js';
import { RegionsWithMunicipalitiesAndClustersDocument } from './__generated__/operations.js';
import { errorCodes, startTestHub, type GraphQLResponse, type TestHub } from './support/hub.js';

/** Automatic persisted queries on the default gateway, and a gateway in safelist mode. */
let open: TestHub;
let safelisted: TestHub;
beforeAll(async () => {
  [open, safelisted] = await Promise.all([startTestHub(), startTestHub({ safelistOnly: true })]);
});
afterAll(async () => {
  await open?.close();
  await safelisted?.close();
});

const send = async (
  hub: TestHub,
  body: Record<string, unknown>,
): Promise<GraphQLResponse<{ clusters?: unknown[]; regions?: unknown[] }>> => {
  const response = await fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as object) };
};
const persisted = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: operationHash(query) } });

describe('automatic persisted queries', () => {
  it('asks for the text of an unknown hash once, then answers the hash alone', async () => {
    const query = '{ regions { code name } }';
    const unknown = await send(open, { extensions: persisted(query) });
    expect(errorCodes(unknown)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    expect((await send(open, { query, extensions: persisted(query) })).data!.regions).toHaveLength(5);
    expect((await send(open, { extensions: persisted(query) })).data!.regions).toHaveLength(5);
  });

  it('refuses a text that does not match its hash', async () => {
    const response = await send(open, { query: '{ regions { code } }', extensions: persisted('{ regions { name } }') });
    expect(response.status).toBe(400);
    expect(response.data).toBeUndefined();
  });
});

describe('safelist mode', () => {
  const network = print(RegionsWithMunicipalitiesAndClustersDocument);

  it('runs the operations the hub’s own clients use, also by hash alone', async () => {
    const byText = await send(safelisted, { query: network });
    expect(byText.errors).toBeUndefined();
    expect(byText.data!.regions).toHaveLength(5);
    const byHash = await send(safelisted, { extensions: persisted(network) });
    expect(byHash.data).toEqual(byText.data);
  });

  it('refuses any other operation with 400 OPERATION_NOT_IN_SAFELIST', async () => {
    for (const query of ['{ regions { code } }', network.replace('name', 'name code')]) {
      const response = await send(safelisted, { query });
      expect(response.status).toBe(400);
      expect(response.data ?? null).toBeNull();
      expect(errorCodes(response)).toEqual(['OPERATION_NOT_IN_SAFELIST']);
    }
  });

  it('runs every operation of the console as the console sends it (with its cache’s __typename), and not without', async () => {
    const documents = Object.entries(consoleOperations).filter(([name]) => name.endsWith('Document'));
    expect(documents.length).toBeGreaterThan(50);
    const kiap = await safelisted.tokenFor({ kind: 'kiap', subject: 'k' });
    const refused: string[] = [];
    for (const [name, document] of documents) {
      // What urql's fetch exchange sends after its cache exchange formatted the document. No
      // variables: a safelisted operation gets past the safelist and stops at their coercion.
      for (const [sent, query] of [
        ['as sent', stringifyDocument(formatDocument(document as DocumentNode))],
        ['without __typename', print(document as DocumentNode)],
      ] as const) {
        const response = await fetch(safelisted.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: kiap },
          body: JSON.stringify({ query }),
        });
        const codes = errorCodes({ status: response.status, ...((await response.json()) as object) });
        if (codes.includes('OPERATION_NOT_IN_SAFELIST')) refused.push(`${name} ${sent}`);
      }
    }
    expect(refused.filter((entry) => entry.endsWith('as sent'))).toEqual([]);
    // The console's cache adds __typename to every selection: the bare documents are other operations.
    expect(refused).toHaveLength(documents.length);
  });
});
