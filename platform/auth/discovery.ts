import { errors, type JWTVerifyGetKey } from 'jose';
import { DEFAULT_JWKS_CACHE, remoteJwks, type JwksCacheOptions } from './remote-jwks.js';

/** The parts of an OpenID Provider's metadata the hub reads (OpenID Connect Discovery 1.0, §3). */
export interface ProviderMetadata {
  issuer: string;
  jwks_uri: string;
  id_token_signing_alg_values_supported?: string[];
}

export class DiscoveryError extends errors.JOSEError {
  override name = 'DiscoveryError';
}

export function discoveryUrl(issuer: string): URL {
  return new URL(`${issuer.replace(/\/+$/, '')}/.well-known/openid-configuration`);
}

/** Reads and checks the provider's metadata: it must name exactly the configured issuer (§4.3) and a JWKS URL. */
export async function fetchProviderMetadata(issuer: string, timeoutMs: number): Promise<ProviderMetadata> {
  const response = await fetch(discoveryUrl(issuer), { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) });
  if (!response.ok) throw new DiscoveryError(`The provider's discovery document answered ${response.status}`);
  const metadata = (await response.json()) as Partial<ProviderMetadata>;
  if (metadata.issuer !== issuer)
    throw new DiscoveryError(`The discovery document names the issuer ${String(metadata.issuer)}, not ${issuer}`);
  if (typeof metadata.jwks_uri !== 'string') throw new DiscoveryError('The discovery document names no jwks_uri');
  new URL(metadata.jwks_uri);
  return metadata as ProviderMetadata;
}

/**
 * The key set of a provider configured by its issuer URL alone: the discovery document is
 * read on the first token (so a provider that is down when the hub starts delays only
 * that token) and again when a read failed, at most once per cooldown. The algorithms the
 * provider says it signs with narrow the ones the hub accepts.
 */
export function discoveredJwks(
  issuer: string,
  accepted: readonly string[],
  options: JwksCacheOptions = DEFAULT_JWKS_CACHE,
  now = () => Date.now(),
): JWTVerifyGetKey {
  let resolved: { keys: JWTVerifyGetKey; algorithms: Set<string> } | undefined;
  let inFlight: Promise<void> | undefined;
  let failedAt = -Infinity;
  let failure: unknown;

  const discover = () =>
    (inFlight ??= (async () => {
      try {
        const metadata = await fetchProviderMetadata(issuer, options.timeoutMs);
        const advertised = metadata.id_token_signing_alg_values_supported;
        const algorithms = new Set(advertised ? accepted.filter((alg) => advertised.includes(alg)) : accepted);
        if (algorithms.size === 0)
          throw new DiscoveryError(`The provider signs with ${advertised!.join(', ')}; the hub accepts ${accepted.join(', ')}`);
        resolved = { keys: remoteJwks(new URL(metadata.jwks_uri), options, now), algorithms };
      } catch (error) {
        failedAt = now();
        failure = error;
      } finally {
        inFlight = undefined;
      }
    })());

  return async (header, token) => {
    if (!resolved) {
      if (now() - failedAt >= options.unknownKeyCooldownMs) await discover();
      if (!resolved)
        throw failure instanceof errors.JOSEError ? failure : new DiscoveryError('The provider’s discovery document could not be read');
    }
    if (!resolved.algorithms.has(header.alg)) throw new errors.JOSEAlgNotAllowed(`"alg" (Algorithm) Header Parameter value not allowed`);
    return resolved.keys(header, token);
  };
}
