import autocannon from 'autocannon';
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { print, type DocumentNode } from 'graphql';
import { connect } from '../../platform/database.js';
import { loadOrCreateLocalSecrets } from '../../db/local-secrets.js';
import { doubleListedData } from './double-data.js';
import { loadOrCreateDevIssuer, type TokenIssuer } from '../../platform/auth/dev-issuer.js';
import { proofHeaderFor } from '../../platform/auth/gateway-proof.js';
import { ENV_PREFIX, SUBGRAPH_NAMES, type ServiceName } from '../../platform/services.js';
import type { Viewer } from '../../platform/viewer.js';
import {
  ClusterDashboardDocument,
  MunicipalityBookingViewDocument,
  RegionOffersViewDocument,
  TriageQueueDocument,
} from '../__generated__/operations.js';
import { freePort } from '../support/ports.js';

/**
 * `npm run bench`: the README's start command on a fresh data folder (so a fresh database
 * with the demo data set), then each user group's typical screen driven by autocannon
 * with 50 connections over loopback, and the cluster dashboard also fetched straight from
 * the owning subgraphs in the same run. Prints throughput, latency percentiles, SQL
 * statements and subgraph fetches per request, and each process's peak memory.
 *
 * Options (environment): BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 50).
 */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const root = path.resolve(import.meta.dirname, '../..');

interface Hub {
  process: ChildProcess;
  postgresPort: number;
  ports: Record<ServiceName, number>;
  /** Where each service serves /metrics (loopback, apart from the API port). */
  metricsPorts: Record<ServiceName, number>;
  dataDir: string;
  startedInMs: number;
}

async function startHub(dataDir: string): Promise<Hub> {
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
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'hub/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
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

async function startHiveGateway(hub: Hub, internalSecret: string): Promise<{ port: number; stop(): Promise<void> }> {
  const child = fork(path.join(root, 'test/bench/hive-gateway-main.ts'), [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      HUB_INTERNAL_SECRET: internalSecret,
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${ENV_PREFIX[name]}_URL`, `http://127.0.0.1:${hub.ports[name]}/graphql`])),
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.on('message', (message: { type?: string; url?: string }) => message.type === 'ready' && resolve(message.url!));
    child.once('exit', (code) => reject(new Error(`Hive Gateway exited with ${code}`)));
  });
  return {
    port: Number(new URL(url).port),
    // Asked to stop, then made to: the bench must end, and leave no process behind.
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(force);
    },
  };
}

async function stopHub(hub: Hub): Promise<void> {
  const exited = new Promise((resolve) => hub.process.once('exit', resolve));
  hub.process.kill('SIGINT');
  await exited;
}

/** Every sample of a metric on a service's /metrics, summed, optionally only where a label has a value. */
async function metric(port: number, name: string, where?: [string, string]): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const match = /^(\w+)(\{.*\})? (\S+)$/.exec(line);
    if (match?.[1] !== name) continue;
    if (where && !match[2]?.includes(`${where[0]}="${where[1]}"`)) continue;
    sum += Number(match[3]);
  }
  return sum;
}

