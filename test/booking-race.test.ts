import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Viewer } from '../platform/viewer.js';
import { AcceptPackageMeetingDocument, RequestPackageMeetingDocument } from './__generated__/operations.js';
import { clusterIn, type ClusterFixture } from './support/fixtures.js';
import { errorCodes, startTestHub, type TestHub } from './support/hub.js';
import { freshDay, meetingRequest } from './support/municipal.js';

/** Truly concurrent requests through the gateway; Postgres decides who wins. */
let hub: TestHub;
let cluster: ClusterFixture;
let municipality: Viewer;
let coordinator: Viewer;
let board: Viewer;

beforeAll(async () => {
  hub = await startTestHub();
  cluster = await clusterIn(hub.adminSql, '461');
  municipality = { kind: 'municipality', subject: 'odense', municipalityCode: '461' };
  coordinator = {
    kind: 'cluster',
    subject: 'coordinator',
    clusterId: cluster.id,
    clusterRole: 'coordinator',
    regionCode: cluster.regionCode,
  };
  board = { kind: 'cluster', subject: 'board', clusterId: cluster.id, clusterRole: 'board', regionCode: cluster.regionCode };
});
afterAll(() => hub?.close());

async function request(slots: Date[]) {
  const input = meetingRequest(cluster.id, { proposedSlots: slots.map((s) => ({ startsAt: s.toISOString() })) });
  return (await hub.queryAs(municipality, RequestPackageMeetingDocument, { input })).data!.requestPackageMeeting.booking;
}

it('two competing acceptances of overlapping meetings end with exactly one confirmed, every time', async () => {
  for (let round = 0; round < 10; round++) {
    const start = freshDay();
    const overlapping = new Date(start.getTime() + 60 * 60_000); // one hour into the first
    const [a, b] = await Promise.all([request([start]), request([overlapping])]);
    const results = await Promise.all([
      hub.queryAs(coordinator, AcceptPackageMeetingDocument, { input: { bookingId: a!.id, slotStartsAt: start.toISOString() } }),
      hub.queryAs(board, AcceptPackageMeetingDocument, { input: { bookingId: b!.id, slotStartsAt: overlapping.toISOString() } }),
    ]);
    const codes = results.map((r) => errorCodes(r)[0] ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    const statuses = await hub.adminSql<{ status: string }[]>`
      select status from municipalities.package_bookings where id in (${a!.id}, ${b!.id})`;
    expect(statuses.map((s) => s.status).sort()).toEqual(['CONFIRMED', 'REQUESTED']);
  }
});

it('two officers accepting different slots of one booking at once: one wins, the other is told it is too late', async () => {
  for (let round = 0; round < 5; round++) {
    const [first, second] = [freshDay(), freshDay()];
    const booking = await request([first, second]);
    const results = await Promise.all([
      hub.queryAs(coordinator, AcceptPackageMeetingDocument, { input: { bookingId: booking.id, slotStartsAt: first.toISOString() } }),
      hub.queryAs(board, AcceptPackageMeetingDocument, { input: { bookingId: booking.id, slotStartsAt: second.toISOString() } }),
    ]);
    expect(results.map((r) => errorCodes(r)[0] ?? 'OK').sort()).toEqual(['INVALID_TRANSITION', 'OK']);
    const events =
      await hub.adminSql`select 1 from municipalities.booking_events where booking_id = ${booking.id} and to_status = 'CONFIRMED'`;
    expect(events).toHaveLength(1);
  }
});

it('adjacent meetings do not conflict', async () => {
  const start = freshDay();
  const adjacent = new Date(start.getTime() + 150 * 60_000);
  const [a, b] = await Promise.all([request([start]), request([adjacent])]);
  const results = await Promise.all([
    hub.queryAs(coordinator, AcceptPackageMeetingDocument, { input: { bookingId: a!.id, slotStartsAt: start.toISOString() } }),
    hub.queryAs(board, AcceptPackageMeetingDocument, { input: { bookingId: b!.id, slotStartsAt: adjacent.toISOString() } }),
  ]);
  expect(results.flatMap((r) => errorCodes(r))).toEqual([]);
});
