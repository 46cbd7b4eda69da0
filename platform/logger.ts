import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs, one line per event. A line written for a request names that
 * request's id, the same id in the gateway and in every subgraph call it made. Tokens and
 * contact details are never logged: messages name things by id, and the fields below are
 * censored should one slip in.
 *
 * The id is passed along explicitly (the request, then its GraphQL context), not kept in
 * AsyncLocalStorage: on Node 20 that puts a hook on every promise, which cost the hub about
 * a twentieth of its CPU per request for an id on a handful of log lines.
 */
export const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function createLogger(service: string, destination?: DestinationStream, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino(
    {
      level,
      base: { service },
      redact: {
        paths: [
          'authorization',
          '*.authorization',
          'headers.authorization',
          '*.headers.authorization',
          'token',
          'email',
          '*.email',
          'phone',
          '*.phone',
        ],
        censor: '[redacted]',
      },
    },
    destination,
  );
}

const requestIds = new WeakMap<IncomingMessage, string>();

/** The request's id: the caller's when well-formed (a gateway or a load balancer set it), else a new one; the same on every call. */
export function requestIdOf(req: IncomingMessage): string {
  let requestId = requestIds.get(req);
  if (requestId === undefined) {
    const header = req.headers[REQUEST_ID_HEADER];
    const value = Array.isArray(header) ? header[0] : header;
    requestId = value && REQUEST_ID.test(value) ? value : randomUUID();
    requestIds.set(req, requestId);
  }
  return requestId;
}

/** Where a request's GraphQL context carries its id (a symbol: an offer's `requestId` is something else). */
export const CONTEXT_REQUEST_ID = Symbol('request id');

/** The id of the request a GraphQL context was made for, when it was made for one. */
export function requestIdIn(contextValue: object | undefined): string | undefined {
  return (contextValue as { [CONTEXT_REQUEST_ID]?: string } | undefined)?.[CONTEXT_REQUEST_ID];
}
