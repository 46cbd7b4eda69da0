import path from 'node:path';
import { startEmbeddedPostgres } from './embedded.js';
import { loadOrCreateLocalSecrets } from './local-secrets.js';
import { migrateDatabase } from './migrate.js';
import { subgraphRoleUrl } from './roles.js';
import { seedDemoData } from './seed/seed.js';
import { redactUrl } from '../subgraphs/common/env.js';
import { SCHEMA_OWNERS, type SchemaOwner } from '../subgraphs/common/services.js';

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
  stop(): Promise<void>;
}

/** Postgres ready for the hub: started (if embedded), migrated, roles in place, demo data loaded once. */
export async function prepareDatabase(options: DatabaseSetupOptions): Promise<PreparedDatabase> {
  const secrets = loadOrCreateLocalSecrets(options.dataDir);
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
    const { subgraphRoles } = await migrateDatabase(adminUrl, { rolePasswords: secrets.rolePasswords, log: options.log });
    if (options.seedDemoData) {
      const result = await seedDemoData(adminUrl);
      options.log(result.seeded ? `Loaded demo data: ${result.clusters} clusters` : `Kept existing data (${result.clusters} clusters)`);
    }
    const url = adminUrl;
    return {
      adminUrl,
      subgraphUrls: Object.fromEntries(
        SCHEMA_OWNERS.map((name) => [name, subgraphRoles ? subgraphRoleUrl(url, name, secrets.rolePasswords[name]) : url]),
      ) as Record<SchemaOwner, string>,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
