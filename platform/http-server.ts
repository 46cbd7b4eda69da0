import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext, type ContextFunction } from '@apollo/server';
import type { Logger } from 'pino';
import { rootMessage } from './errors.js';
import { REQUEST_ID_HEADER, requestIdFrom, withRequestId } from './logger.js';
import type { Metrics } from './metrics.js';
import { serviceOrigin } from './services.js';
import { inServerSpan } from './tracing.js';

/** What /ready reports: ready when every check passed; each check names what it looked at. */
export interface Readiness {
  ready: boolean;
  checks: Record<string, boolean>;
}

export interface GraphQLHttpOptions<TContext extends BaseContext, TAuth> {
  apollo: ApolloServer<TContext>;
  /**
   * Runs before any GraphQL work, with the raw body; throws an HttpError (e.g. 401) to
   * refuse the request. Its result is handed to `context`.
   */
  authenticate: (req: IncomingMessage, rawBody: string) => Promise<TAuth>;
  context: ContextFunction<[{ req: IncomingMessage; auth: TAuth }], TContext>;
  readiness: () => Promise<Readiness>;
  host: string;
  port: number;
  /** Larger request bodies are refused with 413 before any parsing. */
  maxBodyBytes?: number;
  /** Larger answers are replaced by a RESPONSE_TOO_LARGE error (400): a backstop behind the cost limit. */
  maxResponseBytes?: number;
  /** Operations allowed in one batched request (a JSON array); more are refused with 400. */
  maxBatch?: number;
  logger: Logger;
  /**
   * Served as Prometheus text at /metrics on a listener of its own (loopback by default),
   * never on the API port that callers reach.
   */
  metrics: Metrics;
  metricsListen?: { host: string; port: number };
  /**
   * Counts a request against its caller's allowance and throws an HttpError (429) when it
   * is used up. `auth` is undefined for requests before or without authentication (/ready,
   * a refused token): those count against the address. `weight` is the operations in it.
   */
  admit?: (request: { req: IncomingMessage; auth: TAuth | undefined; weight: number }) => Promise<void>;
  /**
   * Other pages (the gateway's console and log-in), and a browser's GET of /graphql; returns
   * false for a request it does not serve.
   */
  routes?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /**
   * Origins other than the server's own whose browsers may call /graphql ("*" for any). Tokens
   * travel in the Authorization header, never in cookies, so credentials are never allowed.
   */
  corsOrigins?: string[];
}

export interface RunningHttpServer {
  server: Server;
  /** Base URL, e.g. http://127.0.0.1:4001 (the real port when 0 was asked for). */
  url: string;
  /** Base URL of the /metrics listener, when there is one. */
  metricsUrl?: string;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 1_000_000;

/** Refuses a request at the HTTP level, with a GraphQL-shaped error body. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code = 'BAD_REQUEST',
    readonly headers: Record<string, string> = {},
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/**
 * A small Node HTTP front for an Apollo Server: /graphql, plus /health (the process is
 * alive) and /ready (its dependencies answer). Apollo Server 5 ships no framework
 * integration of its own, and these three routes need none.
 */
export async function serveGraphQL<TContext extends BaseContext, TAuth>(
  options: GraphQLHttpOptions<TContext, TAuth>,
): Promise<RunningHttpServer> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const { logger } = options;
  const server = createServer((req, res) => {
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.setHeader('x-content-type-options', 'nosniff');
    const path = (req.url ?? '/').split('?')[0];
    inServerSpan(`${req.method} ${path === '/graphql' ? path : 'other'}`, req.headers, (span) =>
      withRequestId(requestId, () => {
        const started = performance.now();
        let operation: string | undefined;
        res.once('finish', () => {
          if (path === '/graphql')
            logger.info(
              { method: req.method, path, status: res.statusCode, operation, ms: Math.round(performance.now() - started) },
              'request',
            );
          span?.setAttributes({ 'http.response.status_code': res.statusCode, 'klyngehub.request_id': requestId });
          if (operation) span?.setAttribute('graphql.operation.name', operation);
          span?.end();
        });
        handle(req, res, (name) => (operation = name)).catch((error: unknown) => {
          const known = error instanceof HttpError;
          if (!known) logger.error({ err: rootMessage(error) }, 'unexpected error');
          else for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value);
          sendJson(res, known ? error.status : 500, {
            errors: [
              {
                message: known ? error.message : 'Internal server error',
                extensions: known ? { code: error.code, ...error.extensions } : { code: 'INTERNAL_SERVER_ERROR' },
              },
            ],
          });
        });
      }),
    );
  });

  async function handle(req: IncomingMessage, res: ServerResponse, nameOperation: (name: string | undefined) => void): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') return sendJson(res, 200, { status: 'ok' });
    if (url.pathname === '/ready') {
      await options.admit?.({ req, auth: undefined, weight: 1 });
      const readiness = await options.readiness();
      return sendJson(res, readiness.ready ? 200 : 503, readiness);
    }
    if (url.pathname !== '/graphql') {
      if (options.routes?.(req, res)) return;
      return sendJson(res, 404, { error: 'Not found' });
    }
    // A browser opening /graphql gets a page (the gateway's GraphiQL, in development) if there is one.
    if (req.method === 'GET' && /\btext\/html\b/.test(req.headers.accept ?? '') && options.routes?.(req, res)) return;
    if (!allowCrossOrigin(req, res, options.corsOrigins ?? [])) return;

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const body = await readBody(req, maxBodyBytes);
    const parsed = parseBody(body, headers);
    if (holdsNul(parsed) || url.search.includes('%00'))
      throw new HttpError(
        400,
        'Text may not contain the NUL character (U+0000)',
        'BAD_USER_INPUT',
        {},
        {
          problems: [{ path: '', message: 'must not contain the NUL character (U+0000)' }],
        },
      );
    nameOperation(operationNameOf(parsed) ?? url.searchParams.get('operationName') ?? undefined);
    if (Array.isArray(parsed) && parsed.length > (options.maxBatch ?? 1))
      throw new HttpError(400, `A batch may hold at most ${options.maxBatch ?? 1} operations`, 'BATCH_TOO_LARGE');
    const auth = await options.authenticate(req, body).catch(async (error: unknown) => {
      // A refused caller counts too, against its address: guessing tokens costs allowance.
      if (error instanceof HttpError && error.status === 401) await options.admit?.({ req, auth: undefined, weight: 1 });
      throw error;
    });
    await options.admit?.({ req, auth, weight: Array.isArray(parsed) ? parsed.length : 1 });
    const result = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
      context: () => options.context({ req, auth }),
    });
    res.statusCode = result.status ?? 200;
    for (const [key, value] of result.headers) res.setHeader(key, value);
    if (result.body.kind === 'complete') {
      const limit = options.maxResponseBytes;
      if (limit !== undefined && Buffer.byteLength(result.body.string) > limit)
        throw new HttpError(
          400,
          `The answer is larger than ${limit} bytes; ask for fewer fields or items`,
          'RESPONSE_TOO_LARGE',
          {},
          { limit },
        );
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const metricsServer =
    options.metricsListen &&
    createServer((req, res) => {
      if ((req.url ?? '/').split('?')[0] !== '/metrics') return sendJson(res, 404, { error: 'Not found' });
      options.metrics.text().then(
        (text) => {
          res.setHeader('content-type', options.metrics.contentType);
          res.end(text);
        },
        () => sendJson(res, 500, { error: 'Metrics could not be collected' }),
      );
    });
  const url = await listen(server, options.host, options.port);
  const metricsUrl = metricsServer ? await listen(metricsServer, options.metricsListen!.host, options.metricsListen!.port) : undefined;
  return {
    server,
    url,
    metricsUrl,
    close: async () => {
      await closeServer(server);
      if (metricsServer) await closeServer(metricsServer);
    },
  };
}

