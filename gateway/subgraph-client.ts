import { STATUS_CODES } from 'node:http';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { Agent, type Dispatcher } from 'undici';
import type { Logger } from 'pino';
import { ErrorCode, rootMessage } from '../platform/errors.js';
import { REQUEST_ID_HEADER, requestIdIn } from '../platform/logger.js';
import type { Metrics } from '../platform/metrics.js';
import { inClientSpan } from '../platform/tracing.js';
import { PROOF_HEADER, type proofSigner } from '../platform/auth/gateway-proof.js';
import type { Viewer } from '../platform/viewer.js';

type GatewayGraphQLResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** What the gateway passes from the caller's request to every subgraph call. */
export interface GatewayContext {
  /** The caller's verified Authorization header, passed on so each subgraph verifies it again. */
  authorization?: string;
  /** Who the gateway verified the caller to be: what a subgraph in the gateway's process is told. */
  viewer?: Viewer;
}

export interface SubgraphClientOptions {
  name: string;
  url: string;
  sign: ReturnType<typeof proofSigner>;
  timeoutMs: number;
  maxResponseBytes: number;
  metrics: Metrics;
  /** The keep-alive connection pool shared by the gateway's subgraph clients. */
  agent: Agent;
  /** Where a failed fetch is reported with its cause; the caller only hears SUBGRAPH_UNAVAILABLE. */
  logger?: Logger;
}

/** A keep-alive pool for subgraph calls; the gateway closes it when it stops. */
export function subgraphAgent(): Agent {
  return new Agent({ keepAliveTimeout: 30_000, keepAliveMaxTimeout: 60_000 });
}

/**
 * Sends the gateway's subgraph fetches: forwards the caller's token and request id, signs
 * every request with a proof made for that subgraph and that exact body (gateway-proof.ts),
 * gives up after the timeout, refuses an answer larger than `maxResponseBytes`, and times
 * each call for /metrics.
 *
 * It implements Apollo's data-source interface itself rather than extending
 * RemoteGraphQLDataSource: that class builds a node-fetch Request, a Headers object and a
 * WHATWG Response per fetch, and Node's fetch wraps the body in web streams. Those layers
 * were a quarter of the gateway's CPU per dashboard; undici's `request` on a keep-alive
 * pool sends the same bytes without them (and, being outside fetch, is never seen by a
 * test's msw handlers, which only stand in for services outside the hub).
 */
export class SubgraphClient implements GraphQLDataSource<GatewayContext> {
  private readonly origin: string;
  private readonly path: string;

  constructor(private readonly options: SubgraphClientOptions) {
    const url = new URL(options.url);
    this.origin = url.origin;
    this.path = url.pathname + url.search;
  }

