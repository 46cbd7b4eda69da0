import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('regional_offers_region_code_status_idx').on(t.regionCode, t.status),
    check('regional_offers_period_ordered', sql`${t.validUntil} is null or ${t.validUntil} >= ${t.validFrom}`),
    check('regional_offers_capacity_positive', sql`${t.capacity} is null or ${t.capacity} > 0`),
  ],
);
