import { usedGatewayProofsTable } from '../../platform/proof-replay.js';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgSchema,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { textCheck } from '../../platform/domain-bounds.js';

/**
 * Clusters, their members and officers, KiAP's package catalogue and the clusters' meetings.
 * Enum values are stored exactly as the GraphQL enums spell them, so no layer translates.
 */
export const clustersSchema = pgSchema('clusters');

export const officerRole = clustersSchema.enum('officer_role', ['COORDINATOR', 'TREASURER', 'SECRETARY', 'BOARD_MEMBER']);
export const packagePublisher = clustersSchema.enum('package_publisher', ['KIAP', 'REGIONAL_QUALITY_UNIT']);
export const municipalPackage = clustersSchema.enum('municipal_package', ['ACUTE_FUNCTIONS', 'PREVENTION_AND_REHABILITATION']);
export const meetingFormat = clustersSchema.enum('meeting_format', ['IN_PERSON', 'HYBRID', 'ONLINE']);

export const clusters = clustersSchema.table(
  'clusters',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull().unique(),
    /** The region whose quality unit serves the cluster; a cluster lies in one region. */
    regionCode: text('region_code').notNull(),
    foundedOn: date('founded_on').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('clusters_region_code_idx').on(t.regionCode)],
);

/** A member practice, identified by its provider number (ydernummer). */
export const practices = clustersSchema.table(
  'practices',
  {
    providerNumber: text('provider_number').primaryKey(),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    doctorCount: integer('doctor_count').notNull(),
    listedPatients: integer('listed_patients').notNull(),
  },
  (t) => [
    index('practices_cluster_id_idx').on(t.clusterId),
    check('practices_provider_number_format', sql`${t.providerNumber} ~ '^[0-9]{6}$'`),
    check('practices_doctor_count_positive', sql`${t.doctorCount} > 0`),
    check('practices_listed_patients_non_negative', sql`${t.listedPatients} >= 0`),
  ],
);

export const officers = clustersSchema.table(
  'officers',
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    role: officerRole().notNull(),
    name: text().notNull(),
    email: text().notNull(),
    /** E.164, e.g. +4512345678. */
    phone: text().notNull(),
  },
  (t) => [
    index('officers_cluster_id_idx').on(t.clusterId),
    uniqueIndex('officers_one_coordinator_per_cluster')
      .on(t.clusterId)
      .where(sql`${t.role} = 'COORDINATOR'`),
  ],
);

export const packages = clustersSchema.table(
  'packages',
  {
    /** A readable slug, stable across environments, e.g. "kommunale-akutfunktioner". */
    id: text().primaryKey(),
    name: text().notNull(),
    publisher: packagePublisher().notNull(),
    municipalPackage: municipalPackage('municipal_package').unique(),
    description: text().notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    dataSource: text('data_source').notNull(),
    /** The publishing regional unit's region code; null for KiAP's packages. */
    regionCode: text('region_code'),
  },
  (t) => [
    check('packages_duration_positive', sql`${t.durationMinutes} > 0`),
    check('packages_regional_publisher_has_region', sql`(${t.publisher} = 'REGIONAL_QUALITY_UNIT') = (${t.regionCode} is not null)`),
    textCheck('packages_name_bounded', t.name, 200, { required: true }),
    textCheck('packages_description_bounded', t.description, 2000, { required: true }),
    textCheck('packages_data_source_bounded', t.dataSource, 500, { required: true }),
  ],
);

