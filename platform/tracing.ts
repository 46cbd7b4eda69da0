import type { IncomingHttpHeaders } from 'node:http';
import { context, propagation, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import type postgres from 'postgres';
import { readEnv, variable, type Env } from './env.js';

/**
 * OpenTelemetry traces across the gateway and the subgraphs: one trace per request, a
 * span per subgraph fetch and per SQL statement, exported over OTLP/HTTP. Off unless
 * OTEL_EXPORTER_OTLP_ENDPOINT (or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) names a collector:
 * then, and only then, the SDK is loaded and spans leave the process, to that address.
 * The W3C `traceparent` header carries the trace from the gateway to each subgraph; it is
 * not covered by the gateway's proof, and a forged one can only mislabel spans.
 */
let enabled = false;
const tracer = () => trace.getTracer('klyngehub');

export function tracingEndpoint(env: Env = process.env): string | undefined {
  const read = readEnv(env, {
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: variable.url.optional(),
    OTEL_EXPORTER_OTLP_ENDPOINT: variable.url.optional(),
  });
  if (read.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return read.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;
  const base = read.OTEL_EXPORTER_OTLP_ENDPOINT;
  return base && `${base.replace(/\/+$/, '')}/v1/traces`;
}

/** Starts exporting this service's spans when an endpoint is configured; returns what flushes them at shutdown. */
export async function startTracing(service: string, env: Env = process.env): Promise<() => Promise<void>> {
  const url = tracingEndpoint(env);
  if (!url) return async () => {};
  const [{ BasicTracerProvider, BatchSpanProcessor }, { OTLPTraceExporter }, { AsyncLocalStorageContextManager }, core, resources] =
    await Promise.all([
      import('@opentelemetry/sdk-trace-base'),
      import('@opentelemetry/exporter-trace-otlp-http'),
      import('@opentelemetry/context-async-hooks'),
      import('@opentelemetry/core'),
      import('@opentelemetry/resources'),
    ]);
  const provider = new BasicTracerProvider({
    resource: resources.resourceFromAttributes({ 'service.name': `klyngehub-${service}` }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }), { scheduledDelayMillis: 500 })],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new core.W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  enabled = true;
  return async () => {
    await provider.forceFlush();
    await provider.shutdown();
  };
}

/** Runs one incoming request inside a server span continuing the caller's trace, ended when the response is. */
export function inServerSpan(name: string, headers: IncomingHttpHeaders, run: (span: Span | undefined) => void): void {
  if (!enabled) return run(undefined);
  const parent = propagation.extract(context.active(), headers);
  const span = tracer().startSpan(name, { kind: SpanKind.SERVER }, parent);
  context.with(trace.setSpan(parent, span), () => run(span));
}

/** Runs `fetch` inside a client span and hands it the headers that carry the trace on. */
export async function inClientSpan<T>(
  name: string,
  attributes: Record<string, string>,
  fetch: (traceHeaders: Record<string, string>) => Promise<T>,
): Promise<T> {
  if (!enabled) return fetch({});
  return tracer().startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    const traceHeaders: Record<string, string> = {};
    propagation.inject(context.active(), traceHeaders);
    try {
      return await fetch(traceHeaders);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

type Query = postgres.PendingQuery<postgres.Row[]>;

/**
 * A span per SQL statement. postgres.js runs a query when it is awaited, so the span
 * starts when the statement is made and ends when its promise settles; transactions
 * (`begin`) hand their statements the same treatment. The statement text is recorded
 * without its parameters, which may be personal data.
 */
export function tracedSql<T extends postgres.Sql | postgres.TransactionSql>(sql: T): T {
  if (!enabled) return sql;
  const traceQuery = (query: Query, text: string): Query => {
    const span = tracer().startSpan('sql', {
      kind: SpanKind.CLIENT,
      attributes: { 'db.system.name': 'postgresql', 'db.query.text': text.slice(0, 2000) },
    });
    type Then = (onFulfilled?: (value: unknown) => unknown, onRejected?: (error: unknown) => unknown) => Promise<unknown>;
    const thenable = query as unknown as { then: Then };
    const then = thenable.then.bind(query);
    thenable.then = (onFulfilled, onRejected) =>
      then(
        (value) => {
          span.end();
          return onFulfilled ? onFulfilled(value) : value;
        },
        (error) => {
          span.setStatus({ code: SpanStatusCode.ERROR });
          span.end();
          if (onRejected) return onRejected(error);
          throw error;
        },
      );
    return query;
  };
  return new Proxy(sql, {
    apply(target, thisArg, args: unknown[]) {
      const result = Reflect.apply(target as (...a: unknown[]) => unknown, thisArg, args);
      const strings = args[0];
      // A tagged template is a statement; sql('name') and sql(values) are fragments inside one.
      return Array.isArray(strings) && 'raw' in strings ? traceQuery(result as Query, strings.join('$?')) : result;
    },
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (property === 'unsafe' && typeof value === 'function')
        return (text: string, ...rest: unknown[]) => traceQuery((value as (...a: unknown[]) => Query).call(target, text, ...rest), text);
      if (property === 'begin' && typeof value === 'function')
        return (...args: unknown[]) => {
          const callback = args.at(-1) as (tx: postgres.TransactionSql) => unknown;
          return (value as (...a: unknown[]) => unknown).call(target, ...args.slice(0, -1), (tx: postgres.TransactionSql) =>
            callback(tracedSql(tx)),
          );
        };
      return value;
    },
  });
}
