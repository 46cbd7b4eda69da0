import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proofHeaderFor, PROOF_HEADER } from '../platform/auth/gateway-proof.js';
import type { RunningHttpServer } from '../platform/http-server.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/services.js';
import { CreateMunicipalOfferDocument, RegionsWithMunicipalitiesAndClustersDocument } from './__generated__/operations.js';
import { postGraphQL, startTestHub, type TestHub } from './support/hub.js';
import { startRecordingProxy, type CapturedRequest } from './support/recording-proxy.js';

/**
 * Subgraphs answer the gateway only, and a request someone captured between the gateway
 * and a subgraph opens nothing else: not another query, method, caller or subgraph, and a
 * mutation not a second time.
 */
let hub: TestHub;
let clusterId: string;
let kiapToken: string;
let gateway: RunningHttpServer;
const proxies: Awaited<ReturnType<typeof startRecordingProxy>>[] = [];
const captured = {} as Record<SubgraphName, CapturedRequest[]>;

beforeAll(async () => {
  hub = await startTestHub();
  const [row] = await hub.adminSql<{ id: string }[]>`select id from clusters.clusters order by name limit 1`;
  clusterId = row!.id;
  kiapToken = await hub.tokenFor({ kind: 'kiap', subject: 'kiap-test' });
  // A second gateway of the same hub whose subgraph traffic passes recording proxies.
  const urls = {} as Record<SubgraphName, string>;
  for (const name of SUBGRAPH_NAMES) {
    const proxy = await startRecordingProxy(hub.subgraphs[name].url);
    proxies.push(proxy);
    urls[name] = proxy.url;
    captured[name] = proxy.captured;
  }
  gateway = await hub.startGateway({ subgraphUrls: urls });
});
afterAll(async () => {
  await gateway?.close();
  for (const proxy of proxies) await proxy.close();
  await hub?.close();
});

