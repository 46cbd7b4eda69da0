import { usedGatewayProofsTable } from '../common/proof-replay.js';
import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

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

export const contactField = clustersSchema.enum('contact_field', ['EMAIL', 'PHONE']);

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
    officerId: uuid('officer_id').notNull(),
    field: contactField().notNull(),
    operationName: text('operation_name'),
  },
  (t) => [index('contact_access_log_cluster_id_accessed_at_idx').on(t.clusterId, t.accessedAt)],
);

/** Mutation proofs already used (proof-replay.ts). */
export const usedGatewayProofs = usedGatewayProofsTable(clustersSchema);
