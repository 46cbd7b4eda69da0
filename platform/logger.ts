import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * Structured JSON logs, one line per event. Every line written while a request is being
 * handled carries that request's id (kept in AsyncLocalStorage), the same id in the
 * gateway and in every subgraph call it made. Tokens and contact details are never logged:
 * messages name things by id, and the fields below are censored should one slip in.
 */
const requestScope = new AsyncLocalStorage<{ requestId: string }>();

export const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export function createLogger(service: string, destination?: DestinationStream, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino(
    {
      level,
      base: { service },
      mixin: () => requestScope.getStore() ?? {},
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

/** The caller's request id when it is well-formed (a gateway or a load balancer set it), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : randomUUID();
}

/** Runs `work` with `requestId` attached to every log line and available to outgoing calls. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return requestScope.run({ requestId }, work);
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}
