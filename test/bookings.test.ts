import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../platform/viewer.js';
import { TRANSITIONS, nextStatus, type BookingAction, type BookingStatus } from '../subgraphs/municipalities/booking-states.js';
import {
  AcceptPackageMeetingDocument,
  BookingDetailsDocument,
  CancelPackageMeetingDocument,
  ClusterBookingsDocument,
  ClusterCalendarDocument,
  DeclinePackageMeetingDocument,
  MarkPackageMeetingHeldDocument,
  MunicipalityBookingsDocument,
  RequestPackageMeetingDocument,
} from './__generated__/operations.js';
import { clusterIn, type ClusterFixture } from './support/fixtures.js';
import { errorCodes, startTestHub, type GraphQLResponse, type TestHub } from './support/hub.js';
import { freshDay, meetingRequest } from './support/municipal.js';

let hub: TestHub;
let cluster: ClusterFixture;
let municipality: Viewer;
let coordinator: Viewer;
let board: Viewer;
let member: Viewer;
let otherMunicipality: Viewer;
const KIAP: Viewer = { kind: 'kiap', subject: 'kiap' };

beforeAll(async () => {
  hub = await startTestHub();
  cluster = await clusterIn(hub.adminSql, '751');
  municipality = { kind: 'municipality', subject: 'mette@aarhus.example', municipalityCode: '751' };
  coordinator = {
    kind: 'cluster',
    subject: 'coordinator',
    clusterId: cluster.id,
    clusterRole: 'coordinator',
    regionCode: cluster.regionCode,
  };
  board = { kind: 'cluster', subject: 'board', clusterId: cluster.id, clusterRole: 'board', regionCode: cluster.regionCode };
  member = { kind: 'cluster', subject: 'member', clusterId: cluster.id, clusterRole: 'member', regionCode: cluster.regionCode };
  otherMunicipality = { kind: 'municipality', subject: 'other', municipalityCode: '101' };
});
afterAll(() => hub?.close());

async function requested(overrides = {}) {
  const response = await hub.queryAs(municipality, RequestPackageMeetingDocument, { input: meetingRequest(cluster.id, overrides) });
  expect(response.errors).toBeUndefined();
  return response.data!.requestPackageMeeting.booking;
}

