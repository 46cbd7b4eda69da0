import { defineConfig } from 'drizzle-kit';
import { SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/common/services.js';

/**
 * drizzle-kit runs once per subgraph (`npm run db:generate` loops over them), so each
 * subgraph's migrations only ever touch its own schema.
 */
const subgraph = process.env.SUBGRAPH as SubgraphName | undefined;
if (!subgraph || !SUBGRAPH_NAMES.includes(subgraph)) {
  throw new Error(`Set SUBGRAPH to one of ${SUBGRAPH_NAMES.join(', ')}`);
}

export default defineConfig({
  dialect: 'postgresql',
  schema: `./subgraphs/${subgraph}/tables.ts`,
  // MIGRATIONS_DIR lets the freshness test generate into a scratch copy.
  out: process.env.MIGRATIONS_DIR ?? `./db/migrations/${subgraph}`,
  schemaFilter: [subgraph],
  casing: 'snake_case',
});
