import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ENV_PREFIX } from '../../platform/services.js';

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
 * One of the hub's services as its own process, started the way `npm start` starts it
 * (`node --import tsx <entry>`, production mode); resolves once it reports that it listens.
 */
export function spawnService(entry: string, env: NodeJS.ProcessEnv): Promise<ServiceProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    // /metrics on a port of the system's choosing: parallel test files must not race for the defaults.
    env: { ...process.env, NODE_ENV: 'production', ...ANY_METRICS_PORT, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const service = { process: child, output: () => output };
  return new Promise((resolve, reject) => {
    child.on('message', (message: { type?: string }) => message.type === 'ready' && resolve(service));
    child.once('exit', (code) => reject(new Error(`${entry} exited with ${code}:\n${output}`)));
  });
}
