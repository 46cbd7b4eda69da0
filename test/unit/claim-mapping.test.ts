import { describe, expect, it } from 'vitest';
import { DEFAULT_CLAIM_MAPPING, viewerFromClaims, type ClaimMapping } from '../../platform/auth/claims.js';

const keycloak: ClaimMapping = {
  ...DEFAULT_CLAIM_MAPPING,
  role: 'realm_access.roles',
  rolePrefix: 'klyngehub-',
  clusterRole: 'realm_access.roles',
};

describe('reading the role and its scope from a provider’s claims', () => {
  it('keeps the hub’s own claims as they were', () => {
    expect(viewerFromClaims({ sub: 'a', klyngehub_role: 'region', klyngehub_region: '1082' })).toEqual({
      kind: 'region',
      subject: 'a',
      regionCode: '1082',
    });
  });

  it('reads a nested array with a prefix, ignoring the provider’s other roles, and the cluster role from the same array', () => {
    const claims = {
      sub: 'b',
      realm_access: { roles: ['offline_access', 'klyngehub-cluster', 'Klyngehub-Board'] },
      klyngehub_cluster: 'c-1',
      klyngehub_region: 1082,
    };
    expect(viewerFromClaims(claims, keycloak)).toEqual({
      kind: 'cluster',
      subject: 'b',
      clusterId: 'c-1',
      clusterRole: 'board',
      regionCode: '1082',
    });
  });

  it('refuses two hub roles, a role without its prefix, and a cluster user with two cluster roles', () => {
    expect(() => viewerFromClaims({ sub: 'c', realm_access: { roles: ['klyngehub-kiap', 'klyngehub-region'] } }, keycloak)).toThrow(
      /more than one role/,
    );
    expect(() => viewerFromClaims({ sub: 'c', realm_access: { roles: ['kiap'] } }, keycloak)).toThrow(/must name one of/);
    const twoClusterRoles = { sub: 'c', realm_access: { roles: ['klyngehub-cluster', 'klyngehub-coordinator', 'klyngehub-member'] } };
    expect(() => viewerFromClaims({ ...twoClusterRoles, klyngehub_cluster: 'c-1', klyngehub_region: '1082' }, keycloak)).toThrow(
      /more than one cluster role/,
    );
  });
});
