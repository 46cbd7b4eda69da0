import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { loadOrCreateLocalSecrets } from '../db/local-secrets.js';
import { prepareDatabase } from '../db/setup.js';
import { devIssuerFiles, loadOrCreateDevIssuer } from './dev-issuer.js';
import { exitOnStartupError, onShutdown } from '../subgraphs/common/lifecycle.js';
import { ENV_PREFIX, SUBGRAPH_NAMES, type ServiceName } from '../subgraphs/common/services.js';
import { loadHubConfig } from './hub-config.js';

/**
 * `npm start`: the whole hub on one machine. Postgres (embedded unless DATABASE_URL is
 * set), migrations and demo data, then each subgraph and the gateway as its own process,
 * exactly as each would run in production. Ctrl-C stops them all, gateway first.
 */
const startedAt = Date.now();
const log = (line: string) => console.log(`[hub] ${line}`);
const children: { name: ServiceName; process: ChildProcess }[] = [];
let stopping = false;

/** V8 heap settings for each service: a capped old generation, and a small young one (less memory, a little more GC). */
let heapArgs: string[] = [];

function startService(name: ServiceName, entry: string, env: NodeJS.ProcessEnv): Promise<string> {
  const child = fork(new URL(entry, import.meta.url), [], {
    env: { ...process.env, ...env },
    execArgv: ['--import', 'tsx', ...heapArgs],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push({ name, process: child });
  return new Promise((resolve, reject) => {
    child.on('message', (message: { type?: string; url?: string }) => {
      if (message.type === 'ready' && message.url) resolve(message.url);
    });
    child.once('exit', (code) => reject(new Error(`${name} exited with code ${code} before it was ready`)));
  });
}

async function stopService({ name, process: child }: (typeof children)[number]): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timeout = setTimeout(() => {
    log(`${name} did not stop within 10 s; killing it`);
    child.kill('SIGKILL');
  }, 10_000);
  await exited;
  clearTimeout(timeout);
}

/**
 * Identity settings for every service: the configured OpenID Connect provider when
 * OIDC_ISSUER is set, else the hub's own development issuer (key created on first start).
 */
async function authEnvironment(dataDir: string): Promise<NodeJS.ProcessEnv> {
  const internalSecret = process.env.HUB_INTERNAL_SECRET ?? loadOrCreateLocalSecrets(dataDir).internalSecret;
  if (process.env.OIDC_ISSUER) return { HUB_INTERNAL_SECRET: internalSecret };
  const issuer = await loadOrCreateDevIssuer(dataDir);
  log('Using the development token issuer: `npm run --silent token -- --role kiap` prints a token');
  return {
    HUB_INTERNAL_SECRET: internalSecret,
    OIDC_ISSUER: issuer.issuer,
    OIDC_AUDIENCE: issuer.audience,
    OIDC_JWKS_FILE: path.resolve(devIssuerFiles(dataDir).jwks),
  };
}

try {
  const config = loadHubConfig();
  heapArgs = [`--max-old-space-size=${config.serviceHeapMb}`, '--max-semi-space-size=2'];
  const database = await prepareDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    embeddedPort: config.embeddedPostgresPort,
    seedDemoData: config.seedDemoData,
    log,
  });
  const authEnv = await authEnvironment(config.dataDir);
  onShutdown(async (reason) => {
    stopping = true;
    log(`Stopping (${reason})`);
    for (const child of [...children].reverse()) await stopService(child);
    await database.stop();
    log('Stopped');
  });
  await Promise.all(
    SUBGRAPH_NAMES.map((name) =>
      startService(name, `../subgraphs/${name}/main.ts`, { ...authEnv, [`${ENV_PREFIX[name]}_DATABASE_URL`]: database.subgraphUrls[name] }),
    ),
  );
  const gatewayUrl = await startService('gateway', './main.ts', { ...authEnv, GATEWAY_DATABASE_URL: database.subgraphUrls.gateway });
  log(
    `Klyngehub is ready at ${gatewayUrl.replace('127.0.0.1', 'localhost')}/graphql (started in ${((Date.now() - startedAt) / 1000).toFixed(1)} s)`,
  );
  for (const { name, process: child } of children) {
    child.on('exit', (code, signal) => {
      if (!stopping) log(`${name} exited (${signal ?? code}); stop the hub with Ctrl-C and look above for why`);
    });
  }
} catch (error) {
  for (const child of children) child.process.kill('SIGTERM');
  exitOnStartupError('Klyngehub', error);
}