/** Processes of the hub: the services the launcher forked, and Postgres with every backend it forked. */
function hubProcesses(hub: Hub): { postgres: number[]; services: number[] } {
  const postmaster = Number(readFileSync(path.join(hub.dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  return {
    postgres: rows.filter(([pid, parent]) => pid === postmaster || parent === postmaster).map(([pid]) => pid),
    services: rows.filter(([pid, parent]) => parent === hub.process.pid && pid !== postmaster).map(([pid]) => pid),
  };
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
 * Peak memory while the load runs: each service's resident set (from its /metrics), the
 * resident set of Postgres (postmaster and backends), and the whole hub's proportional set
 * size — Postgres backends share their buffers, so adding their resident sets would count
 * the same pages many times.
 */
class PeakMemory {
  readonly peak: Record<string, number> = {};
  private timer?: NodeJS.Timeout;

  constructor(private readonly hub: Hub) {}

  private keep(name: string, value: number): void {
    this.peak[name] = Math.max(this.peak[name] ?? 0, value);
  }

  async sample(): Promise<void> {
    const services = Object.entries(this.hub.metricsPorts) as [ServiceName, number][];
    const values = await Promise.all(services.map(([, port]) => metric(port, 'process_resident_memory_bytes')));
    services.forEach(([name], i) => this.keep(`${name} (RSS)`, values[i]!));
    const { postgres, services: servicePids } = hubProcesses(this.hub);
    this.keep(
      'postgres (PSS)',
      postgres.reduce((sum, pid) => sum + memoryOf(pid, 'Pss'), 0),
    );
    this.keep(
      'whole hub (PSS)',
      [...postgres, ...servicePids].reduce((sum, pid) => sum + memoryOf(pid, 'Pss'), 0),
    );
    this.keep(
      'whole hub (RSS)',
      [...postgres, ...servicePids].reduce((sum, pid) => sum + memoryOf(pid, 'Rss'), 0),
    );
  }

  start(): void {
    this.timer = setInterval(() => void this.sample().catch(() => {}), 250);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

interface Request {
  path: string;
  headers: Record<string, string>;
  body: string;
}

interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  sqlPerRequest: number;
  fetchesPerRequest: number | null;
  non2xx: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Drives `requests` (each connection sends them in turn) and reads the services' counters around the run. */
async function drive(hub: Hub, name: string, port: number, requests: Request[], connections = CONNECTIONS): Promise<Figures> {
  const sqlBefore = await Promise.all(SUBGRAPH_NAMES.map((s) => metric(hub.metricsPorts[s], 'klyngehub_sql_statements_total')));
  const fetchesBefore = await metric(hub.metricsPorts.gateway, 'klyngehub_subgraph_fetch_duration_seconds_count');
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: SECONDS,
        requests: requests.map((r) => ({
          method: 'POST',
          path: r.path,
          headers: { 'content-type': 'application/json', ...r.headers },
          body: r.body,
        })),
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  });
  const sqlAfter = await Promise.all(SUBGRAPH_NAMES.map((s) => metric(hub.metricsPorts[s], 'klyngehub_sql_statements_total')));
  const fetchesAfter = await metric(hub.metricsPorts.gateway, 'klyngehub_subgraph_fetch_duration_seconds_count');
  const units = result.requests.total;
  const sql = sqlAfter.reduce((sum, value, i) => sum + value - sqlBefore[i]!, 0);
  latencies.sort((a, b) => a - b);
  return {
    name,
    requestsPerSecond: result.requests.average,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    sqlPerRequest: sql / units,
    fetchesPerRequest: port === hub.ports.gateway ? (fetchesAfter - fetchesBefore) / units : null,
    non2xx: result.non2xx + result.errors,
  };
}

/** SQL statements per request, over 20 requests sent one after another, and the size of the answer. */
async function sqlPerRequest(hub: Hub, body: string, headers: Record<string, string>): Promise<{ statements: number; bytes: number }> {
  const total = async () =>
    (await Promise.all(SUBGRAPH_NAMES.map((s) => metric(hub.metricsPorts[s], 'klyngehub_sql_statements_total')))).reduce(
      (a, b) => a + b,
      0,
    );
  const before = await total();
  let bytes = 0;
  for (let i = 0; i < 20; i++) bytes = JSON.stringify(await graphql(`http://127.0.0.1:${hub.ports.gateway}/graphql`, body, headers)).length;
  return { statements: ((await total()) - before) / 20, bytes };
}

async function graphql(url: string, body: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const json = (await response.json()) as { errors?: unknown[]; data?: unknown };
  if (json.errors) throw new Error(`${url}: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data;
}

const operation = (document: DocumentNode, variables: Record<string, unknown>) => JSON.stringify({ query: print(document), variables });

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'klyngehub-bench-'));
  chmodSync(dataDir, 0o755);
  let hub = await startHub(dataDir);
  const firstStart = hub.startedInMs;
  await stopHub(hub);
  hub = await startHub(dataDir);
  const laterStart = hub.startedInMs;
  const memory = new PeakMemory(hub);
  try {
    const issuer: TokenIssuer = await loadOrCreateDevIssuer(dataDir);
    const { internalSecret } = loadOrCreateLocalSecrets(dataDir);
    const bearer = async (viewer: Exclude<Viewer, { kind: 'anonymous' }>) => `Bearer ${await issuer.sign(viewer, { expiresIn: '1h' })}`;
    const gatewayUrl = `http://127.0.0.1:${hub.ports.gateway}/graphql`;
    // The dashboard of an Aarhus cluster with a package booking, so each of its lists has rows.
    const aarhus = (await graphql(gatewayUrl, operation(MunicipalityBookingViewDocument, { code: '751' }), {
      authorization: await bearer({ kind: 'municipality', subject: 'bench', municipalityCode: '751' }),
    })) as { municipality: { packageBookings: { cluster: { id: string } }[]; clusters: { id: string }[] } };
    const clusterId = (aarhus.municipality.packageBookings[0]?.cluster ?? aarhus.municipality.clusters[0]!).id;
    const coordinator = await bearer({ kind: 'cluster', subject: 'bench', clusterId, clusterRole: 'coordinator', regionCode: '1082' });
    const screens: [string, Record<string, string>, string][] = [
      [
        "municipality's booking view",
        { authorization: await bearer({ kind: 'municipality', subject: 'bench', municipalityCode: '751' }) },
        operation(MunicipalityBookingViewDocument, { code: '751' }),
      ],
      [
        "region's offers view",
        { authorization: await bearer({ kind: 'region', subject: 'bench', regionCode: '1082' }) },
        operation(RegionOffersViewDocument, { code: '1082' }),
      ],
      ["KiAP's triage queue", { authorization: await bearer({ kind: 'kiap', subject: 'bench' }) }, operation(TriageQueueDocument, {})],
      ["cluster's dashboard", { authorization: coordinator }, operation(ClusterDashboardDocument, { id: clusterId })],
    ];
    for (const [, headers, body] of screens) await graphql(gatewayUrl, body, headers); // each answers without errors

    // The dashboard straight from the owning subgraphs: the cluster first, then the other three with its region.
    const { cluster } = (await graphql(
      `http://127.0.0.1:${hub.ports.clusters}/graphql`,
      JSON.stringify({ query: `{ cluster(id: "${clusterId}") { id name region { code } } }` }),
      {
        authorization: coordinator,
        ...(await proofHeaderFor(internalSecret, 'clusters', `http://127.0.0.1:${hub.ports.clusters}/graphql`, {
          authorization: coordinator,
          body: JSON.stringify({ query: `{ cluster(id: "${clusterId}") { id name region { code } } }` }),
        })),
      },
    )) as { cluster: { region: { code: string } } };
    memory.start();
    const figures: Figures[] = [];
    for (const [name, headers, body] of screens) {
      figures.push(await drive(hub, `${name} (gateway)`, hub.ports.gateway, [{ path: '/graphql', headers, body }]));
    }
    // The same screens through Hive Gateway serving the same supergraph file, in its own process.
    const hive = await startHiveGateway(hub, internalSecret);
    try {
      for (const [, headers, body] of screens) await graphql(`http://127.0.0.1:${hive.port}/graphql`, body, headers); // answers, no errors
      for (const [name, headers, body] of screens) {
        figures.push(await drive(hub, `${name} (Hive Gateway)`, hive.port, [{ path: '/graphql', headers, body }]));
      }
    } finally {
      await hive.stop();
    }
    const reference = { __typename: 'Cluster', id: clusterId, region: { code: cluster.region.code } };
    const direct: [ServiceName, string][] = [
      ['clusters', `{ cluster(id: "${clusterId}") { id name region { code } } }`],
      [
        'municipalities',
        `query($c: [_Any!]!, $r: [_Any!]!) { c: _entities(representations: $c) { ... on Cluster { municipalities { code name } packageBookings { id status package } } } r: _entities(representations: $r) { ... on Region { code name } } }`,
      ],
      ['offers', 'query($c: [_Any!]!) { _entities(representations: $c) { ... on Cluster { regionalOffers { id title kind } } } }'],
      [
        'inquiries',
        'query($c: [_Any!]!) { _entities(representations: $c) { ... on Cluster { forwardedInquiries { answer inquiry { id title } } } } }',
      ],
    ];
    // Signed now: a gateway proof is good for 30 s.
    const directRequests = await Promise.all(
      direct.map(async ([service, query]): Promise<Request & { service: ServiceName }> => {
        const variables = { c: [{ __typename: 'Cluster', id: clusterId }], r: [{ __typename: 'Region', code: cluster.region.code }] };
        const withRegion =
          service === 'offers' || service === 'inquiries' ? { c: [reference] } : service === 'municipalities' ? variables : undefined;
        const body = JSON.stringify({ query, variables: withRegion });
        return {
          service,
          path: '/graphql',
          body,
          headers: {
            authorization: coordinator,
            ...(await proofHeaderFor(internalSecret, service, `http://127.0.0.1:${hub.ports[service]}/graphql`, {
              authorization: coordinator,
              body,
            })),
          },
        };
      }),
    );

    for (const r of directRequests) await graphql(`http://127.0.0.1:${hub.ports[r.service]}/graphql`, r.body, r.headers);
    // autocannon drives one port per run; the direct dashboard is four runs at once, one per subgraph,
    // sharing the connections, and counts as many dashboards per second as its slowest part serves.
    const directRuns = await Promise.all(
      directRequests.map(async (r) => ({
        ...(await drive(hub, `  ${r.service} part`, hub.ports[r.service], [r], Math.ceil(CONNECTIONS / directRequests.length))),
        sqlPerRequest: NaN, // the four run at once, so their statements cannot be told apart
      })),
    );
    const slowest = directRuns.reduce((a, b) => (a.requestsPerSecond < b.requestsPerSecond ? a : b));
    figures.push({
      name: "cluster's dashboard (direct to subgraphs)",
      requestsPerSecond: slowest.requestsPerSecond,
      p50: directRuns.reduce((s, r) => s + r.p50, 0),
      p95: directRuns.reduce((s, r) => s + r.p95, 0),
      p99: directRuns.reduce((s, r) => s + r.p99, 0),
      sqlPerRequest: NaN,
      fetchesPerRequest: null,
      non2xx: directRuns.reduce((s, r) => s + r.non2xx, 0),
    });
    await memory.sample();
    memory.stop();

    // The same screens on twice the data: the statement counts must not move.
    type Measured = Awaited<ReturnType<typeof sqlPerRequest>>;
    const sqlCounts: [string, Measured, Measured][] = [];
    for (const [name, headers, body] of screens)
      sqlCounts.push([name, await sqlPerRequest(hub, body, headers), { statements: NaN, bytes: 0 }]);
    const admin = connect(
      `postgres://postgres:${encodeURIComponent(loadOrCreateLocalSecrets(dataDir).postgresPassword)}@127.0.0.1:${hub.postgresPort}/klyngehub`,
      {
        applicationName: 'bench',
        maxConnections: 1,
      },
    );
    try {
      await doubleListedData(admin);
    } finally {
      await admin.end();
    }
    for (const [i, [, headers, body]] of screens.entries()) sqlCounts[i]![2] = await sqlPerRequest(hub, body, headers);
    report(figures, directRuns, memory.peak, firstStart, laterStart, sqlCounts);
  } finally {
    memory.stop();
    await stopHub(hub);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(
  figures: Figures[],
  directRuns: Figures[],
  peak: Record<string, number>,
  firstStart: number,
  laterStart: number,
  sqlCounts: [string, { statements: number; bytes: number }, { statements: number; bytes: number }][],
): void {
  const pad = (value: string, width: number) => value.padStart(width);
  const ms = (value: number) => (Number.isNaN(value) ? '–' : value.toFixed(1));
  console.log(
    `\nKlyngehub benchmark — ${CONNECTIONS} connections, ${SECONDS} s per operation, NODE_ENV=production, Node ${process.version}\n`,
  );
  console.log(
    `${'operation'.padEnd(44)}${pad('req/s', 9)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('p99 ms', 9)}${pad('SQL/req', 9)}${pad('fetch/req', 11)}${pad('failed', 8)}`,
  );
  for (const f of [...figures, ...directRuns]) {
    console.log(
      `${f.name.padEnd(44)}${pad(f.requestsPerSecond.toFixed(0), 9)}${pad(ms(f.p50), 9)}${pad(ms(f.p95), 9)}${pad(ms(f.p99), 9)}${pad(Number.isNaN(f.sqlPerRequest) ? '–' : f.sqlPerRequest.toFixed(1), 9)}${pad(f.fetchesPerRequest === null ? '–' : f.fetchesPerRequest.toFixed(1), 11)}${pad(String(f.non2xx), 8)}`,
    );
  }
  const gatewayDashboard = figures.find((f) => f.name === "cluster's dashboard (gateway)")!;
  const directDashboard = figures.find((f) => f.name.startsWith("cluster's dashboard (direct"))!;
  const ratio = gatewayDashboard.requestsPerSecond / directDashboard.requestsPerSecond;
  console.log(`\nGateway / direct throughput for the cluster dashboard: ${(ratio * 100).toFixed(0)} % (target ≥ 60 %)`);
  console.log(`Cluster dashboard p99 through the gateway: ${ms(gatewayDashboard.p99)} ms (target < 100 ms)`);
  console.log('\nSQL statements per request, demo data → twice the listed data (target: equal):');
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
  for (const [name, demo, doubled] of sqlCounts)
    console.log(
      `  ${name.padEnd(30)}${pad(demo.statements.toFixed(1), 6)} → ${doubled.statements.toFixed(1)}   (answer ${kb(demo.bytes)} → ${kb(doubled.bytes)})`,
    );
  console.log('\nPeak resident memory (MB):');
  for (const [name, bytes] of Object.entries(peak)) console.log(`  ${name.padEnd(24)}${pad((bytes / 1024 / 1024).toFixed(0), 6)}`);
  console.log(`  (target for the whole hub < 500 MB; RSS adds up pages the processes share)`);
  console.log(
    `\nStart to first answer: ${(firstStart / 1000).toFixed(1)} s on a fresh data folder (initdb, migrations, demo data), ${(laterStart / 1000).toFixed(1)} s after (target < 10 s)`,
  );
}

// Sockets kept alive by fetch and autocannon would hold the process open after the report.
await main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