export const meetings = clustersSchema.table(
  'meetings',
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    topic: text().notNull(),
    packageId: text('package_id').references(() => packages.id),
    format: meetingFormat().notNull(),
  },
  (t) => [
    index('meetings_cluster_id_starts_at_idx').on(t.clusterId, t.startsAt),
    check('meetings_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * The cluster's members: the general practitioners of its practices (name, e-mail, the
 * practice they work in). Personal data with the privacy of officers' contacts.
 */
export const members = clustersSchema.table(
  'members',
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    providerNumber: text('provider_number')
      .notNull()
      .references(() => practices.providerNumber),
    name: text().notNull(),
    /** The member's login at the hub's identity provider is this address (README, "The cluster register"). */
    email: text().notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('members_cluster_id_idx').on(t.clusterId),
    uniqueIndex('members_cluster_email_key').on(t.clusterId, sql`lower(${t.email})`),
    textCheck('members_name_bounded', t.name, 200, { required: true }),
    textCheck('members_email_bounded', t.email, 320, { required: true }),
  ],
);

export const handoverStatus = clustersSchema.enum('handover_status', ['OFFERED', 'ACCEPTED', 'CANCELLED']);

/** The coordinator's office passing to a member: offered by the outgoing coordinator (or KiAP), in force when accepted. */
export const coordinatorHandovers = clustersSchema.table(
  'coordinator_handovers',
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    status: handoverStatus().notNull().default('OFFERED'),
    fromName: text('from_name').notNull(),
    toMemberId: uuid('to_member_id').notNull(),
    toName: text('to_name').notNull(),
    /** Who offered it: the outgoing coordinator, or KiAP when the coordinator is gone. */
    offeredBy: text('offered_by').notNull(),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    // One open offer per cluster at a time.
    uniqueIndex('coordinator_handovers_one_open')
      .on(t.clusterId)
      .where(sql`${t.status} = 'OFFERED'`),
  ],
);

/**
 * A cluster's confirmed register for one year (the January update): the practices and
 * members as they stood when confirmed. A confirmation on or before 31 January counts for
 * that year; a later one starts the next year's version.
 */
export const registerVersions = clustersSchema.table(
  'register_versions',
  {
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    year: integer().notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }).notNull().defaultNow(),
    confirmedBy: text('confirmed_by').notNull(),
    practices: jsonb().$type<{ providerNumber: string; name: string; doctorCount: number; listedPatients: number }[]>().notNull(),
    members: jsonb().$type<{ id: string; name: string; providerNumber: string }[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.clusterId, t.year] }), check('register_versions_year_in_range', sql`${t.year} between 2007 and 2099`)],
);

/** Cluster funds per group-1 patient, per year (3.55 DKK in 2024); paid by the region on 1 March. */
export const fundRates = clustersSchema.table(
  'fund_rates',
  {
    year: integer().primaryKey(),
    dkkPerPatient: numeric('dkk_per_patient', { precision: 8, scale: 2 }).notNull(),
  },
  (t) => [check('fund_rates_positive', sql`${t.dkkPerPatient} > 0 and ${t.dkkPerPatient} < 1000`)],
);

/** A practice that left a cluster, and whether the cluster asked its region for a quality visit. */
export const practiceDepartures = clustersSchema.table(
  'practice_departures',
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    regionCode: text('region_code').notNull(),
    providerNumber: text('provider_number').notNull(),
    practiceName: text('practice_name').notNull(),
    qualityVisitRequested: boolean('quality_visit_requested').notNull(),
    note: text(),
    leftAt: timestamp('left_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('practice_departures_region_idx').on(t.regionCode, t.leftAt), textCheck('practice_departures_note_bounded', t.note, 2000)],
);

export const registerAction = clustersSchema.enum('register_action', [
  'PRACTICE_ADDED',
  'PRACTICE_CHANGED',
  'PRACTICE_REMOVED',
  'MEMBER_ADDED',
  'MEMBER_REMOVED',
  'OFFICER_REGISTERED',
  'OFFICER_REMOVED',
  'HANDOVER_OFFERED',
  'HANDOVER_ACCEPTED',
  'HANDOVER_CANCELLED',
  'REGISTER_CONFIRMED',
]);

/** Every change to a cluster's register: who (role, never a login), what and when. Append-only. */
export const registerEvents = clustersSchema.table(
  'register_events',
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actor: text().notNull(),
    action: registerAction().notNull(),
    /** What changed, in words the cluster's members read ("practice 012345 Lægehuset Nord"); never an e-mail address. */
    detail: text().notNull(),
  },
  (t) => [index('register_events_cluster_at_idx').on(t.clusterId, t.at)],
);

