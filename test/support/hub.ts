import type { RateLimits } from '../../gateway/rate-limit.js';
import type { DestinationStream } from 'pino';
import { createLogger } from '../../platform/logger.js';
import type { QueryLimits } from '../../platform/query-limits.js';
import { randomBytes } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { inject } from 'vitest';
import { connect, StatementCounter, type Sql } from '../../platform/database.js';
import { subgraphRoleUrl } from '../../db/roles.js';
import { startGateway, type GatewayOptions } from '../../gateway/server.js';
import { SUBGRAPHS } from '../../subgraphs/index.js';
import type { RunningHttpServer } from '../../platform/http-server.js';
import { SUBGRAPH_NAMES, type SchemaOwner, type SubgraphName } from '../../platform/services.js';
import { startSubgraph, type LocalSubgraph, type RunningSubgraphServer } from '../../platform/subgraph.js';
import { templateCopy } from './template-copy.js';
import { TokenIssuer } from '../../platform/auth/dev-issuer.js';
import { proofHeaderFor } from '../../platform/auth/gateway-proof.js';
import { createTokenVerifier, type TokenConfig } from '../../platform/auth/tokens.js';
import type { Viewer } from '../../platform/viewer.js';

export interface GraphQLResponse<TData> {
  status: number;
  data?: TData | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface RunningSubgraph {
  url: string;
  /** SQL statements this subgraph has sent since the last reset. */
  statements: StatementCounter;
  server: RunningSubgraphServer;
  sql: Sql;
}

export interface TestHub {
  gatewayUrl: string;
  /** The gateway's /metrics listener (loopback, apart from the API port). */
  gatewayMetricsUrl: string;
  /** Signs tokens the hub trusts. */
  issuer: TokenIssuer;
  /** The gateway's proof secret, for tests that play the gateway towards a subgraph. */
  internalSecret: string;
  /** A bearer token for a viewer, ready for an Authorization header. */
  tokenFor(viewer: Exclude<Viewer, { kind: 'anonymous' }>): Promise<string>;
  /** Sends an operation as a viewer (anonymous when none). */
  queryAs<TData, TVariables>(
    viewer: Viewer,
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
  ): Promise<GraphQLResponse<TData>>;
  /** Posts to a subgraph the way the gateway does: signed, with the viewer's token. */
  querySubgraphAs<TData>(name: SubgraphName, viewer: Viewer, query: string, variables?: unknown): Promise<GraphQLResponse<TData>>;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  /** Superuser connection to this file's own database, for arranging and inspecting rows. */
  adminSql: Sql;
  databaseUrl: string;
  /** Connection string of a subgraph's own role on this file's database. */
  roleUrl(name: SchemaOwner): string;
  /** Another gateway in front of this hub's subgraphs (a replica, or one with other settings); stopped with the hub. */
  startGateway(overrides?: Partial<GatewayOptions>): Promise<RunningHttpServer>;
  query<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables> | string,
    variables?: TVariables,
    options?: { headers?: Record<string, string> },
  ): Promise<GraphQLResponse<TData>>;
  close(): Promise<void>;
}

/**
 * Boots the real hub for one test file: a fresh copy of the seeded template database,
 * the four subgraphs (each on its own role, on a free port) and the real gateway.
 */
/**
 * The test hub's services share one event loop with each other and the test runner, which
 * no deployment does: one service's start blocks the loop that another's load shedding
 * samples, and it would refuse the next second of requests. Shedding is tested on its own.
 */
const SHARED_EVENT_LOOP = { maxEventLoopDelayMs: 0 };

