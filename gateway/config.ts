import { loadAuthConfig, type AuthConfig } from '../subgraphs/common/auth/auth-config.js';
import { loadQueryLimits, type QueryLimits } from '../subgraphs/common/query-limits.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limit.js';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS } from './server.js';
import { envReader, type Env } from '../subgraphs/common/env.js';
import { loadMetricsListen } from '../subgraphs/common/run.js';
import { DEFAULT_PORTS, ENV_PREFIX, SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/common/services.js';

export interface GatewayConfig {
  host: string;
  port: number;
  subgraphUrls: Record<SubgraphName, string>;
  auth: AuthConfig;
  limits: QueryLimits;
  subgraphTimeoutMs: number;
  safelistOnly: boolean;
  /** The gateway's own schema (rate-limit counters); without it requests are not limited. */
  databaseUrl?: string;
  rateLimits: RateLimits;
  metricsListen: { host: string; port: number };
}

export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const read = envReader(env);
  return {
    host: read.string('HOST', '127.0.0.1'),
    port: read.port('GATEWAY_PORT', DEFAULT_PORTS.gateway),
    subgraphUrls: Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => {
        const port = read.port(`${ENV_PREFIX[name]}_PORT`, DEFAULT_PORTS[name]);
        return [name, read.url(`${ENV_PREFIX[name]}_URL`, `http://127.0.0.1:${port}/graphql`)];
      }),
    ) as Record<SubgraphName, string>,
    auth: loadAuthConfig(env),
    limits: loadQueryLimits(env),
    subgraphTimeoutMs: read.positiveInt('SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUT_MS),
    safelistOnly: read.boolean('GATEWAY_SAFELIST', false),
    databaseUrl: read.optionalUrl('GATEWAY_DATABASE_URL') ?? read.optionalUrl('DATABASE_URL'),
    rateLimits: {
      perMinute: read.positiveInt('RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMITS.perMinute),
      anonymousPerMinute: read.positiveInt('RATE_LIMIT_ANONYMOUS_PER_MINUTE', DEFAULT_RATE_LIMITS.anonymousPerMinute),
    },
    metricsListen: loadMetricsListen('gateway', env),
  };
}
