import { startConfiguredGateway } from '../gateway/run.js';
import { createLogger } from '../platform/logger.js';
import {
  announceReady,
  awaitLauncherEnvironment,
  exitOnStartupError,
  onShutdown,
  survivePostgresConnectionRace,
} from '../platform/lifecycle.js';
import { startSubgraphs, subgraphOrigins } from '../platform/run.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/services.js';
import type { LocalSubgraph } from '../platform/subgraph.js';
import { startTracing } from '../platform/tracing.js';
import { SUBGRAPHS } from '../subgraphs/index.js';

/**
 * The whole hub's services in one process, as `npm start` runs them by default
 * (SERVICES_IN_ONE_PROCESS): the four subgraphs, then the gateway, which calls them in
 * this process. On a small machine each subgraph fetch over loopback HTTP cost more CPU
 * than the subgraph's own work (a request and an answer written and parsed, a proof signed
 * and checked, the token checked again); here a fetch is a function call into the
 * subgraph's own Apollo Server, its access rules unchanged. The subgraphs still listen on
 * their ports, with the proof, for other routers and for a gateway elsewhere.
 */
async function main(): Promise<void> {
  try {
    await awaitLauncherEnvironment();
    const logger = createLogger('gateway');
    survivePostgresConnectionRace((message) => logger.warn(message));
    const stopTracing = await startTracing('services');
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
    onShutdown(async () => {
      await gateway.close();
      await subgraphs.close();
      await stopTracing();
    });
    announceReady({ ...subgraphOrigins(subgraphs), gateway: gateway.url });
  } catch (error) {
    exitOnStartupError("The hub's services", error);
  }
}

// Not a top-level await: the services' bundles are CommonJS, which V8 can cache compiled (hub/build.mjs).
void main();
