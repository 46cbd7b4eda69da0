import { createLocalJWKSet, errors, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';

/**
 * The identity provider's key set, cached as long as the provider's Cache-Control says
 * (within bounds), so a key it withdraws stops being trusted when its answer said it would.
 * A token with a key id the cached set does not know fetches the set again at once
 * (rotation), but at most once per `unknownKeyCooldownMs`, so a stream of made-up key ids
 * cannot turn the hub into a load generator against the provider.
 */
export interface JwksCacheOptions {
  /** Used when the provider sends no max-age. */
  defaultMaxAgeMs: number;
  /** Bounds on the provider's max-age. */
  minMaxAgeMs: number;
  maxMaxAgeMs: number;
  unknownKeyCooldownMs: number;
  timeoutMs: number;
}

export const DEFAULT_JWKS_CACHE: JwksCacheOptions = {
  defaultMaxAgeMs: 5 * 60_000,
  minMaxAgeMs: 10_000,
  maxMaxAgeMs: 15 * 60_000,
  unknownKeyCooldownMs: 5_000,
  timeoutMs: 5_000,
};

/** How long a key set may be kept, from its response's Cache-Control, within the bounds. */
export function jwksMaxAgeMs(cacheControl: string | null, options: JwksCacheOptions): number {
  if (cacheControl && /(?:^|,)\s*(?:no-store|no-cache)\b/i.test(cacheControl)) return options.minMaxAgeMs;
  const seconds = cacheControl && /(?:^|,)\s*max-age\s*=\s*(\d+)/i.exec(cacheControl)?.[1];
  const wanted = seconds ? Number(seconds) * 1000 : options.defaultMaxAgeMs;
  return Math.min(options.maxMaxAgeMs, Math.max(options.minMaxAgeMs, wanted));
}

export function remoteJwks(url: URL, options: JwksCacheOptions = DEFAULT_JWKS_CACHE, now = () => Date.now()): JWTVerifyGetKey {
  let keys: JWTVerifyGetKey | undefined;
  let expiresAt = 0;
  let fetchedAt = -Infinity;
  let inFlight: Promise<void> | undefined;

  const refresh = () =>
    (inFlight ??= (async () => {
      try {
        const response = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(options.timeoutMs) });
        if (!response.ok) throw new errors.JOSEError(`The key set answered ${response.status}`);
        const set = (await response.json()) as JSONWebKeySet;
        keys = createLocalJWKSet(set);
        fetchedAt = now();
        expiresAt = fetchedAt + jwksMaxAgeMs(response.headers.get('cache-control'), options);
      } finally {
        inFlight = undefined;
      }
    })());

  return async (header, token) => {
    if (!keys || now() >= expiresAt) await refresh();
    try {
      return await keys!(header, token);
    } catch (error) {
      if (!(error instanceof errors.JWKSNoMatchingKey) || now() - fetchedAt < options.unknownKeyCooldownMs) throw error;
      await refresh();
      return keys!(header, token);
    }
  };
}
