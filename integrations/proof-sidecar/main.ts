import { ConfigError, envReader } from '../../platform/env.js';
import { DEFAULT_PORTS, ENV_PREFIX, SUBGRAPH_NAMES } from '../../platform/services.js';
import { startProofSidecar } from './sidecar.js';

/**
 * `npm run start:proof-sidecar`: the sidecar next to a router that
 * cannot sign subgraph requests itself. Reads HUB_INTERNAL_SECRET, each `<NAME>_URL`
 * (as the gateway does) and PROOF_SIDECAR_HOST/PORT (127.0.0.1:4100 by default).
 */
const read = envReader(process.env);
const internalSecret = read.string('HUB_INTERNAL_SECRET');
if (internalSecret.length < 32) throw new ConfigError('HUB_INTERNAL_SECRET must be at least 32 characters');
const subgraphUrls = Object.fromEntries(
  SUBGRAPH_NAMES.map((name) => [name, read.url(`${ENV_PREFIX[name]}_URL`, `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`)]),
);
const sidecar = await startProofSidecar({
  internalSecret,
  subgraphUrls,
  host: read.string('PROOF_SIDECAR_HOST', '127.0.0.1'),
  port: read.port('PROOF_SIDECAR_PORT', 4100),
});
console.log(`[proof-sidecar] ${sidecar.url}/<subgraph>/graphql → ${Object.values(subgraphUrls).join(', ')}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void sidecar.close().then(() => process.exit(0)));
