import { ConfigError, envReader, type Env } from '../env.js';
import { DEFAULT_MAX_TOKEN_LIFETIME_S, type TokenConfig } from './tokens.js';

export interface AuthConfig {
  tokens: TokenConfig;
  /** Shared by the gateway and the subgraphs only; signs every gateway→subgraph request. */
  internalSecret: string;
}

/**
 * OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL (or OIDC_JWKS_FILE) name the identity
 * provider; HUB_INTERNAL_SECRET is the gateway's proof towards the subgraphs. `npm start`
 * fills all of them for the development issuer; in production they must be set.
 */
export function loadAuthConfig(env: Env = process.env): AuthConfig {
  const read = envReader(env);
  const missing = ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'HUB_INTERNAL_SECRET'].filter((name) => read.optional(name) === undefined);
  const jwksUrl = read.optionalUrl('OIDC_JWKS_URL');
  const jwksFile = read.optional('OIDC_JWKS_FILE');
  if (!jwksUrl && !jwksFile) missing.push('OIDC_JWKS_URL (or OIDC_JWKS_FILE)');
  if (missing.length > 0) {
    throw new ConfigError(`${missing.join(', ')} must be set; \`npm start\` sets them for the development issuer`);
  }
  const internalSecret = read.string('HUB_INTERNAL_SECRET');
  if (internalSecret.length < 32) throw new ConfigError('HUB_INTERNAL_SECRET must be at least 32 characters');
  return {
    tokens: {
      issuer: read.string('OIDC_ISSUER'),
      audience: read.string('OIDC_AUDIENCE'),
      jwksUrl,
      jwksFile,
      maxLifetimeSeconds: read.positiveInt('TOKEN_MAX_LIFETIME_SECONDS', DEFAULT_MAX_TOKEN_LIFETIME_S),
    },
    internalSecret,
  };
}
