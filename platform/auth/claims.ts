import type { JWTPayload } from 'jose';
import type { ClusterRole, Viewer } from '../viewer-types.js';

/**
 * The claims a Klyngehub token carries besides the standard ones (iss, aud, sub, exp, nbf).
 * Namespaced so they cannot collide with an identity provider's own claims.
 */
export const CLAIMS = {
  role: 'klyngehub_role',
  region: 'klyngehub_region',
  municipality: 'klyngehub_municipality',
  cluster: 'klyngehub_cluster',
  clusterRole: 'klyngehub_cluster_role',
  party: 'klyngehub_party',
} as const;

export const ROLES = ['kiap', 'region', 'municipality', 'cluster', 'external'] as const;
export type Role = (typeof ROLES)[number];
export const CLUSTER_ROLES = ['coordinator', 'board', 'member'] as const satisfies readonly ClusterRole[];

export class InvalidClaimsError extends Error {}

/**
 * Where a provider's token carries what the hub needs. Each claim is named by a path: a
 * claim's own name (`roles`, `extn.klyngehubRegion`), or, when no claim has that name, a
 * dotted path into nested claims (`realm_access.roles`). The role claim may hold a string
 * or an array of strings (Keycloak's realm roles, Entra ID's app roles, any `groups`
 * claim); with a `rolePrefix` only values that start with it count, with the prefix
 * removed, so a user's other groups are ignored. Role names compare case-insensitively.
 * The cluster role is read the same way, from its own claim or from the role claim.
 */
export interface ClaimMapping {
  role: string;
  rolePrefix: string;
  region: string;
  municipality: string;
  cluster: string;
  clusterRole: string;
  party: string;
}

export const DEFAULT_CLAIM_MAPPING: ClaimMapping = { ...CLAIMS, rolePrefix: '' };

/** Own properties only, so no path can reach an object's prototype. */
function claimAt(payload: JWTPayload, path: string): unknown {
  if (Object.hasOwn(payload, path)) return payload[path];
  let value: unknown = payload;
  for (const step of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, step)) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

/**
 * The one value among `allowed` that the claim names, after the prefix; none is an
 * error, and so are two: a token that says both "region" and "kiap" is refused rather
 * than read as whichever is listed first.
 */
function oneOf<T extends string>(payload: JWTPayload, path: string, prefix: string, allowed: readonly T[], what: string): T | undefined {
  const raw = claimAt(payload, path);
  const values = (Array.isArray(raw) ? raw : [raw]).filter((value): value is string => typeof value === 'string');
  const found = new Set<T>();
  for (const value of values) {
    if (!value.toLowerCase().startsWith(prefix.toLowerCase())) continue;
    const name = value.slice(prefix.length).toLowerCase();
    const match = allowed.find((candidate) => candidate === name);
    if (match) found.add(match);
  }
  if (found.size > 1) throw new InvalidClaimsError(`${path} names more than one ${what}: ${[...found].join(', ')}`);
  return found.values().next().value;
}

function requireString(payload: JWTPayload, claim: string, role: string): string {
  const raw = claimAt(payload, claim);
  const value = Array.isArray(raw) && raw.length === 1 ? raw[0] : raw;
  if (typeof value === 'number' && Number.isInteger(value)) return String(value);
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidClaimsError(`A ${role} token must carry the ${claim} claim`);
  }
  return value;
}

/** Turns a verified token's claims into a Viewer, refusing tokens whose role lacks its scope. */
export function viewerFromClaims(payload: JWTPayload, mapping: ClaimMapping = DEFAULT_CLAIM_MAPPING): Viewer {
  const subject = payload.sub;
  if (typeof subject !== 'string' || subject.trim() === '') throw new InvalidClaimsError('The token has no subject (sub)');
  const role = oneOf(payload, mapping.role, mapping.rolePrefix, ROLES, 'role');
  switch (role) {
    case 'kiap':
      return { kind: 'kiap', subject };
    case 'region':
      return { kind: 'region', subject, regionCode: requireString(payload, mapping.region, role) };
    case 'municipality':
      return { kind: 'municipality', subject, municipalityCode: requireString(payload, mapping.municipality, role) };
    case 'cluster': {
      const clusterRole = oneOf(
        payload,
        mapping.clusterRole,
        mapping.clusterRole === mapping.role ? mapping.rolePrefix : '',
        CLUSTER_ROLES,
        'cluster role',
      );
      if (!clusterRole) throw new InvalidClaimsError(`${mapping.clusterRole} must name one of ${CLUSTER_ROLES.join(', ')}`);
      return {
        kind: 'cluster',
        subject,
        clusterId: requireString(payload, mapping.cluster, role),
        clusterRole,
        regionCode: requireString(payload, mapping.region, role),
      };
    }
    case 'external':
      return { kind: 'external', subject, partyId: requireString(payload, mapping.party, role) };
    default:
      throw new InvalidClaimsError(
        `${mapping.role} must name one of ${ROLES.join(', ')}${mapping.rolePrefix ? ` (prefixed ${mapping.rolePrefix})` : ''}`,
      );
  }
}

/** The claims for a viewer; what an issuer (the development one, tests) puts in a token. */
export function claimsForViewer(viewer: Exclude<Viewer, { kind: 'anonymous' }>): Record<string, string> {
  switch (viewer.kind) {
    case 'kiap':
      return { [CLAIMS.role]: 'kiap' };
    case 'region':
      return { [CLAIMS.role]: 'region', [CLAIMS.region]: viewer.regionCode };
    case 'municipality':
      return { [CLAIMS.role]: 'municipality', [CLAIMS.municipality]: viewer.municipalityCode };
    case 'cluster':
      return {
        [CLAIMS.role]: 'cluster',
        [CLAIMS.cluster]: viewer.clusterId,
        [CLAIMS.clusterRole]: viewer.clusterRole,
        [CLAIMS.region]: viewer.regionCode,
      };
    case 'external':
      return { [CLAIMS.role]: 'external', [CLAIMS.party]: viewer.partyId };
  }
}
