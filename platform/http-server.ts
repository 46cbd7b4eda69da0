import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AddressInfo } from 'node:net';
import type { ApolloServer, BaseContext } from '@apollo/server';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import underPressure from '@fastify/under-pressure';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { ErrorCode, rootMessage } from './errors.js';
import { CONTEXT_REQUEST_ID, REQUEST_ID_HEADER, requestIdOf } from './logger.js';
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
  context: (request: { req: IncomingMessage; auth: TAuth }) => Promise<TContext>;
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
   * Whether browsers reach this server (the gateway) and so get helmet's security headers and
   * CORS; a subgraph answers only the gateway, and skips that work on every request.
   */
  browserFacing?: boolean;
  /**
   * Origins other than the server's own whose browsers may call /graphql ("*" for any). Tokens
   * travel in the Authorization header, never in cookies, so credentials are never allowed.
   */
  corsOrigins?: string[];
  /** When to shed load; DEFAULT_LOAD_SHEDDING when left out. */
  loadShedding?: LoadShedding;
}

/**
 * While the event loop's mean delay over a sample stays above `maxEventLoopDelayMs`,
 * requests other than /health are refused with 503 SERVICE_OVERLOADED and a Retry-After, so
 * a saturated process finishes the work it has instead of queueing more. 0 turns it off.
 */
export interface LoadShedding {
  maxEventLoopDelayMs: number;
  /** How often the delay is sampled (ms); tests shorten it. */
  sampleIntervalMs?: number;
}

export const DEFAULT_LOAD_SHEDDING: LoadShedding = { maxEventLoopDelayMs: 500 };