export const contactField = clustersSchema.enum('contact_field', ['EMAIL', 'PHONE', 'NAME']);

/**
 * Every read of an officer's contact detail: who read whose, when, through which
 * operation. Append-only: the subgraph's role may insert and select, nothing else, and a
 * trigger refuses updates and deletes from anyone.
 */
export const contactAccessLog = clustersSchema.table(
  'contact_access_log',
  {
    id: uuid().primaryKey().defaultRandom(),
    accessedAt: timestamp('accessed_at', { withTimezone: true }).notNull().defaultNow(),
    readerRole: text('reader_role').notNull(),
    readerSubject: text('reader_subject').notNull(),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id),
    /** Whose detail: an officer's or a member's. */
    officerId: uuid('officer_id'),
    memberId: uuid('member_id'),
    field: contactField().notNull(),
    operationName: text('operation_name'),
  },
  (t) => [
    index('contact_access_log_cluster_id_accessed_at_idx').on(t.clusterId, t.accessedAt),
    check('contact_access_log_whose', sql`(${t.officerId} is null) <> (${t.memberId} is null)`),
  ],
);

/** Mutation proofs already used (proof-replay.ts). */
export const usedGatewayProofs = usedGatewayProofsTable(clustersSchema);

export const orderStatus = clustersSchema.enum('order_status', ['ORDERED', 'PREPARING', 'HELD', 'CLOSED', 'CANCELLED']);

/**
 * A cluster's order of a package (seed 003, "Før klyngemødet"): ordered by its coordinator or
 * board, taken by KiAP or the publishing regional unit (consultant, call, questionnaire
 * window), held with agreed focus areas, followed up 6–12 months later.
 */
export const packageOrders = clustersSchema.table(
  'package_orders',
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    packageId: text('package_id')
      .notNull()
      .references(() => packages.id),
    status: orderStatus().notNull().default('ORDERED'),
    orderedAt: timestamp('ordered_at', { withTimezone: true }).notNull().defaultNow(),
    /** Role and office, never a login (actorLabel). */
    orderedBy: text('ordered_by').notNull(),
    wishes: text(),
    /** The municipality a municipal package invites to present. */
    municipalityCode: text('municipality_code'),
    /** The order this one follows up. */
    followUpOf: uuid('follow_up_of'),
    consultant: text(),
    callHeldOn: date('call_held_on', { mode: 'string' }),
    callNote: text('call_note'),
    heldOn: date('held_on', { mode: 'string' }),
    focusAreas: text('focus_areas')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    cancellationReason: text('cancellation_reason'),
  },
  (t) => [
    index('package_orders_cluster_idx').on(t.clusterId, t.orderedAt),
    index('package_orders_status_idx').on(t.status),
    // One open order per cluster and package: ordering again is a retry, not a second order.
    uniqueIndex('package_orders_one_open_per_package')
      .on(t.clusterId, t.packageId)
      .where(sql`${t.status} in ('ORDERED', 'PREPARING') and ${t.followUpOf} is null`),
    uniqueIndex('package_orders_one_follow_up')
      .on(t.followUpOf)
      .where(sql`${t.status} <> 'CANCELLED'`),
    textCheck('package_orders_wishes_bounded', t.wishes, 2000),
    textCheck('package_orders_consultant_bounded', t.consultant, 200),
    textCheck('package_orders_call_note_bounded', t.callNote, 2000),
    textCheck('package_orders_cancellation_bounded', t.cancellationReason, 1000),
    check('package_orders_municipality_format', sql`${t.municipalityCode} is null or ${t.municipalityCode} ~ '^[0-9]{3}$'`),
    check('package_orders_focus_areas_bounded', sql`cardinality(${t.focusAreas}) <= 10`),
  ],
);

