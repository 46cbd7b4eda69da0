import { connect, StatementCounter, type Sql } from './database.js';
import { loadAuthConfig, type AuthConfig } from './auth/auth-config.js';
import { createTokenVerifier } from './auth/tokens.js';
import { ConfigError, loadAll, readEnv, readEnvs, variable, type Env } from './env.js';
import { announceReady, awaitLauncherEnvironment, exitOnStartupError, onShutdown } from './lifecycle.js';
import { DEFAULT_LOAD_SHEDDING, type LoadShedding } from './http-server.js';
import { createLogger } from './logger.js';
import { loadQueryLimits } from './query-limits.js';
import { DEFAULT_METRICS_PORTS, DEFAULT_PORTS, ENV_PREFIX, type ServiceName, type SubgraphName } from './services.js';
import { startSubgraph, type RunningSubgraphServer, type SubgraphModule } from './subgraph.js';
import type { Logger } from 'pino';
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

/** Subgraphs started in this process, by name, and what stops them all. */
export interface StartedSubgraphs {
  servers: Partial<Record<SubgraphName, RunningSubgraphServer>>;
  /** Each subgraph finishes its requests in flight and closes its pool; all at once, so a stop takes the longest one's time. */
  close(): Promise<void>;
}

/**
 * Starts subgraphs in this process from their environment (loadSubgraphConfig): every
 * subgraph's settings are checked before any starts, and all problems reported at once.
 * Each keeps its own port, database role and pool, metrics, logger and load shedding,
 * exactly as in a process of its own.
 */
export async function startSubgraphs(modules: SubgraphModule[], processLogger: Logger): Promise<StartedSubgraphs> {
  const configs = loadAll(...modules.map((module) => () => loadSubgraphConfig(module.name)));
  const limits = loadQueryLimits();
  const running: { server: RunningSubgraphServer; sql: Sql }[] = [];
  const servers: StartedSubgraphs['servers'] = {};
  const close = async () => {
    await Promise.all(
      running.map(async ({ server, sql }) => {
        await server.close();
        await sql.end({ timeout: 5 });
      }),
    );
  };
  try {
    for (const [i, module] of modules.entries()) {
      const config = configs[i]!;
      const logger = modules.length === 1 ? processLogger : createLogger(module.name);
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
        limits,
        logger,
        statements,
        metricsListen: config.metricsListen,
        loadShedding: config.loadShedding,
      }).catch(async (error: unknown) => {
        await sql.end({ timeout: 1 });
        throw error;
      });
      running.push({ server, sql });
      logger.info({ url: `${server.url}/graphql` }, 'ready');
      servers[module.name] = server;
    }
  } catch (error) {
    await close();
    throw error;
  }
  return { servers, close };
}

/** The address of each started subgraph, by name, as a ReadyMessage lists them. */
export function subgraphOrigins(started: StartedSubgraphs): Record<string, string> {
  return Object.fromEntries(Object.entries(started.servers).map(([name, server]) => [name, server.url]));
}

/**
 * Entry point of a process serving one subgraph, or several: a small deployment's four
 * subgraphs share one process (`subgraphs/main.ts`), one Node runtime and its loaded
 * libraries instead of four. The gateway reaches each over HTTP, with its proof; in the
 * process `npm start` runs by default (hub/services.ts) it calls them in process.
 */
export async function runSubgraphs(modules: SubgraphModule[], processName: string = modules[0]!.name): Promise<void> {
  await runServiceProcess({
    name: processName,
    description: modules.length === 1 ? `The ${processName} subgraph` : `The ${processName}`,
    start: async (logger) => {
      const started = await startSubgraphs(modules, logger);
      return { origins: subgraphOrigins(started), close: started.close };
    },
  });
}

/** What a service process started: where it listens, and how it stops. */
export interface StartedService {
  origins: Record<string, string>;
  close(): Promise<void>;
}

/**
 * A service process's life, the same for every entry point: wait for the launcher's
 * settings, start tracing and the service, stop both on SIGTERM or SIGINT, tell the
 * launcher where it listens. A start that fails is printed and ends the process.
 */
export async function runServiceProcess(options: {
  /** The process's name in traces (and in its log lines unless `logAs`). */
  name: string;
  logAs?: string;
  /** Names the service in a start-up error: "The gateway", "The clusters subgraph". */
  description: string;
  start(logger: Logger): Promise<StartedService>;
}): Promise<void> {
  try {
    await awaitLauncherEnvironment();
    const logger = createLogger(options.logAs ?? options.name);
    const stopTracing = await startTracing(options.name);
    const service = await options.start(logger);
    onShutdown(async () => {
      await service.close();
      await stopTracing();
    });
    announceReady(service.origins);
  } catch (error) {
    exitOnStartupError(options.description, error);
  }
}