const CORS_ALLOWED_HEADERS = 'authorization, content-type, apollo-require-preflight, x-apollo-operation-name, x-request-id';

/**
 * CORS for /graphql: an allowed origin gets its own name back (or "*" when any is allowed),
 * never Access-Control-Allow-Credentials; a preflight is answered here (204, or 403 for an
 * origin that is not allowed). Returns false when the request has been answered.
 */
function allowCrossOrigin(req: IncomingMessage, res: ServerResponse, allowed: string[]): boolean {
  const origin = req.headers.origin;
  res.setHeader('vary', 'Origin');
  const permitted = origin !== undefined && (allowed.includes('*') || allowed.includes(origin));
  if (permitted) res.setHeader('access-control-allow-origin', allowed.includes('*') ? '*' : origin);
  if (req.method !== 'OPTIONS') return true;
  if (!permitted) {
    res.statusCode = 403;
    res.end();
    return false;
  }
  res.statusCode = 204;
  res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
  res.setHeader('access-control-allow-headers', CORS_ALLOWED_HEADERS);
  res.setHeader('access-control-max-age', '600');
  res.end();
  return false;
}

async function listen(server: Server, host: string, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return serviceOrigin(host, (server.address() as AddressInfo).port);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      if (size > limit) return; // already refused: the rest is read and dropped, so the client hears the 413
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `Request body is larger than ${limit} bytes`, 'PAYLOAD_TOO_LARGE'));
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseBody(body: string, headers: HeaderMap): unknown {
  if (body === '') return undefined;
  const type = headers.get('content-type') ?? '';
  if (!type.startsWith('application/json')) return body;
  try {
    return JSON.parse(body);
  } catch {
    throw new HttpError(400, 'Request body is not valid JSON');
  }
}

/**
 * Postgres cannot store U+0000 in text, and no field of the hub has a use for it: a request
 * holding one anywhere (query, variables, extensions) is refused before any work.
 */
function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (typeof value === 'object' && value !== null)
    return Object.entries(value).some(([key, item]) => key.includes('\u0000') || holdsNul(item));
  return false;
}

function operationNameOf(body: unknown): string | undefined {
  const first: unknown = Array.isArray(body) ? body[0] : body;
  const name = typeof first === 'object' && first !== null ? (first as { operationName?: unknown }).operationName : undefined;
  return typeof name === 'string' ? name.slice(0, 64) : undefined;
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  if (res.headersSent) {
    res.end();
    return;
  }
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(payload));
}

/** Stops accepting connections, lets requests in flight finish, then drops idle keep-alives. */
function closeServer(server: Server): Promise<void> {
  if (!server.listening) return Promise.resolve(); // closing twice is closing once
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeIdleConnections();
  });
}
