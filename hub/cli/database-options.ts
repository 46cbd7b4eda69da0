import { loadHubConfig } from '../config.js';
import type { DatabaseSetupOptions } from '../../db/setup.js';

/** The database CLIs find Postgres the way `npm start` does: DATABASE_URL, else the embedded one. */
export function cliDatabaseOptions(seedDemoData: boolean): DatabaseSetupOptions {
  const config = loadHubConfig();
  return {
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPostgresPort,
    seedDemoData,
    log: (line) => console.log(line),
  };
}
