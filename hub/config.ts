import { envReader, type Env } from '../platform/env.js';

/** Settings of the launcher that starts the whole hub on one machine (`npm start`). */
export interface HubConfig {
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  seedDemoData: boolean;
  /** V8 old-generation limit of each service process, in MB; V8 otherwise grows each heap far past what the hub needs. */
  serviceHeapMb: number;
}

export function loadHubConfig(env: Env = process.env): HubConfig {
  const read = envReader(env);
  return {
    databaseUrl: read.optionalUrl('DATABASE_URL'),
    dataDir: read.string('DATA_DIR', '.data'),
    embeddedPostgresPort: read.port('EMBEDDED_POSTGRES_PORT', 54329),
    seedDemoData: read.boolean('SEED_DEMO_DATA', true),
    serviceHeapMb: read.positiveInt('SERVICE_HEAP_MB', 160),
  };
}
