import { execFileSync, fork } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { print, type DocumentNode } from 'graphql';
import { connect } from '../../platform/database.js';
import { loadOrCreateLocalSecrets } from '../../db/local-secrets.js';
import { loadOrCreateDevIssuer } from '../../platform/auth/dev-issuer.js';
import { proofHeaderFor } from '../../platform/auth/gateway-proof.js';
import { ENV_PREFIX, SUBGRAPH_NAMES } from '../../platform/services.js';
import type { Viewer } from '../../platform/viewer.js';
import type { ReadyMessage } from '../../platform/lifecycle.js';
import {
  ClusterDashboardDocument,
  MunicipalityBookingViewDocument,
  RegionOffersViewDocument,
  TriageQueueDocument,
} from '../__generated__/operations.js';
import type { HivePlanner } from '../support/hive-gateway.js';
import { compiledEntry } from './compile.js';
import { cpuMsOf, processTree } from './cpu.js';
import { hubProcesses, PeakMemory, processName, startHub, stopHub, type Hub } from './hub-process.js';
import { driveDirect, driveGateway, type Figures, type Load, type Screen } from './load.js';
import { monotonicMicroseconds, summarizeProfiles } from './profile.js';
import { multiplyData, type RowCounts } from './scale-data.js';

/**
 * `npm run bench [-- --quick] [-- --out file] [-- --profile dir [--scaled] [--screen name]]`: the README's start command on a fresh data
 * folder (a fresh database with the demo data set), then each user group's typical screen
 * driven with 50 connections over loopback through the hub's gateway, through Hive Gateway
 * with its JavaScript planner and with Hive Router's Rust planner (same supergraph, same
 * subgraphs, deduplication off in both gateways), and the cluster dashboard straight from
 * the subgraphs as the floor. Then the data (clusters and what the screens list) is multiplied tenfold and the hub's
 * gateway driven again. Prints a table and writes every figure to bench/results.json.
 *
 * CPU milliseconds per request, summed over every process of the hub (launcher, gateway,
 * subgraphs, Postgres and its backends, and the peer gateway under test) from /proc, is
 * the figure that stays comparable on a shared, noisy machine; it comes first.
 *
 * Environment: BENCH_SECONDS (default 10; 2 with --quick), BENCH_CONNECTIONS (default 50; 10 with --quick),
 * BENCH_REQUESTS (a number of requests per phase instead of seconds; the bench's test uses it).
 * `--quick` checks that every part runs, in about a minute; its figures are not the bench's.
 */
const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    out: { type: 'string' },
    profile: { type: 'string' },
    scaled: { type: 'boolean', default: false },
    screen: { type: 'string', default: 'dashboard' },
  },
});
/**
 * `--profile dir`: only one screen (the dashboard unless `--screen` names another: bookings, offers, triage) through the
 * hub's gateway, with a V8 CPU profile of every service written to dir and summarised; with `--scaled`, on the data
 * multiplied as for the bench's last phases (what grows with the data, and where).
 */
const PROFILE_DIR = options.profile ? path.resolve(options.profile) : undefined;
const root = path.resolve(import.meta.dirname, '../..');
const OUT = path.resolve(options.out ?? path.join(root, 'bench/results.json'));
const LOAD: Load = {
  seconds: Number(process.env.BENCH_SECONDS ?? (options.quick ? 2 : 10)),
  connections: Number(process.env.BENCH_CONNECTIONS ?? (options.quick ? 10 : 50)),
  warmUpSeconds: options.quick ? 0 : 2,
  ...(process.env.BENCH_REQUESTS ? { requests: Number(process.env.BENCH_REQUESTS) } : {}),
};
const SCALE = options.quick ? 2 : 10;
const DASHBOARD = "cluster's dashboard";
/** The names `--screen` takes, for the screens' operations. */
const SCREENS: Record<string, string> = {
  dashboard: DASHBOARD,
  bookings: "municipality's booking view",
  offers: "region's offers view",
  triage: "KiAP's triage queue",
};
if (!SCREENS[options.screen]) throw new Error(`--screen takes one of ${Object.keys(SCREENS).join(', ')}`);

