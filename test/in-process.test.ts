import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/services.js';
import type { LocalSubgraph } from '../platform/subgraph.js';
import type { Viewer } from '../platform/viewer.js';
import {
  ClusterDashboardDocument,
  ClusterOfficersDocument,
  CreateRegionalOfferDocument,
  MunicipalityBookingViewDocument,
  PublishRegionalOfferDocument,
  RegionOffersViewDocument,
  RegionsWithMunicipalitiesAndClustersDocument,
  TriageQueueDocument,
  type CreateRegionalOfferInput,
} from './__generated__/operations.js';
import { errorCodes, postGraphQL, startTestHub, type GraphQLResponse, type TestHub } from './support/hub.js';

/**
 * The gateway calling the subgraphs in its own process, as `npm start` runs the hub
 * (hub/services.ts): the same answers as over HTTP, the subgraphs' access rules on that
 * path too, and nothing sent over the network between them.
 */
let hub: TestHub;
/** The /graphql of a gateway over the same subgraphs, calling them in process. */
let inProcessUrl: string;
let clusterId: string;
let otherClusterId: string;
/** HTTP requests each subgraph's server has received. */
const received: Record<string, number> = {};

const localSubgraphs = (overrides: Partial<Record<SubgraphName, LocalSubgraph>> = {}) =>
  Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, overrides[name] ?? hub.subgraphs[name].server.local]));

beforeAll(async () => {
  hub = await startTestHub();
  const gateway = await hub.startGateway({ localSubgraphs: localSubgraphs() });
  inProcessUrl = `${gateway.url}/graphql`;
  [{ id: clusterId }, { id: otherClusterId }] = (await hub.adminSql<{ id: string }[]>`
    select id from clusters.clusters where region_code = '1082' order by name limit 2`) as unknown as [{ id: string }, { id: string }];
  for (const name of SUBGRAPH_NAMES) {
    received[name] = 0;
    hub.subgraphs[name].server.server.on('request', () => received[name]!++);
  }
});
afterAll(() => hub?.close());

const coordinator = (id: string): Viewer => ({
  kind: 'cluster',
  subject: `koordinator-${id}`,
  clusterId: id,
  clusterRole: 'coordinator',
  regionCode: '1082',
});
const municipality: Viewer = { kind: 'municipality', subject: 'aarhus', municipalityCode: '751' };
const region: Viewer = { kind: 'region', subject: 'kap-midt', regionCode: '1082' };
const otherRegion: Viewer = { kind: 'region', subject: 'kap-h', regionCode: '1084' };
const kiap: Viewer = { kind: 'kiap', subject: 'kiap' };

