import { SUBGRAPH_NAMES, ENV_PREFIX, type SubgraphName } from '../../platform/services.js';
import { startHiveGateway } from '../support/hive-gateway.js';

/** Hive Gateway as its own process for `npm run bench`, beside the hub's gateway. */
const gateway = await startHiveGateway({
  subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, process.env[`${ENV_PREFIX[name]}_URL`]!])) as Record<
    SubgraphName,
    string
  >,
  internalSecret: process.env.HUB_INTERNAL_SECRET!,
});
process.send?.({ type: 'ready', url: gateway.url });
process.on('disconnect', () => void gateway.close().then(() => process.exit(0)));
