import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import { sql as raw } from 'drizzle-orm';
import { connect } from '../platform/database.js';
import { loadMunicipalities, loadRegions } from './reference-data.js';
import { canCreateRoles, ensureSubgraphRoles } from './roles.js';
import { SCHEMA_OWNERS, type SchemaOwner } from '../platform/services.js';
import { municipalities, regions } from '../subgraphs/municipalities/tables.js';

export interface MigrateOptions {
  /** Role passwords; when given and the user may create roles, one role per subgraph is set up. */
  rolePasswords?: Record<SchemaOwner, string>;
  /** Set these passwords on roles that exist already (configured by the operator); otherwise only new roles get them. */
  setExistingPasswords?: boolean;
  log?: (line: string) => void;
}

export interface MigrateResult {
  /** Whether per-subgraph roles exist; otherwise every subgraph uses the admin connection. */
  subgraphRoles: boolean;
}

/**
 * The order subgraphs' migrations run in. Municipalities first: its coverage migration
 * copies rows the clusters schema held before it dropped them.
 */
const MIGRATION_ORDER: readonly SchemaOwner[] = ['municipalities', 'clusters', 'offers', 'inquiries', 'gateway'];
if (MIGRATION_ORDER.length !== SCHEMA_OWNERS.length) throw new Error('MIGRATION_ORDER must name every schema owner');

/** Tables whose rows are a record: the subgraph roles may insert and read, never change. */
export const APPEND_ONLY_TABLES: Partial<Record<SchemaOwner, string[]>> = {
  clusters: ['contact_access_log', 'register_events'],
  municipalities: ['booking_events', 'referral_count_revisions'],
  offers: ['regional_offer_versions'],
  inquiries: ['inquiry_events'],
};

/**
 * Brings a database up to date: each subgraph's committed migrations (journal in the
 * `drizzle` schema, one table per subgraph), the reference data, and the roles. Safe to
 * run any number of times and from several processes at once (an advisory lock serialises).
 */
export async function migrateDatabase(adminUrl: string, options: MigrateOptions = {}): Promise<MigrateResult> {
  const log = options.log ?? (() => {});
  const sql = connect(adminUrl, { applicationName: 'klyngehub-migrate', maxConnections: 1 });
  try {
    await sql`select pg_advisory_lock(hashtext('klyngehub-migrate'))`;
    const db = drizzle(sql);
    for (const name of MIGRATION_ORDER) {
      await migrate(db, {
        migrationsFolder: new URL(`./migrations/${name}`, import.meta.url).pathname,
        migrationsSchema: 'drizzle',
        migrationsTable: `${name}_migrations`,
      });
    }
    await loadReferenceData(db);
    let subgraphRoles = false;
    if (options.rolePasswords && (await canCreateRoles(sql))) {
      await ensureSubgraphRoles(sql, options.rolePasswords, APPEND_ONLY_TABLES, { setExistingPasswords: options.setExistingPasswords });
      subgraphRoles = true;
    } else if (options.rolePasswords) {
      log('The database user may not create roles: every subgraph will use DATABASE_URL itself.');
    }
    await sql`select pg_advisory_unlock(hashtext('klyngehub-migrate'))`;
    return { subgraphRoles };
  } finally {
    await sql.end();
  }
}

async function loadReferenceData(db: ReturnType<typeof drizzle>): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values(loadRegions())
      .onConflictDoUpdate({ target: regions.code, set: { name: raw`excluded.name` } });
    await tx
      .insert(municipalities)
      .values(loadMunicipalities())
      .onConflictDoUpdate({
        target: municipalities.code,
        set: { name: raw`excluded.name`, regionCode: raw`excluded.region_code` },
      });
  });
}