/** A peer gateway in its own process over the hub's subgraphs, stopped for sure when done. */
async function startHiveGateway(hub: Hub, internalSecret: string, planner: HivePlanner, entry: string) {
  const child = fork(entry, [], {
    // Not this runner's tsx loader, which fork() passes on by default: the peer is compiled.
    execArgv: [],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      // Hive's HTTP executor adds an abort listener per subgraph call to one signal; Node warns about it under load.
      NODE_NO_WARNINGS: '1',
      HIVE_PLANNER: planner,
      HUB_INTERNAL_SECRET: internalSecret,
      ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [`${ENV_PREFIX[name]}_URL`, `http://127.0.0.1:${hub.ports[name]}/graphql`])),
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.on('message', (message: Partial<ReadyMessage>) => message.type === 'ready' && resolve(message.urls!.gateway!));
    child.once('exit', (code) => reject(new Error(`Hive Gateway exited with ${code}`)));
  });
  return {
    pid: child.pid!,
    port: Number(new URL(url).port),
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

async function graphql(url: string, body: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const json = (await response.json()) as { errors?: unknown[]; data?: unknown };
  if (json.errors) throw new Error(`${url}: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json.data;
}

const operation = (document: DocumentNode, variables: Record<string, unknown>) => JSON.stringify({ query: print(document), variables });

interface Results {
  date: string;
  node: string;
  cores: number;
  load: Load;
  quick: boolean;
  /** Milliseconds from launching the hub to its first answer. */
  start: { freshDataFolderMs: number; existingDataFolderMs: number };
  /** Peak bytes while the load ran. */
  memory: Record<string, number>;
  phases: Figures[];
  /** The hub's gateway again after the data was multiplied by `factor`. */
  scaled: { factor: number; rows: RowCounts; phases: Figures[] };
  /** What the run left: the data folder and ports, for the test that checks nothing stays behind. */
  left: { dataDir: string; ports: number[] };
}

/** What a `--profile` run measured: the screen's figures, and the window and services its profiles are read for. */
interface ProfiledRun {
  figures: Figures;
  window: { fromUs: number; toUs: number; requests: number };
  /** Each service's process and the CPU it used in the window. */
  services: Map<number, { service: string; cpuMs: number }>;
  /** CPU the rest of the hub used in the window: Postgres with its backends, and the launcher. */
  otherCpuMs: { postgres: number; launcher: number };
}

/**
 * One screen through the hub's gateway twice: once to warm up, once inside the window
 * the profiles are read for (their samples carry the monotonic clock's time).
 */
async function profiledScreen(hub: Hub, hubTree: () => number[], screen: Screen): Promise<ProfiledRun> {
  await driveGateway(hub, hubTree, 'klyngehub', hub.ports.gateway, screen, LOAD);
  const { postgres } = hubProcesses(hub);
  const cpuBefore = new Map(hubTree().map((pid) => [pid, cpuMsOf(pid)]));
  const fromUs = monotonicMicroseconds();
  const figures = await driveGateway(hub, hubTree, 'klyngehub', hub.ports.gateway, screen, { ...LOAD, warmUpSeconds: 0 });
  const toUs = monotonicMicroseconds();
  const used = (pid: number) => cpuMsOf(pid) - (cpuBefore.get(pid) ?? 0);
  const services = new Map<number, { service: string; cpuMs: number }>();
  const otherCpuMs = { postgres: 0, launcher: used(hub.process.pid!) };
  for (const pid of hubTree()) {
    const service = processName(pid);
    if (service && pid !== hub.process.pid) services.set(pid, { service, cpuMs: used(pid) });
    else if (postgres.includes(pid) || !cpuBefore.has(pid)) otherCpuMs.postgres += Math.max(0, used(pid));
  }
  return { figures, window: { fromUs, toUs, requests: figures.requests }, services, otherCpuMs };
}

function reportProfile(run: ProfiledRun, dir: string): void {
  const { figures } = run;
  console.log(
    `\nProfiled through the hub's gateway: ${figures.operation}${options.scaled ? `, data ×${SCALE}` : ''}, ${figures.requestsPerSecond.toFixed(0)} req/s, ${figures.cpuMsPerRequest.toFixed(1)} ms CPU per request over the whole hub (Postgres and the launcher included; profiling itself costs some)\n`,
  );
  const perRequest = (ms: number) => (ms / run.window.requests).toFixed(2).padStart(7);
  console.log('CPU ms per request of each process, and where each service spent it (self time, by package or folder)');
  console.log(`\n  ${'postgres'.padEnd(16)}${perRequest(run.otherCpuMs.postgres)} ms (all backends)`);
  console.log(`  ${'launcher'.padEnd(16)}${perRequest(run.otherCpuMs.launcher)} ms`);
  for (const service of summarizeProfiles(dir, root, run.window, run.services, 14)) {
    console.log(`\n  ${service.service.padEnd(16)}${service.cpuMsPerRequest.toFixed(2).padStart(7)} ms`);
    for (const { category, msPerRequest } of service.top) console.log(`    ${category.padEnd(40)}${msPerRequest.toFixed(2).padStart(7)}`);
  }
  console.log(`\nThe profiles (open them in Chrome DevTools or speedscope): ${path.relative(process.cwd(), dir) || dir}`);
}

/** Multiplies the hub's data by SCALE (scale-data.ts) and says how many rows each table had before and has after. */
async function multiplied(hub: Hub, postgresPassword: string): Promise<RowCounts> {
  const admin = connect(`postgres://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${hub.postgresPort}/klyngehub`, {
    applicationName: 'bench',
    maxConnections: 1,
  });
  try {
    return await multiplyData(admin, SCALE);
  } finally {
    await admin.end();
  }
}

/** What the run has started, for cleanUp: its data folder, and how to stop each peer gateway. */
const started = { dataDir: '', peers: [] as (() => Promise<void>)[], interrupted: false };

let cleaning: Promise<void> | undefined;
/**
 * Stops what the run started and removes its data folder: at the run's end, and on Ctrl-C
 * (or a stop from `npm test`), which before ended the run at once and left the folder behind.
 * A hub still starting has no handle yet, so the hubs are found among this process's
 * descendants and stopped as Ctrl-C stops them (a second signal changes nothing); the
 * folder goes once no process names it, for Postgres writes to it until it has stopped, also
 * after the launcher it outlives. Once begun, every caller waits for the same.
 */
function cleanUp(): Promise<void> {
  cleaning ??= stopAndRemove();
  return cleaning;
}

async function stopAndRemove(): Promise<void> {
  for (const stop of started.peers) await stop();
  const launchers = () => processTree([process.pid]).filter((pid) => processName(pid) === 'hub');
  const busy = () => launchers().length > 0 || execFileSync('ps', ['-e', '-o', 'args='], { encoding: 'utf8' }).includes(started.dataDir);
  for (const deadline = Date.now() + 10_000; started.dataDir && busy() && Date.now() < deadline;) {
    for (const pid of launchers())
      try {
        process.kill(pid, 'SIGINT');
      } catch {
        // Ended meanwhile.
      }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (started.dataDir) rmSync(started.dataDir, { recursive: true, force: true });
}
// `on`, not `once`: tsx passes the signal on as well, and a second one would end the run at once.
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (started.interrupted) return;
    started.interrupted = true;
    void cleanUp()
      .catch((error: unknown) => console.error(error))
      .finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });

