import { index, pgSchema, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

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
