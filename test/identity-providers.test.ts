import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAuthConfig } from '../platform/auth/auth-config.js';
import { DEFAULT_CLAIM_MAPPING, type ClaimMapping } from '../platform/auth/claims.js';
import { createTokenVerifier } from '../platform/auth/tokens.js';
import type { Viewer } from '../platform/viewer.js';
import { ClusterPartnerViewDocument, InquiryQueueDocument } from './__generated__/operations.js';
import { clusterIn, type ClusterFixture } from './support/fixtures.js';
import { postGraphQL, startTestHub, type TestHub } from './support/hub.js';
import { startProvider, type ProviderUser, type RunningProvider } from './support/oidc-provider.js';

/**
 * The README's recipes (docs/identity-providers.md), each against a real OpenID Connect
 * provider from npm shaped like the product: the hub is given the issuer URL and the
 * claim mapping only, and finds the provider's keys through its discovery document.
 */
const AUDIENCE = 'klyngehub';

interface Recipe {
  name: string;
  issuerPath: string;
  alg: 'RS256' | 'ES256';
  /** The recipe's environment variables. */
  env: Record<string, string>;
  users: (ProviderUser & { viewer: Exclude<Viewer, { kind: 'anonymous' }> })[];
}

const cluster = { id: 'c0ffee00-0000-4000-8000-000000000001', region: '1082' };

const RECIPES: Recipe[] = [
  {
    name: 'Keycloak: realm roles with a prefix, attributes as claims',
    issuerPath: '/realms/klyngehub',
    alg: 'RS256',
    env: { OIDC_ROLE_CLAIM: 'realm_access.roles', OIDC_ROLE_PREFIX: 'klyngehub-', OIDC_CLUSTER_ROLE_CLAIM: 'realm_access.roles' },
    users: [
      {
        id: 'kc-region',
        claims: { realm_access: { roles: ['offline_access', 'klyngehub-region', 'uma_authorization'] }, klyngehub_region: '1082' },
        viewer: { kind: 'region', subject: 'kc-region', regionCode: '1082' },
      },
      {
        id: 'kc-coordinator',
        claims: {
          realm_access: { roles: ['klyngehub-cluster', 'klyngehub-coordinator', 'default-roles-klyngehub'] },
          klyngehub_cluster: cluster.id,
          klyngehub_region: cluster.region,
        },
        viewer: {
          kind: 'cluster',
          subject: 'kc-coordinator',
          clusterId: cluster.id,
          clusterRole: 'coordinator',
          regionCode: cluster.region,
        },
      },
    ],
  },
  {
    name: 'Microsoft Entra ID: app roles, directory extension attributes',
    issuerPath: '/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0',
    alg: 'RS256',
    env: {
      OIDC_ROLE_CLAIM: 'roles',
      OIDC_ROLE_PREFIX: 'Klyngehub.',
      OIDC_MUNICIPALITY_CLAIM: 'extn.klyngehubMunicipality',
      OIDC_PARTY_CLAIM: 'extn.klyngehubParty',
    },
    users: [
      {
        id: 'entra-municipality',
        claims: { roles: ['Klyngehub.Municipality'], 'extn.klyngehubMunicipality': '751', tid: '9188040d' },
        viewer: { kind: 'municipality', subject: 'entra-municipality', municipalityCode: '751' },
      },
      {
        id: 'entra-kiap',
        claims: { roles: ['Klyngehub.KiAP', 'Other.App.Reader'] },
        viewer: { kind: 'kiap', subject: 'entra-kiap' },
      },
    ],
  },
  {
    name: 'a generic provider: groups with a path prefix, the hub’s own claim names otherwise',
    issuerPath: '',
    alg: 'ES256',
    env: { OIDC_ROLE_CLAIM: 'groups', OIDC_ROLE_PREFIX: '/klyngehub/' },
    users: [
      {
        id: 'generic-external',
        claims: { groups: ['/staff', '/klyngehub/external'], klyngehub_party: 'party-1' },
        viewer: { kind: 'external', subject: 'generic-external', partyId: 'party-1' },
      },
      {
        id: 'generic-ambiguous',
        claims: { groups: ['/klyngehub/kiap', '/klyngehub/region'], klyngehub_region: '1082' },
        viewer: { kind: 'kiap', subject: 'never' },
      },
    ],
  },
];

const providers: RunningProvider[] = [];
afterAll(async () => {
  await Promise.all(providers.map((provider) => provider.close()));
});

async function providerFor(recipe: Recipe, extra: { advertisedIssuer?: string } = {}) {
  const provider = await startProvider({
    issuerPath: recipe.issuerPath,
    audience: AUDIENCE,
    users: recipe.users,
    alg: recipe.alg,
    ...extra,
  });
  providers.push(provider);
  return provider;
}

/** The verifier exactly as a service builds it from its environment. */
function verifierFromEnv(issuer: string, env: Record<string, string>) {
  const config = loadAuthConfig({ OIDC_ISSUER: issuer, OIDC_AUDIENCE: AUDIENCE, HUB_INTERNAL_SECRET: 'x'.repeat(32), ...env });
  return createTokenVerifier(config.tokens);
}