async function viaGateway<TData, TVariables>(
  url: string,
  viewer: Viewer,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<GraphQLResponse<TData>> {
  const headers: Record<string, string> = viewer.kind === 'anonymous' ? {} : { authorization: await hub.tokenFor(viewer) };
  return postGraphQL(url, document, variables, headers);
}

/** The same operation, as the same viewer, through the gateway over HTTP and the one in process. */
async function bothWays<TData, TVariables>(viewer: Viewer, document: TypedDocumentNode<TData, TVariables>, variables?: TVariables) {
  const before = { ...received };
  const inProcess = await viaGateway(inProcessUrl, viewer, document, variables);
  const overHttp = await viaGateway(hub.gatewayUrl, viewer, document, variables);
  return { inProcess, overHttp, sentOverHttp: SUBGRAPH_NAMES.some((name) => received[name] !== before[name]) };
}

describe('the gateway calling the subgraphs in its own process', () => {
  it("answers each user group's screens exactly as over HTTP, without a request to any subgraph's port", async () => {
    const dashboard = await bothWays(coordinator(clusterId), ClusterDashboardDocument, { id: clusterId });
    expect(dashboard.inProcess.data!.cluster!.id).toBe(clusterId);
    expect(dashboard.inProcess.data!.cluster!.municipalities.length).toBeGreaterThan(0);
    const screens = await Promise.all([
      dashboard,
      bothWays(municipality, MunicipalityBookingViewDocument, { code: '751' }),
      bothWays(region, RegionOffersViewDocument, { code: '1082' }),
      bothWays(kiap, TriageQueueDocument),
      bothWays({ kind: 'anonymous' }, RegionsWithMunicipalitiesAndClustersDocument),
    ]);
    for (const { inProcess, overHttp } of screens) {
      expect(inProcess.errors).toBeUndefined();
      expect(inProcess).toEqual(overHttp);
    }
    // The HTTP gateway's calls are counted: the count would have seen the other's.
    expect((await bothWays(kiap, TriageQueueDocument)).sentOverHttp).toBe(true);
    const before = { ...received };
    await viaGateway(inProcessUrl, kiap, TriageQueueDocument);
    expect(received).toEqual(before);
  });

  it('keeps contact details to the cluster and KiAP: the subgraph decides for the viewer the gateway verified', async () => {
    const details = async (viewer: Viewer) => {
      const { inProcess, overHttp } = await bothWays(viewer, ClusterOfficersDocument, { id: clusterId });
      expect(inProcess).toEqual(overHttp);
      return inProcess.data?.cluster?.coordinator ?? null;
    };
    expect((await details(coordinator(clusterId)))?.email).toMatch(/@/);
    expect((await details(kiap))?.email).toMatch(/@/);
    for (const outsider of [coordinator(otherClusterId), municipality, region, { kind: 'anonymous' } as const]) {
      const seen = await details(outsider);
      expect([seen?.email ?? null, seen?.phone ?? null]).toEqual([null, null]);
    }
  });

  it('writes once, refuses another region the same way, and answers bad input in the one error shape', async () => {
    const input: CreateRegionalOfferInput = {
      kind: 'MEETING_FACILITATION',
      title: 'Facilitering i processen',
      description: 'En konsulent faciliterer mødet sammen med koordinatoren.',
      audience: 'ALL_CLUSTERS_IN_REGION',
      validFrom: '2020-01-01',
      validUntil: '2099-12-31',
      contactEmail: 'klynger@rm.example.org',
    };
    const created = await viaGateway(inProcessUrl, region, CreateRegionalOfferDocument, { input });
    expect(created.errors).toBeUndefined();
    const offerId = created.data!.createRegionalOffer.offer.id;
    const rows = await hub.adminSql`select title from offers.regional_offers where id = ${offerId}`;
    expect(rows).toEqual([{ title: 'Facilitering i processen' }]);

    const { inProcess: refused, overHttp } = await bothWays(otherRegion, PublishRegionalOfferDocument, { input: { offerId } });
    // Another region's draft is not there for it at all.
    expect(errorCodes(refused)).toEqual(['NOT_FOUND']);
    expect(refused).toEqual(overHttp);

    const bad = { ...input, title: ' ', validUntil: '2019-12-31' };
    const before = await hub.adminSql`select count(*)::int as n from offers.regional_offers`;
    const { inProcess: badInProcess, overHttp: badOverHttp } = await bothWays(region, CreateRegionalOfferDocument, { input: bad });
    expect(errorCodes(badInProcess)).toEqual(['BAD_USER_INPUT']);
    expect(badInProcess.errors![0]!.extensions!.problems).toEqual([
      { path: 'input.title', message: 'must not be empty' },
      { path: 'input.validUntil', message: 'must not be before validFrom' },
    ]);
    expect(badInProcess).toEqual(badOverHttp);
    expect(await hub.adminSql`select count(*)::int as n from offers.regional_offers`).toEqual(before);
  });

  it('gives up on a subgraph that does not answer in time, as over HTTP', async () => {
    const stuck: LocalSubgraph = { execute: () => new Promise(() => {}), ready: async () => true };
    const gateway = await hub.startGateway({ localSubgraphs: localSubgraphs({ clusters: stuck }), subgraphTimeoutMs: 300 });
    const response = await postGraphQL(`${gateway.url}/graphql`, RegionsWithMunicipalitiesAndClustersDocument);
    expect(errorCodes(response)).toContain('SUBGRAPH_UNAVAILABLE');
    expect(response.errors![0]!.message).toMatch(/clusters subgraph did not answer within 300 ms/);
  });

  it("names the caller's request to the subgraph, as over HTTP, for the subgraph's log lines", async () => {
    const named: (string | undefined)[] = [];
    const real = hub.subgraphs.municipalities.server.local;
    const watched: LocalSubgraph = {
      ...real,
      execute: (request, viewer, requestId) => (named.push(requestId), real.execute(request, viewer, requestId)),
    };
    const gateway = await hub.startGateway({ localSubgraphs: localSubgraphs({ municipalities: watched }) });
    const response = await postGraphQL(`${gateway.url}/graphql`, '{ regions { code } }', undefined, { 'x-request-id': 'in-process-0123' });
    expect(response.errors).toBeUndefined();
    expect(named).toEqual(['in-process-0123']);
  });

  it('is ready when its subgraphs are, asking them in its process, and names one that is not, or does not say in time', async () => {
    const readyUrl = (url: string) => url.replace(/\/graphql$/, '/ready');
    const before = { ...received };
    const ready = await fetch(readyUrl(inProcessUrl));
    expect(ready.status).toBe(200);
    expect(received).toEqual(before);

    const down: LocalSubgraph = { ...hub.subgraphs.inquiries.server.local, ready: async () => false };
    const silent: LocalSubgraph = { ...hub.subgraphs.offers.server.local, ready: () => new Promise(() => {}) };
    const gateway = await hub.startGateway({ localSubgraphs: localSubgraphs({ inquiries: down, offers: silent }), readyTimeoutMs: 300 });
    const notReady = await fetch(`${gateway.url}/ready`);
    expect(notReady.status).toBe(503);
    expect(((await notReady.json()) as { checks: Record<string, boolean> }).checks).toEqual({
      clusters: true,
      municipalities: true,
      offers: false,
      inquiries: false,
    });
  });
});
