import { usedGatewayProofsTable } from '../../platform/proof-replay.js';
import { BOUNDS, dateCheck, spanCheck, textCheck } from '../../platform/domain-bounds.js';
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/**
 * Owned by the municipalities subgraph: Denmark's regions and municipalities, which
 * municipalities each cluster covers, and (later tables) the municipalities' offers,
 * package-meeting bookings and referral counts.
 */
export const municipalitiesSchema = pgSchema('municipalities');

export const regions = municipalitiesSchema.table('regions', {
  /** Official region code, 1081–1085. */
  code: text().primaryKey(),
  name: text().notNull(),
});

export const municipalities = municipalitiesSchema.table(
  'municipalities',
  {
    /** Official three-digit municipality code, e.g. 101 for København. */
    code: text().primaryKey(),
    name: text().notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
  },
  (t) => [index('municipalities_region_code_idx').on(t.regionCode)],
);

/**
 * Which municipalities a cluster covers. Cluster ids are the clusters subgraph's keys
 * (no foreign key crosses schemas). Kept here because the municipal workflows (booking a
 * package meeting, supplying referral counts) must check coverage inside their own
 * transaction.
 */
export const clusterCoverage = municipalitiesSchema.table(
  'cluster_coverage',
  {
    clusterId: uuid('cluster_id').notNull(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
  },
  (t) => [
    primaryKey({ columns: [t.clusterId, t.municipalityCode] }),
    index('cluster_coverage_municipality_code_idx').on(t.municipalityCode),
  ],
);

export const offerKind = municipalitiesSchema.enum('offer_kind', ['ACUTE_FUNCTION', 'PREVENTION_AND_REHABILITATION']);

/** A municipality's offer that GPs refer patients to. Retired offers are kept for their referral history. */
export const municipalOffers = municipalitiesSchema.table(
  'municipal_offers',
  {
    id: uuid().primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    kind: offerKind().notNull(),
    name: text().notNull(),
    description: text().notNull(),
    targetGroup: text('target_group').notNull(),
    referralProcedure: text('referral_procedure').notNull(),
    /** A functional mailbox or switchboard, never a person's own details. */
    contactEmail: text('contact_email').notNull(),
    contactPhone: text('contact_phone'),
    /** The creating municipality's key, when it sent one: a retried create finds the offer it made. */
    idempotencyKey: text('idempotency_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [
    index('municipal_offers_municipality_code_idx').on(t.municipalityCode),
    uniqueIndex('municipal_offers_idempotency_key_idx').on(t.municipalityCode, t.idempotencyKey),
    textCheck('municipal_offers_idempotency_key_bounded', t.idempotencyKey, 200),
    textCheck('municipal_offers_name_bounded', t.name, 200, { required: true }),
    textCheck('municipal_offers_description_bounded', t.description, 4000, { required: true }),
    textCheck('municipal_offers_target_group_bounded', t.targetGroup, 1000, { required: true }),
    textCheck('municipal_offers_referral_procedure_bounded', t.referralProcedure, 2000, { required: true }),
  ],
);

export const municipalPackage = municipalitiesSchema.enum('municipal_package', ['ACUTE_FUNCTIONS', 'PREVENTION_AND_REHABILITATION']);
export const bookingStatus = municipalitiesSchema.enum('booking_status', ['REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED', 'HELD']);
export const bookingParty = municipalitiesSchema.enum('booking_party', ['MUNICIPALITY', 'CLUSTER']);

export interface Talk {
  title: string;
  minutes: number;
}

/**
 * A municipality's request for a package meeting with a cluster, and its life after.
 * Postgres itself refuses two confirmed (or held) bookings of one cluster that overlap
 * (an exclusion constraint added in migration 0003).
 */
export const packageBookings = municipalitiesSchema.table(
  'package_bookings',
  {
    id: uuid().primaryKey().defaultRandom(),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    clusterId: uuid('cluster_id').notNull(),
    package: municipalPackage().notNull(),
    status: bookingStatus().notNull().default('REQUESTED'),
    /** The requester's retry key: the same key from the same municipality is the same request. */
    idempotencyKey: text('idempotency_key').notNull(),
    presenterName: text('presenter_name').notNull(),
    presenterJobTitle: text('presenter_job_title').notNull(),
    talks: jsonb().$type<Talk[]>().notNull(),
    preMeetingStartsAt: timestamp('pre_meeting_starts_at', { withTimezone: true }).notNull(),
    preMeetingEndsAt: timestamp('pre_meeting_ends_at', { withTimezone: true }).notNull(),
    confirmedStartsAt: timestamp('confirmed_starts_at', { withTimezone: true }),
    confirmedEndsAt: timestamp('confirmed_ends_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
    cancelledBy: bookingParty('cancelled_by'),
    cancelReason: text('cancel_reason'),
    followUpOf: uuid('follow_up_of'),
    /** The cluster's package order (clusters subgraph) this meeting is booked for; checked against the order when read. */
    orderId: uuid('order_id'),
    requestedBy: text('requested_by').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('package_bookings_idempotency_key_idx').on(t.municipalityCode, t.idempotencyKey),
    index('package_bookings_cluster_id_idx').on(t.clusterId),
    index('package_bookings_municipality_code_idx').on(t.municipalityCode),
    // One live meeting per order: a declined or cancelled one may be booked again. Keyed with the
    // cluster and municipality, so a booking naming another cluster's order blocks nothing.
    uniqueIndex('package_bookings_one_live_per_order')
      .on(t.orderId, t.clusterId, t.municipalityCode)
      .where(sql`${t.orderId} is not null and ${t.status} in ('REQUESTED', 'CONFIRMED', 'HELD')`),
    foreignKey({ columns: [t.followUpOf], foreignColumns: [t.id] }),
    check('package_bookings_confirmed_slot_complete', sql`(${t.confirmedStartsAt} is null) = (${t.confirmedEndsAt} is null)`),
    check('package_bookings_confirmed_when_confirmed', sql`${t.status} not in ('CONFIRMED', 'HELD') or ${t.confirmedStartsAt} is not null`),
    spanCheck('package_bookings_pre_meeting_at_most_a_working_day', t.preMeetingStartsAt, t.preMeetingEndsAt, BOUNDS.maxSlotHours),
    dateCheck('package_bookings_pre_meeting_in_range', t.preMeetingStartsAt),
    textCheck('package_bookings_idempotency_key_bounded', t.idempotencyKey, 200, { required: true }),
    textCheck('package_bookings_presenter_name_bounded', t.presenterName, 200, { required: true }),
    textCheck('package_bookings_presenter_job_title_bounded', t.presenterJobTitle, 200, { required: true }),
    textCheck('package_bookings_decline_reason_bounded', t.declineReason, 1000),
    textCheck('package_bookings_cancel_reason_bounded', t.cancelReason, 1000),
  ],
);

/** The one to three time slots a municipality proposes. */
export const bookingSlots = municipalitiesSchema.table(
  'booking_slots',
  {
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => packageBookings.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.bookingId, t.position] }),
    check('booking_slots_ordered', sql`${t.endsAt} > ${t.startsAt}`),
    spanCheck('booking_slots_at_most_a_working_day', t.startsAt, t.endsAt, BOUNDS.maxSlotHours),
    dateCheck('booking_slots_in_range', t.startsAt),
  ],
);

