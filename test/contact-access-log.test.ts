import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../platform/database.js';
import type { Viewer } from '../platform/viewer.js';
import { ClusterContactReadsDocument, ClusterOfficersDocument, ContactAccessLogDocument } from './__generated__/operations.js';
import { errorCodes, startTestHub, type TestHub } from './support/hub.js';

let hub: TestHub;
let clusterId: string;
let otherClusterId: string;
const KIAP: Viewer = { kind: 'kiap', subject: 'lone@kiap.example' };

beforeAll(async () => {
  hub = await startTestHub();
  const rows = await hub.adminSql<{ id: string }[]>`select id from clusters.clusters order by name limit 2`;
  [clusterId, otherClusterId] = rows.map((row) => row.id) as [string, string];
});
afterAll(() => hub?.close());

async function records() {
  return hub.adminSql<{ readerRole: string; readerSubject: string; clusterId: string; field: string; operationName: string | null }[]>`
    select reader_role as "readerRole", reader_subject as "readerSubject", cluster_id as "clusterId", field, operation_name as "operationName"
    from clusters.contact_access_log order by accessed_at, field`;
}

describe('the record of contact reads', () => {
  it('records who read whose detail, which detail and through which operation — for entitled reads only', async () => {
    expect(await records()).toEqual([]);

    // Not entitled: nothing is recorded (and nothing is shown).
    const outsiders: Viewer[] = [
      { kind: 'anonymous' },
      { kind: 'municipality', subject: 'm', municipalityCode: '101' },
      { kind: 'region', subject: 'r', regionCode: '1084' },
      { kind: 'cluster', subject: 'o', clusterId: otherClusterId, clusterRole: 'coordinator', regionCode: '1084' },
    ];
    for (const viewer of outsiders) await hub.queryAs(viewer, ClusterOfficersDocument, { id: clusterId });
    expect(await records()).toEqual([]);

    // Entitled: one record per detail read.
    const member: Viewer = { kind: 'cluster', subject: 'jens@klinik.example', clusterId, clusterRole: 'member', regionCode: '1084' };
    const response = await hub.queryAs(member, ClusterOfficersDocument, { id: clusterId });
    expect(response.errors).toBeUndefined();
    const officerCount = response.data!.cluster!.officers!.length;
    const recorded = await records();
    // coordinator appears twice in the query (coordinator and officers): one read, one record per field.
    expect(recorded).toHaveLength(officerCount * 2);
    expect(recorded[0]).toEqual({
      readerRole: 'cluster',
      readerSubject: 'jens@klinik.example',
      clusterId,
      field: 'EMAIL',
      operationName: 'ClusterOfficers',
    });
  });

  it('is KiAP’s to query through the gateway, and nobody else’s', async () => {
    await hub.queryAs(KIAP, ClusterOfficersDocument, { id: otherClusterId });
    const kiap = await hub.queryAs(KIAP, ContactAccessLogDocument, { clusterId: otherClusterId, first: 50 });
    expect(kiap.errors).toBeUndefined();
    expect(kiap.data!.contactAccessLog!.length).toBeGreaterThan(0);
    expect(kiap.data!.contactAccessLog!.every((r) => r.cluster.id === otherClusterId && r.readerSubject === 'lone@kiap.example')).toBe(
      true,
    );

    for (const viewer of [
      { kind: 'anonymous' },
      { kind: 'cluster', subject: 'c', clusterId, clusterRole: 'coordinator', regionCode: '1084' },
    ] as Viewer[]) {
      const response = await hub.queryAs(viewer, ContactAccessLogDocument, {});
      expect(response.data).toEqual({ contactAccessLog: null });
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    const tooMany = await hub.queryAs(KIAP, ContactAccessLogDocument, { first: 5000 });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });

  it('pages newest first, each page after the last record of the one before, for KiAP and for the cluster itself', async () => {
    // Three reads of the cluster's officers, each a record per officer and field.
    for (const subject of ['a@kiap.example', 'b@kiap.example', 'c@kiap.example'])
      await hub.queryAs({ kind: 'kiap', subject }, ClusterOfficersDocument, { id: clusterId });
    const [{ count }] = await hub.adminSql<[{ count: number }]>`
      select count(*)::int as count from clusters.contact_access_log where cluster_id = ${clusterId}`;
    const expected = await hub.adminSql<{ id: string }[]>`
      select id from clusters.contact_access_log where cluster_id = ${clusterId} order by accessed_at desc, id desc`;

    const member: Viewer = { kind: 'cluster', subject: 'jens@klinik.example', clusterId, clusterRole: 'member', regionCode: '1084' };
    const pagesOf = async (next: (after: string | null) => Promise<{ id: string }[]>) => {
      const seen: string[] = [];
      for (let after: string | null = null, pages = 0; pages < 50; pages++) {
        const page = await next(after);
        seen.push(...page.map((record) => record.id));
        if (page.length < 4) break;
        after = page.at(-1)!.id;
      }
      return seen;
    };
    const asCluster = await pagesOf(async (after) => {
      const response = await hub.queryAs(member, ClusterContactReadsDocument, { id: clusterId, first: 4, after });
      expect(response.errors).toBeUndefined();
      return response.data!.cluster!.contactReads!;
    });
    expect(asCluster).toEqual(expected.map((row) => row.id));
    expect(asCluster).toHaveLength(count);
    const asKiap = await pagesOf(async (after) => {
      const response = await hub.queryAs(KIAP, ContactAccessLogDocument, { clusterId, first: 4, after });
      expect(response.errors).toBeUndefined();
      return response.data!.contactAccessLog!;
    });
    expect(asKiap).toEqual(asCluster);
    // The cluster sees who read, which is what KiAP's contacts page tells its reader.
    const first = await hub.queryAs(member, ClusterContactReadsDocument, { id: clusterId, first: 1 });
    expect(first.data!.cluster!.contactReads![0]).toMatchObject({ readerRole: 'kiap', readerSubject: 'c@kiap.example' });
    // Its own members' reads (the first test's) left out, KiAP's remain, still newest first.
    const [{ own }] = await hub.adminSql<[{ own: number }]>`
      select count(*)::int as own from clusters.contact_access_log where cluster_id = ${clusterId} and reader_role = 'cluster'`;
    expect(own).toBeGreaterThan(0);
    const byKiap = await hub.queryAs(member, ClusterContactReadsDocument, { id: clusterId, excludeOwnMembers: true, first: 100 });
    const kiapReads = byKiap.data!.cluster!.contactReads!;
    expect(kiapReads).toHaveLength(count - own);
    expect(new Set(kiapReads.map((record) => record.readerRole))).toEqual(new Set(['kiap']));
    expect(kiapReads.map((record) => record.id)).toEqual(asCluster.filter((id) => kiapReads.some((record) => record.id === id)));

    // An anchor from another cluster's record, or no record at all, is not in this list.
    const [foreign] = await hub.adminSql<
      { id: string }[]
    >`select id from clusters.contact_access_log where cluster_id <> ${clusterId} limit 1`;
    for (const after of [foreign!.id, '00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      const response = await hub.queryAs(member, ClusterContactReadsDocument, { id: clusterId, after });
      expect(errorCodes(response), after).toEqual(['BAD_USER_INPUT']);
      expect(response.errors![0]!.extensions!.problems).toEqual([{ path: 'after', message: 'must be the id of an item in this list' }]);
    }
  });

  it('shows a cluster its own record only: other clusters, municipalities, regions and anonymous callers are refused', async () => {
    const outsiders: Viewer[] = [
      { kind: 'anonymous' },
      { kind: 'municipality', subject: 'm', municipalityCode: '101' },
      { kind: 'region', subject: 'r', regionCode: '1084' },
      { kind: 'cluster', subject: 'o', clusterId: otherClusterId, clusterRole: 'coordinator', regionCode: '1084' },
    ];
    for (const viewer of outsiders) {
      const response = await hub.queryAs(viewer, ClusterContactReadsDocument, { id: clusterId });
      expect(response.data?.cluster?.contactReads ?? null, viewer.kind).toBeNull();
      expect(errorCodes(response), viewer.kind).toEqual(['FORBIDDEN']);
    }
    const tooMany = await hub.queryAs(KIAP, ClusterContactReadsDocument, { id: clusterId, first: 101 });
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
  });

  it('is append-only: the subgraph’s own role cannot change or remove a record, and the owner cannot either', async () => {
    const asSubgraph = connect(hub.roleUrl('clusters'), { applicationName: 'test', maxConnections: 1 });
    try {
      await expect(asSubgraph`update clusters.contact_access_log set reader_subject = 'someone else'`).rejects.toMatchObject({
        code: '42501',
      });
      await expect(asSubgraph`delete from clusters.contact_access_log`).rejects.toMatchObject({ code: '42501' });
    } finally {
      await asSubgraph.end();
    }
    await expect(hub.adminSql`delete from clusters.contact_access_log`).rejects.toThrow(/append-only/);
    await expect(hub.adminSql`update clusters.contact_access_log set field = 'PHONE'`).rejects.toThrow(/append-only/);
    expect((await records()).length).toBeGreaterThan(0);
  });
});
