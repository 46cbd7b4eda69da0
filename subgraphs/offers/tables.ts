import { usedGatewayProofsTable } from '../../platform/proof-replay.js';
import { dateCheck, textCheck } from '../../platform/domain-bounds.js';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, jsonb, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Offers the five regional quality units make to the clusters of their region. */
export const offersSchema = pgSchema('offers');

export const offerKind = offersSchema.enum('offer_kind', [
  'DATA_EXTRACT',
  'MEETING_FACILITATION',
  'REGIONAL_CLUSTER_PACKAGE',
  'PRACTICE_FOLLOW_UP_VISIT',
  'COURSE_OR_THEME_DAY',
  'OTHER',
]);
export const offerStatus = offersSchema.enum('offer_status', ['DRAFT', 'PUBLISHED', 'ARCHIVED']);
export const offerAudience = offersSchema.enum('offer_audience', ['ALL_CLUSTERS_IN_REGION', 'NAMED_CLUSTERS']);

export const regionalOffers = offersSchema.table(
  'regional_offers',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Region code as the municipalities subgraph knows it; no foreign key crosses schemas. */
    regionCode: text('region_code').notNull(),
    kind: offerKind().notNull(),
    status: offerStatus().notNull().default('DRAFT'),
    title: text().notNull(),
    description: text().notNull(),
    validFrom: date('valid_from').notNull(),
    validUntil: date('valid_until'),
    capacity: integer(),
    /** The unit's functional mailbox, never a person's own address. */
    contactEmail: text('contact_email').notNull(),
    audience: offerAudience().notNull().default('ALL_CLUSTERS_IN_REGION'),
    /** 1, and one more with each edit; earlier versions of a published offer are in regional_offer_versions. */
    version: integer().notNull().default(1),
    /** The creating unit's key, when it sent one: a retried create finds the offer it made. */
    idempotencyKey: text('idempotency_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedBy: text('updated_by').notNull().default('seed'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (t) => [
    index('regional_offers_region_code_status_idx').on(t.regionCode, t.status),
    uniqueIndex('regional_offers_idempotency_key_idx').on(t.regionCode, t.idempotencyKey),
    textCheck('regional_offers_idempotency_key_bounded', t.idempotencyKey, 200),
    check('regional_offers_period_ordered', sql`${t.validUntil} is null or ${t.validUntil} >= ${t.validFrom}`),
    check('regional_offers_capacity_positive', sql`${t.capacity} is null or ${t.capacity} > 0`),
    textCheck('regional_offers_title_bounded', t.title, 200, { required: true }),
    textCheck('regional_offers_description_bounded', t.description, 4000, { required: true }),
    dateCheck('regional_offers_valid_from_in_range', t.validFrom),
    dateCheck('regional_offers_valid_until_in_range', t.validUntil),
  ],
);

/** The clusters an offer is for, when its audience is NAMED_CLUSTERS (ids of the clusters subgraph). */
export const offerAudienceClusters = offersSchema.table(
  'offer_audience_clusters',
  {
    offerId: uuid('offer_id')
      .notNull()
      .references(() => regionalOffers.id, { onDelete: 'cascade' }),
    clusterId: uuid('cluster_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.clusterId] }), index('offer_audience_clusters_cluster_id_idx').on(t.clusterId)],
);

/** How a published offer read before each edit. Append-only. */
export const regionalOfferVersions = offersSchema.table(
  'regional_offer_versions',
  {
    offerId: uuid('offer_id')
      .notNull()
      .references(() => regionalOffers.id),
    version: integer().notNull(),
    snapshot: jsonb().$type<OfferSnapshot>().notNull(),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
    replacedBy: text('replaced_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.offerId, t.version] })],
);

export interface OfferSnapshot {
  title: string;
  description: string;
  audience: 'ALL_CLUSTERS_IN_REGION' | 'NAMED_CLUSTERS';
  namedClusterIds: string[];
  validFrom: string;
  validUntil: string | null;
  capacity: number | null;
  contactEmail: string;
}

export const offerRequestStatus = offersSchema.enum('offer_request_status', ['REQUESTED', 'ACCEPTED', 'DECLINED']);

/** A cluster's request to use an offer, and the unit's answer. A declined request frees its place. */
export const offerRequests = offersSchema.table(
  'offer_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => regionalOffers.id),
    clusterId: uuid('cluster_id').notNull(),
    /** The cluster's package order (clusters subgraph) the offer is asked for, e.g. facilitation of its follow-up meeting. */
    packageOrderId: uuid('package_order_id'),
    status: offerRequestStatus().notNull().default('REQUESTED'),
    message: text().notNull(),
    requestedBy: text('requested_by').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    reply: text(),
    answeredBy: text('answered_by'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [
    index('offer_requests_offer_id_idx').on(t.offerId),
    index('offer_requests_cluster_id_idx').on(t.clusterId),
    index('offer_requests_package_order_id_idx').on(t.packageOrderId),
    textCheck('offer_requests_message_bounded', t.message, 2000, { required: true }),
    textCheck('offer_requests_reply_bounded', t.reply, 2000),
  ],
);

/** Mutation proofs already used (proof-replay.ts). */
export const usedGatewayProofs = usedGatewayProofsTable(offersSchema);