export interface RunningHttpServer {
  server: Server;
  /** Base URL, e.g. http://127.0.0.1:4001 (the real port when 0 was asked for). */
  url: string;
  /** Base URL of the /metrics listener, when there is one. */
  metricsUrl?: string;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY_BYTES = 1_000_000;
/** Longer than the gateway's pool keeps an idle connection (subgraph-client.ts), so the client always closes first. */
const KEEP_ALIVE_TIMEOUT_MS = 72_000;
/** Requests still running this long after a stop was asked for are cut off. */
const CLOSE_DEADLINE_MS = 10_000;
const API_PATHS = new Set(['/graphql', '/health', '/ready']);
const CORS_ALLOWED_HEADERS = ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'];

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
 * The HTTP front of every service: Fastify with Apollo's Fastify integration at /graphql,
 * /health (the process is alive) and /ready (its dependencies answer). The libraries carry
 * the HTTP work: helmet's security headers and @fastify/cors where browsers call (the
 * gateway), @fastify/under-pressure shedding load when the event loop falls behind,
 * Fastify's body limit, and its graceful close. What stays here is the hub's own policy:
 * authentication on the raw body (the gateway's proof signs it), the rate limit, the batch
 * and answer-size limits, and one error shape.
 */
export async function serveGraphQL<TContext extends BaseContext, TAuth>(
  options: GraphQLHttpOptions<TContext, TAuth>,
): Promise<RunningHttpServer> {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const { logger } = options;
  /** The service a span belongs to: the resource names the process, which serves all four subgraphs by default. */
  const service = String(logger.bindings().service ?? '');
  const operationNames = new WeakMap<IncomingMessage, string>();
  const auths = new WeakMap<IncomingMessage, TAuth>();

  const app = Fastify({
    bodyLimit: maxBodyBytes,
    logger: false,
    requestIdHeader: false,
    // A request that arrives on a kept-alive connection while closing is served (with
    // Connection: close) rather than refused with Fastify's own 503 body, outside our error shape.
    return503OnClosing: false,
    // Fastify's own answers to a malformed URL or request, in the hub's one error shape.
    frameworkErrors: (error, _request, reply) => {
      // Typed generically over route schemas this server does not use.
      void (reply as unknown as FastifyReply).code(400).send(errorBody(error.message, 'BAD_REQUEST'));
    },
    clientErrorHandler: answerMalformedRequest,
    // Our server, so each request runs inside its trace span and request id from the first byte.
    serverFactory: (handler) => {
      const server = createServer((req, res) => {
        const requestId = requestIdOf(req);
        res.setHeader(REQUEST_ID_HEADER, requestId);
        res.setHeader('x-content-type-options', 'nosniff');
        const path = (req.url ?? '/').split('?')[0];
        inServerSpan(`${req.method} ${path === '/graphql' ? path : 'other'}`, req.headers, (span) => {
          const started = performance.now();
          res.once('finish', () => {
            const operation = operationNames.get(req);
            if (path === '/graphql')
              logger.info(
                { requestId, method: req.method, path, status: res.statusCode, operation, ms: Math.round(performance.now() - started) },
                'request',
              );
            span?.setAttributes({
              'http.response.status_code': res.statusCode,
              'klyngehub.request_id': requestId,
              'klyngehub.service': service,
            });
            if (operation) span?.setAttribute('graphql.operation.name', operation);
            span?.end();
          });
          handler(req, res);
        });
      });
      server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
      return server;
    },
  });

  if (options.browserFacing) await browserDefences(app, options.corsOrigins ?? []);
  const shedding = options.loadShedding ?? DEFAULT_LOAD_SHEDDING;
  if (shedding.maxEventLoopDelayMs > 0)
    await app.register(underPressure, {
      maxEventLoopDelay: shedding.maxEventLoopDelayMs,
      sampleInterval: shedding.sampleIntervalMs,
      pressureHandler: (request, reply, type, value) => {
        const path = request.url.split('?')[0];
        // Alive is alive: a busy process must not be restarted for being busy.
        if (path === '/health') return;
        logger.warn({ requestId: requestIdOf(request.raw), type, value, path }, 'load shed');
        void reply
          .code(503)
          .header('retry-after', '1')
          .send(errorBody('The service is overloaded; try again in a moment', ErrorCode.SERVICE_OVERLOADED));
      },
    });

  // The raw text is kept: the gateway's proof signs the exact bytes (gateway-proof.ts).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.setErrorHandler((error: FastifyError | HttpError, request, reply) => {
    if (error instanceof HttpError) {
      void reply.headers(error.headers);
      return reply.code(error.status).send(errorBody(error.message, error.code, error.extensions));
    }
    if (error.statusCode === 413)
      return reply.code(413).send(errorBody(`Request body is larger than ${maxBodyBytes} bytes`, ErrorCode.PAYLOAD_TOO_LARGE));
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500)
      return reply.code(error.statusCode).send(errorBody(error.message, 'BAD_REQUEST'));
    logger.error({ requestId: requestIdOf(request.raw), err: rootMessage(error), path: request.url.split('?')[0] }, 'unexpected error');
    return reply.code(500).send(errorBody('Internal server error', 'INTERNAL_SERVER_ERROR'));
  });

  app.addHook('onRequest', (request, reply, done) => {
    if (!wellFormedHost(request.headers.host)) {
      void reply.code(400).send(errorBody('The Host header is not a host name', 'BAD_REQUEST'));
      return;
    }
    // Pages (the console, the development log-in, GraphiQL for a browser opening /graphql) are
    // answered here, before Fastify reads a body: the log-in form reads its own.
    const path = request.url.split('?')[0];
    const page =
      path === '/graphql' ? request.method === 'GET' && /\btext\/html\b/.test(request.headers.accept ?? '') : !API_PATHS.has(path!);
    if (page && options.routes?.(request.raw, reply.raw)) reply.hijack();
    done();
  });

  app.setNotFoundHandler((request, reply) => {
    // A preflight from an origin @fastify/cors did not allow comes here: refuse it plainly.
    if (request.method === 'OPTIONS' && request.headers.origin !== undefined) return reply.code(403).send();
    return reply.code(404).send(errorBody('Nothing is served at this path', ErrorCode.NOT_FOUND));
  });

  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (request, reply) => {
    await options.admit?.({ req: request.raw, auth: undefined, weight: 1 });
    const readiness = await options.readiness();
    return reply.code(readiness.ready ? 200 : 503).send(readiness);
  });

  const executeGraphQL = fastifyApolloHandler(options.apollo, {
    context: async ({ raw: req }) =>
      Object.assign(await options.context({ req, auth: auths.get(req) as TAuth }), { [CONTEXT_REQUEST_ID]: requestIdOf(req) }),
  });
  app.route({
    url: '/graphql',
    // Apollo answers 405 itself for the methods it does not take; OPTIONS is CORS's.
    method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    exposeHeadRoute: false,
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const { raw: req } = request;
      const body = typeof request.body === 'string' ? request.body : '';
      const search = searchOf(req.url);
      const parsed = parseBody(body, req.headers['content-type'] ?? '');
      if (holdsNul(parsed) || search.includes('%00'))
        throw new HttpError(
          400,
          'Text may not contain the NUL character (U+0000)',
          'BAD_USER_INPUT',
          {},
          {
            problems: [{ path: '', message: 'must not contain the NUL character (U+0000)' }],
          },
        );
      const operation = operationNameOf(parsed) ?? new URLSearchParams(search).get('operationName') ?? undefined;
      if (operation !== undefined) operationNames.set(req, operation.slice(0, 64));
      if (Array.isArray(parsed) && parsed.length > (options.maxBatch ?? 1))
        throw new HttpError(400, `A batch may hold at most ${options.maxBatch ?? 1} operations`, 'BATCH_TOO_LARGE');
      const auth = await options.authenticate(req, body).catch(async (error: unknown) => {
        // A refused caller counts too, against its address: guessing tokens costs allowance.
        if (error instanceof HttpError && error.status === 401) await options.admit?.({ req, auth: undefined, weight: 1 });
        throw error;
      });
      auths.set(req, auth);
      await options.admit?.({ req, auth, weight: Array.isArray(parsed) ? parsed.length : 1 });
      request.body = parsed;
      // The integration types its route as answering strings; this route also hijacks and throws.
      type ApolloRoute = Parameters<typeof executeGraphQL>;
      const answer: unknown = await executeGraphQL.call(app, request as ApolloRoute[0], reply as ApolloRoute[1]);
      const limit = options.maxResponseBytes;
      if (typeof answer === 'string' && limit !== undefined && Buffer.byteLength(answer) > limit)
        throw new HttpError(
          400,
          `The answer is larger than ${limit} bytes; ask for fewer fields or items`,
          'RESPONSE_TOO_LARGE',
          {},
          { limit },
        );
      return answer;
    },
  });

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

  await app.listen({ host: options.host, port: options.port });
  const url = serviceOrigin(options.host, (app.server.address() as AddressInfo).port);
  const metricsUrl = metricsServer ? await listen(metricsServer, options.metricsListen!.host, options.metricsListen!.port) : undefined;
  let closing: Promise<void> | undefined;
  return {
    server: app.server,
    url,
    metricsUrl,
    close: () =>
      (closing ??= (async () => {
        await closeGracefully(app.server, () => app.close());
        if (metricsServer) await closeGracefully(metricsServer, () => new Promise((resolve) => metricsServer.close(() => resolve())));
      })()),
  };
}

