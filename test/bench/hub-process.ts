import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ENV_PREFIX, SUBGRAPH_NAMES, type ServiceName } from '../../platform/services.js';
import { LAUNCHER_COMMAND } from '../support/launcher.js';
import { freePort } from '../support/ports.js';
import { processTree } from './cpu.js';

const root = path.resolve(import.meta.dirname, '../..');

/** The hub as `npm start` runs it, on the bench's own data folder and ports. */
export interface Hub {
  process: ChildProcess;
  postgresPort: number;
  ports: Record<ServiceName, number>;
  /** Where each service serves /metrics (loopback, apart from the API port). */
  metricsPorts: Record<ServiceName, number>;
  dataDir: string;
  startedInMs: number;
}

function build(): void {
  const result = spawnSync(process.execPath, ['hub/build.mjs'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('hub/build.mjs failed');
}

/** Starts the launcher and waits for the gateway's first answer to `{ regions { code } }`. */
export async function startHub(dataDir: string): Promise<Hub> {
  const ports = { gateway: await freePort() } as Record<ServiceName, number>;
  for (const name of SUBGRAPH_NAMES) ports[name] = await freePort();
  const metricsPorts = {} as Record<ServiceName, number>;
  for (const name of ['gateway', ...SUBGRAPH_NAMES] as ServiceName[]) metricsPorts[name] = await freePort();
  const postgresPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    // The load comes from one caller per screen; the limiter still counts every request.
    RATE_LIMIT_PER_MINUTE: '100000000',
    DATA_DIR: dataDir,
    EMBEDDED_POSTGRES_PORT: String(postgresPort),
    GATEWAY_PORT: String(ports.gateway),
    ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${ENV_PREFIX[name]}_PORT`, String(ports[name])])),
    ...Object.fromEntries(
      Object.entries(metricsPorts).map(([name, port]) => [`${ENV_PREFIX[name as ServiceName]}_METRICS_PORT`, String(port)]),
    ),
  };
  delete env.DATABASE_URL;
  build(); // a stale build is not part of the start
  const started = performance.now();
  // What `npm start` runs, without npm itself: the build check (nothing to build now), then the compiled launcher.
  build();
  const child = spawn(process.execPath, LAUNCHER_COMMAND, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const gateway = `http://127.0.0.1:${ports.gateway}/graphql`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The hub exited:\n${output}`);
    const answered = await fetch(gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ regions { code } }' }),
    }).then(
      (r) => r.ok,
      () => false,
    );
    if (answered) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { process: child, postgresPort, ports, metricsPorts, dataDir, startedInMs: performance.now() - started };
}

/** Asks the launcher to stop (as Ctrl-C does) and waits until it has. */
export async function stopHub(hub: Hub): Promise<void> {
  if (hub.process.exitCode !== null || hub.process.signalCode !== null) return;
  const exited = new Promise((resolve) => hub.process.once('exit', resolve));
  hub.process.kill('SIGINT');
  await exited;
}

/** Every sample of a metric on a service's /metrics, summed. */
export async function metric(port: number, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const match = /^(\w+)(\{.*\})? (\S+)$/.exec(line);
    if (match?.[1] === name) sum += Number(match[3]);
  }
  return sum;
}

/** A counter summed over the four subgraphs: SQL statements, or requests they served. */
export async function subgraphTotal(hub: Hub, name: string): Promise<number> {
  const values = await Promise.all(SUBGRAPH_NAMES.map((s) => metric(hub.metricsPorts[s], name)));
  return values.reduce((a, b) => a + b, 0);
}

/** Processes of the hub: the launcher and the services it forked, and Postgres with every backend it forked. */
export function hubProcesses(hub: Hub): { postgres: number[]; services: number[] } {
  const postmaster = Number(readFileSync(path.join(hub.dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const all = processTree([hub.process.pid!]);
  const postgres = processTree([postmaster]);
  return { postgres, services: all.filter((pid) => !postgres.includes(pid)) };
}

/**
 * Which of the hub's processes this is, from its command line: "services" (the gateway and
 * the subgraphs together, hub/services.ts), "gateway", "subgraphs" (all four in one), or one
 * subgraph's name (`dist/subgraphs/main.js clusters`).
 */
export function processName(pid: number): string | undefined {
  try {
    const [, entry, together, argument] =
      /dist\/(?:(\w+)\/main|hub\/(services))\.js(?:\0(\w+))?/.exec(readFileSync(`/proc/${pid}/cmdline`, 'utf8')) ?? [];
    return argument ?? entry ?? together;
  } catch {
    return undefined; // ended meanwhile
  }
}

/** Kilobytes of a process's memory from /proc: resident (Rss) or its fair share of pages shared with others (Pss). */
function memoryOf(pid: number, field: 'Rss' | 'Pss'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return Number(match?.[1] ?? 0) * 1024;
  } catch {
    return 0; // a backend that ended meanwhile
  }
}

/**
 * Peak memory while the load runs: each Node process's resident set (the launcher, the gateway, the subgraphs), the
 * resident set of Postgres (postmaster and backends), and the whole hub's proportional set
 * size — Postgres backends share their buffers, so adding their resident sets would count
 * the same pages many times.
 */
export class PeakMemory {
  readonly peak: Record<string, number> = {};
  private timer?: NodeJS.Timeout;

  constructor(private readonly hub: Hub) {}

  private keep(name: string, value: number): void {
    this.peak[name] = Math.max(this.peak[name] ?? 0, value);
  }

  async sample(): Promise<void> {
    const { postgres, services } = hubProcesses(this.hub);
    for (const pid of services) {
      const name = pid === this.hub.process.pid ? 'launcher' : processName(pid);
      if (name) this.keep(`${name} (RSS)`, memoryOf(pid, 'Rss'));
    }
    const sum = (pids: number[], field: 'Rss' | 'Pss') => pids.reduce((total, pid) => total + memoryOf(pid, field), 0);
    this.keep('postgres (PSS)', sum(postgres, 'Pss'));
    this.keep('whole hub (PSS)', sum([...postgres, ...services], 'Pss'));
    this.keep('whole hub (RSS)', sum([...postgres, ...services], 'Rss'));
  }

  start(): void {
    this.timer = setInterval(() => void this.sample().catch(() => {}), 250);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