export async function startTestHub(
  options: {
    limits?: QueryLimits;
    logs?: DestinationStream;
    safelistOnly?: boolean;
    rateLimits?: RateLimits;
    /** The gateway's clock for rate-limit windows. */
    clock?: () => Date;
    subgraphTimeoutMs?: number;
    /** Trust another identity provider than the test issuer (tokenFor then still signs with the test issuer). */
    tokens?: TokenConfig;
    /** The gateway calls the subgraphs in process, as `npm start` runs them (hub/services.ts), instead of over HTTP. */
    inProcess?: boolean;
  } = {},
): Promise<TestHub> {
  const loggerFor = (service: string) => (options.logs ? createLogger(service, options.logs, 'info') : undefined);
  const rolePasswords = inject('rolePasswords') as Record<SchemaOwner, string>;
  const template = inject('templateDatabase');
  const copy = await templateCopy('klyngehub_test');
  const databaseUrl = copy.url;
  // The copy keeps the template's grants, so its subgraphs connect as the template's roles.
  const roleUrl = (name: SchemaOwner) => subgraphRoleUrl(databaseUrl, name, rolePasswords[name], template);

  const issuer = await TokenIssuer.generate();
  const internalSecret = randomBytes(32).toString('base64url');
  const tokens = options.tokens ?? { issuer: issuer.issuer, audience: issuer.audience, jwks: issuer.jwks };
  const auth = { verify: createTokenVerifier(tokens), internalSecret };
  const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
  const localSubgraphs: Partial<Record<SubgraphName, LocalSubgraph>> = {};
  for (const name of SUBGRAPH_NAMES) {
    const statements = new StatementCounter();
    const sql = connect(roleUrl(name), { applicationName: `klyngehub-${name}`, maxConnections: 4, counter: statements });
    const running = await startSubgraph(SUBGRAPHS[name], {
      sql,
      host: '127.0.0.1',
      port: 0,
      metricsListen: { host: '127.0.0.1', port: 0 },
      auth,
      limits: options.limits,
      logger: loggerFor(name),
      loadShedding: SHARED_EVENT_LOOP,
    });
    subgraphs[name] = { url: `${running.url}/graphql`, statements, server: running, sql };
    localSubgraphs[name] = running.local;
  }
  const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphs[name].url])) as Record<SubgraphName, string>;
  const gatewaySql = options.rateLimits
    ? connect(roleUrl('gateway'), { applicationName: 'klyngehub-gateway', maxConnections: 4, asynchronousCommit: true })
    : undefined;
  const gateway = await startGateway({
    host: '127.0.0.1',
    port: 0,
    metricsListen: { host: '127.0.0.1', port: 0 },
    auth,
    limits: options.limits,
    logger: loggerFor('gateway'),
    safelistOnly: options.safelistOnly,
    rateLimit: gatewaySql && options.rateLimits && { sql: gatewaySql, limits: options.rateLimits, clock: options.clock },
    subgraphUrls,
    localSubgraphs: options.inProcess ? localSubgraphs : undefined,
    subgraphTimeoutMs: options.subgraphTimeoutMs,
    loadShedding: SHARED_EVENT_LOOP,
  });
  const extraGateways: RunningHttpServer[] = [];
  const adminSql = connect(databaseUrl, { applicationName: 'klyngehub-test-admin', maxConnections: 2 });

  const tokenFor = async (viewer: Exclude<Viewer, { kind: 'anonymous' }>) => `Bearer ${await issuer.sign(viewer)}`;
  const authorizationFor = async (viewer: Viewer): Promise<Record<string, string>> =>
    viewer.kind === 'anonymous' ? {} : { authorization: await tokenFor(viewer) };

  return {
    gatewayUrl: `${gateway.url}/graphql`,
    gatewayMetricsUrl: `${gateway.metricsUrl}/metrics`,
    issuer,
    internalSecret,
    tokenFor,
    queryAs: async (viewer, document, variables) =>
      postGraphQL(`${gateway.url}/graphql`, document, variables, await authorizationFor(viewer)),
    querySubgraphAs: async (name, viewer, query, variables) => {
      const headers = await authorizationFor(viewer);
      const body = JSON.stringify({ query, variables });
      const proof = await proofHeaderFor(internalSecret, name, subgraphs[name].url, { body, authorization: headers.authorization });
      return postRaw(subgraphs[name].url, body, { ...headers, ...proof });
    },
    subgraphs,
    adminSql,
    databaseUrl,
    roleUrl,
    query: (document, variables, options) => postGraphQL(`${gateway.url}/graphql`, document, variables, options?.headers),
    async startGateway(overrides = {}) {
      const extra = await startGateway({ host: '127.0.0.1', port: 0, auth, subgraphUrls, loadShedding: SHARED_EVENT_LOOP, ...overrides });
      extraGateways.push(extra);
      return extra;
    },
    async close() {
      for (const extra of extraGateways) await extra.close();
      await gateway.close();
      await gatewaySql?.end();
      for (const name of SUBGRAPH_NAMES) {
        await subgraphs[name].server.close();
        await subgraphs[name].sql.end();
      }
      await adminSql.end();
      await copy.drop();
    },
  };
}

export async function postGraphQL<TData, TVariables>(
  url: string,
  document: TypedDocumentNode<TData, TVariables> | string,
  variables?: TVariables,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  return postRaw(url, JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }), headers);
}

async function postRaw<TData>(url: string, body: string, headers: Record<string, string>): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const parsed = (await response.json()) as Omit<GraphQLResponse<TData>, 'status'>;
  return { status: response.status, ...parsed };
}

/** The error codes in a response, for assertions. */
export function errorCodes(response: GraphQLResponse<unknown>): unknown[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
