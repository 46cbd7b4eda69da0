import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { createHubApolloServer } from '../platform/apollo.js';
import { authenticateCaller } from '../platform/auth/authenticate.js';
import { PROOF_HEADER, proofSigner } from '../platform/auth/gateway-proof.js';
import type { TokenVerifier } from '../platform/auth/tokens.js';
import type { Logger } from 'pino';
import { GraphQLError, parse } from 'graphql';
import { ErrorCode } from '../platform/errors.js';
import { createLogger, currentRequestId, REQUEST_ID_HEADER } from '../platform/logger.js';
import { createMetrics, type Metrics } from '../platform/metrics.js';
import { costModelFromSdl } from '../platform/query-cost.js';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../platform/query-limits.js';
import { serveGraphQL, type RunningHttpServer } from '../platform/http-server.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/services.js';
import { SUPERGRAPH_FILE } from '../supergraph/artifacts.js';
import type { Sql } from '../platform/database.js';
import { createRateLimiter, type RateLimits } from './rate-limit.js';
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
  /** `clock` is for tests: the minute a request is counted in. */
  rateLimit?: { sql: Sql; limits: RateLimits; clock?: () => Date };
  /** Where /metrics listens; without it the gateway serves no metrics. */
  metricsListen?: { host: string; port: number };
  /** The web console at / (console.ts); without it / answers 404. */
  console?: ConsoleConfig;
  /** The development OpenID Connect provider at /oidc (dev-identity.ts), on the embedded default only. */
  devIdentity?: DevIdentity;
  /** Origins besides the hub's own allowed to call /graphql from a browser. */
  corsOrigins?: string[];
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
  const admit = options.rateLimit && createRateLimiter(options.rateLimit.sql, options.rateLimit.limits, logger, options.rateLimit.clock);
  const limits = options.limits ?? DEFAULT_QUERY_LIMITS;
  const supergraphSdl = withAccessDirectivesInformational(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  const sign = proofSigner(options.auth.internalSecret);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SignedDataSource({
        name,
        url: options.subgraphUrls[name as SubgraphName] ?? url,
        sign,
        timeoutMs: options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS,
        maxResponseBytes: limits.maxResponseBytes,
        metrics,
      }),
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
    corsOrigins: options.corsOrigins,
    context: async ({ req }): Promise<GatewayContext> => ({ authorization: req.headers.authorization }),
    readiness: async () => {
      const results = await Promise.all(
        SUBGRAPH_NAMES.map(async (name) => [name, await isReady(options.subgraphUrls[name], readyTimeoutMs)] as const),
      );
      return { ready: results.every(([, ready]) => ready), checks: Object.fromEntries(results) };
    },
  });
  return {
    ...http,
    close: async () => {
      await http.close();
      await apollo.stop();
    },
  };
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

interface GatewayContext {
  /** The caller's verified Authorization header, passed on so each subgraph verifies it again. */
  authorization?: string;
}

/**
 * Forwards the caller's token and request id, signs every subgraph request with a proof
 * made for that subgraph and that request (gateway-proof.ts), gives up after the timeout,
 * refuses a subgraph answer larger than `maxResponseBytes`, and times each call for /metrics.
 */
class SignedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(options: {
    name: string;
    url: string;
    sign: ReturnType<typeof proofSigner>;
    timeoutMs: number;
    maxResponseBytes: number;
    metrics: Metrics;
  }) {
    super({
      url: options.url,
      // Node's own fetch keeps connections alive and lets msw pass loopback calls through in
      // tests. The proof is computed here, over the exact body bytes that are sent.
      fetcher: (async (input: string, init: RequestInit & { headers: Record<string, string> }) => {
        const body = typeof init.body === 'string' ? init.body : '';
        const requestId = currentRequestId();
        const target = new URL(input);
        const proof = await options.sign({
          audience: options.name,
          method: init.method ?? 'POST',
          pathAndQuery: target.pathname + target.search,
          body,
          authorization: init.headers.authorization,
        });
        const headers = { ...init.headers, ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}), [PROOF_HEADER]: proof };
        const started = performance.now();
        const seconds = () => (performance.now() - started) / 1000;
        let response: Response;
        let text: string | undefined;
        try {
          response = await fetch(input, { ...init, headers, signal: AbortSignal.timeout(options.timeoutMs) });
          text = await readAtMost(response, options.maxResponseBytes);
        } catch (error) {
          const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
          options.metrics.observeSubgraphFetch(options.name, seconds(), timedOut ? 'timeout' : 'error');
          throw new GraphQLError(
            timedOut
              ? `The ${options.name} subgraph did not answer within ${options.timeoutMs} ms`
              : `The ${options.name} subgraph is unavailable`,
            { extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, subgraph: options.name } },
          );
        }
        options.metrics.observeSubgraphFetch(options.name, seconds(), response.ok && text !== undefined ? 'ok' : 'error');
        if (text === undefined)
          throw new GraphQLError(`The answer is larger than ${options.maxResponseBytes} bytes; ask for fewer fields or items`, {
            extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, limit: options.maxResponseBytes },
          });
        return new Response(text, { status: callerMistake(response, text) ? 200 : response.status, headers: response.headers });
      }) as unknown as RemoteGraphQLDataSource['fetcher'],
    });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

/**
 * A subgraph answers 400 with GraphQL errors when the caller's input is wrong (a variable
 * its scalar refuses, say). Those errors are the caller's to read, so the gateway passes
 * them on as a GraphQL answer instead of failing the fetch as INTERNAL_SERVER_ERROR.
 */
function callerMistake(response: Response, text: string): boolean {
  if (response.status !== 400 || !response.headers.get('content-type')?.startsWith('application/json')) return false;
  try {
    const errors = (JSON.parse(text) as { errors?: unknown }).errors;
    return Array.isArray(errors) && errors.length > 0;
  } catch {
    return false;
  }
}

/** The body as text, or undefined when it is longer than `maxBytes` (reading stops there). */
async function readAtMost(response: Response, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function isReady(graphqlUrl: string, timeoutMs: number): Promise<boolean> {
  try {
    const response = await fetch(new URL('/ready', graphqlUrl), { signal: AbortSignal.timeout(timeoutMs) });
    return response.ok;
  } catch {
    return false;
  }
}
