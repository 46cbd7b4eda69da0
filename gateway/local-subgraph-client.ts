import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Metrics } from '../platform/metrics.js';
import type { LocalSubgraph } from '../platform/subgraph.js';
import { requestIdIn } from '../platform/logger.js';
import { inClientSpan } from '../platform/tracing.js';
import { ANONYMOUS } from '../platform/viewer.js';
import { subgraphUnavailable, type GatewayContext } from './subgraph-client.js';

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

export interface LocalSubgraphClientOptions {
  name: string;
  subgraph: LocalSubgraph;
  timeoutMs: number;
  metrics: Metrics;
}

/**
 * Sends the gateway's fetches to a subgraph running in the same process (hub/services.ts):
 * no HTTP request, no JSON in between, no proof and no second check of the token. In a
 * small deployment on two cores those were most of a fetch's CPU. The subgraph still
 * decides every access itself, for the viewer the gateway verified; the call is timed for
 * /metrics and traced like a fetch over HTTP, and the timeout answers the caller as one
 * would (the subgraph's statement timeout ends its work).
 */
export class LocalSubgraphClient implements GraphQLDataSource<GatewayContext> {
  constructor(private readonly options: LocalSubgraphClientOptions) {}

  async process(request: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { query, variables, operationName, extensions } = request.request;
    if (!query) throw new Error('Missing query');
    // Apollo Gateway's own health checks carry no caller; every caller's request carries its viewer.
    const caller = 'incomingRequestContext' in request ? request.context : undefined;
    const viewer = caller?.viewer ?? ANONYMOUS;
    const { options } = this;
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    let outcome: 'ok' | 'error' | 'timeout' = 'error';
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        outcome = 'timeout';
        reject(subgraphUnavailable(options.name, options.timeoutMs));
      }, options.timeoutMs);
    });
    try {
      const result = await inClientSpan(`local ${options.name}`, { 'klyngehub.subgraph': options.name }, () =>
        Promise.race([options.subgraph.execute({ query, variables, operationName, extensions }, viewer, requestIdIn(caller)), timedOut]),
      );
      outcome = 'ok';
      return result as GatewayGraphQLResponse;
    } finally {
      clearTimeout(timer);
      options.metrics.observeSubgraphFetch(options.name, (performance.now() - started) / 1000, outcome);
    }
  }
}
