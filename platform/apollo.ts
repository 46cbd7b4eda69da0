import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { Logger } from 'pino';
import { maskUnexpectedErrors, unexpectedErrorCause } from './errors.js';
import { requestIdIn } from './logger.js';
import type { Metrics } from './metrics.js';
import type { CostModel } from './query-cost.js';
import { parseOptionsFor, queryLimitProtection, type QueryLimits } from './query-limits.js';

/** What differs between the gateway's Apollo Server and a subgraph's: what it serves, and its own extra settings. */
export type ApolloSource<TContext extends BaseContext> =
  | { gateway: NonNullable<Extract<ApolloServerOptions<TContext>, { gateway?: unknown }>['gateway']> }
  | { schema: NonNullable<Extract<ApolloServerOptions<TContext>, { schema?: unknown }>['schema']> };

export interface HubApolloOptions<TContext extends BaseContext> {
  limits: QueryLimits;
  costModel: CostModel;
  /** A subgraph also prices `_entities` lists by their real length. */
  entities: boolean;
  logger: Logger;
  metrics: Metrics;
  plugins?: ApolloServerPlugin<TContext>[];
  /** The rest of Apollo's options that only one service sets (persisted queries, batching). */
  extra?: Partial<ApolloServerOptions<TContext>>;
}

/**
 * Apollo's libraries report usage to Apollo's servers unless told not to: Apollo Gateway,
 * when it is made, starts asking the cloud providers' metadata addresses who runs it and
 * sends Apollo metrics hourly and when it stops. Health-sector data never phones home, so
 * this runs before any of them is made.
 */
export function disableApolloTelemetry(): void {
  process.env.APOLLO_TELEMETRY_DISABLED = 'true';
}

/**
 * Every Apollo Server of the hub — the gateway's and each subgraph's — is made here, so
 * all of them refuse the same way: no telemetry or landing page, the query limits, no
 * stack traces, unexpected errors masked, no answer cached, and no signal handler of Apollo's own.
 */
export function createHubApolloServer<TContext extends BaseContext>(
  source: ApolloSource<TContext>,
  options: HubApolloOptions<TContext>,
): ApolloServer<TContext> {
  disableApolloTelemetry();
  const { limits } = options;
  const protection = queryLimitProtection(limits, options.costModel, { entities: options.entities });
  return new ApolloServer<TContext>({
    ...(source as ApolloServerOptions<TContext>),
    plugins: [
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      ...('schema' in source ? [ApolloServerPluginInlineTraceDisabled()] : []),
      ...(protection.plugins as ApolloServerPlugin<TContext>[]),
      options.metrics.plugin as ApolloServerPlugin<TContext>,
      logUnexpectedErrors(options.logger),
      ...(options.plugins ?? []),
    ],
    validationRules: protection.validationRules,
    parseOptions: parseOptionsFor(limits),
    introspection: !limits.production,
    includeStacktraceInErrorResponses: false,
    formatError: maskUnexpectedErrors({ production: limits.production }),
    // The service's own lifecycle (onShutdown) stops the server; Apollo's signal handler
    // racing it left stop() waiting forever when Ctrl-C reached every process at once.
    stopOnTerminationSignals: false,
    ...options.extra,
  } as ApolloServerOptions<TContext>);
}

/**
 * An answer is for its caller and may hold personal data: no cache may keep it. Apollo's
 * cache-control plugin sent the same header, but to work out cache hints the hub never gives
 * it wrapped every resolver of the schema and ran per field, in each of the five servers.
 */
const noStore: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/**
 * Logs each error the caller is told only "Internal server error" of, with its cause and
 * the request it came in (formatError, which masks them, does not see the request).
 */
function logUnexpectedErrors(logger: Logger): ApolloServerPlugin<BaseContext> {
  const log = (error: unknown, contextValue?: BaseContext) => {
    const cause = unexpectedErrorCause(error);
    if (cause === undefined) return;
    const path = (error as { path?: readonly (string | number)[] }).path?.join('.') ?? 'request';
    logger.error({ requestId: requestIdIn(contextValue) }, `Unexpected error at ${path}: ${cause}`);
  };
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) log(error, contextValue);
        },
      };
    },
    async contextCreationDidFail({ error }) {
      log(error);
    },
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      log(error, requestContext.contextValue);
    },
  };
}
