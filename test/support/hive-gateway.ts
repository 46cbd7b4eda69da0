import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler as rustPlanner } from '@graphql-hive/router-runtime';
import { SUPERGRAPH_FILE } from '../../supergraph/artifacts.js';
import { proofHeaderFor } from '../../platform/auth/gateway-proof.js';
import type { SubgraphName } from '../../platform/services.js';

export type HivePlanner = 'javascript' | 'rust';

/**
 * The committed supergraph served by a second Federation 2 gateway from npm, The Guild's
 * Hive Gateway, with the one thing the hub adds: each subgraph request carries the
 * caller's token and the gateway proof (a fetch hook, as a router's coprocessor would).
 * `planner: 'rust'` plans with Hive Router's query planner (`@graphql-hive/router-runtime`).
 *
 * Deduplication of identical subgraph requests in flight, on by default in Hive's HTTP
 * executor, is turned off: the hub's gateway does not deduplicate, and a benchmark whose
 * connections all send one query would otherwise compare one subgraph call against fifty.
 */
export async function startHiveGateway(options: {
  subgraphUrls: Record<SubgraphName, string>;
  internalSecret: string;
  planner?: HivePlanner;
}): Promise<{ url: string; close(): Promise<void> }> {
  let supergraph = readFileSync(SUPERGRAPH_FILE, 'utf8');
  for (const [name, url] of Object.entries(options.subgraphUrls)) {
    supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${name}", url: )"[^"]*"`), `$1"${url}"`);
  }
  const gateway = createGatewayRuntime({
    supergraph,
    logging: false,
    ...(options.planner === 'rust' ? { unifiedGraphHandler: rustPlanner } : {}),
    transportEntries: { '*': { options: { deduplicateInflightRequests: false } } },
    plugins: () => [
      {
        async onFetch({ url, options: init, setOptions, context }) {
          const subgraph = Object.entries(options.subgraphUrls).find(([, subgraphUrl]) => subgraphUrl === url)?.[0];
          if (!subgraph) return;
          const request = 'request' in context ? (context.request as Request) : undefined;
          const authorization = request?.headers.get('authorization') ?? undefined;
          const body = typeof init.body === 'string' ? init.body : '';
          setOptions({
            ...init,
            headers: {
              ...init.headers,
              ...(authorization ? { authorization } : {}),
              ...(await proofHeaderFor(options.internalSecret, subgraph, url, { method: init.method, body, authorization })),
            },
          });
        },
      },
    ],
  });
  const server = createServer(gateway);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await gateway.dispose();
    },
  };
}
