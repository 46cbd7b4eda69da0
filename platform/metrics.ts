import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * Prometheus metrics of one service, served as text at /metrics: GraphQL requests and
 * their latency per operation, errors per operation and code, and (gateway) each subgraph
 * fetch's latency and failures, plus the process's own (memory, CPU, event-loop lag).
 */
export function createMetrics(service: string, options: { sqlStatements?: () => number } = {}) {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  const { sqlStatements } = options;
  if (sqlStatements)
    new Counter({
      name: 'klyngehub_sql_statements_total',
      help: 'SQL statements this service has sent to Postgres',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(sqlStatements());
      },
    });
  const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  const requests = new Histogram({
    name: 'klyngehub_graphql_request_duration_seconds',
    help: 'GraphQL requests by operation name, and how long they took',
    labelNames: ['operation'],
    buckets,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'klyngehub_graphql_errors_total',
    help: 'Errors in GraphQL responses by operation name and extensions.code',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  const fetches = new Histogram({
    name: 'klyngehub_subgraph_fetch_duration_seconds',
    help: "The gateway's calls to each subgraph, by outcome (ok, error, timeout), and how long they took",
    labelNames: ['subgraph', 'outcome'],
    buckets,
    registers: [registry],
  });
  const operations = new OperationLabels();

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ request, response }) {
          const operation = operations.label(request.operationName);
          requests.observe({ operation }, (performance.now() - started) / 1000);
          const body = response.body;
          for (const error of body.kind === 'single' ? (body.singleResult.errors ?? []) : []) {
            errors.inc({ operation, code: String(error.extensions?.code ?? 'UNKNOWN') });
          }
        },
      };
    },
  };

  return {
    plugin,
    observeSubgraphFetch: (subgraph: string, seconds: number, outcome: 'ok' | 'error' | 'timeout') =>
      fetches.observe({ subgraph, outcome }, seconds),
    contentType: registry.contentType,
    text: () => registry.metrics(),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

/**
 * Operation names come from clients, so they are bounded before becoming labels: a
 * malformed name is "invalid", and past the first 200 distinct names everything is "other".
 */
class OperationLabels {
  private readonly seen = new Set<string>();

  label(name: string | undefined | null): string {
    if (!name) return 'anonymous';
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'invalid';
    if (this.seen.has(name)) return name;
    if (this.seen.size >= 200) return 'other';
    this.seen.add(name);
    return name;
  }
}