async function confirmed() {
  const booking = await requested();
  const response = await hub.queryAs(coordinator, AcceptPackageMeetingDocument, {
    input: { bookingId: booking.id, slotStartsAt: booking.proposedSlots[0]!.startsAt },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.acceptPackageMeeting.booking;
}

let daysAgo = 1;
/** Time passes: the confirmed meeting moves into the past, each to its own day (only an admin can do this). */
async function meetingHasBegun(bookingId: string) {
  const startsAt = new Date(Date.now() - daysAgo++ * 86_400_000);
  await hub.adminSql`update municipalities.package_bookings
    set confirmed_starts_at = ${startsAt}, confirmed_ends_at = ${new Date(startsAt.getTime() + 150 * 60_000)} where id = ${bookingId}`;
}

async function held() {
  const booking = await confirmed();
  await meetingHasBegun(booking.id);
  const response = await hub.queryAs(board, MarkPackageMeetingHeldDocument, { input: { bookingId: booking.id } });
  expect(response.errors).toBeUndefined();
  return response.data!.markPackageMeetingHeld.booking;
}

async function statusOf(id: string): Promise<BookingStatus> {
  const [row] = await hub.adminSql<{ status: BookingStatus }[]>`select status from municipalities.package_bookings where id = ${id}`;
  return row!.status;
}

function expectRefused(response: GraphQLResponse<unknown>, code: string) {
  expect(errorCodes(response)).toEqual([code]);
  expect(response.data).toBeNull();
}

describe('the booking states', () => {
  const ALL: BookingStatus[] = ['REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED', 'HELD'];
  it.each(Object.keys(TRANSITIONS) as BookingAction[])('%s is allowed exactly from its listed states', (action) => {
    for (const status of ALL) {
      if (TRANSITIONS[action].from.includes(status)) expect(nextStatus(status, action)).toBe(TRANSITIONS[action].to);
      else
        expect(() => nextStatus(status, action)).toThrow(
          expect.objectContaining({ extensions: expect.objectContaining({ code: 'INVALID_TRANSITION' }) }),
        );
    }
  });
});

describe('requesting a package meeting', () => {
  it('creates a requested booking with 2.5-hour slots and a one-hour pre-meeting by default, and records it', async () => {
    const booking = await requested();
    expect(booking.status).toBe('REQUESTED');
    for (const slot of booking.proposedSlots) expect(Date.parse(slot.endsAt) - Date.parse(slot.startsAt)).toBe(150 * 60_000);
    expect(Date.parse(booking.preMeeting.endsAt) - Date.parse(booking.preMeeting.startsAt)).toBe(60 * 60_000);
    const details = await hub.queryAs(municipality, BookingDetailsDocument, { id: booking.id });
    // Who acted is shown by role and organisation: the municipal employee's login (an e-mail) is not the cluster's business.
    expect(details.data!.packageBooking!.history).toEqual([{ from: null, to: 'REQUESTED', actor: 'municipality 751', note: null }]);
    const asCluster = await hub.queryAs(coordinator, BookingDetailsDocument, { id: booking.id });
    expect(asCluster.data!.packageBooking!.history).toHaveLength(1);
    expect(JSON.stringify(asCluster)).not.toContain('mette@aarhus.example');
  });

  it('is idempotent: the same key returns the same booking, not a second one', async () => {
    const input = meetingRequest(cluster.id);
    const first = await hub.queryAs(municipality, RequestPackageMeetingDocument, { input });
    const again = await hub.queryAs(municipality, RequestPackageMeetingDocument, { input });
    expect(again.data!.requestPackageMeeting.booking.id).toBe(first.data!.requestPackageMeeting.booking.id);
    const [{ count }] =
      (await hub.adminSql`select count(*)::int from municipalities.package_bookings where idempotency_key = ${input.idempotencyKey}`) as unknown as [
        { count: number },
      ];
    expect(count).toBe(1);
  });

  it.each([
    ['no slot', { proposedSlots: [] }, 'proposedSlots'],
    ['four slots', { proposedSlots: [1, 2, 3, 4].map(() => ({ startsAt: freshDay().toISOString() })) }, 'proposedSlots'],
    ['a slot in the past', { proposedSlots: [{ startsAt: new Date(Date.now() - 86_400_000).toISOString() }] }, 'proposedSlots[0].startsAt'],
    [
      'a slot ending before it starts',
      { proposedSlots: [{ startsAt: '2031-05-05T15:00:00Z', endsAt: '2031-05-05T14:00:00Z' }] },
      'proposedSlots[0].endsAt',
    ],
    [
      'a slot ten years long',
      { proposedSlots: [{ startsAt: freshDay().toISOString(), endsAt: new Date(Date.now() + 3650 * 86_400_000).toISOString() }] },
      'proposedSlots[0].endsAt',
    ],
    [
      'a slot three years ahead',
      { proposedSlots: [{ startsAt: new Date(Date.now() + 3 * 365 * 86_400_000).toISOString() }] },
      'proposedSlots[0].startsAt',
    ],
    ['no talk', { talks: [] }, 'talks'],
    ['three talks', { talks: [1, 2, 3].map((n) => ({ title: `Talk ${n}`, minutes: 10 })) }, 'talks'],
    ['a talk of 0 minutes', { talks: [{ title: 'Kort', minutes: 0 }] }, 'talks[0].minutes'],
    ['an empty presenter name', { presenter: { name: ' ', jobTitle: 'Leder' } }, 'presenter.name'],
    ['a pre-meeting after the meeting', { preMeeting: { startsAt: '2031-12-31T10:00:00Z' } }, 'preMeeting'],
    ['a cluster not covering the municipality', { clusterId: '00000000-0000-4000-8000-000000000000' }, 'clusterId'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and stores nothing', async (_, overrides, field) => {
    const input = meetingRequest(cluster.id, overrides as object);
    const response = await hub.queryAs(municipality, RequestPackageMeetingDocument, { input });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    const problems = response.errors![0]!.extensions!.problems as { path: string }[];
    expect(problems.map((p) => p.path)).toContain(`input.${field}`);
    expect(await hub.adminSql`select 1 from municipalities.package_bookings where idempotency_key = ${input.idempotencyKey}`).toHaveLength(
      0,
    );
  });

  it('lists every problem at once', async () => {
    const response = await hub.queryAs(municipality, RequestPackageMeetingDocument, {
      input: meetingRequest(cluster.id, { talks: [], presenter: { name: '', jobTitle: '' } }),
    });
    expect((response.errors![0]!.extensions!.problems as unknown[]).length).toBe(3);
  });

  it.each([
    ['the cluster', () => coordinator],
    ['KiAP', () => KIAP],
    ['anonymous', () => ({ kind: 'anonymous' }) as Viewer],
  ])('is only for municipalities: refused for %s', async (_, viewer) => {
    expectRefused(await hub.queryAs(viewer(), RequestPackageMeetingDocument, { input: meetingRequest(cluster.id) }), 'FORBIDDEN');
  });

  it('is refused for a municipality the cluster does not cover', async () => {
    const response = await hub.queryAs(otherMunicipality, RequestPackageMeetingDocument, { input: meetingRequest(cluster.id) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('answering and cancelling', () => {
  it('the coordinator accepts one proposed slot: CONFIRMED, in the cluster’s calendar next to its own meetings', async () => {
    const booking = await confirmed();
    expect(booking.status).toBe('CONFIRMED');
    expect(booking.confirmedSlot).toEqual(booking.proposedSlots[0]);
    const calendar = await hub.queryAs(member, ClusterCalendarDocument, { id: cluster.id });
    expect(calendar.errors).toBeUndefined();
    expect(calendar.data!.cluster!.meetings!.length).toBeGreaterThan(0);
    expect(calendar.data!.cluster!.packageBookings!.map((b) => b.id)).toContain(booking.id);
    expect(calendar.data!.cluster!.packageBookings!.find((b) => b.id === booking.id)!.municipality).toEqual({
      code: '751',
      name: 'Aarhus',
    });
  });

  it('accepting again with the same slot is a harmless retry; another slot is refused', async () => {
    const booking = await confirmed();
    const retry = await hub.queryAs(board, AcceptPackageMeetingDocument, {
      input: { bookingId: booking.id, slotStartsAt: booking.proposedSlots[0]!.startsAt },
    });
    expect(retry.data!.acceptPackageMeeting.booking.status).toBe('CONFIRMED');
    const other = await hub.queryAs(board, AcceptPackageMeetingDocument, {
      input: { bookingId: booking.id, slotStartsAt: booking.proposedSlots[1]!.startsAt },
    });
    expectRefused(other, 'INVALID_TRANSITION');
    const details = await hub.queryAs(KIAP, BookingDetailsDocument, { id: booking.id });
    expect(details.data!.packageBooking!.history.map((e) => e.to)).toEqual(['REQUESTED', 'CONFIRMED']);
  });

  it('refuses a slot that was not proposed', async () => {
    const booking = await requested();
    const response = await hub.queryAs(coordinator, AcceptPackageMeetingDocument, {
      input: { bookingId: booking.id, slotStartsAt: freshDay().toISOString() },
    });
    expectRefused(response, 'BAD_USER_INPUT');
    expect(await statusOf(booking.id)).toBe('REQUESTED');
  });

  it('a board member declines with a reason the municipality sees', async () => {
    const booking = await requested();
    const response = await hub.queryAs(board, DeclinePackageMeetingDocument, {
      input: { bookingId: booking.id, reason: 'Vi har fuldt program i år' },
    });
    expect(response.data!.declinePackageMeeting.booking).toMatchObject({ status: 'DECLINED', declineReason: 'Vi har fuldt program i år' });
    const seen = await hub.queryAs(municipality, BookingDetailsDocument, { id: booking.id });
    expect(seen.data!.packageBooking!.declineReason).toBe('Vi har fuldt program i år');
  });

  it('a decline needs a reason', async () => {
    const booking = await requested();
    expectRefused(
      await hub.queryAs(board, DeclinePackageMeetingDocument, { input: { bookingId: booking.id, reason: '  ' } }),
      'BAD_USER_INPUT',
    );
    expect(await statusOf(booking.id)).toBe('REQUESTED');
  });

  it.each([
    ['the municipality', () => municipality, 'MUNICIPALITY'],
    ['the coordinator', () => coordinator, 'CLUSTER'],
  ])('%s cancels a confirmed meeting before it begins, with a reason', async (_, viewer, by) => {
    const booking = await confirmed();
    const response = await hub.queryAs(viewer(), CancelPackageMeetingDocument, { input: { bookingId: booking.id, reason: 'Sygdom' } });
    expect(response.data!.cancelPackageMeeting.booking).toMatchObject({ status: 'CANCELLED', cancellation: { by, reason: 'Sygdom' } });
  });

  it('a requested meeting can be cancelled too, and the slot is free again', async () => {
    const booking = await requested();
    const response = await hub.queryAs(municipality, CancelPackageMeetingDocument, { input: { bookingId: booking.id, reason: 'Fejl' } });
    expect(response.data!.cancelPackageMeeting.booking.status).toBe('CANCELLED');
  });

  it('a meeting that has begun cannot be cancelled, and can be marked held by the cluster', async () => {
    const booking = await confirmed();
    await meetingHasBegun(booking.id);
    expectRefused(
      await hub.queryAs(municipality, CancelPackageMeetingDocument, { input: { bookingId: booking.id, reason: 'For sent' } }),
      'INVALID_TRANSITION',
    );
    const heldResponse = await hub.queryAs(coordinator, MarkPackageMeetingHeldDocument, { input: { bookingId: booking.id } });
    expect(heldResponse.data!.markPackageMeetingHeld.booking.status).toBe('HELD');
  });

  it('a meeting that has not begun cannot be marked held', async () => {
    const booking = await confirmed();
    expectRefused(
      await hub.queryAs(coordinator, MarkPackageMeetingHeldDocument, { input: { bookingId: booking.id } }),
      'INVALID_TRANSITION',
    );
    expect(await statusOf(booking.id)).toBe('CONFIRMED');
  });

  describe('every disallowed step is refused with INVALID_TRANSITION and changes nothing', () => {
    const steps: Record<BookingAction, (id: string, slot: string) => Promise<GraphQLResponse<unknown>>> = {
      accept: (id, slot) => hub.queryAs(coordinator, AcceptPackageMeetingDocument, { input: { bookingId: id, slotStartsAt: slot } }),
      decline: (id) => hub.queryAs(coordinator, DeclinePackageMeetingDocument, { input: { bookingId: id, reason: 'Nej' } }),
      cancel: (id) => hub.queryAs(coordinator, CancelPackageMeetingDocument, { input: { bookingId: id, reason: 'Nej' } }),
      markHeld: (id) => hub.queryAs(coordinator, MarkPackageMeetingHeldDocument, { input: { bookingId: id } }),
    };
    const arrange: Record<
      'DECLINED' | 'CANCELLED' | 'HELD' | 'CONFIRMED' | 'REQUESTED',
      () => Promise<{ id: string; proposedSlots: { startsAt: string }[] }>
    > = {
      REQUESTED: () => requested(),
      CONFIRMED: () => confirmed(),
      HELD: () => held(),
      DECLINED: async () => {
        const b = await requested();
        await hub.queryAs(coordinator, DeclinePackageMeetingDocument, { input: { bookingId: b.id, reason: 'Nej tak' } });
        return b;
      },
      CANCELLED: async () => {
        const b = await requested();
        await hub.queryAs(municipality, CancelPackageMeetingDocument, { input: { bookingId: b.id, reason: 'Aflyst' } });
        return b;
      },
    };
    const cases: [BookingStatus, BookingAction][] = [];
    for (const status of Object.keys(arrange) as BookingStatus[]) {
      for (const action of Object.keys(steps) as BookingAction[]) {
        // A repeat of the step that led here is an idempotent retry, tested above.
        const isRetry = TRANSITIONS[action].to === status;
        if (!TRANSITIONS[action].from.includes(status) && !isRetry) cases.push([status, action]);
      }
    }
    it.each(cases)('from %s: %s', async (status, action) => {
      const booking = await arrange[status as keyof typeof arrange]();
      const response = await steps[action](booking.id, booking.proposedSlots[1]?.startsAt ?? booking.proposedSlots[0]!.startsAt);
      expect(errorCodes(response)).toEqual(['INVALID_TRANSITION']);
      expect(await statusOf(booking.id)).toBe(status);
    });
  });

  it.each([
    ['a plain member', () => member, 'FORBIDDEN'],
    ['another municipality', () => otherMunicipality, 'NOT_FOUND'],
    ['KiAP', () => KIAP, 'FORBIDDEN'],
  ])('answering for the cluster is refused for %s', async (_, viewer, code) => {
    const booking = await requested();
    const response = await hub.queryAs(viewer(), AcceptPackageMeetingDocument, {
      input: { bookingId: booking.id, slotStartsAt: booking.proposedSlots[0]!.startsAt },
    });
    expect(errorCodes(response)).toEqual([code]);
    expect(await statusOf(booking.id)).toBe('REQUESTED');
  });
});

describe('follow-up meetings', () => {
  it('link to a held meeting of the same cluster and package', async () => {
    const first = await held();
    const followUp = await requested({ followUpOf: first.id });
    expect(followUp.followUpOf).toEqual({ id: first.id });
    const details = await hub.queryAs(member, BookingDetailsDocument, { id: first.id });
    expect(details.data!.packageBooking!.followUps).toEqual([{ id: followUp.id }]);
  });

  it('are refused for a meeting that was not held, or of another package', async () => {
    const notHeld = await confirmed();
    const a = await hub.queryAs(municipality, RequestPackageMeetingDocument, {
      input: meetingRequest(cluster.id, { followUpOf: notHeld.id }),
    });
    expect(errorCodes(a)).toEqual(['BAD_USER_INPUT']);
    const wasHeld = await held();
    const b = await hub.queryAs(municipality, RequestPackageMeetingDocument, {
      input: meetingRequest(cluster.id, { followUpOf: wasHeld.id, package: 'ACUTE_FUNCTIONS' }),
    });
    expect(errorCodes(b)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('who sees a booking', () => {
  it('its municipality, the cluster’s members and KiAP; nobody else', async () => {
    const booking = await requested();
    for (const viewer of [municipality, coordinator, member, KIAP]) {
      expect((await hub.queryAs(viewer, BookingDetailsDocument, { id: booking.id })).data!.packageBooking?.id).toBe(booking.id);
    }
    const outsiders: Viewer[] = [
      otherMunicipality,
      { kind: 'region', subject: 'r', regionCode: cluster.regionCode },
      { kind: 'external', subject: 'e', partyId: '00000000-0000-4000-8000-000000000001' },
      {
        kind: 'cluster',
        subject: 'o',
        clusterId: '00000000-0000-4000-8000-000000000002',
        clusterRole: 'coordinator',
        regionCode: cluster.regionCode,
      },
    ];
    for (const viewer of outsiders)
      expect((await hub.queryAs(viewer, BookingDetailsDocument, { id: booking.id })).data!.packageBooking).toBeNull();
  });

  it('in lists: the cluster sees all its bookings, a municipality only its own, others are refused', async () => {
    const booking = await requested();
    const asMember = await hub.queryAs(member, ClusterBookingsDocument, { id: cluster.id });
    expect(asMember.data!.cluster!.packageBookings!.map((b) => b.id)).toContain(booking.id);
    const asOtherMunicipality = await hub.queryAs(otherMunicipality, ClusterBookingsDocument, { id: cluster.id });
    expect(asOtherMunicipality.data!.cluster!.packageBookings!.every((b) => b.municipality.code === '101')).toBe(true);
    expect(asOtherMunicipality.data!.cluster!.packageBookings!.map((b) => b.id)).not.toContain(booking.id);
    // Paging on from the booking: the cluster may, another municipality may not (it is not in that list).
    const pageOn = 'query ($id: ID!, $after: ID) { cluster(id: $id) { packageBookings(after: $after) { id } } }';
    expect((await hub.queryAs(member, pageOn, { id: cluster.id, after: booking.id })).errors).toBeUndefined();
    expect(errorCodes(await hub.queryAs(otherMunicipality, pageOn, { id: cluster.id, after: booking.id }))).toEqual(['BAD_USER_INPUT']);
    const asRegion = await hub.queryAs({ kind: 'region', subject: 'r', regionCode: cluster.regionCode }, ClusterBookingsDocument, {
      id: cluster.id,
    });
    expect(errorCodes(asRegion)).toEqual(['FORBIDDEN']);
    expect(
      (await hub.queryAs(municipality, MunicipalityBookingsDocument, { code: '751' })).data!.municipality!.packageBookings!.map(
        (b) => b.id,
      ),
    ).toContain(booking.id);
    expect(errorCodes(await hub.queryAs(otherMunicipality, MunicipalityBookingsDocument, { code: '751' }))).toEqual(['FORBIDDEN']);
  });
});
