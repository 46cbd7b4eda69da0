import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler as rustPlanner } from '@graphql-hive/router-runtime';
import { SUPERGRAPH_FILE } from '../../supergraph/artifacts.js';
import { useKlyngehubProof } from '../../integrations/hive-gateway/proof-plugin.js';

export type HivePlanner = 'javascript' | 'rust';

/**
 * The committed supergraph served by a second Federation 2 gateway from npm, The Guild's
 * Hive Gateway, with the hub's plugin (integrations/hive-gateway) adding the gateway proof
 * to each subgraph request. Without `internalSecret` it runs without the plugin, as a
 * router that calls the subgraphs through the proof sidecar does. `planner: 'rust'` plans
 * with Hive Router's query planner (`@graphql-hive/router-runtime`).
 *
 * Deduplication of identical subgraph requests in flight, on by default in Hive's HTTP
 * executor, is turned off: the hub's gateway does not deduplicate, and a benchmark whose
 * connections all send one query would otherwise compare one subgraph call against fifty.
 */
export async function startHiveGateway(options: {
  subgraphUrls: Record<string, string>;
  internalSecret?: string;
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
    // Without the plugin the caller's token still has to reach the subgraphs.
    propagateHeaders: { fromClientToSubgraphs: ({ request }) => ({ authorization: request.headers.get('authorization') }) },
    plugins: () =>
      options.internalSecret ? [useKlyngehubProof({ internalSecret: options.internalSecret, subgraphUrls: options.subgraphUrls })] : [],
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
