import { usedGatewayProofsTable } from '../common/proof-replay.js';
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
import { textCheck } from '../common/domain-bounds.js';

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
  },
  (t) => [check('packages_duration_positive', sql`${t.durationMinutes} > 0`)],
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
