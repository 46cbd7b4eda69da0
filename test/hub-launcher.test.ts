import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, chmodSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../platform/database.js';
import { SUBGRAPH_NAMES, DEFAULT_PORTS } from '../platform/services.js';
import {
  ClusterDirectoryDocument,
  ClusterOfficersDocument,
  RegionsWithMunicipalitiesAndClustersDocument,
} from './__generated__/operations.js';
import { withDatabase } from './support/global-setup.js';
import { postGraphQL } from './support/hub.js';
import { LAUNCHER_COMMAND, launchHub, pressCtrlC, type LaunchedHub } from './support/launcher.js';

/** `npm start` as a user runs it: its own processes, its own data folder, Ctrl-C at the end. */
const root = path.resolve(import.meta.dirname, '..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'klyngehub-launcher-'));
chmodSync(dataDir, 0o755);
type Launched = LaunchedHub;
const launched: Launched[] = [];

afterAll(() => {
  // A test that failed half-way must not leave a hub running on the machine.
  for (const hub of launched) if (hub.process.exitCode === null && hub.process.signalCode === null) killGroup(hub.process.pid!);
  rmSync(dataDir, { recursive: true, force: true });
});

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Gone already.
  }
}

async function launch(extraEnv: Record<string, string> = {}, options: Parameters<typeof launchHub>[1] = {}): Promise<Launched> {
  const hub = await launchHub({ DATA_DIR: dataDir, ...extraEnv }, options);
  launched.push(hub);
  return hub;
}

/** A process manager stops a service with SIGTERM to its main process only. */
async function terminate(hub: Launched): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => hub.process.once('exit', (code) => resolve(code)));
  hub.process.kill('SIGTERM');
  return exited;
}

/** Every process still alive from a launch (its launcher's process id): its process group, and Postgres on its data folder. */
function leftOver(launcherPid: number): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,pgid,args'], { encoding: 'utf8' });
  return out
    .split('\n')
    .slice(1)
    .filter((line) => {
      const [, pgid] = line.trim().split(/\s+/);
      // A <defunct> entry has already exited and only waits to be reaped.
      return (pgid === String(launcherPid) || line.includes(dataDir)) && !line.includes('ps -eo') && !line.includes('<defunct>');
    });
}

