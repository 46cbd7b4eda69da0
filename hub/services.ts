import { startConfiguredGateway } from '../gateway/run.js';
import { runServiceProcess, startSubgraphs, subgraphOrigins } from '../platform/run.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/services.js';
import type { LocalSubgraph } from '../platform/subgraph.js';
import { SUBGRAPHS } from '../subgraphs/index.js';

/**
 * The whole hub's services in one process, as `npm start` runs them by default
 * (SERVICES_IN_ONE_PROCESS): the four subgraphs, then the gateway, which calls them in
 * this process. On a small machine each subgraph fetch over loopback HTTP cost more CPU
 * than the subgraph's own work (a request and an answer written and parsed, a proof signed
 * and checked, the token checked again); here a fetch is a function call into the
 * subgraph's own Apollo Server, its access rules unchanged. The subgraphs still listen on
 * their ports, with the proof, for other routers and for a gateway elsewhere.
 *
 * Not a top-level await: the services' bundles are CommonJS, which V8 can cache compiled (hub/build.mjs).
 */
void runServiceProcess({
  name: 'services',
  // Its log lines are the gateway's: the subgraphs log under their own names.
  logAs: 'gateway',
  description: "The hub's services",
  start: async (logger) => {
    const subgraphs = await startSubgraphs(Object.values(SUBGRAPHS), logger);
    const localSubgraphs: Partial<Record<SubgraphName, LocalSubgraph>> = {};
    const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
    for (const name of SUBGRAPH_NAMES) {
      const server = subgraphs.servers[name]!;
      localSubgraphs[name] = server.local;
      subgraphUrls[name] = `${server.url}/graphql`;
    }
    const gateway = await startConfiguredGateway(logger, { localSubgraphs, subgraphUrls }).catch(async (error: unknown) => {
      await subgraphs.close();
      throw error;
    });
    return {
      origins: { ...subgraphOrigins(subgraphs), gateway: gateway.url },
      close: async () => {
        await gateway.close();
        await subgraphs.close();
      },
    };
  },
});
