import { usedGatewayProofsTable } from '../../platform/proof-replay.js';
import { dateCheck, textCheck } from '../../platform/domain-bounds.js';
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgSchema, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * Inquiries from external parties and their triage by KiAP and the regional units.
 * Enum values are stored exactly as the GraphQL enums spell them, so no layer translates.
 */
export const inquiriesSchema = pgSchema('inquiries');

export const partyKind = inquiriesSchema.enum('party_kind', [
  'RESEARCH_INSTITUTION',
  'PATIENT_ASSOCIATION',
  'PHARMACEUTICAL_COMPANY',
  'OTHER',
]);
export const inquiryStatus = inquiriesSchema.enum('inquiry_status', ['RECEIVED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECIDED']);
export const inquiryReach = inquiriesSchema.enum('inquiry_reach', ['ALL_CLUSTERS', 'REGION', 'MUNICIPALITIES']);
export const inquiryAsk = inquiriesSchema.enum('inquiry_ask', [
  'PRACTICE_RECRUITMENT',
  'MATERIAL_TESTING',
  'MEETING_PRESENTATION',
  'QUESTIONNAIRE',
  'OTHER',
]);
export const inquirySource = inquiriesSchema.enum('inquiry_source', ['PARTY', 'CLUSTER_FORWARD']);
export const inquiryDestination = inquiriesSchema.enum('inquiry_destination', ['KIAP', 'REGIONAL_UNIT']);
export const relevance = inquiriesSchema.enum('relevance', ['NOT_RELEVANT', 'SLIGHTLY_RELEVANT', 'RELEVANT', 'HIGHLY_RELEVANT']);
export const dataSuitability = inquiriesSchema.enum('data_suitability', ['YES', 'PARTLY', 'NO']);
export const commercialInterest = inquiriesSchema.enum('commercial_interest', ['NONE', 'INDIRECT', 'DIRECT']);
export const inquiryDecision = inquiriesSchema.enum('inquiry_decision', ['NEWSLETTER', 'FORWARD_TO_CLUSTERS', 'DECLINE']);
export const inquiryAction = inquiriesSchema.enum('inquiry_action', [
  'SUBMITTED',
  'FORWARDED_BY_CLUSTER',
  'REVIEW_STARTED',
  'INFORMATION_REQUESTED',
  'INFORMATION_PROVIDED',
  'ASSESSED',
  'DECIDED',
  'CLUSTER_ANSWERED',
  'INCLUDED_IN_NEWSLETTER',
]);
export const clusterAnswer = inquiriesSchema.enum('cluster_answer', ['INTERESTED', 'NOT_INTERESTED']);

/**
 * An organisation that asks. A registered one logs in (its id is a token's party claim);
 * one named by a cluster that forwards an inquiry it received directly gets a record of its
 * own, tied to that cluster, so a forwarder who types a registered organisation's name
 * attaches nothing to that organisation's account.
 */
export const externalParties = inquiriesSchema.table(
  'external_parties',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    kind: partyKind().notNull(),
    /** Set for a party a cluster named when forwarding; null for a registered organisation. */
    namedByClusterId: uuid('named_by_cluster_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('external_parties_registered_name_key')
      .on(t.name)
      .where(sql`${t.namedByClusterId} is null`),
    uniqueIndex('external_parties_named_by_cluster_key')
      .on(t.namedByClusterId, t.name)
      .where(sql`${t.namedByClusterId} is not null`),
    textCheck('external_parties_name_bounded', t.name, 200, { required: true }),
  ],
);

