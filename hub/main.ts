import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { loadOrCreateLocalSecrets } from '../db/local-secrets.js';
import { prepareDatabase } from '../db/setup.js';
import { writeFileSync } from 'node:fs';
import { findDemoUsers } from '../db/seed/demo-users.js';
import { devIssuerFiles, devIssuerUrl, loadOrCreateDevIssuer } from '../platform/auth/dev-issuer.js';
import { environmentFollows, exitOnStartupError, onShutdown, type EnvironmentMessage, type ReadyMessage } from '../platform/lifecycle.js';
import { readEnvs, variable } from '../platform/env.js';
import { DEFAULT_PORTS, ENV_PREFIX, serviceOrigin, SUBGRAPH_NAMES, type ServiceName, type SubgraphName } from '../platform/services.js';
import { loadHubConfig } from './config.js';
import { nextRestart, type RestartState } from './restart-backoff.js';

/**
 * `npm start`: the whole hub on one machine. Postgres (embedded unless DATABASE_URL is
 * set), migrations and demo data, then the four subgraphs and the gateway in one process
 * (hub/services.ts; each subgraph on its own port, role and pool, the gateway calling them
 * in process). SERVICES_IN_ONE_PROCESS=false runs the gateway apart, calling the
 * subgraphs over HTTP; SUBGRAPHS_IN_ONE_PROCESS=false also gives each subgraph its own
 * process, as a larger deployment runs them. The services' processes start
 * first and load their code while Postgres starts; they read their settings once sent. A
 * process that dies is started again (with backoff, restart-backoff.ts) while the gateway's
 * /ready names its subgraphs missing. Ctrl-C stops them all, gateway first.
 */
const startedAt = Date.now();
const log = (line: string) => console.log(`[hub] ${line}`);

/** A process the launcher keeps running, serving one service or all four subgraphs: started again with backoff whenever it dies. */
interface Service {
  name: ServiceName | 'subgraphs' | 'services';
  entry: string;
  /** Arguments to the entry point: the subgraph that subgraphs/main serves alone. */
  args: string[];
  env: NodeJS.ProcessEnv;
  process?: ChildProcess;
  startedAt: number;
  restart: RestartState;
  pendingRestart?: NodeJS.Timeout;
}
const services: Service[] = [];
let stopping = false;
/** Once the hub is up, a service that dies is restarted; before that, it stops the start. */
let supervising = false;

/**
 * Connections per subgraph unless configured. The whole hub on one machine has few cores
 * to run Postgres on, and each backend costs memory: 16 connections in all instead of 40
 * held ≈ 45 MB less under the benchmark's load, at the same throughput on two cores.
 */
const ONE_MACHINE_POOL_SIZE = '4';

/** V8 old-generation limit of each service process, in MB (the subgraphs' shared process gets one per subgraph it serves). */
let heapMb = 0;

/**
 * A service's young generation, in MB per semi-space. Under load a request's short-lived
 * objects outlived a 2 MB young generation and were copied at every scavenge: garbage
 * collection took ≈ 3 ms of the dashboard's CPU in the services' process at 2 MB, ≈ 1.1 ms
 * at 16 (`npm run bench -- --profile`), for ≈ 30 MB more at peak in the one process. A
 * process that serves several (`npm start`'s default runs the gateway and the four
 * subgraphs in one) allocates for all of them: at 32 MB the whole hub took 2.14 ms of CPU
 * per dashboard request against 2.46 at 16 (means of six and five runs of the dashboard
 * under load), for ≈ 35 MB more at peak (≈ 305 against ≈ 270 MB PSS for the whole hub).
 * 64 MB took 1.9 ms, but the hub ≈ 360 MB, over the 350 MB the hub is held to.
 */
function semiSpaceMb(services: number): number {
  return services > 1 ? 32 : 16;
}

/** V8 heap settings for a process: a capped old generation, and a young one sized for CPU under load. */
function heapArgs(services: number): string[] {
  return [`--max-old-space-size=${heapMb * services}`, `--max-semi-space-size=${semiSpaceMb(services)}`];
}

/**
 * glibc's malloc returns freed blocks of 128 KB and more to the system, until a freed one
 * raises that limit to its own size. Parsing a service's bundle frees blocks of megabytes,
 * so the limit rose and the process kept memory it no longer used (the gateway ≈ 20 MB,
 * the subgraphs ≈ 7 MB, measured at rest after start). Fixed at its initial value, they
 * are returned; a deployment may set its own.
 */
const MALLOC_MMAP_THRESHOLD = String(128 * 1024);

