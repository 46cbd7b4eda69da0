import type { Transaction } from '../../platform/database.js';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { conflict, invalidTransition, visibleOrNotFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { InputProblems, postgresCode } from '../../platform/validation.js';
import { actorLabel, type Viewer } from '../../platform/viewer.js';
import { canSeeClusterWork, requireCanceller, requireClusterOfficer, requireMunicipality } from './access.js';
import { nextStatus, type BookingAction } from './booking-states.js';
import { bookingWrites as store } from './booking-store.js';
import type { BookingRow } from './store.js';

export type { BookingRow };
type Db = PostgresJsDatabase;
type Tx = Transaction;

const PACKAGE_MEETING_MINUTES = 150;
const PRE_MEETING_MINUTES = 60;
const MINUTE = 60_000;

/** What a step changes on the locked booking, or 'unchanged' for a repeated step. */
type ApplyStep = (booking: BookingRow, tx: Tx) => Promise<{ changes: Partial<BookingRow>; note?: string | null } | 'unchanged'>;

export interface SlotInput {
  startsAt: Date;
  endsAt?: Date | null;
}

export interface RequestInput {
  idempotencyKey: string;
  clusterId: string;
  package: 'ACUTE_FUNCTIONS' | 'PREVENTION_AND_REHABILITATION';
  proposedSlots: SlotInput[];
  presenter: { name: string; jobTitle: string };
  talks: { title: string; minutes: number }[];
  preMeeting: SlotInput;
  followUpOf?: string | null;
  /** The cluster's package order this meeting is booked for. */
  orderId?: string | null;
}

function slot(input: SlotInput, defaultMinutes: number): { startsAt: Date; endsAt: Date } {
  return { startsAt: input.startsAt, endsAt: input.endsAt ?? new Date(input.startsAt.getTime() + defaultMinutes * MINUTE) };
}

/**
 * The package-booking workflow. Each step runs in one transaction with the booking row
 * locked, so concurrent steps on one booking queue up; overlapping confirmations across
 * bookings are refused by the exclusion constraint.
 */
export function createBookingWorkflow(db: Db, clock: () => Date = () => new Date()) {
  async function lockBooking(tx: Tx, viewer: Viewer, bookingId: string): Promise<BookingRow> {
    // A booking the caller may not see is reported as missing, not as forbidden.
    return visibleOrNotFound(await store.lockBooking(tx, bookingId), `Booking ${bookingId} does not exist`, (booking) =>
      canSeeClusterWork(viewer, booking),
    );
  }

  async function step(viewer: Viewer, bookingId: string, action: BookingAction, apply: ApplyStep): Promise<BookingRow> {
    // Two acceptances racing for overlapping slots can deadlock inside the exclusion
    // constraint's check; Postgres aborts one, and its retry then meets the committed winner.
    for (let attempt = 1; ; attempt++) {
      try {
        return await attemptStep(viewer, bookingId, action, apply);
      } catch (error) {
        if (postgresCode(error) === '40P01' && attempt < 3) continue;
        if (postgresCode(error) === '23P01') throw conflict('The cluster already has a confirmed meeting at that time');
        if (postgresCode(error) === '23505') throw conflict('The order has a meeting booked already');
        throw error;
      }
    }
  }

  function attemptStep(viewer: Viewer, bookingId: string, action: BookingAction, apply: ApplyStep): Promise<BookingRow> {
    return db.transaction(async (tx) => {
      const booking = await lockBooking(tx, viewer, bookingId);
      const outcome = await apply(booking, tx);
      if (outcome === 'unchanged') return booking;
      const to = nextStatus(booking.status, action);
      const updated = await store.updateBooking(tx, booking.id, { ...outcome.changes, status: to, updatedAt: clock() });
      await store.recordEvent(tx, booking.id, actorLabel(viewer), booking.status, to, outcome.note);
      return updated;
    });
  }

  return {
    async request(viewer: Viewer, input: RequestInput): Promise<BookingRow> {
      const municipality = requireMunicipality(viewer);
      const now = clock();
      const problems = new InputProblems();
      problems.text('idempotencyKey', input.idempotencyKey, { max: 200 });
      if (!isUuid(input.clusterId)) problems.add('clusterId', 'is not a cluster id');
      const slots = input.proposedSlots.map((s) => slot(s, PACKAGE_MEETING_MINUTES));
      if (slots.length < 1 || slots.length > 3) problems.add('proposedSlots', 'must hold one to three slots');
      slots.forEach((s, i) => {
        if (s.startsAt <= now) problems.add(`proposedSlots[${i}].startsAt`, 'must be in the future');
        problems.slot(`proposedSlots[${i}]`, s, now);
      });
      if (new Set(slots.map((s) => s.startsAt.getTime())).size !== slots.length) problems.add('proposedSlots', 'must not repeat a start');
      problems.text('presenter.name', input.presenter.name, { max: 200 });
      problems.text('presenter.jobTitle', input.presenter.jobTitle, { max: 200 });
      if (input.talks.length < 1 || input.talks.length > 2) problems.add('talks', 'must hold one or two talks');
      input.talks.forEach((talk, i) => {
        problems.text(`talks[${i}].title`, talk.title, { max: 200 });
        if (!Number.isInteger(talk.minutes) || talk.minutes < 1 || talk.minutes > 60)
          problems.add(`talks[${i}].minutes`, 'must be 1 to 60');
      });
      const pre = slot(input.preMeeting, PRE_MEETING_MINUTES);
      if (pre.startsAt <= now) problems.add('preMeeting.startsAt', 'must be in the future');
      problems.slot('preMeeting', pre, now);
      const firstSlot = Math.min(...slots.map((s) => s.startsAt.getTime()));
      if (pre.endsAt.getTime() > firstSlot) problems.add('preMeeting', 'must end before the first proposed slot');
      if (input.followUpOf != null && !isUuid(input.followUpOf)) problems.add('followUpOf', 'is not a booking id');
      if (input.orderId != null && !isUuid(input.orderId)) problems.add('orderId', 'is not an order id');
      problems.throwIfAny('The meeting request is not valid');

      return db.transaction(async (tx) => {
        const sameRequest = () => store.bookingByKey(tx, municipality.municipalityCode, input.idempotencyKey);
        const existing = await sameRequest();
        if (existing) return existing;

        const later = new InputProblems();
        if (!(await store.covers(tx, input.clusterId, municipality.municipalityCode)))
          later.add('clusterId', `is not a cluster covering municipality ${municipality.municipalityCode}`);
        if (input.followUpOf != null) {
          const earlier = await store.bookingById(tx, input.followUpOf);
          if (!earlier || earlier.municipalityCode !== municipality.municipalityCode) later.add('followUpOf', 'is not a booking of yours');
          else if (earlier.clusterId !== input.clusterId || earlier.package !== input.package)
            later.add('followUpOf', 'must be a booking of the same cluster and package');
          else if (earlier.status !== 'HELD') later.add('followUpOf', 'must be a meeting that was held');
        }
        if (
          input.orderId != null &&
          (await store.liveBookingFor(tx, input.orderId, { clusterId: input.clusterId, municipalityCode: municipality.municipalityCode }))
        )
          later.add('orderId', 'has a meeting booked already');
        later.throwIfAny('The meeting request is not valid');

        const created = await store.insertBooking(
          tx,
          {
            municipalityCode: municipality.municipalityCode,
            clusterId: input.clusterId,
            package: input.package,
            idempotencyKey: input.idempotencyKey,
            presenterName: input.presenter.name.trim(),
            presenterJobTitle: input.presenter.jobTitle.trim(),
            talks: input.talks.map((t) => ({ title: t.title.trim(), minutes: t.minutes })),
            preMeetingStartsAt: pre.startsAt,
            preMeetingEndsAt: pre.endsAt,
            followUpOf: input.followUpOf ?? null,
            orderId: input.orderId ?? null,
            requestedBy: actorLabel(municipality),
            requestedAt: now,
          },
          slots,
        );
        // A retry racing its original: the unique key made the original the booking.
        if (!created) return (await sameRequest())!;
        await store.recordEvent(tx, created.id, actorLabel(municipality), null, 'REQUESTED');
        return created;
      });
    },

    /** Accepting a meeting the municipality proposed on its own can tie it to the cluster's order of the package. */
    accept: (viewer: Viewer, bookingId: string, slotStartsAt: Date, orderId?: string | null) =>
      step(viewer, bookingId, 'accept', async (booking, tx) => {
        requireClusterOfficer(viewer, 'answer for the cluster', booking.clusterId);
        const problems = new InputProblems();
        if (orderId != null && !isUuid(orderId)) problems.add('orderId', 'is not an order id');
        else if (orderId != null && booking.orderId !== null && booking.orderId !== orderId)
          problems.add('orderId', 'is not the order the meeting belongs to');
        else if (orderId != null && booking.orderId === null && (await store.liveBookingFor(tx, orderId, booking)))
          problems.add('orderId', 'has a meeting booked already');
        problems.throwIfAny('The slot cannot be accepted');
        const linkOrder = orderId != null && booking.orderId === null ? { orderId } : {};
        if (booking.status === 'CONFIRMED' && booking.confirmedStartsAt?.getTime() === slotStartsAt.getTime()) return 'unchanged';
        const slots = await store.slotsOf(tx, booking.id);
        const chosen = slots.find((s) => s.startsAt.getTime() === slotStartsAt.getTime());
        if (booking.status === 'REQUESTED' && !chosen) problems.add('slotStartsAt', 'is not one of the proposed slots');
        else if (booking.status === 'REQUESTED' && chosen!.startsAt <= clock()) problems.add('slotStartsAt', 'has already begun');
        problems.throwIfAny('The slot cannot be accepted');
        return { changes: { confirmedStartsAt: chosen?.startsAt ?? null, confirmedEndsAt: chosen?.endsAt ?? null, ...linkOrder } };
      }),

    decline: (viewer: Viewer, bookingId: string, reason: string) =>
      step(viewer, bookingId, 'decline', async (booking) => {
        requireClusterOfficer(viewer, 'answer for the cluster', booking.clusterId);
        if (booking.status === 'DECLINED') return 'unchanged';
        const problems = new InputProblems();
        problems.text('reason', reason, { max: 1000 });
        problems.throwIfAny('The booking cannot be declined');
        return { changes: { declineReason: reason.trim() }, note: reason.trim() };
      }),

    cancel: (viewer: Viewer, bookingId: string, reason: string) =>
      step(viewer, bookingId, 'cancel', async (booking) => {
        const by = requireCanceller(viewer, booking);
        if (booking.status === 'CANCELLED') return 'unchanged';
        const problems = new InputProblems();
        problems.text('reason', reason, { max: 1000 });
        problems.throwIfAny('The booking cannot be cancelled');
        if (booking.status === 'CONFIRMED' && booking.confirmedStartsAt! <= clock()) {
          throw invalidTransition('The meeting has already begun; it can no longer be cancelled', {
            status: booking.status,
            action: 'cancel',
          });
        }
        return { changes: { cancelledBy: by, cancelReason: reason.trim() }, note: reason.trim() };
      }),

    markHeld: (viewer: Viewer, bookingId: string) =>
      step(viewer, bookingId, 'markHeld', async (booking) => {
        requireClusterOfficer(viewer, 'answer for the cluster', booking.clusterId);
        if (booking.status === 'HELD') return 'unchanged';
        if (booking.status === 'CONFIRMED' && booking.confirmedStartsAt! > clock()) {
          throw invalidTransition('The meeting has not begun yet', { status: booking.status, action: 'markHeld' });
        }
        return { changes: {} };
      }),
  };
}

export type BookingWorkflow = ReturnType<typeof createBookingWorkflow>;
