import type { IncomingMessage } from 'node:http';
import type { Logger } from 'pino';
import type { Sql } from '../platform/database.js';
import { ErrorCode } from '../platform/errors.js';
import { HttpError } from '../platform/http-server.js';
import { requestIdOf } from '../platform/logger.js';
import { describeViewer, type Viewer } from '../platform/viewer.js';

export interface RateLimits {
  /** Operations per minute for a signed-in caller (its role and subject). */
  perMinute: number;
  /** Operations per minute for anonymous callers, per address; /ready and refused tokens count here too. */
  anonymousPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perMinute: 600, anonymousPerMinute: 120 };
const SWEEP_EVERY = 500;
/**
 * How long a request waits for its count. A Postgres that is restarting can hold a new
 * connection's start-up for up to postgres.js's connect timeout (30 s); the request goes
 * through uncounted instead, as when the count fails.
 */
export const DEFAULT_COUNT_WITHIN_MS = 1000;

export interface RateLimiterOptions {
  /** The minute a request is counted in comes from this clock; a test can fix it. */
  clock?: () => Date;
  /** Milliseconds a request waits for its count; DEFAULT_COUNT_WITHIN_MS when left out. */
  countWithinMs?: number;
}

/**
 * Operations per caller per minute (a batch of ten counts ten), counted in Postgres
 * (`gateway.rate_limit_windows`) so every gateway replica counts the same. Requests without
 * a verified caller — /ready, a refused token — count against their address. Over the limit: HTTP 429 with
 * Retry-After (seconds to the next window). If the count cannot be taken (Postgres away, or
 * not answering within `countWithinMs`), the request goes through: the limit protects the
 * hub, it must not take it down.
 */
export function createRateLimiter(sql: Sql, limits: RateLimits, logger: Logger, options: RateLimiterOptions = {}) {
  const { clock = () => new Date(), countWithinMs = DEFAULT_COUNT_WITHIN_MS } = options;
  let admitted = 0;
  return async (viewer: Viewer | undefined, req: IncomingMessage, weight = 1): Promise<void> => {
    const anonymous = viewer === undefined || viewer.kind === 'anonymous';
    const key = anonymous ? `address:${req.socket.remoteAddress ?? 'unknown'}` : describeViewer(viewer);
    const count = Math.max(1, Math.floor(weight));
    const limit = anonymous ? limits.anonymousPerMinute : limits.perMinute;
    let counted: { requests: number; retryAfter: number } | undefined;
    // The gateway's clock, not Postgres's: replicas agree within NTP's error, and a test can fix it.
    const now = clock().toISOString();
    let timer: NodeJS.Timeout | undefined;
    try {
      const counting = sql<{ requests: number; retryAfter: number }[]>`
        insert into gateway.rate_limit_windows as w (caller_key, window_start, requests)
        values (${key}, date_trunc('minute', ${now}::timestamptz), ${count})
        on conflict (caller_key, window_start) do update set requests = w.requests + ${count}
        returning w.requests, greatest(1, ceil(extract(epoch from w.window_start + interval '1 minute' - ${now}::timestamptz)))::int as "retryAfter"`;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no count within ${countWithinMs} ms`)), countWithinMs);
      });
      // A count that comes after the request went through still counts for the next ones.
      counting.catch(() => {});
      [counted] = await Promise.race([counting, late]);
      if (++admitted % SWEEP_EVERY === 0)
        void sql`delete from gateway.rate_limit_windows where window_start < ${now}::timestamptz - interval '5 minutes'`.catch(() => {});
    } catch (error) {
      logger.warn({ requestId: requestIdOf(req), err: (error as Error).message }, 'rate limit not counted');
      return;
    } finally {
      clearTimeout(timer);
    }
    if (counted && counted.requests > limit) {
      throw new HttpError(429, `More than ${limit} operations a minute; try again in ${counted.retryAfter} s`, ErrorCode.RATE_LIMITED, {
        'retry-after': String(counted.retryAfter),
      });
    }
  };
}
