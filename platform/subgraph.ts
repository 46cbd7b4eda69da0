import { hkdfSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { createHubApolloServer } from './apollo.js';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { GraphQLError, parse, type DocumentNode, type FormattedExecutionResult, type GraphQLSchema } from 'graphql';
import { isReachable, type Sql, type StatementCounter } from './database.js';
import type { Logger } from 'pino';
import { ErrorCode } from './errors.js';
import { CONTEXT_REQUEST_ID, createLogger } from './logger.js';
import { costModelFromSdl, type CostModel } from './query-cost.js';
import { createMetrics } from './metrics.js';
import { DEFAULT_QUERY_LIMITS, limitsForSubgraphs, type QueryLimits } from './query-limits.js';
import { serveGraphQL, type LoadShedding, type RunningHttpServer } from './http-server.js';
import { postgresSchemaOf, type SubgraphName } from './services.js';
import { authenticateGatewayRequest } from './auth/authenticate.js';
import type { VerifiedProof } from './auth/gateway-proof.js';
import { claimProofOnce } from './proof-replay.js';
import type { TokenVerifier } from './auth/tokens.js';
import type { Viewer } from './viewer.js';

export interface RequestScope {
  viewer: Viewer;
  db: PostgresJsDatabase;
  sql: Sql;
  /** A key for one purpose, derived from the hub's internal secret: the database never holds it. */
  keyFor(purpose: string): Buffer;
}

/** What makes a subgraph: its SDL, its resolvers, and how a request's context is built. */
export interface SubgraphModule {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<unknown>;
  createContext(scope: RequestScope): object;
}

/**
 * Declares a subgraph with its resolvers typed by codegen against its own context; the
 * server only needs the erased shape, so the one cast between the two lives here.
 */
export function defineSubgraph<TContext extends object>(definition: {
  name: SubgraphName;
  schemaFile: URL;
  resolvers: Record<string, unknown>;
  createContext(scope: RequestScope): TContext;
}): SubgraphModule {
  return {
    name: definition.name,
    typeDefs: parse(readFileSync(definition.schemaFile, 'utf8')),
    resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
    createContext: definition.createContext,
  };
}

export interface StartSubgraphOptions {
  sql: Sql;
  host: string;
  port: number;
  auth: { verify: TokenVerifier; internalSecret: string };
  /** The gateway's query limits; the subgraph allows its entity queries a little more. Defaults when left out. */
  limits?: QueryLimits;
  /** Defaults to JSON lines on stdout. */
  logger?: Logger;
  /** Counts the pool's SQL statements, for /metrics (the pool must have been made with it). */
  statements?: StatementCounter;
  /** Where /metrics listens; without it the subgraph serves no metrics. */
  metricsListen?: { host: string; port: number };
  loadShedding?: LoadShedding;
}

/**
 * A subgraph the gateway calls in its own process instead of over HTTP (a small
 * deployment's one process, hub/services.ts). The operation runs through the subgraph's
 * own Apollo Server (its limits, cost rule, error masking and metrics) with the subgraph's
 * own context and access rules; only the transport is gone, and with it what guards the
 * transport: the gateway's proof and the second check of the caller's token. The caller
 * is the viewer the gateway verified, handed over in memory. The answer's size is checked
 * once, on the gateway's own answer, as the subgraph's part of it was never serialised.
 */
export interface LocalSubgraph {
  execute(
    request: Pick<GraphQLRequest, 'query' | 'variables' | 'operationName' | 'extensions'>,
    viewer: Viewer,
    /** The gateway's request this call is part of, named on the subgraph's log lines. */
    requestId?: string,
  ): Promise<FormattedExecutionResult>;
  /** Whether the subgraph can answer: what its /ready tells a gateway elsewhere (its database). */
  ready(): Promise<boolean>;
}

/** A running subgraph: its HTTP server (for other routers, and a gateway elsewhere), and its in-process door for a gateway beside it. */
export interface RunningSubgraphServer extends RunningHttpServer {
  local: LocalSubgraph;
}

/**
 * A subgraph's executable schema and cost model depend on its SDL and resolvers alone, so
 * they are built once per module however many servers serve it: a test run starts each
 * subgraph about sixty times in two processes, at ≈ 20 ms of CPU per build.
 */
const builtSchemas = new WeakMap<SubgraphModule, { schema: GraphQLSchema; costModel: CostModel }>();

function schemaOf(module: SubgraphModule): { schema: GraphQLSchema; costModel: CostModel } {
  let built = builtSchemas.get(module);
  if (!built) {
    built = {
      schema: buildSubgraphSchema({ typeDefs: module.typeDefs, resolvers: module.resolvers }),
      costModel: costModelFromSdl(module.typeDefs),
    };
    builtSchemas.set(module, built);
  }
  return built;
}

/** Starts one subgraph's HTTP server on an existing connection pool. */
export async function startSubgraph(module: SubgraphModule, options: StartSubgraphOptions): Promise<RunningSubgraphServer> {
  const { sql } = options;
  const db = drizzle(sql);
  const keys = new Map<string, Buffer>();
  const keyFor = (purpose: string) => {
    let key = keys.get(purpose);
    if (!key) keys.set(purpose, (key = Buffer.from(hkdfSync('sha256', options.auth.internalSecret, 'klyngehub', purpose, 32))));
    return key;
  };
  const limits = limitsForSubgraphs(options.limits ?? DEFAULT_QUERY_LIMITS);
  const logger = options.logger ?? createLogger(module.name);
  const { statements } = options;
  const metrics = createMetrics(module.name, statements ? { sqlStatements: () => statements.count } : {});
  const { schema, costModel } = schemaOf(module);
  const apollo = createHubApolloServer<object>(
    { schema },
    {
      limits,
      costModel,
      entities: true,
      logger,
      metrics,
      plugins: [mutationProofsUsedOnce(sql, postgresSchemaOf(module.name))],
    },
  );
  await apollo.start();
  const http = await serveGraphQL({
    apollo,
    host: options.host,
    port: options.port,
    maxResponseBytes: limits.maxResponseBytes,
    logger,
    metrics,
    metricsListen: options.metricsListen,
    loadShedding: options.loadShedding,
    authenticate: authenticateGatewayRequest(options.auth.verify, options.auth.internalSecret, module.name),
    context: async ({ auth: { viewer, proof } }) =>
      Object.assign(module.createContext({ viewer, db, sql, keyFor }), { [GATEWAY_PROOF]: proof }),
    readiness: async () => {
      const database = await isReachable(sql);
      return { ready: database, checks: { database } };
    },
  });
  const local: LocalSubgraph = {
    async execute(request, viewer, requestId) {
      const contextValue = Object.assign(module.createContext({ viewer, db, sql, keyFor }), {
        [IN_PROCESS]: true,
        [CONTEXT_REQUEST_ID]: requestId,
      });
      const response = await apollo.executeOperation(request, { contextValue });
      // Incremental delivery (@defer) is not enabled in any subgraph; an answer comes whole.
      if (response.body.kind !== 'single') throw new Error(`The ${module.name} subgraph answered in parts`);
      return response.body.singleResult;
    },
    ready: () => isReachable(sql),
  };
  return {
    ...http,
    local,
    close: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}

/** Where a request's context keeps the proof it came with (Apollo copies the context's own properties per operation). */
const GATEWAY_PROOF = Symbol('gateway proof');
/** Marks a request the gateway made in this process: nothing crossed a network, so there is no proof to spend. */
const IN_PROCESS = Symbol('in process');

/**
 * A mutation runs only on a proof never used before (proof-replay.ts), so a captured
 * gateway request cannot repeat a write. Queries are not recorded: replaying one within
 * the proof's 30 s returns the same answer to the same caller, and costs no write. A call
 * from the gateway in this process was never on a network to be captured from, and the
 * gateway sends each mutation once.
 */
function mutationProofsUsedOnce(sql: Sql, schema: string): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || (contextValue as { [IN_PROCESS]?: true })[IN_PROCESS]) return;
          const proof = (contextValue as { [GATEWAY_PROOF]?: VerifiedProof })[GATEWAY_PROOF];
          if (!proof || !(await claimProofOnce(sql, schema, proof)))
            throw new GraphQLError('This request was already carried out; the gateway sends each mutation once', {
              extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
            });
        },
      };
    },
  };
}