/** The processes the launcher started: process id and command line of each. */
function servicesOf(hub: Launched): { pid: number; args: string }[] {
  const out = execFileSync('ps', ['-eo', 'pid,ppid,args'], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((row) => row.trim().split(/\s+/))
    .filter(([, ppid]) => ppid === String(hub.process.pid))
    .map(([pid, , ...args]) => ({ pid: Number(pid), args: args.join(' ') }));
}

/** The process id of one service the launcher started. */
function servicePid(hub: Launched, entry: string): number {
  const found = servicesOf(hub).find((service) => service.args.includes(entry));
  if (!found) throw new Error(`no ${entry} under the hub: ${JSON.stringify(servicesOf(hub))}`);
  return found.pid;
}

/** Polls until `check` returns a value (20 s at most). */
async function waitFor<T>(check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const value = await check().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function countsThroughGateway(port: number) {
  const { data } = await postGraphQL(`http://127.0.0.1:${port}/graphql`, RegionsWithMunicipalitiesAndClustersDocument);
  const municipalities = data!.regions.flatMap((r) => r.municipalities);
  const clusters = new Set(municipalities.flatMap((m) => m.clusters.map((c) => c.name)));
  return { regions: data!.regions.length, municipalities: municipalities.length, clusters };
}

describe('the hub launcher (npm start)', () => {
  it('starts Postgres, every subgraph and the gateway; keeps data across restarts; Ctrl-C leaves nothing running', async () => {
    const first = await launch();
    const counts = await countsThroughGateway(first.ports.gateway!);
    expect([counts.regions, counts.municipalities, counts.clusters.size]).toEqual([5, 98, 116]);
    // By default the gateway and the four subgraphs share one process.
    const entries = servicesOf(first).flatMap(({ args }) => /\S+\/\w+\.js/.exec(args) ?? []);
    expect(entries.map((entry) => path.relative(root, entry))).toEqual(['dist/hub/services.js']);
    // It has left V8's compiled code beside its bundle for the next start.
    expect(readdirSync(path.join(root, 'dist/hub')).some((file) => file.startsWith('services.cjs.') && file.endsWith('.cache'))).toBe(true);
    for (const name of ['gateway', ...SUBGRAPH_NAMES]) {
      expect((await fetch(`http://127.0.0.1:${first.ports[name]}/health`)).status).toBe(200);
      // Ready once the start's work settles: on a busy machine (other files' hubs starting) the
      // services' event loop can stall for a whole sample, and load shedding answers 503 then.
      await waitFor(async () => (await fetch(`http://127.0.0.1:${first.ports[name]}/ready`)).status === 200 || undefined);
    }
    // The development issuer's tokens work against the running hub, for any role.
    const token = (...args: string[]) =>
      execFileSync(process.execPath, ['--import', 'tsx', 'hub/cli/token.ts', ...args], {
        cwd: root,
        env: { ...process.env, DATA_DIR: dataDir },
        encoding: 'utf8',
      }).trim();
    const gatewayUrl = `http://127.0.0.1:${first.ports.gateway}/graphql`;
    const [someCluster] = (await postGraphQL(gatewayUrl, ClusterDirectoryDocument, { regionCode: '1084' })).data!.clusters;
    const asCoordinator = await postGraphQL(
      gatewayUrl,
      ClusterOfficersDocument,
      { id: someCluster!.id },
      {
        authorization: `Bearer ${token('--role', 'cluster', '--cluster', someCluster!.id, '--cluster-role', 'coordinator', '--region', '1084')}`,
      },
    );
    expect(asCoordinator.data!.cluster!.coordinator!.email).toMatch(/@example\.(org|com)$/);
    const asMunicipality = await postGraphQL(
      gatewayUrl,
      ClusterOfficersDocument,
      { id: someCluster!.id },
      {
        authorization: `Bearer ${token('--role', 'municipality', '--municipality', '101', '--expires-in', '5m')}`,
      },
    );
    expect(asMunicipality.data!.cluster!.coordinator).toMatchObject({ email: null, phone: null });
    expect(() => token('--role', 'region')).toThrow(/--region/);

    // The services' process killed from outside (as by the kernel's OOM killer): the launcher
    // starts it again, and the hub answers again without anyone touching it.
    process.kill(servicePid(first, 'hub/services.js'), 'SIGKILL');
    await waitFor(async () => (await fetch(`http://127.0.0.1:${first.ports.gateway}/ready`)).status === 200 || undefined);
    expect(first.output()).toMatch(/services exited \(SIGKILL\); starting it again in 1 s/);
    expect((await countsThroughGateway(first.ports.gateway!)).clusters.size).toBe(116);

    // A change made while it runs survives the restart, and demo data is not loaded again.
    const { postgresPassword } = JSON.parse(readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as { postgresPassword: string };
    const port = /127\.0\.0\.1:(\d+)/.exec(first.output().match(/Embedded Postgres is up on [^ ]+/)![0])![1];
    const sql = connect(`postgres://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${port}/klyngehub`, {
      applicationName: 'test',
      maxConnections: 1,
    });
    await sql`update clusters.clusters set name = 'Klynge Omdøbt' where name = 'Klynge Morsø'`;
    await sql.end();

    expect(await pressCtrlC(first)).toBe(0);
    expect(first.output()).toContain('[hub] Stopped');
    expect(first.output()).not.toContain('did not stop'); // every service stopped by itself, none killed
    expect(leftOver(first.process.pid!)).toEqual([]);
    for (const name of ['gateway', ...SUBGRAPH_NAMES]) {
      await expect(fetch(`http://127.0.0.1:${first.ports[name]}/health`)).rejects.toThrow();
    }

    // Started again with each subgraph in a process of its own, as a larger deployment runs them.
    const second = await launch({ SUBGRAPHS_IN_ONE_PROCESS: 'false' });
    expect(second.output()).toContain('Kept existing data (116 clusters)');
    const after = await countsThroughGateway(second.ports.gateway!);
    expect(after.clusters.has('Klynge Omdøbt')).toBe(true);
    expect(after.clusters.has('Klynge Morsø')).toBe(false);

    // A subgraph killed from outside (as by the kernel's OOM killer): the gateway reports it
    // missing, the launcher starts it again, and the hub is whole without anyone touching it.
    process.kill(servicePid(second, 'subgraphs/main.js municipalities'), 'SIGKILL');
    const missing = await waitFor(async () => {
      const ready = await fetch(`http://127.0.0.1:${second.ports.gateway}/ready`);
      return ready.status === 503 ? ((await ready.json()) as { checks: Record<string, boolean> }) : undefined;
    });
    expect(missing.checks).toMatchObject({ municipalities: false, clusters: true });
    await waitFor(async () => (await fetch(`http://127.0.0.1:${second.ports.gateway}/ready`)).status === 200 || undefined);
    expect(second.output()).toMatch(/municipalities exited \(SIGKILL\); starting it again in 1 s/);
    expect((await countsThroughGateway(second.ports.gateway!)).municipalities).toBe(98);

    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await terminate(second)).toBe(0);
    expect(second.output()).not.toContain('did not stop');
    expect(leftOver(second.process.pid!)).toEqual([]);
  }, 120_000);

  it('uses DATABASE_URL instead of the embedded server when it is set, and restarts the subgraphs’ process on its ports', async () => {
    const serverUrl = inject('serverUrl');
    const database = 'klyngehub_test_launcher';
    const admin = connect(serverUrl, { applicationName: 'test', maxConnections: 1 });
    await admin.unsafe(`drop database if exists ${database} with (force)`);
    await admin.unsafe(`create database ${database}`);
    const externalDataDir = path.join(dataDir, 'external');
    try {
      // Subgraph ports of the system's choosing: known to the launcher only once its subgraphs
      // listen. The gateway in its own process, calling them over HTTP.
      const hub = await launch(
        { DATABASE_URL: withDatabase(serverUrl, database), DATA_DIR: externalDataDir, SERVICES_IN_ONE_PROCESS: 'false' },
        { subgraphPorts: 'any' },
      );
      expect(hub.output()).not.toContain('Embedded Postgres is up');
      expect((await countsThroughGateway(hub.ports.gateway!)).clusters.size).toBe(116);

      // An operator runs db:migrate from another folder against the same server: no role's
      // password changes, so the running services still connect — even on fresh connections.
      const migrate = execFileSync(process.execPath, ['--import', 'tsx', 'hub/cli/migrate.ts'], {
        cwd: root,
        env: { ...process.env, DATABASE_URL: withDatabase(serverUrl, database), DATA_DIR: path.join(dataDir, 'elsewhere') },
        encoding: 'utf8',
      });
      expect(migrate).toContain('Migrations applied.');
      expect(migrate).toMatch(/The clusters role exists with another password; set CLUSTERS_DATABASE_PASSWORD/);
      await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${database} and usename <> current_user`;
      // A query sent before a service has read its connection's termination fails once; the
      // services then connect afresh by themselves, without being restarted.
      const regions = await waitFor(
        async () =>
          (await postGraphQL(`http://127.0.0.1:${hub.ports.gateway}/graphql`, RegionsWithMunicipalitiesAndClustersDocument)).data
            ?.regions ?? undefined,
      );
      expect(regions).toHaveLength(5);

      // The four subgraphs' shared process killed: all four are missing until the launcher has
      // started it again, on the same ports the system chose the first time.
      process.kill(servicePid(hub, 'subgraphs/main.js'), 'SIGKILL');
      const missing = await waitFor(async () => {
        const ready = await fetch(`http://127.0.0.1:${hub.ports.gateway}/ready`);
        return ready.status === 503 ? ((await ready.json()) as { checks: Record<string, boolean> }) : undefined;
      });
      expect(missing.checks).toMatchObject(Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, false])));
      await waitFor(async () => (await fetch(`http://127.0.0.1:${hub.ports.gateway}/ready`)).status === 200 || undefined);
      expect(hub.output()).toMatch(/subgraphs exited \(SIGKILL\); starting it again in 1 s/);
      expect((await countsThroughGateway(hub.ports.gateway!)).clusters.size).toBe(116);
      expect(await pressCtrlC(hub)).toBe(0);
      expect(hub.output()).not.toContain('did not stop');
      expect(leftOver(hub.process.pid!)).toEqual([]);
      expect(existsSync(path.join(externalDataDir, 'postgres'))).toBe(false);
    } finally {
      await admin.unsafe(`drop database if exists ${database} with (force)`);
      await admin.end();
    }
  }, 120_000);

  it('is what `npm start` runs after its build step', () => {
    const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.start).toBe(`node hub/build.mjs && node ${LAUNCHER_COMMAND.join(' ')}`);
  });

  it('builds one at a time: waits while another build holds the lock, takes over a lock whose process is gone', async () => {
    const lock = path.join(root, 'node_modules/.cache/klyngehub-build.lock');
    const build = () => spawn(process.execPath, ['hub/build.mjs'], { cwd: root, stdio: 'ignore' });
    try {
      // Held by a live process (this one): a build with nothing to do ends in ≈ 0.2 s, this one waits.
      writeFileSync(lock, String(process.pid));
      const waiting = build();
      const waited = once(waiting, 'exit');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(waiting.exitCode).toBeNull();
      rmSync(lock);
      expect(await waited).toEqual([0, null]);

      const gone = spawn(process.execPath, ['-e', '']);
      await once(gone, 'exit');
      writeFileSync(lock, String(gone.pid));
      const takingOver = build();
      expect(await once(takingOver, 'exit')).toEqual([0, null]);
      expect(existsSync(lock)).toBe(false);
    } finally {
      rmSync(lock, { force: true });
    }
  });

  it('runs each process from one bundle that V8 keeps at one byte per character', () => {
    // One character beyond ASCII makes V8 hold the whole script at two bytes per character: the gateway's 15 MB more.
    const bundles = ['hub/main.js', 'hub/services.cjs', 'gateway/main.cjs', 'subgraphs/main.cjs'];
    for (const bundle of bundles) {
      const nonAscii = readFileSync(path.join(root, 'dist', bundle)).findIndex((byte) => byte > 0x7f);
      expect({ bundle, nonAscii }).toEqual({ bundle, nonAscii: -1 });
    }
    expect(existsSync(path.join(root, 'dist/platform'))).toBe(false);
    // Apollo Gateway's usage reporting is turned off, and its cloud metadata probes are not even in the bundle.
    for (const bundle of ['hub/services.cjs', 'gateway/main.cjs'])
      expect(readFileSync(path.join(root, 'dist', bundle), 'latin1')).not.toContain('169.254.169.254');
    for (const bundle of bundles.slice(1)) {
      // Compiled from V8's code cache on Node 20, a script can no longer import(): the build leaves it none.
      expect(readFileSync(path.join(root, 'dist', bundle), 'latin1')).not.toMatch(/[^\w.$]import\(/);
    }
  });

  it('ends a start whose database cannot be reached with a message, leaving no service it had begun behind', async () => {
    // The services start loading before Postgres is ready; a start that fails must stop them.
    // Its own process group, as in a terminal, so that whatever it leaves is found.
    const launcher = spawn(process.execPath, LAUNCHER_COMMAND, {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: 'postgres://klyngehub:secret@127.0.0.1:9/klyngehub' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    });
    let stderr = '';
    launcher.stderr!.on('data', (chunk) => (stderr += chunk));
    const [code] = (await once(launcher, 'exit')) as [number | null];
    expect(code).toBe(1);
    expect(stderr).toContain('Klyngehub could not start: connect ECONNREFUSED 127.0.0.1:9');
    await waitFor(async () => (leftOver(launcher.pid!).length === 0 ? true : undefined));
  });

  it('refuses to start a subgraph alone without a database, with a message that says what to set', () => {
    const env = { ...process.env, CLUSTERS_PORT: '0' } as Record<string, string>;
    delete env.DATABASE_URL;
    delete env.CLUSTERS_DATABASE_URL;
    let message = '';
    try {
      execFileSync(process.execPath, ['dist/subgraphs/main.js', 'clusters'], { cwd: root, env, stdio: 'pipe' });
    } catch (error) {
      message = String((error as { stderr: Buffer }).stderr);
    }
    expect(message).toContain('CLUSTERS_DATABASE_URL (or DATABASE_URL) must be set');
    expect(DEFAULT_PORTS.clusters).toBe(4001);
  });
});
