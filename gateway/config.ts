import { loadAuthConfig, type AuthConfig } from '../platform/auth/auth-config.js';
import { loadQueryLimits, type QueryLimits } from '../platform/query-limits.js';
import type { ConsoleConfig } from './console.js';
import { DEFAULT_CLAIM_MAPPING } from '../platform/auth/claims.js';
import { CONSOLE_CLIENT_ID, consoleOrigins } from '../platform/auth/dev-identity.js';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limit.js';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS } from './server.js';
import { loadAll, readEnvs, variable, type Env } from '../platform/env.js';
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
  const [[read, ports, urls], auth, limits, metricsListen, loadShedding] = loadAll(
    () =>
      readEnvs(
        env,
        {
          HOST: variable.text.withDefault('127.0.0.1'),
          GATEWAY_PORT: variable.port.withDefault(DEFAULT_PORTS.gateway),
          PUBLIC_URL: variable.url.optional(),
          DEV_ISSUER_FILE: variable.text.optional(),
          DEV_LOGIN_USERS_FILE: variable.text.optional(),
          SUBGRAPH_TIMEOUT_MS: variable.positiveInt.withDefault(DEFAULT_SUBGRAPH_TIMEOUT_MS),
          GATEWAY_SAFELIST: variable.boolean.withDefault(false),
          GATEWAY_DATABASE_URL: variable.url.optional(),
          DATABASE_URL: variable.url.optional(),
          RATE_LIMIT_PER_MINUTE: variable.positiveInt.withDefault(DEFAULT_RATE_LIMITS.perMinute),
          RATE_LIMIT_ANONYMOUS_PER_MINUTE: variable.positiveInt.withDefault(DEFAULT_RATE_LIMITS.anonymousPerMinute),
          CONSOLE_OIDC_AUTHORITY: variable.url.optional(),
          CONSOLE_OIDC_CLIENT_ID: variable.text.withDefault(CONSOLE_CLIENT_ID),
          CONSOLE_OIDC_SCOPE: variable.text.withDefault('openid profile api'),
          CORS_ALLOWED_ORIGINS: variable.text.withDefault(''),
        },
        Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${ENV_PREFIX[name]}_PORT`, variable.port.withDefault(DEFAULT_PORTS[name])])),
        Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${ENV_PREFIX[name]}_URL`, variable.url.optional()])),
      ),
    () => loadAuthConfig(env),
    () => loadQueryLimits(env),
    () => loadMetricsListen('gateway', env),
    () => loadLoadShedding(env),
  );
  const port = read.GATEWAY_PORT;
  const publicUrl = (read.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, '');
  const devIssuerFile = read.DEV_ISSUER_FILE;
  const devUsersFile = read.DEV_LOGIN_USERS_FILE;
  return {
    host: read.HOST,
    port,
    subgraphUrls: Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => {
        const prefix = ENV_PREFIX[name];
        return [name, urls[`${prefix}_URL`] ?? `http://127.0.0.1:${ports[`${prefix}_PORT`]}/graphql`];
      }),
    ) as Record<SubgraphName, string>,
    auth,
    limits,
    subgraphTimeoutMs: read.SUBGRAPH_TIMEOUT_MS,
    safelistOnly: read.GATEWAY_SAFELIST,
    databaseUrl: read.GATEWAY_DATABASE_URL ?? read.DATABASE_URL,
    rateLimits: {
      perMinute: read.RATE_LIMIT_PER_MINUTE,
      anonymousPerMinute: read.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
    },
    metricsListen,
    publicUrl,
    console: {
      authority: read.CONSOLE_OIDC_AUTHORITY ?? (auth.tokens.issuer.startsWith('http') ? auth.tokens.issuer : publicUrl),
      clientId: read.CONSOLE_OIDC_CLIENT_ID,
      scope: read.CONSOLE_OIDC_SCOPE,
      publicUrl,
      developmentLogin: devIssuerFile !== undefined,
      origins: devIssuerFile !== undefined ? consoleOrigins(publicUrl) : [new URL(publicUrl).origin],
      claims: auth.tokens.claims ?? DEFAULT_CLAIM_MAPPING,
    },
    corsOrigins: read.CORS_ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    loadShedding,
    devIdentity: devIssuerFile && devUsersFile ? { issuerFile: devIssuerFile, usersFile: devUsersFile } : undefined,
  };
}
