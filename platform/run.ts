import { connect, StatementCounter } from './database.js';
import { loadAuthConfig, type AuthConfig } from './auth/auth-config.js';
import { createTokenVerifier } from './auth/tokens.js';
import { ConfigError, loadAll, readEnv, readEnvs, variable, type Env } from './env.js';
import { announceReady, exitOnStartupError, onShutdown, survivePostgresConnectionRace } from './lifecycle.js';
import { DEFAULT_LOAD_SHEDDING, type LoadShedding } from './http-server.js';
import { createLogger } from './logger.js';
import { loadQueryLimits } from './query-limits.js';
import { DEFAULT_METRICS_PORTS, DEFAULT_PORTS, ENV_PREFIX, type ServiceName, type SubgraphName } from './services.js';
import { startSubgraph, type SubgraphModule } from './subgraph.js';
import { startTracing } from './tracing.js';

export interface SubgraphConfig {
  host: string;
  port: number;
  databaseUrl: string;
  maxConnections: number;
  auth: AuthConfig;
  metricsListen: { host: string; port: number };
  loadShedding: LoadShedding;
}

export function loadSubgraphConfig(name: SubgraphName, env: Env = process.env): SubgraphConfig {
  const prefix = ENV_PREFIX[name];
  const [[read, ports, urls], , auth, metricsListen, loadShedding] = loadAll(
    () =>
      readEnvs(
        env,
        { HOST: variable.text.withDefault('127.0.0.1'), DATABASE_URL: variable.url.optional() },
        {
          [`${prefix}_PORT`]: variable.port.withDefault(DEFAULT_PORTS[name]),
          [`${prefix}_DATABASE_POOL_SIZE`]: variable.positiveInt.withDefault(10),
        },
        { [`${prefix}_DATABASE_URL`]: variable.url.optional() },
      ),
    () => {
      if (!env[`${prefix}_DATABASE_URL`]?.trim() && !env.DATABASE_URL?.trim())
        throw new ConfigError(
          `${prefix}_DATABASE_URL (or DATABASE_URL) must be set. ` +
            '`npm start` sets it up for you on the embedded Postgres; run a subgraph alone only against a running database',
        );
    },
    () => loadAuthConfig(env),
    () => loadMetricsListen(name, env),
    () => loadLoadShedding(env),
  );
  const databaseUrl = (urls[`${prefix}_DATABASE_URL`] ?? read.DATABASE_URL)!;
  return {
    host: read.HOST,
    port: ports[`${prefix}_PORT`]!,
    databaseUrl,
    maxConnections: ports[`${prefix}_DATABASE_POOL_SIZE`]!,
    auth,
    metricsListen,
    loadShedding,
  };
}

/** MAX_EVENT_LOOP_DELAY_MS: the event loop delay past which a service sheds load (http-server.ts); 0 turns it off. */
export function loadLoadShedding(env: Env = process.env): LoadShedding {
  const read = readEnv(env, { MAX_EVENT_LOOP_DELAY_MS: variable.wholeNumber.withDefault(DEFAULT_LOAD_SHEDDING.maxEventLoopDelayMs) });
  return { maxEventLoopDelayMs: read.MAX_EVENT_LOOP_DELAY_MS };
}

/**
 * Where a service serves /metrics: METRICS_HOST (loopback unless the operator opens it to a
 * scraper's network) and <SERVICE>_METRICS_PORT. Never the API port the public reaches.
 */
export function loadMetricsListen(name: ServiceName, env: Env = process.env): { host: string; port: number } {
  const portVariable = `${ENV_PREFIX[name]}_METRICS_PORT`;
  const [read, ports] = readEnvs(
    env,
    { METRICS_HOST: variable.text.withDefault('127.0.0.1') },
    { [portVariable]: variable.port.withDefault(DEFAULT_METRICS_PORTS[name]) },
  );
  return { host: read.METRICS_HOST, port: ports[portVariable]! };
}

/** Entry point of a subgraph process: configuration from the environment, then serve until told to stop. */
export async function runSubgraph(module: SubgraphModule): Promise<void> {
  try {
    const config = loadSubgraphConfig(module.name);
    const logger = createLogger(module.name);
    survivePostgresConnectionRace((message) => logger.warn(message));
    const stopTracing = await startTracing(module.name);
    const statements = new StatementCounter();
    const sql = connect(config.databaseUrl, {
      applicationName: `klyngehub-${module.name}`,
      maxConnections: config.maxConnections,
      counter: statements,
    });
    const server = await startSubgraph(module, {
      sql,
      host: config.host,
      port: config.port,
      auth: { verify: createTokenVerifier(config.auth.tokens), internalSecret: config.auth.internalSecret },
      limits: loadQueryLimits(),
      logger,
      statements,
      metricsListen: config.metricsListen,
      loadShedding: config.loadShedding,
    });
    onShutdown(async () => {
      await server.close();
      await sql.end({ timeout: 5 });
      await stopTracing();
    });
    logger.info({ url: `${server.url}/graphql` }, 'ready');
    announceReady(server.url);
  } catch (error) {
    exitOnStartupError(`The ${module.name} subgraph`, error);
  }
}