/** Security headers (helmet) and CORS, for the server browsers reach. */
async function browserDefences(app: FastifyInstance, corsOrigins: string[]): Promise<void> {
  await app.register(helmet, {
    // Answers here are JSON; the pages served through `routes` set a policy of their own (html.ts).
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    frameguard: { action: 'deny' },
  });
  await app.register(cors, {
    origin: (origin, allow) => {
      const any = corsOrigins.includes('*');
      allow(null, origin !== undefined && (any || corsOrigins.includes(origin)) ? (any ? '*' : origin) : false);
    },
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: CORS_ALLOWED_HEADERS,
    credentials: false,
    maxAge: 600,
    strictPreflight: true,
  });
}

/** What Node's parser refused (a bad Content-Length, headers too large, too slow) is answered in the one error shape, then the socket closes. */
function answerMalformedRequest(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'The request took too long to arrive']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [431, 'The request headers are too large']
        : [400, 'The request is not well-formed HTTP'];
  const body = JSON.stringify(errorBody(message, 'BAD_REQUEST'));
  if (socket.writable)
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  socket.destroy(error);
}

function errorBody(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/** RFC 9112 wants a 400 for a Host that is not a host (and port); URL parsing downstream would fail on it. */
function wellFormedHost(host: string | undefined): boolean {
  if (host === undefined) return true;
  try {
    return new URL(`http://${host}/`).host !== '' && !/[\s/?#@]/.test(host);
  } catch {
    return false;
  }
}

/** The query string of a request target, as it came (percent-encoded). */
function searchOf(target: string | undefined): string {
  const at = (target ?? '').indexOf('?');
  return at < 0 ? '' : (target ?? '').slice(at);
}

async function listen(server: Server, host: string, port: number): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return serviceOrigin(host, (server.address() as AddressInfo).port);
}

function parseBody(body: string, type: string): unknown {
  if (body === '') return undefined;
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

/**
 * Stops taking connections and lets requests in flight finish; a kept-alive connection is
 * closed as soon as it falls idle (not only those idle at the start), and whatever still
 * runs after the deadline is cut off.
 */
async function closeGracefully(server: Server, close: () => Promise<void>): Promise<void> {
  if (!server.listening) return;
  const sweep = setInterval(() => server.closeIdleConnections(), 50);
  const deadline = setTimeout(() => server.closeAllConnections(), CLOSE_DEADLINE_MS);
  try {
    await close();
  } finally {
    clearInterval(sweep);
    clearTimeout(deadline);
  }
}
