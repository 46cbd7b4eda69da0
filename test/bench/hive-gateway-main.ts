import type { ReadyMessage } from '../../platform/lifecycle.js';
import { SUBGRAPH_NAMES, ENV_PREFIX, type SubgraphName } from '../../platform/services.js';
import { startHiveGateway, type HivePlanner } from '../support/hive-gateway.js';

/** Hive Gateway as its own process for `npm run bench`, beside the hub's gateway; HIVE_PLANNER picks its planner. */
const gateway = await startHiveGateway({
  subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, process.env[`${ENV_PREFIX[name]}_URL`]!])) as Record<
    SubgraphName,
    string
  >,
  internalSecret: process.env.HUB_INTERNAL_SECRET!,
  planner: (process.env.HIVE_PLANNER as HivePlanner | undefined) ?? 'javascript',
});
let stopping: Promise<void> | undefined;
const stop = () => void (stopping ??= gateway.close().then(() => process.exit(0)));
// Unsent when the bench that started it was stopped while it loaded: nobody is left to serve.
process.send?.({ type: 'ready', urls: { gateway: gateway.url } } satisfies ReadyMessage, (error: Error | null) => error && stop());
process.on('disconnect', stop);
process.on('SIGTERM', stop);
