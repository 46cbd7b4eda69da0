import { defineConfig } from 'drizzle-kit';
import { SCHEMA_OWNERS, type SchemaOwner } from '../platform/services.js';

/**
 * drizzle-kit runs once per schema owner (`npm run db:generate` loops over them: the
 * subgraphs and the gateway), so each one's migrations only ever touch its own schema.
 */
const subgraph = process.env.SUBGRAPH as SchemaOwner | undefined;
if (!subgraph || !SCHEMA_OWNERS.includes(subgraph)) {
  throw new Error(`Set SUBGRAPH to one of ${SCHEMA_OWNERS.join(', ')}`);
}

export default defineConfig({
  dialect: 'postgresql',
  schema: subgraph === 'gateway' ? './gateway/tables.ts' : `./subgraphs/${subgraph}/tables.ts`,
  // MIGRATIONS_DIR lets the freshness test generate into a scratch copy.
  out: process.env.MIGRATIONS_DIR ?? `./db/migrations/${subgraph}`,
  schemaFilter: [subgraph],
  casing: 'snake_case',
});
