import { index, pgSchema, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Inquiries from external parties and KiAP's triage of them. */
export const inquiriesSchema = pgSchema('inquiries');

export const partyKind = inquiriesSchema.enum('party_kind', [
  'RESEARCH_INSTITUTION',
  'PATIENT_ASSOCIATION',
  'PHARMACEUTICAL_COMPANY',
  'OTHER',
]);
export const inquiryStatus = inquiriesSchema.enum('inquiry_status', ['RECEIVED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECIDED']);
export const inquiryReach = inquiriesSchema.enum('inquiry_reach', ['ALL_CLUSTERS', 'REGION', 'MUNICIPALITIES']);

export const externalParties = inquiriesSchema.table('external_parties', {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull().unique(),
  kind: partyKind().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const inquiries = inquiriesSchema.table(
  'inquiries',
  {
    id: uuid().primaryKey().defaultRandom(),
    partyId: uuid('party_id')
      .notNull()
      .references(() => externalParties.id),
    title: text().notNull(),
    purpose: text().notNull(),
    description: text().notNull(),
    reach: inquiryReach().notNull(),
    /** Set when the reach is one region. */
    reachRegionCode: text('reach_region_code'),
    /** Set when the reach is named municipalities. */
    reachMunicipalityCodes: text('reach_municipality_codes').array().notNull().default([]),
    status: inquiryStatus().notNull().default('RECEIVED'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inquiries_party_id_idx').on(t.partyId), index('inquiries_status_idx').on(t.status)],
);
