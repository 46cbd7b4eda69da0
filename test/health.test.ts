import { afterAll, beforeAll, expect, it } from 'vitest';
import { SUBGRAPH_NAMES } from '../platform/services.js';
import { startTestHub, type TestHub } from './support/hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

const base = (graphqlUrl: string) => graphqlUrl.replace(/\/graphql$/, '');

it('every service answers /health and /ready, naming what it checked', async () => {
  for (const name of SUBGRAPH_NAMES) {
    expect((await fetch(`${base(hub.subgraphs[name].url)}/health`)).status).toBe(200);
    const ready = await fetch(`${base(hub.subgraphs[name].url)}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: { database: true } });
  }
  const gateway = await fetch(`${base(hub.gatewayUrl)}/ready`);
  expect(await gateway.json()).toEqual({ ready: true, checks: { clusters: true, municipalities: true, offers: true, inquiries: true } });
});

it('the gateway is not ready while a subgraph is down, and says which one; it stays alive', async () => {
  await hub.subgraphs.offers.server.close();
  const ready = await fetch(`${base(hub.gatewayUrl)}/ready`);
  expect(ready.status).toBe(503);
  expect(await ready.json()).toEqual({ ready: false, checks: { clusters: true, municipalities: true, offers: false, inquiries: true } });
  expect((await fetch(`${base(hub.gatewayUrl)}/health`)).status).toBe(200);
});