const OFFICERS_BY_REFERENCE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Cluster { officers { name email phone } } } }`;

async function send(url: string, init: { method?: string; body?: string; headers: Record<string, string> }) {
  const response = await fetch(url, {
    method: init.method ?? 'POST',
    headers: { 'content-type': 'application/json', ...init.headers },
    body: init.method === 'GET' ? undefined : init.body,
  });
  const text = await response.text();
  return {
    status: response.status,
    text,
    code: (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code,
  };
}

describe.each(SUBGRAPH_NAMES)('calling the %s subgraph directly', (name) => {
  it('is refused for _service and _entities without the gateway’s proof, even with a valid KiAP token', async () => {
    for (const query of ['{ _service { sdl } }', OFFICERS_BY_REFERENCE]) {
      const body = JSON.stringify({ query, variables: { r: [{ __typename: 'Cluster', id: clusterId }] } });
      const response = await send(hub.subgraphs[name].url, { body, headers: { authorization: kiapToken } });
      expect(response.status).toBe(401);
      expect(response.code).toBe('UNAUTHENTICATED');
      expect(response.text).not.toContain('@example.');
    }
  });
});

describe('the gateway’s proof', () => {
  const url = () => hub.subgraphs.clusters.url;
  const body = JSON.stringify({ query: OFFICERS_BY_REFERENCE, variables: { r: [{ __typename: 'Cluster', id: '' }] } });
  const proof = (
    options: { secret?: string; audience?: string; body?: string; method?: string; url?: string; authorization?: string } = {},
  ) =>
    proofHeaderFor(options.secret ?? hub.internalSecret, options.audience ?? 'clusters', options.url ?? url(), {
      body: options.body ?? body,
      method: options.method,
      authorization: options.authorization ?? kiapToken,
    });

  it('lets a signed request through (the control for the refusals below)', async () => {
    const officers = JSON.stringify({ query: OFFICERS_BY_REFERENCE, variables: { r: [{ __typename: 'Cluster', id: clusterId }] } });
    const response = await send(url(), { body: officers, headers: { authorization: kiapToken, ...(await proof({ body: officers })) } });
    expect(response.status).toBe(200);
    expect(response.text).toContain('@example.');
  });

  it('is refused when made with another secret, for another subgraph, or for another caller', async () => {
    const headers = { authorization: kiapToken };
    const wrongSecret = await proof({ secret: 'not-the-hub-secret-but-long-enough-to-look-real' });
    expect((await send(url(), { body, headers: { ...headers, ...wrongSecret } })).status).toBe(401);
    const forMunicipalities = await proof({ audience: 'municipalities' });
    expect((await send(url(), { body, headers: { ...headers, ...forMunicipalities } })).status).toBe(401);
    const memberToken = await hub.tokenFor({ kind: 'cluster', subject: 'm', clusterId, clusterRole: 'member', regionCode: '1084' });
    expect((await send(url(), { body, headers: { authorization: memberToken, ...(await proof()) } })).status).toBe(401);
  });

  it('does not excuse a bad token: the subgraph verifies the caller again itself', async () => {
    const forged = `${kiapToken.slice(0, -4)}AAAA`;
    const response = await send(url(), { body, headers: { authorization: forged, ...(await proof({ authorization: forged })) } });
    expect(response.status).toBe(401);
  });

  it('refuses GET for a mutation even with a proof made for exactly that GET', async () => {
    const getUrl = `${url()}?query=${encodeURIComponent('mutation { __typename }')}`;
    const response = await send(getUrl, {
      method: 'GET',
      headers: { authorization: kiapToken, ...(await proof({ method: 'GET', url: getUrl, body: '' })) },
    });
    expect(response.status).toBe(405);
  });
});

describe('a gateway→subgraph request captured on the network', () => {
  async function capture(subgraph: SubgraphName, send: () => Promise<unknown>): Promise<CapturedRequest> {
    const before = captured[subgraph].length;
    await send();
    const request = captured[subgraph].slice(before).at(-1);
    expect(request, `the gateway called ${subgraph}`).toBeDefined();
    return request!;
  }
  const viaGateway = <TData, TVariables>(
    document: Parameters<typeof postGraphQL<TData, TVariables>>[1],
    variables?: TVariables,
    token?: string,
  ) => postGraphQL(`${gateway.url}/graphql`, document, variables, token ? { authorization: token } : {});

  it('is useless as GET with another query, as POST with another body, or against another subgraph', async () => {
    const request = await capture('clusters', () => viaGateway(RegionsWithMunicipalitiesAndClustersDocument, undefined, kiapToken));
    expect(request.headers[PROOF_HEADER]).toBeDefined();
    // Exactly as captured, within its 30 s: the same answer to the same caller (the control).
    expect((await send(hub.subgraphs.clusters.url, { body: request.body, headers: request.headers })).status).toBe(200);

    const contacts = `{ _entities(representations: [{ __typename: "Cluster", id: "${clusterId}" }]) { ... on Cluster { officers { email phone } } } }`;
    const asGet = await send(`${hub.subgraphs.clusters.url}?query=${encodeURIComponent(contacts)}`, {
      method: 'GET',
      headers: request.headers,
    });
    const otherBody = await send(hub.subgraphs.clusters.url, { body: JSON.stringify({ query: contacts }), headers: request.headers });
    const sdl = await send(hub.subgraphs.clusters.url, {
      body: JSON.stringify({ query: '{ _service { sdl } }' }),
      headers: request.headers,
    });
    const elsewhere = await send(hub.subgraphs.municipalities.url, { body: request.body, headers: request.headers });
    for (const refused of [asGet, otherBody, sdl, elsewhere]) {
      expect(refused.status).toBe(401);
      expect(refused.code).toBe('UNAUTHENTICATED');
      expect(refused.text).not.toContain('@example.');
      expect(refused.text).not.toContain('type Cluster');
    }
  });

  it('cannot repeat a mutation: the replay is refused and writes nothing', async () => {
    const aalborg = await hub.tokenFor({ kind: 'municipality', subject: 'aalborg', municipalityCode: '851' });
    const name = `Akutteam replay ${Date.now()}`;
    const input = {
      kind: 'ACUTE_FUNCTION' as const,
      name,
      description: 'Rykker ud inden for to timer.',
      targetGroup: 'Borgere',
      referralProcedure: 'Ring',
      contactEmail: 'akut@aalborg.example.dk',
      contactPhone: '+4599311111',
    };
    const request = await capture('municipalities', async () => {
      const created = await viaGateway(CreateMunicipalOfferDocument, { input }, aalborg);
      expect(created.errors).toBeUndefined();
    });
    const replay = await send(hub.subgraphs.municipalities.url, { body: request.body, headers: request.headers });
    expect(replay.status).toBe(401);
    expect(replay.code).toBe('UNAUTHENTICATED');
    const rows = await hub.adminSql`select 1 from municipalities.municipal_offers where name = ${name}`;
    expect(rows).toHaveLength(1);
  });
});
