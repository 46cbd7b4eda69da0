import { print } from 'graphql';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../platform/viewer.js';
import { ClusterOfficersDocument, InquiryQueueDocument } from './__generated__/operations.js';
import { startTestHub, type TestHub } from './support/hub.js';

/** Every JSON log line the hub's services write during this file. */
const lines: Record<string, unknown>[] = [];
const raw: string[] = [];
const logs = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    }
    done();
  },
});

let hub: TestHub;
let clusterId: string;
let officers: { email: string; phone: string }[];
const KIAP: Viewer = { kind: 'kiap', subject: 'lone@kiap.example' };

beforeAll(async () => {
  hub = await startTestHub({ logs });
  [{ id: clusterId }] = (await hub.adminSql`select id from clusters.clusters order by name limit 1`) as unknown as [{ id: string }];
  officers = await hub.adminSql`select email, phone from clusters.officers where cluster_id = ${clusterId}`;
});
afterAll(() => hub?.close());

/** The value of the sample with exactly these labels, in any order. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^(\w+)\{(.*)\} (\S+)$/.exec(line);
    if (match?.[1] !== name) continue;
    const found = Object.fromEntries([...match[2]!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const same = Object.keys(found).length === Object.keys(labels).length && Object.entries(labels).every(([k, v]) => found[k] === v);
    if (same) return Number(match[3]);
  }
  return undefined;
}

const gatewayBase = () => hub.gatewayUrl.replace(/\/graphql$/, '');

async function post(operationName: string, query: string, variables: unknown, headers: Record<string, string> = {}) {
  return fetch(hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ operationName, query, variables }),
  });
}

describe('logs', () => {
  it('carry one request id from the gateway into every subgraph call, and no token or contact detail', async () => {
    const token = await hub.tokenFor(KIAP);
    const requestId = 'trace-0123456789abcdef';
    const response = await post(
      'ClusterOfficers',
      print(ClusterOfficersDocument),
      { id: clusterId },
      { authorization: token, 'x-request-id': requestId },
    );
    expect(response.headers.get('x-request-id')).toBe(requestId);
    const body = (await response.json()) as { data: { cluster: { coordinator: { email: string } } } };
    expect(body.data.cluster.coordinator.email).toContain('@'); // KiAP did read contact details

    await new Promise((resolve) => setTimeout(resolve, 50));
    const mine = lines.filter((line) => line.requestId === requestId);
    const services = new Set(mine.map((line) => line.service));
    expect(services).toContain('gateway');
    expect(services).toContain('clusters');
    expect(mine.find((line) => line.service === 'gateway')).toMatchObject({ msg: 'request', operation: 'ClusterOfficers', status: 200 });

    const everything = raw.join('\n');
    expect(everything).not.toContain(token.replace('Bearer ', ''));
    for (const officer of officers) {
      expect(everything).not.toContain(officer.email);
      expect(everything).not.toContain(officer.phone);
    }
  });

  it('give a request without an id a fresh one, shared the same way', async () => {
    const response = await post('Regions', 'query Regions { regions { code clusters { name } } }', undefined);
    const requestId = response.headers.get('x-request-id')!;
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await response.json();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const services = new Set(lines.filter((line) => line.requestId === requestId).map((line) => line.service));
    expect(services).toEqual(new Set(['gateway', 'municipalities', 'clusters']));
  });
  it('name the request on an unexpected error, whose cause the caller is not told', async () => {
    // A grant gone missing: the subgraph's statement fails in a way no caller could have caused.
    const role = new URL(hub.roleUrl('municipalities')).username;
    await hub.adminSql.unsafe(`revoke select on municipalities.regions from "${role}"`);
    try {
      const requestId = 'unexpected-0123456789';
      const response = await post('Regions', 'query Regions { regions { code } }', undefined, { 'x-request-id': requestId });
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors).toEqual([
        expect.objectContaining({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      ]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const logged = lines.filter((line) => line.level === 50 && line.requestId === requestId);
      expect(logged.map((line) => line.service)).toEqual(expect.arrayContaining(['municipalities', 'gateway']));
      expect(logged.find((line) => line.service === 'municipalities')!.msg).toMatch(/^Unexpected error at regions: .*permission denied/);
      expect(JSON.stringify(body)).not.toContain('permission');
    } finally {
      await hub.adminSql.unsafe(`grant select on municipalities.regions to "${role}"`);
    }
  });
});

describe('/metrics', () => {
  it('counts requests, latencies and errors per operation, and fetches per subgraph, in Prometheus text', async () => {
    await post('ClusterOfficers', print(ClusterOfficersDocument), { id: clusterId }, { authorization: await hub.tokenFor(KIAP) });
    await post('InquiryQueue', print(InquiryQueueDocument), {}); // anonymous: FORBIDDEN
    // Not on the API port that callers reach: on a listener of its own.
    expect((await fetch(`${gatewayBase()}/metrics`)).status).toBe(404);
    expect((await fetch(new URL('/metrics', hub.subgraphs.inquiries.url))).status).toBe(404);
    const response = await fetch(hub.gatewayMetricsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(
      sample(text, 'klyngehub_graphql_request_duration_seconds_count', { service: 'gateway', operation: 'ClusterOfficers' }),
    ).toBeGreaterThan(0);
    expect(sample(text, 'klyngehub_graphql_errors_total', { service: 'gateway', operation: 'InquiryQueue', code: 'FORBIDDEN' })).toBe(1);
    expect(
      sample(text, 'klyngehub_subgraph_fetch_duration_seconds_count', { service: 'gateway', subgraph: 'clusters', outcome: 'ok' }),
    ).toBeGreaterThan(0);
    expect(sample(text, 'process_resident_memory_bytes', { service: 'gateway' })).toBeGreaterThan(0);

    // Subgraphs see the gateway's name for its part of the operation.
    const subgraph = await (await fetch(`${hub.subgraphs.inquiries.server.metricsUrl}/metrics`)).text();
    expect(
      sample(subgraph, 'klyngehub_graphql_errors_total', {
        service: 'inquiries',
        operation: 'InquiryQueue__inquiries__0',
        code: 'FORBIDDEN',
      }),
    ).toBe(1);
  });
});
