import type { JWTPayload } from 'jose';
import type { ClusterRole, Viewer } from '../viewer.js';

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
export const CLUSTER_ROLES: readonly ClusterRole[] = ['coordinator', 'board', 'member'];

export class InvalidClaimsError extends Error {}

function requireString(payload: JWTPayload, claim: string, role: string): string {
  const value = payload[claim];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidClaimsError(`A ${role} token must carry the ${claim} claim`);
  }
  return value;
}

/** Turns a verified token's claims into a Viewer, refusing tokens whose role lacks its scope. */
export function viewerFromClaims(payload: JWTPayload): Viewer {
  const subject = payload.sub;
  if (typeof subject !== 'string' || subject.trim() === '') throw new InvalidClaimsError('The token has no subject (sub)');
  const role = payload[CLAIMS.role];
  switch (role) {
    case 'kiap':
      return { kind: 'kiap', subject };
    case 'region':
      return { kind: 'region', subject, regionCode: requireString(payload, CLAIMS.region, role) };
    case 'municipality':
      return { kind: 'municipality', subject, municipalityCode: requireString(payload, CLAIMS.municipality, role) };
    case 'cluster': {
      const clusterRole = requireString(payload, CLAIMS.clusterRole, role);
      if (!CLUSTER_ROLES.includes(clusterRole as ClusterRole)) {
        throw new InvalidClaimsError(`${CLAIMS.clusterRole} must be one of ${CLUSTER_ROLES.join(', ')}`);
      }
      return {
        kind: 'cluster',
        subject,
        clusterId: requireString(payload, CLAIMS.cluster, role),
        clusterRole: clusterRole as ClusterRole,
        regionCode: requireString(payload, CLAIMS.region, role),
      };
    }
    case 'external':
      return { kind: 'external', subject, partyId: requireString(payload, CLAIMS.party, role) };
    default:
      throw new InvalidClaimsError(`${CLAIMS.role} must be one of ${ROLES.join(', ')}`);
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
