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
 * connection's start-up for up to postgres.js's connect timeout (30 s); the request is then
 * judged by this gateway's own count instead, as when the count fails.
 */
export const DEFAULT_COUNT_WITHIN_MS = 1000;

/** Callers one gateway counts by itself in a minute, at most: a flood from many addresses cannot grow it without bound. */
const MAX_LOCAL_CALLERS = 10_000;

/**
 * This gateway's own count of the current minute, per caller: what it goes by when Postgres
 * gives no count (away, or late). One replica sees only its share of a caller's requests,
 * so it refuses later than the shared count would, but it still refuses a flood.
 */
class LocalCounts {
  private minute = '';
  private readonly counts = new Map<string, number>();

  /** The caller's requests this minute with these; undefined when the map is full and the caller new. */
  add(key: string, now: string, count: number): number | undefined {
    const minute = now.slice(0, 16);
    if (minute !== this.minute) {
      this.minute = minute;
      this.counts.clear();
    }
    const before = this.counts.get(key);
    if (before === undefined && this.counts.size >= MAX_LOCAL_CALLERS) return undefined;
    this.counts.set(key, (before ?? 0) + count);
    return (before ?? 0) + count;
  }
}

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
 * Retry-After (seconds to the next window). If Postgres gives no count (away, or not
 * answering within `countWithinMs`), the gateway goes by its own count of the minute: the
 * limit protects the hub, so it must neither take it down nor lapse while Postgres is away.
 */
export function createRateLimiter(sql: Sql, limits: RateLimits, logger: Logger, options: RateLimiterOptions = {}) {
  const { clock = () => new Date(), countWithinMs = DEFAULT_COUNT_WITHIN_MS } = options;
  let admitted = 0;
  const local = new LocalCounts();
  const refuse = (limit: number, retryAfter: number) =>
    new HttpError(429, `More than ${limit} operations a minute; try again in ${retryAfter} s`, ErrorCode.RATE_LIMITED, {
      'retry-after': String(retryAfter),
    });
  return async (viewer: Viewer | undefined, req: IncomingMessage, weight = 1): Promise<void> => {
    const anonymous = viewer === undefined || viewer.kind === 'anonymous';
    const key = anonymous ? `address:${req.socket.remoteAddress ?? 'unknown'}` : describeViewer(viewer);
    const count = Math.max(1, Math.floor(weight));
    const limit = anonymous ? limits.anonymousPerMinute : limits.perMinute;
    let counted: { requests: number; retryAfter: number } | undefined;
    // The gateway's clock, not Postgres's: replicas agree within NTP's error, and a test can fix it.
    const at = clock();
    const now = at.toISOString();
    const countedHere = local.add(key, now, count);
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
      logger.warn({ requestId: requestIdOf(req), err: (error as Error).message }, 'rate limit counted by this gateway alone');
    } finally {
      clearTimeout(timer);
    }
    if (counted) {
      if (counted.requests > limit) throw refuse(limit, counted.retryAfter);
    } else if (countedHere !== undefined && countedHere > limit) {
      throw refuse(limit, Math.max(1, Math.ceil(60 - at.getUTCSeconds() - at.getUTCMilliseconds() / 1000)));
    }
  };
}
