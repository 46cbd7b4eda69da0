import { readFileSync } from 'node:fs';
import { createLocalJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { ANONYMOUS, type Viewer } from '../viewer.js';
import { DEFAULT_CLAIM_MAPPING, InvalidClaimsError, viewerFromClaims, type ClaimMapping } from './claims.js';
import { discoveredJwks, DiscoveryError } from './discovery.js';
import { remoteJwks, type JwksCacheOptions } from './remote-jwks.js';

export interface TokenConfig {
  issuer: string;
  audience: string;
  /**
   * The provider's JWKS endpoint; keys are cached and refetched when an unknown kid appears.
   * With none of jwksUrl, jwksFile and jwks, it is read from the issuer's discovery document.
   */
  jwksUrl?: string;
  /** A local JWKS file instead (the development issuer). */
  jwksFile?: string;
  /** A key set in memory instead (tests). */
  jwks?: JSONWebKeySet;
  /** The longest a token may live (exp − iat), in seconds; longer-lived tokens are refused. */
  maxLifetimeSeconds?: number;
  /** How the provider's key set is cached (remote-jwks.ts). */
  jwksCache?: JwksCacheOptions;
  /** How many verified tokens are remembered until they expire; 0 verifies every time. */
  cacheSize?: number;
  /** Which claims hold the role and its scope (claims.ts); the hub's own names by default. */
  claims?: ClaimMapping;
}

const DEFAULT_VERIFIED_TOKEN_CACHE = 10_000;
const REVERIFY_AFTER_MS = 60_000;

export const DEFAULT_MAX_TOKEN_LIFETIME_S = 12 * 3600;
const CLOCK_SKEW_S = 5;
/** Access-token types a provider may name in the header; an ID token, a logout token or a hub proof is not one. */
const ACCESS_TOKEN_TYPES = new Set(['jwt', 'at+jwt', 'application/at+jwt']);

/** Why a token was refused; the message is safe to show the caller. */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

const ALGORITHMS = ['RS256', 'ES256'];

/**
 * Verifies bearer tokens: signature (RS256/ES256 only, so `alg: none` and HMAC tricks are
 * refused), an access-token `typ`, issuer, audience, a non-blank subject, and time: `exp`
 * is required, the token may live at most `maxLifetimeSeconds`, and neither `iat` nor
 * `nbf` may lie in the future (5 s of clock skew allowed). No token is anonymous; a bad
 * token is an error, never anonymous.
 */
export function createTokenVerifier(config: TokenConfig): TokenVerifier {
  const keys = keySource(config);
  const maxLifetime = config.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_S;
  const verified = new VerifiedTokens(config.cacheSize ?? DEFAULT_VERIFIED_TOKEN_CACHE);
  const claims = config.claims ?? DEFAULT_CLAIM_MAPPING;
  return async (authorization) => {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new AuthenticationError('The Authorization header must be "Bearer <token>"');
    const known = verified.get(match[1]!);
    if (known) return known;
    try {
      const { payload, protectedHeader } = await jwtVerify(match[1]!, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ALGORITHMS,
        clockTolerance: CLOCK_SKEW_S,
        requiredClaims: ['exp', 'sub'],
      });
      if (protectedHeader.typ !== undefined && !ACCESS_TOKEN_TYPES.has(protectedHeader.typ.toLowerCase()))
        throw new InvalidClaimsError(`A token of type ${protectedHeader.typ} is not an access token`);
      const now = Math.floor(Date.now() / 1000);
      if (typeof payload.iat === 'number' && payload.iat > now + CLOCK_SKEW_S)
        throw new InvalidClaimsError('The token was issued in the future');
      if (payload.exp! - Math.min(payload.iat ?? now, now) > maxLifetime)
        throw new InvalidClaimsError(`The token lives longer than the ${maxLifetime} s this hub accepts`);
      return verified.add(match[1]!, viewerFromClaims(payload, claims), payload.exp!);
    } catch (error) {
      throw new AuthenticationError(reasonFor(error));
    }
  };
}

/**
 * Tokens already verified, each until its `exp` but at most a minute: one caller's token
 * reaches the gateway and then every subgraph a query touches, and checking its signature
 * again each time was the largest single cost of a small query. The claims a token
 * carries cannot change, so the viewer made from them is kept (frozen); the minute bounds
 * how long a token signed with a key the provider has since withdrawn is still taken. The
 * oldest entry goes first when the cache is full.
 */
class VerifiedTokens {
  private readonly entries = new Map<string, { viewer: Viewer; expiresAtMs: number }>();

  constructor(private readonly size: number) {}

  get(token: string): Viewer | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (entry.expiresAtMs > Date.now()) return entry.viewer;
    this.entries.delete(token); // verified afresh, which names the reason
    return undefined;
  }

  add(token: string, viewer: Viewer, exp: number): Viewer {
    if (this.size <= 0) return viewer;
    if (this.entries.size >= this.size) this.entries.delete(this.entries.keys().next().value!);
    const frozen = Object.freeze(viewer);
    this.entries.set(token, { viewer: frozen, expiresAtMs: Math.min(exp * 1000, Date.now() + REVERIFY_AFTER_MS) });
    return frozen;
  }
}

function keySource(config: TokenConfig): JWTVerifyGetKey {
  if (config.jwks) return createLocalJWKSet(config.jwks);
  if (config.jwksFile) return createLocalJWKSet(JSON.parse(readFileSync(config.jwksFile, 'utf8')) as JSONWebKeySet);
  if (config.jwksUrl) return remoteJwks(new URL(config.jwksUrl), config.jwksCache);
  return discoveredJwks(config.issuer, ALGORITHMS, config.jwksCache);
}

function reasonFor(error: unknown): string {
  if (error instanceof InvalidClaimsError) return error.message;
  if (error instanceof DiscoveryError) return 'The identity provider’s discovery document could not be read or names another issuer';
  if (error instanceof errors.JWTExpired) return 'The token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === 'missing') return `The token has no ${error.claim} claim`;
    if (error.claim === 'nbf') return 'The token is not valid yet';
    if (error.claim === 'iss') return 'The token was issued by an issuer this hub does not trust';
    if (error.claim === 'aud') return 'The token is meant for another audience';
    return `The token's ${error.claim} claim is invalid`;
  }
  if (error instanceof errors.JWKSNoMatchingKey) return 'The token is signed with a key this hub does not know';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm this hub does not accept';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is invalid';
  if (error instanceof errors.JWKSTimeout) return 'The token could not be verified right now';
  return 'The token is invalid';
}