/** Sent newsletter sections; the next one holds the newsletter decisions not yet in any. */
export const newsletterSections = inquiriesSchema.table('newsletter_sections', {
  id: uuid().primaryKey().defaultRandom(),
  /** 1 for the first section sent, then one more each time. */
  number: integer().notNull().unique(),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  sentBy: text('sent_by').notNull(),
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
    asks: inquiryAsk()
      .array()
      .notNull()
      .default(sql`'{}'`),
    reach: inquiryReach().notNull(),
    /** Set when the reach is one region. */
    reachRegionCode: text('reach_region_code'),
    /** Set when the reach is named municipalities. */
    reachMunicipalityCodes: text('reach_municipality_codes').array().notNull().default([]),
    usesData: boolean('uses_data').notNull().default(false),
    dataDescription: text('data_description'),
    startsOn: date('starts_on'),
    endsOn: date('ends_on'),
    funding: text().notNull().default(''),
    commercialInterest: boolean('commercial_interest').notNull().default(false),
    commercialInterestNote: text('commercial_interest_note'),
    /** Normalised content, so an identical resubmission by the same party is recognised. */
    contentHash: text('content_hash').notNull(),
    source: inquirySource().notNull().default('PARTY'),
    /** With source CLUSTER_FORWARD: the cluster that was contacted directly, where it sent the inquiry, and why. */
    forwardedByClusterId: uuid('forwarded_by_cluster_id'),
    forwardedTo: inquiryDestination('forwarded_to'),
    forwardedToRegionCode: text('forwarded_to_region_code'),
    forwardNote: text('forward_note'),
    status: inquiryStatus().notNull().default('RECEIVED'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
    submittedBy: text('submitted_by').notNull().default('unknown'),
    decision: inquiryDecision(),
    /** With DECLINE: the reason the party sees. */
    decisionReason: text('decision_reason'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decidedBy: text('decided_by'),
    /** The region whose unit decided; null when KiAP decided. Clusters see forwards from KiAP and their own region's unit. */
    decidedByRegionCode: text('decided_by_region_code'),
    newsletterSectionId: uuid('newsletter_section_id').references(() => newsletterSections.id),
  },
  (t) => [
    index('inquiries_party_id_idx').on(t.partyId),
    index('inquiries_status_idx').on(t.status),
    uniqueIndex('inquiries_party_content_unique').on(t.partyId, t.contentHash),
    index('inquiries_pending_newsletter_idx')
      .on(t.decidedAt)
      .where(sql`${t.decision} = 'NEWSLETTER' and ${t.newsletterSectionId} is null`),
    check('inquiries_period_ordered', sql`${t.endsOn} is null or ${t.startsOn} is null or ${t.endsOn} >= ${t.startsOn}`),
    check('inquiries_decided_has_decision', sql`(${t.status} = 'DECIDED') = (${t.decision} is not null)`),
    textCheck('inquiries_title_bounded', t.title, 200, { required: true }),
    textCheck('inquiries_purpose_bounded', t.purpose, 1000, { required: true }),
    textCheck('inquiries_description_bounded', t.description, 8000, { required: true }),
    textCheck('inquiries_funding_bounded', t.funding, 1000),
    textCheck('inquiries_data_description_bounded', t.dataDescription, 2000),
    textCheck('inquiries_commercial_interest_note_bounded', t.commercialInterestNote, 2000),
    textCheck('inquiries_forward_note_bounded', t.forwardNote, 2000),
    textCheck('inquiries_decision_reason_bounded', t.decisionReason, 2000),
    dateCheck('inquiries_starts_on_in_range', t.startsOn),
    dateCheck('inquiries_ends_on_in_range', t.endsOn),
  ],
);

/** KiAP's or a unit's assessment of an inquiry; the internal note is never shown to the party. */
export const inquiryAssessments = inquiriesSchema.table('inquiry_assessments', {
  inquiryId: uuid('inquiry_id')
    .primaryKey()
    .references(() => inquiries.id),
  relevance: relevance().notNull(),
  relevanceReason: text('relevance_reason').notNull(),
  dataSuitability: dataSuitability('data_suitability').notNull(),
  dataSuitabilityNote: text('data_suitability_note'),
  commercialInterest: commercialInterest('commercial_interest').notNull(),
  internalNote: text('internal_note'),
  assessedBy: text('assessed_by').notNull(),
  assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Questions to the party while an inquiry waits for information, and the party's answers. */
export const informationRequests = inquiriesSchema.table(
  'information_requests',
  {
    id: uuid().primaryKey().defaultRandom(),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id),
    question: text().notNull(),
    askedBy: text('asked_by').notNull(),
    askedAt: timestamp('asked_at', { withTimezone: true }).notNull().defaultNow(),
    answer: text(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
  },
  (t) => [index('information_requests_inquiry_idx').on(t.inquiryId, t.askedAt)],
);

/** The clusters an inquiry was forwarded to, and their answers. */
export const inquiryForwards = inquiriesSchema.table(
  'inquiry_forwards',
  {
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id),
    clusterId: uuid('cluster_id').notNull(),
    forwardedAt: timestamp('forwarded_at', { withTimezone: true }).notNull().defaultNow(),
    answer: clusterAnswer(),
    message: text(),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: text('answered_by'),
  },
  (t) => [primaryKey({ columns: [t.inquiryId, t.clusterId] }), index('inquiry_forwards_cluster_idx').on(t.clusterId)],
);

/** Every change to an inquiry: who, when, from, to, note. Append-only (no UPDATE or DELETE). */
export const inquiryEvents = inquiriesSchema.table(
  'inquiry_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id),
    action: inquiryAction().notNull(),
    actor: text().notNull(),
    fromStatus: inquiryStatus('from_status'),
    toStatus: inquiryStatus('to_status').notNull(),
    note: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inquiry_events_inquiry_idx').on(t.inquiryId, t.at)],
);

/** Mutation proofs already used (proof-replay.ts). */
export const usedGatewayProofs = usedGatewayProofsTable(inquiriesSchema);