/** Nothing new is started once the run is being stopped. */
function notInterrupted(): void {
  if (started.interrupted) throw new Error('Interrupted');
}

async function main(): Promise<Results | ProfiledRun> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'klyngehub-bench-'));
  chmodSync(dataDir, 0o755);
  started.dataDir = dataDir;
  try {
    return await runIn(dataDir);
  } finally {
    await cleanUp();
  }
}

async function runIn(dataDir: string): Promise<Results | ProfiledRun> {
  let hub = await startHub(dataDir);
  const freshDataFolderMs = hub.startedInMs;
  await stopHub(hub);
  if (PROFILE_DIR) {
    // Profiles of an earlier run there would be read as this run's.
    mkdirSync(PROFILE_DIR, { recursive: true });
    for (const file of readdirSync(PROFILE_DIR)) if (file.endsWith('.cpuprofile')) rmSync(path.join(PROFILE_DIR, file));
    process.env.HUB_CPU_PROFILE_DIR = PROFILE_DIR;
  }
  notInterrupted();
  hub = await startHub(dataDir);
  const existingDataFolderMs = hub.startedInMs;
  const memory = new PeakMemory(hub);
  const stopping = started.peers;
  try {
    const issuer = await loadOrCreateDevIssuer(dataDir);
    const { internalSecret, postgresPassword } = loadOrCreateLocalSecrets(dataDir);
    const bearer = async (viewer: Exclude<Viewer, { kind: 'anonymous' }>) => `Bearer ${await issuer.sign(viewer, { expiresIn: '2h' })}`;
    const gatewayUrl = `http://127.0.0.1:${hub.ports.gateway}/graphql`;
    // The dashboard of an Aarhus cluster with a package booking, so each of its lists has rows.
    const aarhus = (await graphql(
      gatewayUrl,
      JSON.stringify({ query: '{ municipality(code: "751") { packageBookings(first: 1) { cluster { id } } clusters { id } } }' }),
      { authorization: await bearer({ kind: 'municipality', subject: 'bench', municipalityCode: '751' }) },
    )) as { municipality: { packageBookings: { cluster: { id: string } }[]; clusters: { id: string }[] } };
    const clusterId = (aarhus.municipality.packageBookings[0]?.cluster ?? aarhus.municipality.clusters[0]!).id;
    const coordinator = await bearer({ kind: 'cluster', subject: 'bench', clusterId, clusterRole: 'coordinator', regionCode: '1082' });
    const screens: Screen[] = [
      {
        operation: "municipality's booking view",
        headers: { authorization: await bearer({ kind: 'municipality', subject: 'bench', municipalityCode: '751' }) },
        body: operation(MunicipalityBookingViewDocument, { code: '751' }),
      },
      {
        operation: "region's offers view",
        headers: { authorization: await bearer({ kind: 'region', subject: 'bench', regionCode: '1082' }) },
        body: operation(RegionOffersViewDocument, { code: '1082' }),
      },
      {
        operation: "KiAP's triage queue",
        headers: { authorization: await bearer({ kind: 'kiap', subject: 'bench' }) },
        body: operation(TriageQueueDocument, {}),
      },
      { operation: DASHBOARD, headers: { authorization: coordinator }, body: operation(ClusterDashboardDocument, { id: clusterId }) },
    ];
    for (const screen of screens) await graphql(gatewayUrl, screen.body, screen.headers); // each answers without errors

    const hubTree = () => processTree([hub.process.pid!]);
    if (PROFILE_DIR && options.scaled) await multiplied(hub, postgresPassword);
    if (PROFILE_DIR)
      return await profiledScreen(
        hub,
        hubTree,
        screens.find((screen) => screen.operation === SCREENS[options.screen])!,
      );
    const phases: Figures[] = [];
    memory.start();
    for (const screen of screens) phases.push(await driveGateway(hub, hubTree, 'klyngehub', hub.ports.gateway, screen, LOAD));
    // Both peers start together (each takes seconds to load) and wait idle until their turn.
    // allSettled: a peer that failed to start must not leave the other running unseen by `stopping`.
    const hiveEntry = await compiledEntry('test/bench/hive-gateway-main.ts');
    notInterrupted();
    const starts = await Promise.allSettled(
      (['javascript', 'rust'] as const).map(async (planner) => {
        const hive = await startHiveGateway(hub, internalSecret, planner, hiveEntry);
        stopping.push(hive.stop);
        return { planner, hive };
      }),
    );
    const peers = starts.map((start) => {
      if (start.status === 'rejected') throw start.reason;
      return start.value;
    });
    for (const { planner, hive } of peers) {
      const name = planner === 'rust' ? 'hive-rust' : 'hive';
      for (const screen of screens) await graphql(`http://127.0.0.1:${hive.port}/graphql`, screen.body, screen.headers);
      const withHive = () => [...hubTree(), ...processTree([hive.pid])];
      for (const screen of screens) phases.push(await driveGateway(hub, withHive, name, hive.port, screen, LOAD));
      await hive.stop();
    }

    // The dashboard straight from the owning subgraphs: the cluster first, then the other three with its region.
    const clusterQuery = JSON.stringify({ query: `{ cluster(id: "${clusterId}") { id name region { code } } }` });
    const { cluster } = (await graphql(`http://127.0.0.1:${hub.ports.clusters}/graphql`, clusterQuery, {
      authorization: coordinator,
      ...(await proofHeaderFor(internalSecret, 'clusters', `http://127.0.0.1:${hub.ports.clusters}/graphql`, {
        authorization: coordinator,
        body: clusterQuery,
      })),
    })) as { cluster: { region: { code: string } } };
    const clusterRef = { __typename: 'Cluster', id: clusterId, region: { code: cluster.region.code } };
    const entities = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
    phases.push(
      await driveDirect(
        hub,
        hubTree,
        DASHBOARD,
        {
          first: { subgraph: 'clusters', body: clusterQuery },
          rest: [
            {
              subgraph: 'municipalities',
              body: entities(
                `query($c: [_Any!]!, $r: [_Any!]!) { c: _entities(representations: $c) { ... on Cluster { municipalities { code name } packageBookings { id status package } } } r: _entities(representations: $r) { ... on Region { code name } } }`,
                { c: [{ __typename: 'Cluster', id: clusterId }], r: [{ __typename: 'Region', code: cluster.region.code }] },
              ),
            },
            {
              subgraph: 'offers',
              body: entities(
                'query($c: [_Any!]!) { _entities(representations: $c) { ... on Cluster { regionalOffers { id title kind } } } }',
                { c: [clusterRef] },
              ),
            },
            {
              subgraph: 'inquiries',
              body: entities(
                'query($c: [_Any!]!) { _entities(representations: $c) { ... on Cluster { forwardedInquiries { answer inquiry { id title } } } } }',
                { c: [clusterRef] },
              ),
            },
          ],
        },
        coordinator,
        internalSecret,
        LOAD,
      ),
    );
    await memory.sample();
    memory.stop();

    const rows = await multiplied(hub, postgresPassword);
    const scaled: Figures[] = [];
    for (const screen of screens) scaled.push(await driveGateway(hub, hubTree, 'klyngehub', hub.ports.gateway, screen, LOAD));
    return {
      date: new Date().toISOString(),
      node: process.version,
      cores: cpus().length,
      load: LOAD,
      quick: options.quick,
      start: { freshDataFolderMs, existingDataFolderMs },
      memory: memory.peak,
      phases,
      scaled: { factor: SCALE, rows, phases: scaled },
      left: {
        dataDir,
        ports: [...Object.values(hub.ports), ...Object.values(hub.metricsPorts), hub.postgresPort],
      },
    };
  } finally {
    memory.stop();
  }
}