/** HUB_CPU_PROFILE_DIR=dir writes a V8 CPU profile of each service there when it stops (`--cpu-prof` is refused in NODE_OPTIONS). */
function profileArgs(): string[] {
  const dir = process.env.HUB_CPU_PROFILE_DIR;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(dir)}`] : [];
}

/**
 * `npm start` runs the compiled launcher (dist/hub/main.js, built by hub/build.mjs) and
 * the services next to it, as the tests do; started from its sources (`tsx hub/main.ts`),
 * it starts the services from theirs.
 */
const compiled = import.meta.url.endsWith('.js');
const loaderArgs = compiled ? [] : ['--import', 'tsx'];

/**
 * Starts a service's process; resolves with the address of each service it serves, by name.
 * Started `early`, it loads its code and waits for sendEnvironment.
 */
function startService(service: Service, { early = false } = {}): Promise<Record<string, string>> {
  const child = fork(new URL(`${service.entry}.${compiled ? 'js' : 'ts'}`, import.meta.url), service.args, {
    env: { MALLOC_MMAP_THRESHOLD_: MALLOC_MMAP_THRESHOLD, ...process.env, ...(early ? environmentFollows() : service.env) },
    execArgv: [...loaderArgs, ...heapArgs(heapsOf(service)), ...profileArgs()],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  service.process = child;
  service.startedAt = Date.now();
  child.once('exit', (code, signal) => {
    if (stopping || !supervising) return;
    const { delayMs, state } = nextRestart(service.restart, Date.now() - service.startedAt);
    service.restart = state;
    log(`${service.name} exited (${signal ?? code}); starting it again in ${delayMs / 1000} s`);
    service.pendingRestart = setTimeout(() => {
      service.pendingRestart = undefined;
      if (stopping) return;
      startService(service).then(
        () => log(`${service.name} is running again`),
        () => {}, // its exit schedules the next attempt
      );
    }, delayMs);
  });
  return new Promise((resolve, reject) => {
    child.on('message', (message: Partial<ReadyMessage>) => {
      if (message.type === 'ready' && message.urls) resolve(message.urls);
    });
    child.once('exit', (code) => reject(new Error(`${service.name} exited with code ${code} before it was ready`)));
  });
}

/** How many services a process serves, each with its own share of the heap limit. */
function heapsOf(service: Service): number {
  if (service.name === 'subgraphs') return SUBGRAPH_NAMES.length;
  if (service.name === 'services') return SUBGRAPH_NAMES.length + 1;
  return 1;
}

function addService(name: Service['name'], entry: string, args: string[] = []): Service {
  const service: Service = { name, entry, args, env: {}, startedAt: Date.now(), restart: { failures: 0 } };
  services.push(service);
  return service;
}

/** Gives a service started early its settings; a process that already died is reported by its start. */
function sendEnvironment(service: Service, env: NodeJS.ProcessEnv): void {
  service.env = env;
  const defined = Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  if (service.process?.connected) service.process.send({ type: 'environment', env: defined } satisfies EnvironmentMessage);
}

async function stopService(service: Service): Promise<void> {
  clearTimeout(service.pendingRestart);
  const child = service.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = setTimeout(() => {
    log(`${service.name} did not stop within 10 s; killing it`);
    child.kill('SIGKILL');
  }, 10_000);
  await exited;
  clearTimeout(timeout);
}

/**
 * Identity settings for every service: the configured OpenID Connect provider when
 * OIDC_ISSUER is set, else the hub's own development issuer (key created on first start).
 */
async function authEnvironment(dataDir: string, adminUrl: string): Promise<NodeJS.ProcessEnv> {
  const internalSecret = process.env.HUB_INTERNAL_SECRET ?? loadOrCreateLocalSecrets(dataDir).internalSecret;
  if (process.env.OIDC_ISSUER) return { HUB_INTERNAL_SECRET: internalSecret };
  const issuer = await loadOrCreateDevIssuer(dataDir, devIssuerUrl());
  const files = devIssuerFiles(dataDir);
  writeFileSync(files.users, JSON.stringify(await findDemoUsers(adminUrl), null, 2), { mode: 0o600 });
  log('Using the development issuer: log in at the console, or `npm run --silent token -- --role kiap` prints a token');
  return {
    HUB_INTERNAL_SECRET: internalSecret,
    OIDC_ISSUER: issuer.issuer,
    OIDC_AUDIENCE: issuer.audience,
    OIDC_JWKS_FILE: path.resolve(files.jwks),
    DEV_ISSUER_FILE: path.resolve(files.issuer),
    DEV_LOGIN_USERS_FILE: path.resolve(files.users),
  };
}

/** Each subgraph's GraphQL address when all four ports are set (not 0), as each subgraph will announce it. */
function fixedSubgraphUrls(): Record<string, string> | undefined {
  const [{ HOST: host }, ports] = readEnvs(
    process.env,
    { HOST: variable.text.withDefault('127.0.0.1') },
    Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${ENV_PREFIX[name]}_PORT`, variable.port.withDefault(DEFAULT_PORTS[name])])),
  );
  const entries = SUBGRAPH_NAMES.map((name) => [name, ports[`${ENV_PREFIX[name]}_PORT`]!] as const);
  if (entries.some(([, port]) => port === 0)) return undefined;
  return Object.fromEntries(entries.map(([name, port]) => [`${ENV_PREFIX[name]}_URL`, `${serviceOrigin(host, port)}/graphql`]));
}

