import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../platform/database.js';
import type { Viewer } from '../platform/viewer.js';
import { ClusterOfficersDocument, ContactAccessLogDocument } from './__generated__/operations.js';
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
