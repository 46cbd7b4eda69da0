import { readEnv, variable, type Env } from '../platform/env.js';

/** Settings of the launcher that starts the whole hub on one machine (`npm start`). */
export interface HubConfig {
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPostgresPort: number;
  seedDemoData: boolean;
  /** V8 old-generation limit of each service, in MB; V8 otherwise grows each heap far past what the hub needs. */
  serviceHeapMb: number;
  /**
   * The four subgraphs in one process (the default): one Node runtime and one copy of the
   * libraries instead of four, which is most of a small deployment's memory. False gives
   * each its own process, as a deployment that scales or isolates them runs them.
   */
  subgraphsInOneProcess: boolean;
  /**
   * The gateway and the four subgraphs in one process (the default), the gateway calling
   * the subgraphs in process (hub/services.ts): a small deployment's two cores no longer
   * spend most of a request on loopback HTTP between them. False runs the gateway in a
   * process of its own, calling the subgraphs over HTTP with its proof; so does
   * SUBGRAPHS_IN_ONE_PROCESS=false.
   */
  servicesInOneProcess: boolean;
}

export function loadHubConfig(env: Env = process.env): HubConfig {
  const read = readEnv(env, {
    DATABASE_URL: variable.url.optional(),
    DATA_DIR: variable.text.withDefault('.data'),
    EMBEDDED_POSTGRES_PORT: variable.port.withDefault(54329),
    SEED_DEMO_DATA: variable.boolean.withDefault(true),
    SERVICE_HEAP_MB: variable.positiveInt.withDefault(160),
    SUBGRAPHS_IN_ONE_PROCESS: variable.boolean.withDefault(true),
    SERVICES_IN_ONE_PROCESS: variable.boolean.withDefault(true),
  });
  return {
    databaseUrl: read.DATABASE_URL,
    dataDir: read.DATA_DIR,
    embeddedPostgresPort: read.EMBEDDED_POSTGRES_PORT,
    seedDemoData: read.SEED_DEMO_DATA,
    serviceHeapMb: read.SERVICE_HEAP_MB,
    subgraphsInOneProcess: read.SUBGRAPHS_IN_ONE_PROCESS,
    servicesInOneProcess: read.SERVICES_IN_ONE_PROCESS && read.SUBGRAPHS_IN_ONE_PROCESS,
  };
}
