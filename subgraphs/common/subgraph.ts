import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { drizzle, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { parse, type DocumentNode } from 'graphql';
import { isReachable, type Sql, type StatementCounter } from '../../db/client.js';
import type { Logger } from 'pino';
import { maskUnexpectedErrors } from './errors.js';
import { createLogger } from './logger.js';
import { createMetrics } from './metrics.js';
import { DEFAULT_QUERY_LIMITS, limitsForSubgraphs, parseOptionsFor, queryLimitProtection, type QueryLimits } from './query-limits.js';
import { serveGraphQL, type RunningHttpServer } from './http-server.js';
import type { SubgraphName } from './services.js';
import { authenticateGatewayRequest } from './auth/authenticate.js';
import type { TokenVerifier } from './auth/tokens.js';
import type { Viewer } from './viewer.js';

export interface RequestScope {
  viewer: Viewer;
  db: PostgresJsDatabase;
  sql: Sql;
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
}

/** Starts one subgraph's HTTP server on an existing connection pool. */
export async function startSubgraph(module: SubgraphModule, options: StartSubgraphOptions): Promise<RunningHttpServer> {
  const { sql } = options;
  const db = drizzle(sql);
  const limits = limitsForSubgraphs(options.limits ?? DEFAULT_QUERY_LIMITS);
  const protection = queryLimitProtection(limits);
  const logger = options.logger ?? createLogger(module.name);
  const { statements } = options;
  const metrics = createMetrics(module.name, statements ? { sqlStatements: () => statements.count } : {});
  const apollo = new ApolloServer<object>({
    schema: buildSubgraphSchema({ typeDefs: module.typeDefs, resolvers: module.resolvers }),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ...protection.plugins,
      metrics.plugin,
    ],
    validationRules: protection.validationRules,
    parseOptions: parseOptionsFor(limits),
    introspection: !limits.production,
    includeStacktraceInErrorResponses: false,
    // The service's own lifecycle (onShutdown) stops the server; Apollo's signal handler
    // racing it left stop() waiting forever when Ctrl-C reached every process at once.
    stopOnTerminationSignals: false,
    formatError: maskUnexpectedErrors((message) => logger.error(message)),
  });
  await apollo.start();
  const http = await serveGraphQL({
    apollo,
    host: options.host,
    port: options.port,
    logger,
    metrics,
    authenticate: authenticateGatewayRequest(options.auth.verify, options.auth.internalSecret),
    context: async ({ auth: viewer }) => module.createContext({ viewer, db, sql }),
    readiness: async () => {
      const database = await isReachable(sql);
      return { ready: database, checks: { database } };
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
