import { index, pgSchema, text } from 'drizzle-orm/pg-core';

/** Reference data owned by the municipalities subgraph: Denmark's regions and municipalities. */
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