try {
  const config = loadHubConfig();
  heapMb = config.serviceHeapMb;
  // The services load their code, most of their start, while Postgres starts and the data is
  // checked; then they are sent the settings that depend on those.
  const together = config.servicesInOneProcess ? addService('services', '../hub/services') : undefined;
  const subgraphProcesses = together
    ? []
    : config.subgraphsInOneProcess
      ? [addService('subgraphs', '../subgraphs/main')]
      : SUBGRAPH_NAMES.map((name) => addService(name, '../subgraphs/main', [name]));
  const gateway = together ?? addService('gateway', '../gateway/main');
  const ready = new Map(services.map((service) => [service, startService(service, { early: true })]));
  // Each is awaited below; one that fails sooner is reported there, not as an unhandled rejection.
  for (const started of ready.values()) started.catch(() => {});
  const database = await prepareDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPostgresPort,
    seedDemoData: config.seedDemoData,
    log,
  });
  if (database.roleProblems.length > 0) {
    await database.stop();
    throw new Error(database.roleProblems.join('; '));
  }
  const authEnv = await authEnvironment(config.dataDir, database.adminUrl);
  onShutdown(async (reason) => {
    stopping = true;
    log(`Stopping (${reason})`);
    for (const service of [...services].reverse()) await stopService(service);
    await database.stop();
    log('Stopped');
  });
  // With every subgraph's port fixed (the default), the gateway is told their addresses up
  // front and starts alongside them; a port of 0 is known only once its subgraph listens.
  const fixedUrls = fixedSubgraphUrls();
  const databaseEnv = Object.fromEntries(
    SUBGRAPH_NAMES.flatMap((name) => [
      [`${ENV_PREFIX[name]}_DATABASE_URL`, database.subgraphUrls[name]],
      [`${ENV_PREFIX[name]}_DATABASE_POOL_SIZE`, process.env[`${ENV_PREFIX[name]}_DATABASE_POOL_SIZE`] ?? ONE_MACHINE_POOL_SIZE],
    ]),
  );
  /** A restart binds the same ports, also when 0 let the system choose them. */
  const keepSubgraphPorts = (service: Service, urls: Record<string, string>) => {
    for (const [name, url] of Object.entries(urls))
      if (name !== 'gateway') service.env[`${ENV_PREFIX[name as SubgraphName]}_PORT`] = new URL(url).port;
  };
  const subgraphsStarted = Promise.all(
    subgraphProcesses.map(async (service) => {
      sendEnvironment(service, { ...authEnv, ...databaseEnv });
      const urls = await ready.get(service)!;
      keepSubgraphPorts(service, urls);
      return Object.entries(urls).map(([name, url]) => [`${ENV_PREFIX[name as SubgraphName]}_URL`, `${url}/graphql`] as const);
    }),
  ).then((started) => Object.fromEntries(started.flat()));
  const startGateway = async (subgraphUrls: Record<string, string>) => {
    sendEnvironment(gateway, {
      ...authEnv,
      ...(together ? databaseEnv : subgraphUrls),
      GATEWAY_DATABASE_URL: database.subgraphUrls.gateway,
    });
    const urls = await ready.get(gateway)!;
    if (together) keepSubgraphPorts(together, urls);
    return urls.gateway!;
  };
  const [, gatewayUrl] =
    fixedUrls || together
      ? await Promise.all([subgraphsStarted, startGateway(fixedUrls ?? {})])
      : [undefined, await startGateway(await subgraphsStarted)];
  supervising = true;
  log(
    `Klyngehub is ready at ${gatewayUrl.replace('127.0.0.1', 'localhost')}/graphql, the console at ${gatewayUrl.replace('127.0.0.1', 'localhost')}/ (started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
  );
} catch (error) {
  for (const service of services) service.process?.kill('SIGTERM');
  exitOnStartupError('Klyngehub', error);
}
