import path from 'node:path';
import { startEmbeddedPostgres } from './embedded.js';
import { loadOrCreateLocalSecrets } from './local-secrets.js';
import { migrateDatabase } from './migrate.js';
import { resolveRolePasswords } from './role-passwords.js';
import { subgraphRoleUrl } from './roles.js';
import { connect } from '../platform/database.js';
import { ENV_PREFIX } from '../platform/services.js';
import { seedDemoData } from './seed/seed.js';
import { redactUrl } from '../platform/env.js';
import { SCHEMA_OWNERS, type SchemaOwner } from '../platform/services.js';

export interface DatabaseSetupOptions {
  /** An external Postgres; when absent the embedded server starts. */
  databaseUrl?: string;
  /** Git-ignored folder for the embedded cluster and local secrets. */
  dataDir: string;
  embeddedPort: number;
  seedDemoData: boolean;
  log: (line: string) => void;
}

export interface PreparedDatabase {
  adminUrl: string;
  /** What each subgraph (and the gateway) connects with: its own role where roles could be created. */
  subgraphUrls: Record<SchemaOwner, string>;
  /** Roles that exist with a password other than the one this hub has for them, as sentences for the operator. */
  roleProblems: string[];
  stop(): Promise<void>;
}

/** Postgres ready for the hub: started (if embedded), migrated, roles in place, demo data loaded once. */
export async function prepareDatabase(options: DatabaseSetupOptions): Promise<PreparedDatabase> {
  const secrets = loadOrCreateLocalSecrets(options.dataDir);
  const roles = resolveRolePasswords(() => secrets.rolePasswords);
  let adminUrl = options.databaseUrl;
  let stop = async () => {};
  if (adminUrl) {
    options.log(`Using the Postgres at ${redactUrl(adminUrl)}`);
  } else {
    const started = Date.now();
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(options.dataDir, 'postgres'),
      port: options.embeddedPort,
      password: secrets.postgresPassword,
      database: 'klyngehub',
    });
    adminUrl = embedded.url;
    stop = embedded.stop;
    options.log(`Embedded Postgres is up on 127.0.0.1:${options.embeddedPort} (${Date.now() - started} ms)`);
  }
  try {
    const { subgraphRoles } = await migrateDatabase(adminUrl, {
      rolePasswords: roles.passwords,
      setExistingPasswords: roles.explicit,
      log: options.log,
    });
    if (options.seedDemoData) {
      const result = await seedDemoData(adminUrl);
      options.log(result.seeded ? `Loaded demo data: ${result.clusters} clusters` : `Kept existing data (${result.clusters} clusters)`);
    }
    const url = adminUrl;
    return {
      adminUrl,
      subgraphUrls: Object.fromEntries(
        SCHEMA_OWNERS.map((name) => [name, subgraphRoles ? subgraphRoleUrl(url, name, roles.passwords[name]) : url]),
      ) as Record<SchemaOwner, string>,
      roleProblems: subgraphRoles ? await rolesThatRefuse(url, roles.passwords) : [],
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * Roles whose password is not the one this hub would connect with: created earlier with
 * another DATA_DIR's secrets, or by an operator. Nothing here changes them; the operator is
 * told which setting to make.
 */
async function rolesThatRefuse(adminUrl: string, passwords: Record<SchemaOwner, string>): Promise<string[]> {
  const problems: string[] = [];
  for (const name of SCHEMA_OWNERS) {
    const sql = connect(subgraphRoleUrl(adminUrl, name, passwords[name]), { applicationName: 'klyngehub-role-check', maxConnections: 1 });
    try {
      await sql`select 1`;
    } catch (error) {
      if ((error as { code?: string }).code !== '28P01') throw error;
      problems.push(
        `The ${name} role exists with another password; set ${ENV_PREFIX[name]}_DATABASE_PASSWORD (or HUB_SECRETS_FILE) to the one it has`,
      );
    } finally {
      await sql.end();
    }
  }
  return problems;
}
