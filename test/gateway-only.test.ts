import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signGatewayRequest } from '../subgraphs/common/auth/gateway-proof.js';
import { SUBGRAPH_NAMES } from '../subgraphs/common/services.js';
import { startTestHub, type TestHub } from './support/hub.js';

/** Subgraphs answer the gateway only: nothing reaches their resolvers without its proof. */
let hub: TestHub;
let clusterId: string;
let kiapToken: string;
beforeAll(async () => {
  hub = await startTestHub();
  const [row] = await hub.adminSql<{ id: string }[]>`select id from clusters.clusters order by name limit 1`;
  clusterId = row!.id;
  kiapToken = await hub.tokenFor({ kind: 'kiap', subject: 'kiap-test' });
});
afterAll(() => hub?.close());

const OFFICERS_BY_REFERENCE = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Cluster { officers { name email phone } } } }`;

async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: response.status, text: await response.text() };
}

describe.each(SUBGRAPH_NAMES)('calling the %s subgraph directly', (name) => {
  it('is refused for _service and _entities without the gateway’s proof, even with a valid KiAP token', async () => {
    for (const query of ['{ _service { sdl } }', OFFICERS_BY_REFERENCE]) {
      const body = JSON.stringify({ query, variables: { r: [{ __typename: 'Cluster', id: clusterId }] } });
      const response = await post(hub.subgraphs[name].url, body, { authorization: kiapToken });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.text).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(response.text).not.toContain('@example.');
    }
  });
});

describe('the gateway’s proof', () => {
  const url = () => hub.subgraphs.clusters.url;
  const body = () => JSON.stringify({ query: OFFICERS_BY_REFERENCE, variables: { r: [{ __typename: 'Cluster', id: clusterId }] } });

  it('lets a signed request through (the control for the refusals below)', async () => {
    const response = await post(url(), body(), { authorization: kiapToken, ...signGatewayRequest(hub.internalSecret, kiapToken, body()) });
    expect(response.status).toBe(200);
    expect(response.text).toContain('@example.');
  });

  it('is refused when signed with another secret', async () => {
    const headers = signGatewayRequest('not-the-hub-secret-but-long-enough-to-look-real', kiapToken, body());
    expect((await post(url(), body(), { authorization: kiapToken, ...headers })).status).toBe(401);
  });

  it('cannot be reused for another body, another token, or after its time window', async () => {
    const signed = signGatewayRequest(hub.internalSecret, kiapToken, body());
    const otherBody = JSON.stringify({ query: '{ _service { sdl } }' });
    expect((await post(url(), otherBody, { authorization: kiapToken, ...signed })).status).toBe(401);
    const memberToken = await hub.tokenFor({ kind: 'cluster', subject: 'm', clusterId, clusterRole: 'member', regionCode: '1084' });
    expect((await post(url(), body(), { authorization: memberToken, ...signed })).status).toBe(401);
    const stale = signGatewayRequest(hub.internalSecret, kiapToken, body(), Date.now() - 5 * 60_000);
    expect((await post(url(), body(), { authorization: kiapToken, ...stale })).status).toBe(401);
  });

  it('does not excuse a bad token: the subgraph verifies the caller again itself', async () => {
    const forged = `${kiapToken.slice(0, -4)}AAAA`;
    const response = await post(url(), body(), { authorization: forged, ...signGatewayRequest(hub.internalSecret, forged, body()) });
    expect(response.status).toBe(401);
    expect(response.text).not.toContain('@example.');
  });
});
