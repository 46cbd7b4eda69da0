import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ENV_PREFIX, type SubgraphName } from '../../platform/services.js';

const root = path.resolve(import.meta.dirname, '../..');

/** Every service's /metrics listener on port 0, for processes started by tests. */
export const ANY_METRICS_PORT: Record<string, string> = Object.fromEntries(
  Object.values(ENV_PREFIX).map((prefix) => [`${prefix}_METRICS_PORT`, '0']),
);

export interface ServiceProcess {
  process: ChildProcess;
  /** Everything it printed so far, for failure messages. */
  output(): string;
}

/**
 * One of the hub's services as its own process, from the bundle `npm start` runs (built by
 * the tests' global set-up), in production mode; resolves once it reports that it listens.
 */
export function spawnService(service: 'gateway' | SubgraphName, env: NodeJS.ProcessEnv): Promise<ServiceProcess> {
  const [entry, ...args] = service === 'gateway' ? ['dist/gateway/main.js'] : ['dist/subgraphs/main.js', service];
  const child = spawn(process.execPath, [entry!, ...args], {
    cwd: root,
    // /metrics on a port of the system's choosing: parallel test files must not race for the defaults.
    env: { ...process.env, NODE_ENV: 'production', ...ANY_METRICS_PORT, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const running = { process: child, output: () => output };
  return new Promise((resolve, reject) => {
    child.on('message', (message: { type?: string }) => message.type === 'ready' && resolve(running));
    child.once('exit', (code) => reject(new Error(`${service} exited with ${code}:\n${output}`)));
  });
}