describe.each(RECIPES)('$name', (recipe) => {
  let provider: RunningProvider;
  beforeAll(async () => {
    provider = await providerFor(recipe);
  });

  it('reads each user’s role and scope from the provider’s tokens, found by the issuer URL alone', async () => {
    const verify = verifierFromEnv(provider.issuer, recipe.env);
    for (const user of recipe.users.filter((candidate) => candidate.id !== 'generic-ambiguous')) {
      await expect(verify(`Bearer ${await provider.tokenFor(user.id)}`), user.id).resolves.toEqual(user.viewer);
    }
  });

  it('refuses the same tokens under the hub’s default claim names, which these providers do not use', async () => {
    const verify = createTokenVerifier({ issuer: provider.issuer, audience: AUDIENCE, claims: DEFAULT_CLAIM_MAPPING });
    const [user] = recipe.users;
    await expect(verify(`Bearer ${await provider.tokenFor(user!.id)}`)).rejects.toThrow(/must name one of/);
  });
});

describe('discovery and mapping, refused', () => {
  it('refuses a token that names two of the hub’s roles rather than picking one', async () => {
    const recipe = RECIPES[2]!;
    const provider = await providerFor(recipe);
    const verify = verifierFromEnv(provider.issuer, recipe.env);
    await expect(verify(`Bearer ${await provider.tokenFor('generic-ambiguous')}`)).rejects.toThrow(/more than one role: kiap, region/);
  });

  it('trusts no key from a discovery document that names another issuer', async () => {
    const recipe = RECIPES[0]!;
    const provider = await providerFor(recipe, { advertisedIssuer: 'https://impostor.example/realms/klyngehub' });
    const verify = verifierFromEnv(provider.issuer, recipe.env);
    await expect(verify(`Bearer ${await provider.tokenFor('kc-region')}`)).rejects.toThrow(
      /discovery document could not be read or names another issuer/,
    );
  });

  it('keeps the hub’s claim names when nothing is configured', () => {
    const config = loadAuthConfig({ OIDC_ISSUER: 'https://idp.example', OIDC_AUDIENCE: AUDIENCE, HUB_INTERNAL_SECRET: 'x'.repeat(32) });
    expect(config.tokens.claims).toEqual<ClaimMapping>(DEFAULT_CLAIM_MAPPING);
    expect(config.tokens.jwksUrl).toBeUndefined();
  });

  it('asks for the issuer as a URL when the keys are to be discovered', () => {
    expect(() => loadAuthConfig({ OIDC_ISSUER: 'klyngehub-idp', OIDC_AUDIENCE: AUDIENCE, HUB_INTERNAL_SECRET: 'x'.repeat(32) })).toThrow(
      /OIDC_ISSUER must be a URL/,
    );
  });
});

describe('the whole hub behind a Keycloak-shaped provider', () => {
  let hub: TestHub;
  let provider: RunningProvider;
  let aarhus: ClusterFixture;
  beforeAll(async () => {
    const recipe = RECIPES[0]!;
    provider = await startProvider({
      issuerPath: recipe.issuerPath,
      audience: AUDIENCE,
      alg: recipe.alg,
      users: [
        { id: 'kiap-secretary', claims: { realm_access: { roles: ['klyngehub-kiap'] } } },
        { id: 'municipality-751', claims: { realm_access: { roles: ['klyngehub-municipality'] }, klyngehub_municipality: '751' } },
      ],
    });
    providers.push(provider);
    const config = loadAuthConfig({
      OIDC_ISSUER: provider.issuer,
      OIDC_AUDIENCE: AUDIENCE,
      HUB_INTERNAL_SECRET: 'x'.repeat(32),
      ...recipe.env,
    });
    hub = await startTestHub({ tokens: config.tokens });
    aarhus = await clusterIn(hub.adminSql, '751');
  });
  afterAll(async () => {
    await hub?.close();
  });

  it('lets the gateway and every subgraph act on the provider’s tokens: KiAP’s queue, a municipality’s view of its clusters’ practices', async () => {
    const kiap = { authorization: `Bearer ${await provider.tokenFor('kiap-secretary')}` };
    const queue = await postGraphQL(hub.gatewayUrl, InquiryQueueDocument, { first: 5 }, kiap);
    expect(queue.errors).toBeUndefined();
    expect(queue.data?.inquiries?.length).toBeGreaterThan(0);

    const municipality = { authorization: `Bearer ${await provider.tokenFor('municipality-751')}` };
    const practices = await postGraphQL(hub.gatewayUrl, ClusterPartnerViewDocument, { id: aarhus.id }, municipality);
    expect(practices.data?.cluster?.practices?.length).toBeGreaterThan(0);
    const refused = await postGraphQL(hub.gatewayUrl, InquiryQueueDocument, { first: 5 }, municipality);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
