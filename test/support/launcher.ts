import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ENV_PREFIX, SUBGRAPH_NAMES } from '../../platform/services.js';
import { freePort } from './ports.js';
import { ANY_METRICS_PORT } from './processes.js';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * What `npm start` runs after its build step (package.json's start script, which a test
 * holds to this): the compiled launcher, with the small young generation its services get
 * too (the launcher's default 16 MB semi-spaces cost it ≈ 15 MB of memory for nothing).
 */
export const LAUNCHER_COMMAND = ['--max-semi-space-size=2', 'dist/hub/main.js'];

export interface LaunchedHub {
  process: ChildProcess;
  output: () => string;
  ports: Record<string, number>;
}

/**
 * `npm start` as a user runs it (the compiled hub/main.ts): its own processes, its own data folder,
 * in its own process group so Ctrl-C can reach every process. The launcher chooses each
 * service's port before starting it, so free ones are picked here.
 */
export async function launchHub(env: Record<string, string>, options: { subgraphPorts?: 'known' | 'any' } = {}): Promise<LaunchedHub> {
  // Another test file may take a port between its probe and the hub's bind: try again with new ones.
  for (let attempt = 1; ; attempt++) {
    try {
      return await launchOnce(env, options.subgraphPorts ?? 'known');
    } catch (error) {
      if (attempt === 3 || !String(error).includes('EADDRINUSE')) throw error;
    }
  }
}

/**
 * One start. The gateway's port must be known beforehand (the development issuer's URL
 * holds it); the subgraphs' may be left to the system (port 0) when the test need not know
 * them, and the launcher tells the gateway where they are.
 */
async function launchOnce(env: Record<string, string>, subgraphPorts: 'known' | 'any'): Promise<LaunchedHub> {
  const ports: Record<string, number> = { gateway: await freePort() };
  for (const name of SUBGRAPH_NAMES) ports[name] = subgraphPorts === 'known' ? await freePort() : 0;
  const childEnv: Record<string, string> = {
    ...(process.env as Record<string, string>),
    ...ANY_METRICS_PORT,
    EMBEDDED_POSTGRES_PORT: String(await freePort()),
    GATEWAY_PORT: String(ports.gateway),
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${ENV_PREFIX[name]}_PORT`, String(ports[name])])),
  };
  delete childEnv.DATABASE_URL;
  delete childEnv.NODE_ENV; // vitest sets "test", which changes Apollo's signal handling; a user has none
  Object.assign(childEnv, env);
  // test/support/global-setup.ts built it once for every file.
  const child = spawn(process.execPath, LAUNCHER_COMMAND, {
    cwd: root,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`hub did not start:\n${output}`)), 45_000);
    child.stdout!.on('data', () => {
      if (output.includes('Klyngehub is ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', () => reject(new Error(`hub exited:\n${output}`)));
  });
  return { process: child, output: () => output, ports };
}

/** Ctrl-C in a terminal sends SIGINT to the whole foreground process group at once. */
export async function pressCtrlC(hub: LaunchedHub): Promise<number | null> {
  if (hub.process.exitCode !== null) return hub.process.exitCode;
  // 'close', not 'exit': the launcher's last lines may still be in the pipe when it exits.
  const exited = new Promise<number | null>((resolve) => hub.process.once('close', (code) => resolve(code)));
  process.kill(-hub.process.pid!, 'SIGINT');
  return exited;
}