/** Others taking part in a package meeting: a hospital doctor, a regional facilitator. */
export const orderParticipants = clustersSchema.table(
  'order_participants',
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid('order_id')
      .notNull()
      .references(() => packageOrders.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    organisation: text().notNull(),
    role: text(),
  },
  (t) => [
    index('order_participants_order_idx').on(t.orderId),
    uniqueIndex('order_participants_once').on(t.orderId, sql`lower(${t.name})`, sql`lower(${t.organisation})`),
    textCheck('order_participants_name_bounded', t.name, 200, { required: true }),
    textCheck('order_participants_organisation_bounded', t.organisation, 200, { required: true }),
    textCheck('order_participants_role_bounded', t.role, 200),
  ],
);

/** Each practice's implementation steps after the meeting: for the practice and its cluster only. */
export const practiceSteps = clustersSchema.table(
  'practice_steps',
  {
    orderId: uuid('order_id')
      .notNull()
      .references(() => packageOrders.id, { onDelete: 'cascade' }),
    providerNumber: text('provider_number').notNull(),
    steps: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.orderId, t.providerNumber] }), textCheck('practice_steps_bounded', t.steps, 2000, { required: true })],
);

/** KiAP's questionnaire for a package; a round copies it when it opens, so editing never changes a running round. */
export const questionnaireTemplates = clustersSchema.table('questionnaire_templates', {
  packageId: text('package_id')
    .primaryKey()
    .references(() => packages.id),
  questions: jsonb().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const roundPurpose = clustersSchema.enum('round_purpose', ['BEFORE_MEETING', 'FOLLOW_UP', 'CLUSTER_OWN']);

/** One sending of a questionnaire to a cluster's members. */
export const questionnaireRounds = clustersSchema.table(
  'questionnaire_rounds',
  {
    id: uuid().primaryKey().defaultRandom(),
    clusterId: uuid('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    orderId: uuid('order_id').references(() => packageOrders.id, { onDelete: 'cascade' }),
    purpose: roundPurpose().notNull(),
    title: text().notNull(),
    questions: jsonb().notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: text('created_by').notNull(),
  },
  (t) => [
    index('questionnaire_rounds_cluster_idx').on(t.clusterId),
    uniqueIndex('questionnaire_rounds_one_per_order').on(t.orderId),
    check('questionnaire_rounds_window', sql`${t.closesOn} >= ${t.opensOn}`),
    textCheck('questionnaire_rounds_title_bounded', t.title, 200, { required: true }),
  ],
);

/**
 * Who has answered a round, and nothing about what: the answers are in
 * questionnaire_responses under a key only the subgraph can compute (README, "Questionnaires").
 */
export const questionnaireRespondents = clustersSchema.table(
  'questionnaire_respondents',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => questionnaireRounds.id, { onDelete: 'cascade' }),
    /** "member:<id>" for a member of the register, "login:<e-mail>" for a cluster doctor outside it. */
    respondent: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.respondent] })],
);

export const practiceForm = clustersSchema.enum('practice_form', ['SOLO', 'SHARED']);

/**
 * What was answered, and nothing about who: no respondent, no time, a random-looking key
 * (an HMAC of round and respondent under a secret the database does not hold).
 */
export const questionnaireResponses = clustersSchema.table(
  'questionnaire_responses',
  {
    responseKey: text('response_key').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => questionnaireRounds.id, { onDelete: 'cascade' }),
    practiceForm: practiceForm('practice_form').notNull(),
    /** {"q1:": 2, "q7:s3": 0}: option index per question and statement. */
    answers: jsonb().notNull(),
  },
  (t) => [index('questionnaire_responses_round_idx').on(t.roundId)],
);