  async process(request: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { query, variables, operationName, extensions } = request.request;
    if (!query) throw new Error('Missing query');
    const body = JSON.stringify({ query, variables, operationName, ...(extensions ? { extensions } : {}) });
    const caller = 'incomingRequestContext' in request ? request.context : undefined;
    const authorization = caller?.authorization;
    const requestId = requestIdIn(caller);
    const { options } = this;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...(authorization ? { authorization } : {}),
      ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
      [PROOF_HEADER]: options.sign({ audience: options.name, method: 'POST', pathAndQuery: this.path, body, authorization }),
    };
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    const signal = AbortSignal.timeout(options.timeoutMs);
    const send = () =>
      inClientSpan(`POST ${options.name}`, { 'klyngehub.subgraph': options.name }, async (traceHeaders) => {
        const answer = await options.agent.request({
          origin: this.origin,
          path: this.path,
          method: 'POST',
          headers: { ...headers, ...traceHeaders },
          body,
          signal,
        });
        return [answer, await readAtMost(answer, options.maxResponseBytes)] as const;
      });
    let response: Dispatcher.ResponseData;
    let text: string | undefined;
    try {
      [response, text] = await send().catch((error: unknown) => {
        // A kept-alive connection the subgraph closed just as the request went out: nothing
        // reached it, so a read is sent once more on a fresh connection. A write is not, as
        // its proof is spent on the first attempt.
        if (signal.aborted || !isQuery(query) || !closedBeforeAnswer(error)) throw error;
        return send();
      });
    } catch (error) {
      options.metrics.observeSubgraphFetch(options.name, seconds(), signal.aborted ? 'timeout' : 'error');
      if (!signal.aborted) options.logger?.warn({ requestId, subgraph: options.name, err: rootMessage(error) }, 'subgraph fetch failed');
      throw subgraphUnavailable(options.name, signal.aborted ? options.timeoutMs : undefined);
    }
    const ok = response.statusCode >= 200 && response.statusCode < 300;
    options.metrics.observeSubgraphFetch(options.name, seconds(), ok && text !== undefined ? 'ok' : 'error');
    if (text === undefined)
      throw new GraphQLError(`The answer is larger than ${options.maxResponseBytes} bytes; ask for fewer fields or items`, {
        extensions: { code: ErrorCode.RESPONSE_TOO_LARGE, limit: options.maxResponseBytes },
      });
    const json = isJson(response) ? parseObject(text) : undefined;
    if (ok || (response.statusCode === 400 && Array.isArray(json?.errors) && json.errors.length > 0)) {
      if (!json) throw new Error(`Expected JSON response body, but received: ${text.slice(0, 200)}`);
      // A 400 with GraphQL errors is the caller's mistake (a variable its scalar refuses, say):
      // those errors are the caller's to read, so they pass on as a GraphQL answer.
      return json as GatewayGraphQLResponse;
    }
    if (response.statusCode === 503)
      // Shedding load or shutting down: the same answer to the caller as a subgraph that is down.
      throw subgraphUnavailable(options.name);
    throw statusError(options.url, response.statusCode, json ?? text);
  }
}

/**
 * What the caller hears when a subgraph did not answer (within `timeoutMs`, when given),
 * over HTTP or in the gateway's process alike.
 */
export function subgraphUnavailable(name: string, timeoutMs?: number): GraphQLError {
  return new GraphQLError(
    timeoutMs === undefined ? `The ${name} subgraph is unavailable` : `The ${name} subgraph did not answer within ${timeoutMs} ms`,
    { extensions: { code: ErrorCode.SUBGRAPH_UNAVAILABLE, subgraph: name } },
  );
}

/** The operations the gateway plans for a subgraph are `query …`, `mutation …` or a bare selection set. */
function isQuery(document: string): boolean {
  return /^\s*(?:query\b|\{)/.test(document);
}

const CONNECTION_CLOSED = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_CLOSED']);

/** The connection went away before any answer came: undici's socket errors, not a refusal or a timeout. */
function closedBeforeAnswer(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CONNECTION_CLOSED.has(code);
}

/** The error Apollo's own data source makes for a subgraph's non-2xx answer, with its code for 401 and 403. */
function statusError(url: string, status: number, body: unknown): GraphQLError {
  const statusText = STATUS_CODES[status] ?? '';
  const code = status === 401 ? 'UNAUTHENTICATED' : status === 403 ? 'FORBIDDEN' : undefined;
  return new GraphQLError(`${status}: ${statusText}`, {
    extensions: { response: { url, status, statusText, body }, ...(code ? { code } : {}) },
  });
}

function isJson(response: Dispatcher.ResponseData): boolean {
  const type = String(response.headers['content-type'] ?? '');
  return type.startsWith('application/json') || type.startsWith('application/graphql-response+json');
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The body as text, or undefined when it is longer than `maxBytes` (reading stops there). */
async function readAtMost(response: Dispatcher.ResponseData, maxBytes: number): Promise<string | undefined> {
  if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
    response.body.destroy();
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      response.body.destroy();
      return undefined;
    }
    chunks.push(chunk);
  }
  return chunks.length === 1 ? chunks[0]!.toString('utf8') : Buffer.concat(chunks).toString('utf8');
}
