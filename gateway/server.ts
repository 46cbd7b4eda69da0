import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { createHubApolloServer, disableApolloTelemetry } from '../platform/apollo.js';
import { authenticateCaller } from '../platform/auth/authenticate.js';
import { proofSigner } from '../platform/auth/gateway-proof.js';
import type { TokenVerifier } from '../platform/auth/tokens.js';
import type { Logger } from 'pino';
import { parse } from 'graphql';
import { createLogger } from '../platform/logger.js';
import { createMetrics } from '../platform/metrics.js';
import { SubgraphClient, subgraphAgent, type GatewayContext } from './subgraph-client.js';
import { LocalSubgraphClient } from './local-subgraph-client.js';
import type { LocalSubgraph } from '../platform/subgraph.js';
import { costModelFromSdl } from '../platform/query-cost.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../platform/query-limits.js';
import { serveGraphQL, type LoadShedding, type RunningHttpServer } from '../platform/http-server.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/services.js';
import { SUPERGRAPH_FILE } from '../supergraph/artifacts.js';
import type { Sql } from '../platform/database.js';
import { createRateLimiter, type RateLimiterOptions, type RateLimits } from './rate-limit.js';
import { consoleHandler, type ConsoleConfig } from './console.js';
import type { DevIdentity } from '../platform/auth/dev-identity.js';
import { loadSafelist, PersistedQueryStore, safelistPlugin } from './safelist.js';

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;

export interface GatewayOptions {
  host: string;
  port: number;
  auth: { verify: TokenVerifier; internalSecret: string };
  /** Where each subgraph's /graphql endpoint is; overrides the URLs in the supergraph file. */
  subgraphUrls: Record<SubgraphName, string>;
  /** Subgraphs running in this process (hub/services.ts), called there instead of over HTTP. */
  localSubgraphs?: Partial<Record<SubgraphName, LocalSubgraph>>;
  /** Milliseconds to wait for each subgraph's /ready. */
  readyTimeoutMs?: number;
  /** Query size limits, batching and production mode; defaults when left out. */
  limits?: QueryLimits;
  /** Milliseconds a subgraph call may take before the gateway answers without it. */
  subgraphTimeoutMs?: number;
  /** Defaults to JSON lines on stdout. */
  logger?: Logger;
  /** Run only the operations on the committed safelist (GATEWAY_SAFELIST). */
  safelistOnly?: boolean;
  /** Operations per caller per minute, counted in the gateway's schema; no limit without it. */
  rateLimit?: { sql: Sql; limits: RateLimits } & RateLimiterOptions;
  /** Where /metrics listens; without it the gateway serves no metrics. */
  metricsListen?: { host: string; port: number };
  /** The web console at / (console.ts); without it / answers 404. */
  console?: ConsoleConfig;
  /** The development OpenID Connect provider at /oidc (dev-identity.ts), on the embedded default only. */
  devIdentity?: DevIdentity;
  /** Origins besides the hub's own allowed to call /graphql from a browser. */
  corsOrigins?: string[];
  loadShedding?: LoadShedding;
}

/**
 * The gateway serves the supergraph composed at build time (no runtime introspection of
 * the subgraphs) and plans each query across them.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningHttpServer> {
  const logger = options.logger ?? createLogger('gateway');
  const metrics = createMetrics('gateway');
  const safelist = loadSafelist();
  const authenticate = authenticateCaller(options.auth.verify);
  const admit = options.rateLimit && createRateLimiter(options.rateLimit.sql, options.rateLimit.limits, logger, options.rateLimit);
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const supergraphSdl = withAccessDirectivesInformational(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  const sign = proofSigner(options.auth.internalSecret);
  const agent = subgraphAgent();
  disableApolloTelemetry();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      const local = options.localSubgraphs?.[name as SubgraphName];
      if (local)
        return new LocalSubgraphClient({
          name,
          subgraph: local,
          timeoutMs: options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS,
          metrics,
        });
      return new SubgraphClient({
        name,
        url: options.subgraphUrls[name as SubgraphName] ?? url,
        sign,
        timeoutMs: options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS,
        maxResponseBytes: limits.maxResponseBytes,
        metrics,
        agent,
        logger,
      });
    },
  });
  const apollo = createHubApolloServer<GatewayContext>(
    { gateway },
    {
      limits,
      costModel: costModelFromSdl(parse(supergraphSdl)),
      entities: false,
      logger,
      metrics,
      plugins: options.safelistOnly ? [safelistPlugin(safelist)] : [],
      extra: { persistedQueries: { cache: new PersistedQueryStore(safelist) }, allowBatchedHttpRequests: limits.maxBatch > 1 },
    },
  );
  await apollo.start();
  const readyTimeoutMs = options.readyTimeoutMs ?? 2000;
  const serveConsole = options.console && consoleHandler(options.console, { graphiql: !limits.production });
  const http = await serveGraphQL({
    apollo,
    host: options.host,
    port: options.port,
    maxResponseBytes: limits.maxResponseBytes,
    maxBatch: limits.maxBatch,
    logger,
    metrics,
    metricsListen: options.metricsListen,
    authenticate,
    admit: admit && (({ req, auth, weight }) => admit(auth, req, weight)),
    routes: (req, res) => Boolean(options.devIdentity?.handle(req, res) || serveConsole?.(req, res)),
    browserFacing: true,
    corsOrigins: options.corsOrigins,
    loadShedding: options.loadShedding,
    context: async ({ req, auth }): Promise<GatewayContext> => ({ authorization: req.headers.authorization, viewer: auth }),
    readiness: async () => {
      const results = await Promise.all(
        SUBGRAPH_NAMES.map(async (name) => {
          // A subgraph in this process is asked directly: its HTTP port is for other routers, not for this gateway.
          const local = options.localSubgraphs?.[name];
          return [name, await (local ? readyWithin(local, readyTimeoutMs) : isReady(options.subgraphUrls[name], readyTimeoutMs))] as const;
        }),
      );
      return { ready: results.every(([, ready]) => ready), checks: Object.fromEntries(results) };
    },
  });
  let closing: Promise<void> | undefined;
  const close = async () => {
    await http.close();
    await apollo.stop();
    await agent.close();
  };
  // Tests and the launcher may both close; the agent refuses a second close.
  return { ...http, close: () => (closing ??= close()) };
}

/**
 * The supergraph declares access rules with @authenticated, @requiresScopes and @policy,
 * linked `for: SECURITY` so a router that enforces them (Apollo Router, Hive) must. The
 * Node gateway cannot enforce them and refuses such a supergraph; every rule is enforced
 * by the owning subgraph, so here the links are loaded as plain annotations.
 */
export function withAccessDirectivesInformational(supergraphSdl: string): string {
  return supergraphSdl.replace(
    /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes|policy)\/v[\d.]+"), for: SECURITY\)/g,
    '$1)',
  );
}

async function readyWithin(subgraph: LocalSubgraph, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
  try {
    return await Promise.race([subgraph.ready().catch(() => false), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

async function isReady(graphqlUrl: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(new URL('/ready', graphqlUrl), { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}