function report(results: Results): void {
  const pad = (value: string, width: number) => value.padStart(width);
  const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
  const { load } = results;
  console.log(
    `\nKlyngehub benchmark — ${load.connections} connections, ${load.requests ? `${load.requests} requests` : `${load.seconds} s`} per phase after ${load.warmUpSeconds} s warm-up, NODE_ENV=production, Node ${results.node}, ${results.cores} cores\n`,
  );
  const header = `${'operation'.padEnd(30)}${'gateway'.padEnd(11)}${pad('CPU ms/req', 11)}${pad('req/s', 8)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('p99 ms', 9)}${pad('SQL/req', 9)}${pad('fetch/req', 11)}${pad('failed', 8)}`;
  const row = (f: Figures) =>
    `${f.operation.padEnd(30)}${f.gateway.padEnd(11)}${pad(fixed(f.cpuMsPerRequest), 11)}${pad(fixed(f.requestsPerSecond, 0), 8)}${pad(fixed(f.p50, 0), 9)}${pad(fixed(f.p95, 0), 9)}${pad(fixed(f.p99, 0), 9)}${pad(fixed(f.sqlPerRequest), 9)}${pad(fixed(f.fetchesPerRequest), 11)}${pad(String(f.failed), 8)}`;
  console.log(header);
  for (const f of results.phases) console.log(row(f));
  console.log(
    `\nThe hub's gateway again after the data was multiplied by ${results.scaled.factor} (clusters, their referral counts, bookings, offers, inquiries):`,
  );
  for (const f of results.scaled.phases) console.log(row(f));
  console.log(
    `(rows: ${Object.entries(results.scaled.rows)
      .map(([table, { before, after }]) => `${table} ${before} → ${after}`)
      .join(', ')})`,
  );

  const find = (phases: Figures[], gateway: string) => phases.find((f) => f.operation === DASHBOARD && f.gateway === gateway)!;
  const ours = find(results.phases, 'klyngehub');
  const hive = find(results.phases, 'hive');
  const hiveRust = find(results.phases, 'hive-rust');
  console.log(`\nAgainst the targets (cluster dashboard):`);
  console.log(`  CPU per request, whole hub: ${fixed(ours.cpuMsPerRequest)} ms (target ≤ 6)`);
  console.log(
    `  throughput, ours ÷ Hive Gateway: ${fixed(ours.requestsPerSecond / hive.requestsPerSecond, 2)} (JavaScript planner), ${fixed(ours.requestsPerSecond / hiveRust.requestsPerSecond, 2)} (Rust planner) (target ≥ 1.0)`,
  );
  console.log(`  p99 through the gateway: ${fixed(ours.p99, 0)} ms (target < 100)`);
  console.log(
    `  ${results.scaled.factor}× data, each screen: SQL/req (target: equal), p50 (target ≤ ×1.5), and how long its answer grew (the demo data's lists are shorter than a page)`,
  );
  for (const scaled of results.scaled.phases) {
    const before = results.phases.find((f) => f.operation === scaled.operation && f.gateway === 'klyngehub')!;
    console.log(
      `    ${scaled.operation.padEnd(28)}${fixed(before.sqlPerRequest)} → ${fixed(scaled.sqlPerRequest)}, p50 ×${fixed(scaled.p50 / before.p50, 2)}, answer ${fixed(before.answerLength, 0)} → ${fixed(scaled.answerLength, 0)} characters`,
    );
  }
  console.log('\nPeak memory under load (MB):');
  for (const [name, bytes] of Object.entries(results.memory))
    console.log(`  ${name.padEnd(24)}${pad((bytes / 1024 / 1024).toFixed(0), 6)}`);
  console.log(`  (target for the whole hub < 350 MB PSS; RSS adds up pages the processes share)`);
  console.log(
    `\nStart to first answer: ${fixed(results.start.freshDataFolderMs / 1000)} s on a fresh data folder (initdb, migrations, demo data; target < 20 s), ${fixed(results.start.existingDataFolderMs / 1000)} s after (target < 3 s)`,
  );
}

// Sockets kept alive by fetch and autocannon would hold the process open after the report.
await main().then(
  (results) => {
    if ('window' in results) {
      reportProfile(results, PROFILE_DIR!);
      process.exit(0);
    }
    report(results);
    mkdirSync(path.dirname(OUT), { recursive: true });
    writeFileSync(OUT, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nEvery figure: ${path.relative(process.cwd(), OUT) || OUT}`);
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
