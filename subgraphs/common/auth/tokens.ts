import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import { ANONYMOUS, type Viewer } from '../viewer.js';
import { InvalidClaimsError, viewerFromClaims } from './claims.js';

export interface TokenConfig {
  issuer: string;
  audience: string;
  /** The provider's JWKS endpoint; keys are cached and refetched when an unknown kid appears. */
  jwksUrl?: string;
  /** A local JWKS file instead (the development issuer). */
  jwksFile?: string;
  /** A key set in memory instead (tests). */
  jwks?: JSONWebKeySet;
}

/** Why a token was refused; the message is safe to show the caller. */
export class AuthenticationError extends Error {
  override name = 'AuthenticationError';
}

export type TokenVerifier = (authorization: string | undefined) => Promise<Viewer>;

const ALGORITHMS = ['RS256', 'ES256'];

/**
 * Verifies bearer tokens: signature (RS256/ES256 only, so `alg: none` and HMAC tricks are
 * refused), expiry, not-before, issuer and audience. No token is anonymous; a bad token
 * is an error, never anonymous.
 */
export function createTokenVerifier(config: TokenConfig): TokenVerifier {
  const keys = keySource(config);
  return async (authorization) => {
    if (authorization === undefined || authorization === '') return ANONYMOUS;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) throw new AuthenticationError('The Authorization header must be "Bearer <token>"');
    try {
      const { payload } = await jwtVerify(match[1]!, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ALGORITHMS,
        clockTolerance: 5,
      });
      return viewerFromClaims(payload);
    } catch (error) {
      throw new AuthenticationError(reasonFor(error));
    }
  };
}

function keySource(config: TokenConfig): JWTVerifyGetKey {
  if (config.jwks) return createLocalJWKSet(config.jwks);
  if (config.jwksFile) return createLocalJWKSet(JSON.parse(readFileSync(config.jwksFile, 'utf8')) as JSONWebKeySet);
  if (config.jwksUrl) return createRemoteJWKSet(new URL(config.jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 600_000 });
  throw new Error('A token verifier needs a JWKS URL, file or key set');
}

function reasonFor(error: unknown): string {
  if (error instanceof InvalidClaimsError) return error.message;
  if (error instanceof errors.JWTExpired) return 'The token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
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
