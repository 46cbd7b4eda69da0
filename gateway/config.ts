import { loadAuthConfig, type AuthConfig } from '../platform/auth/auth-config.js';
import { loadQueryLimits, type QueryLimits } from '../platform/query-limits.js';
import type { ConsoleConfig } from './console.js';
import { DEFAULT_CLAIM_MAPPING } from '../platform/auth/claims.js';
import { CONSOLE_CLIENT_ID, consoleOrigins } from '../platform/auth/dev-identity.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limit.js';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS } from './server.js';
import { envReader, type Env } from '../platform/env.js';
import { loadLoadShedding, loadMetricsListen } from '../platform/run.js';
import type { LoadShedding } from '../platform/http-server.js';
import { DEFAULT_PORTS, ENV_PREFIX, SUBGRAPH_NAMES, type SubgraphName } from '../platform/services.js';

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
  /** Where browsers reach the hub (PUBLIC_URL); the console and the development issuer are addressed by it. */
  publicUrl: string;
  console: ConsoleConfig;
  corsOrigins: string[];
  loadShedding: LoadShedding;
  /** Set by `npm start` on the embedded default: the development issuer's key and its demo users. */
  devIdentity?: { issuerFile: string; usersFile: string };
}

export function loadGatewayConfig(env: Env = process.env): GatewayConfig {
  const read = envReader(env);
  const port = read.port('GATEWAY_PORT', DEFAULT_PORTS.gateway);
  const publicUrl = read.url('PUBLIC_URL', `http://localhost:${port}`).replace(/\/+$/, '');
  const auth = loadAuthConfig(env);
  const devIssuerFile = read.optional('DEV_ISSUER_FILE');
  const devUsersFile = read.optional('DEV_LOGIN_USERS_FILE');
  return {
    host: read.string('HOST', '127.0.0.1'),
    port,
    subgraphUrls: Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => {
        const port = read.port(`${ENV_PREFIX[name]}_PORT`, DEFAULT_PORTS[name]);
        return [name, read.url(`${ENV_PREFIX[name]}_URL`, `http://127.0.0.1:${port}/graphql`)];
      }),
    ) as Record<SubgraphName, string>,
    auth,
    limits: loadQueryLimits(env),
    subgraphTimeoutMs: read.positiveInt('SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUT_MS),
    safelistOnly: read.boolean('GATEWAY_SAFELIST', false),
    databaseUrl: read.optionalUrl('GATEWAY_DATABASE_URL') ?? read.optionalUrl('DATABASE_URL'),
    rateLimits: {
      perMinute: read.positiveInt('RATE_LIMIT_PER_MINUTE', DEFAULT_RATE_LIMITS.perMinute),
      anonymousPerMinute: read.positiveInt('RATE_LIMIT_ANONYMOUS_PER_MINUTE', DEFAULT_RATE_LIMITS.anonymousPerMinute),
    },
    metricsListen: loadMetricsListen('gateway', env),
    publicUrl,
    console: {
      authority: read.url('CONSOLE_OIDC_AUTHORITY', auth.tokens.issuer.startsWith('http') ? auth.tokens.issuer : publicUrl),
      clientId: read.string('CONSOLE_OIDC_CLIENT_ID', CONSOLE_CLIENT_ID),
      scope: read.string('CONSOLE_OIDC_SCOPE', 'openid profile api'),
      publicUrl,
      developmentLogin: devIssuerFile !== undefined,
      origins: devIssuerFile !== undefined ? consoleOrigins(publicUrl) : [new URL(publicUrl).origin],
      claims: auth.tokens.claims ?? DEFAULT_CLAIM_MAPPING,
    },
    corsOrigins: (read.optional('CORS_ALLOWED_ORIGINS') ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    loadShedding: loadLoadShedding(env),
    devIdentity: devIssuerFile && devUsersFile ? { issuerFile: devIssuerFile, usersFile: devUsersFile } : undefined,
  };
}
