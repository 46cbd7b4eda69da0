import { and, asc, eq, inArray } from 'drizzle-orm';
import { lockById, type Transaction as Tx } from '../../platform/database.js';
import type { BookingStatus } from './booking-states.js';
import type { BookingRow, BookingSlotRow } from './store.js';
import { bookingEvents, bookingSlots, clusterCoverage, packageBookings } from './tables.js';

export type NewBooking = typeof packageBookings.$inferInsert;

/** SQL of the booking workflow, each in the caller's transaction. */
export const bookingWrites = {
  lockBooking: (tx: Tx, id: string) => lockById(tx, packageBookings, id),
  bookingById: async (tx: Tx, id: string): Promise<BookingRow | undefined> =>
    (await tx.select().from(packageBookings).where(eq(packageBookings.id, id)))[0],
  /** The booking a municipality made under this idempotency key, if any: a retry finds it. */
  bookingByKey: async (tx: Tx, municipalityCode: string, idempotencyKey: string): Promise<BookingRow | undefined> =>
    (
      await tx
        .select()
        .from(packageBookings)
        .where(and(eq(packageBookings.municipalityCode, municipalityCode), eq(packageBookings.idempotencyKey, idempotencyKey)))
    )[0],
  covers: async (tx: Tx, clusterId: string, municipalityCode: string): Promise<boolean> =>
    (
      await tx
        .select()
        .from(clusterCoverage)
        .where(and(eq(clusterCoverage.clusterId, clusterId), eq(clusterCoverage.municipalityCode, municipalityCode)))
    ).length > 0,
  /** The order's live meeting (requested, confirmed or held) between this cluster and municipality, if it has one. */
  liveBookingFor: async (tx: Tx, orderId: string, of: { clusterId: string; municipalityCode: string }): Promise<BookingRow | undefined> =>
    (
      await tx
        .select()
        .from(packageBookings)
        .where(
          and(
            eq(packageBookings.orderId, orderId),
            eq(packageBookings.clusterId, of.clusterId),
            eq(packageBookings.municipalityCode, of.municipalityCode),
            inArray(packageBookings.status, ['REQUESTED', 'CONFIRMED', 'HELD']),
          ),
        )
    )[0],
  /** A new booking with its slots; undefined when a retry racing its original lost to it (the unique key decides). */
  async insertBooking(tx: Tx, booking: NewBooking, slots: { startsAt: Date; endsAt: Date }[]): Promise<BookingRow | undefined> {
    const [created] = await tx
      .insert(packageBookings)
      .values(booking)
      .onConflictDoNothing({ target: [packageBookings.municipalityCode, packageBookings.idempotencyKey] })
      .returning();
    if (created) await tx.insert(bookingSlots).values(slots.map((s, position) => ({ bookingId: created.id, position, ...s })));
    return created;
  },
  slotsOf: (tx: Tx, bookingId: string): Promise<BookingSlotRow[]> =>
    tx.select().from(bookingSlots).where(eq(bookingSlots.bookingId, bookingId)).orderBy(asc(bookingSlots.position)),
  updateBooking: async (tx: Tx, id: string, set: Partial<NewBooking>): Promise<BookingRow> =>
    (await tx.update(packageBookings).set(set).where(eq(packageBookings.id, id)).returning())[0]!,
  async recordEvent(tx: Tx, bookingId: string, actor: string, from: BookingStatus | null, to: BookingStatus, note?: string | null) {
    await tx.insert(bookingEvents).values({ bookingId, actor, fromStatus: from, toStatus: to, note: note ?? null });
  },
};