/** Every change of a booking's state: who, when, from, to, why. Append-only. */
export const bookingEvents = municipalitiesSchema.table(
  'booking_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => packageBookings.id),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actor: text().notNull(),
    fromStatus: bookingStatus('from_status'),
    toStatus: bookingStatus('to_status').notNull(),
    note: text(),
  },
  (t) => [index('booking_events_booking_id_idx').on(t.bookingId, t.at)],
);

/** Referrals from a cluster's doctors to one offer in one calendar month (`month` is its first day). */
export const referralCounts = municipalitiesSchema.table(
  'referral_counts',
  {
    offerId: uuid('offer_id')
      .notNull()
      .references(() => municipalOffers.id),
    clusterId: uuid('cluster_id').notNull(),
    month: date().notNull(),
    referrals: integer().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text('updated_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.offerId, t.clusterId, t.month] }),
    index('referral_counts_cluster_id_idx').on(t.clusterId, t.month),
    check('referral_counts_non_negative', sql`${t.referrals} >= 0`),
    check('referral_counts_first_of_month', sql`extract(day from ${t.month}) = 1`),
    check('referral_counts_at_most_max', sql`${t.referrals} <= ${sql.raw(String(BOUNDS.maxReferrals))}`),
    dateCheck('referral_counts_month_in_range', t.month, `${BOUNDS.firstMonth}-01`),
  ],
);

/** The values a corrected figure replaced. Append-only. */
export const referralCountRevisions = municipalitiesSchema.table(
  'referral_count_revisions',
  {
    id: uuid().primaryKey().defaultRandom(),
    offerId: uuid('offer_id').notNull(),
    clusterId: uuid('cluster_id').notNull(),
    month: date().notNull(),
    referrals: integer().notNull(),
    recordedBy: text('recorded_by').notNull(),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
    replacedBy: text('replaced_by').notNull(),
  },
  (t) => [
    index('referral_count_revisions_key_idx').on(t.offerId, t.clusterId, t.month),
    dateCheck('referral_count_revisions_month_in_range', t.month, `${BOUNDS.firstMonth}-01`),
  ],
);

/** Mutation proofs already used (proof-replay.ts). */
export const usedGatewayProofs = usedGatewayProofsTable(municipalitiesSchema);
