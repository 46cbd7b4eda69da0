import { ConfigError, readEnvs, variable } from '../../platform/env.js';
import { DEFAULT_PORTS, ENV_PREFIX, SUBGRAPH_NAMES } from '../../platform/services.js';
import { startProofSidecar } from './sidecar.js';

/**
 * `npm run start:proof-sidecar`: the sidecar next to a router that
 * cannot sign subgraph requests itself. Reads HUB_INTERNAL_SECRET, each `<NAME>_URL`
 * (as the gateway does) and PROOF_SIDECAR_HOST/PORT (127.0.0.1:4100 by default).
 */
const [read, urls] = readEnvs(
  process.env,
  {
    HUB_INTERNAL_SECRET: variable.text.required(),
    PROOF_SIDECAR_HOST: variable.text.withDefault('127.0.0.1'),
    PROOF_SIDECAR_PORT: variable.port.withDefault(4100),
  },
  Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [`${ENV_PREFIX[name]}_URL`, variable.url.withDefault(`http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`)]),
  ),
);
const internalSecret = read.HUB_INTERNAL_SECRET;
if (internalSecret.length < 32) throw new ConfigError('HUB_INTERNAL_SECRET must be at least 32 characters');
const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, urls[`${ENV_PREFIX[name]}_URL`]!]));
const sidecar = await startProofSidecar({
  internalSecret,
  subgraphUrls,
  host: read.PROOF_SIDECAR_HOST,
  port: read.PROOF_SIDECAR_PORT,
});
console.log(`[proof-sidecar] ${sidecar.url}/<subgraph>/graphql → ${Object.values(subgraphUrls).join(', ')}`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void sidecar.close().then(() => process.exit(0)));
