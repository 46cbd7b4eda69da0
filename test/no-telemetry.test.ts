import { randomBytes } from 'node:crypto';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startGateway } from '../gateway/server.js';
import { TokenIssuer } from '../platform/auth/dev-issuer.js';
import { createTokenVerifier } from '../platform/auth/tokens.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/services.js';

/** Every request that would leave the machine; msw lets none of them out. */
const outside: string[] = [];
const network = setupServer();

beforeAll(() => {
  network.listen({
    onUnhandledRequest(request) {
      if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(request.url).hostname)) outside.push(`${request.method} ${request.url}`);
    },
  });
});
afterAll(() => network.close());

it('a gateway process sends nothing to Apollo (or anyone) from its start to its stop', async () => {
  // The gateway's process makes its ApolloGateway before any Apollo Server, as a fresh process
  // would: Apollo Gateway then reported usage metrics to Apollo, hourly and when it stopped.
  delete process.env.APOLLO_TELEMETRY_DISABLED;
  const issuer = await TokenIssuer.generate();
  const gateway = await startGateway({
    host: '127.0.0.1',
    port: 0,
    auth: {
      verify: createTokenVerifier({ issuer: issuer.issuer, audience: issuer.audience, jwks: issuer.jwks }),
      internalSecret: randomBytes(32).toString('base64url'),
    },
    // Nothing answers here; a start and a stop do not ask the subgraphs.
    subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, 'http://127.0.0.1:9/graphql'])) as Record<SubgraphName, string>,
    loadShedding: { maxEventLoopDelayMs: 0 },
  });
  await gateway.close();
  expect(outside).toEqual([]);
});
