import { ConfigError, readEnv, variable, type Env } from '../env.js';
import { DEFAULT_CLAIM_MAPPING, type ClaimMapping } from './claims.js';
import { DEFAULT_MAX_TOKEN_LIFETIME_S, type TokenConfig } from './tokens.js';

export interface AuthConfig {
  tokens: TokenConfig;
  /** Shared by the gateway and the subgraphs only; signs every gateway→subgraph request. */
  internalSecret: string;
}

/** Where the provider puts what the hub reads (claims.ts), one variable per claim. */
const CLAIM_VARIABLES: Record<keyof ClaimMapping, string> = {
  role: 'OIDC_ROLE_CLAIM',
  rolePrefix: 'OIDC_ROLE_PREFIX',
  region: 'OIDC_REGION_CLAIM',
  municipality: 'OIDC_MUNICIPALITY_CLAIM',
  cluster: 'OIDC_CLUSTER_CLAIM',
  clusterRole: 'OIDC_CLUSTER_ROLE_CLAIM',
  party: 'OIDC_PARTY_CLAIM',
};

export function loadClaimMapping(env: Env = process.env): ClaimMapping {
  const read = readEnv(env, Object.fromEntries(Object.values(CLAIM_VARIABLES).map((name) => [name, variable.text.optional()])));
  return Object.fromEntries(
    Object.entries(CLAIM_VARIABLES).map(([key, name]) => [key, read[name] ?? DEFAULT_CLAIM_MAPPING[key as keyof ClaimMapping]]),
  ) as unknown as ClaimMapping;
}

/**
 * OIDC_ISSUER and OIDC_AUDIENCE name the identity provider; its keys are found through the
 * issuer's discovery document unless OIDC_JWKS_URL (or OIDC_JWKS_FILE) names them.
 * OIDC_*_CLAIM and OIDC_ROLE_PREFIX say where its tokens carry the role and its scope.
 * HUB_INTERNAL_SECRET is the gateway's proof towards the subgraphs. `npm start` fills
 * them for the development issuer; in production they must be set.
 */
export function loadAuthConfig(env: Env = process.env): AuthConfig {
  const missing = ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'HUB_INTERNAL_SECRET'].filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    throw new ConfigError(`${missing.join(', ')} must be set; \`npm start\` sets them for the development issuer`);
  }
  const read = readEnv(env, {
    OIDC_ISSUER: variable.text.required(),
    OIDC_AUDIENCE: variable.text.required(),
    HUB_INTERNAL_SECRET: variable.text.required(),
    OIDC_JWKS_URL: variable.url.optional(),
    OIDC_JWKS_FILE: variable.text.optional(),
    TOKEN_MAX_LIFETIME_SECONDS: variable.positiveInt.withDefault(DEFAULT_MAX_TOKEN_LIFETIME_S),
  });
  if (read.HUB_INTERNAL_SECRET.length < 32) throw new ConfigError('HUB_INTERNAL_SECRET must be at least 32 characters');
  // Without a key source the keys come from the issuer's discovery document, so the issuer must be its URL.
  if (!read.OIDC_JWKS_URL && !read.OIDC_JWKS_FILE) readEnv(env, { OIDC_ISSUER: variable.url.required() });
  return {
    tokens: {
      issuer: read.OIDC_ISSUER,
      audience: read.OIDC_AUDIENCE,
      jwksUrl: read.OIDC_JWKS_URL,
      jwksFile: read.OIDC_JWKS_FILE,
      maxLifetimeSeconds: read.TOKEN_MAX_LIFETIME_SECONDS,
      claims: loadClaimMapping(env),
    },
    internalSecret: read.HUB_INTERNAL_SECRET,
  };
}
