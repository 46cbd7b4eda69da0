import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { afterEach, describe, expect, it } from 'vitest';
import { SubgraphClient, subgraphAgent, type GatewayContext } from '../gateway/subgraph-client.js';
import { proofSigner } from '../platform/auth/gateway-proof.js';
import { createMetrics } from '../platform/metrics.js';

/**
 * A subgraph whose first connection is cut as the request arrives, the way a kept-alive
 * socket dies when the subgraph closes it at the moment the gateway reuses it.
 */
async function subgraphThatDropsFirstRequest(): Promise<{ server: Server; url: string; received: () => number }> {
  let received = 0;
  const server = createServer((req, res) => {
    received += 1;
    if (received === 1) {
      req.socket.destroy();
      return;
    }
    req.resume();
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ data: { answered: received } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, received: () => received };
}

function fetchThrough(client: SubgraphClient, query: string) {
  return client.process({
    kind: 'incoming operation',
    request: { query },
    context: {},
    incomingRequestContext: {},
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);
}

describe('gateway subgraph client', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0)) await step();
  });

  async function clientFor(url: string) {
    const agent = subgraphAgent();
    cleanup.push(() => agent.close());
    return new SubgraphClient({
      name: 'clusters',
      url,
      sign: proofSigner('a-test-secret-that-is-long-enough-for-hkdf'),
      timeoutMs: 5000,
      maxResponseBytes: 100_000,
      metrics: createMetrics('gateway'),
      agent,
    });
  }

  it('sends a read once more when the connection closes before any answer', async () => {
    const subgraph = await subgraphThatDropsFirstRequest();
    cleanup.push(() => new Promise((resolve) => subgraph.server.close(() => resolve())));
    const client = await clientFor(subgraph.url);
    await expect(fetchThrough(client, 'query Dashboard__clusters__0 { clusters { id } }')).resolves.toEqual({ data: { answered: 2 } });
    expect(subgraph.received()).toBe(2);
  });

  it('never sends a write twice: the caller hears SUBGRAPH_UNAVAILABLE', async () => {
    const subgraph = await subgraphThatDropsFirstRequest();
    cleanup.push(() => new Promise((resolve) => subgraph.server.close(() => resolve())));
    const client = await clientFor(subgraph.url);
    await expect(fetchThrough(client, 'mutation Order__clusters__0 { orderPackage(input: {}) { ok } }')).rejects.toMatchObject({
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'clusters' },
    });
    expect(subgraph.received()).toBe(1);
  });
});
