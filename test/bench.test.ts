import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { Figures } from './bench/load.js';
import type { RowCounts } from './bench/scale-data.js';

/** `npm run bench` is run by people and by the outside review: it must end by itself and clean up after itself. */
const root = path.resolve(import.meta.dirname, '..');
const outDir = mkdtempSync(path.join(tmpdir(), 'klyngehub-bench-out-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });

it('`npm run bench -- --quick` ends with status 0, writes every figure, and leaves no process or port behind', async () => {
  const out = path.join(outDir, 'results.json');
  const bench = spawn('npm', ['run', '--silent', 'bench', '--', '--quick', '--out', out], {
    cwd: root,
    // Twenty requests per phase over two connections: this checks that every part runs and
    // ends, not the figures. A phase of a fixed time counted no request at all when the first
    // dashboards through Hive's JavaScript planner took longer on a loaded machine.
    env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', BENCH_REQUESTS: '20', BENCH_CONNECTIONS: '2' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  bench.stdout.on('data', (chunk) => (output += chunk));
  bench.stderr.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => bench.once('exit', resolve));
  expect(code, output).toBe(0);
  expect(output).toContain('CPU per request, whole hub');

  const results = JSON.parse(readFileSync(out, 'utf8')) as {
    phases: Figures[];
    scaled: { factor: number; rows: RowCounts; phases: Figures[] };
    left: { dataDir: string; ports: number[] };
    memory: Record<string, number>;
  };
  const run = (f: Figures) => `${f.operation} / ${f.gateway}`;
  expect(results.phases.map(run)).toEqual(
    expect.arrayContaining([
      "cluster's dashboard / klyngehub",
      "cluster's dashboard / hive",
      "cluster's dashboard / hive-rust",
      "cluster's dashboard / direct",
      "KiAP's triage queue / hive-rust",
    ]),
  );
  expect(results.phases).toHaveLength(4 * 3 + 1);
  expect(results.scaled.phases).toHaveLength(4);
  // `--quick` doubles the data: every counted table, the clusters and their referral counts included.
  expect(results.scaled.factor).toBe(2);
  for (const [table, { before, after }] of Object.entries(results.scaled.rows)) {
    expect(before, table).toBeGreaterThan(0);
    expect(after, table).toBe(before * 2);
  }
  expect(Object.keys(results.scaled.rows)).toEqual(expect.arrayContaining(['clusters.clusters', 'municipalities.referral_counts']));
  for (const f of [...results.phases, ...results.scaled.phases]) {
    expect(f.requests, run(f)).toBeGreaterThanOrEqual(20);
    expect(f.failed, run(f)).toBe(0);
    expect(f.cpuMsPerRequest, run(f)).toBeGreaterThan(0);
    expect(f.sqlPerRequest, run(f)).toBeGreaterThan(0);
    expect(f.fetchesPerRequest, run(f)).toBeGreaterThanOrEqual(1);
    // Every answer holds data: at the least the screen's own object with its id.
    expect(f.answerLength, run(f)).toBeGreaterThan(50);
  }
  expect(results.memory['whole hub (PSS)']).toBeGreaterThan(0);
  // The hub as `npm start` runs it: the gateway and the four subgraphs share one process.
  expect(Object.keys(results.memory)).toEqual(expect.arrayContaining(['launcher (RSS)', 'services (RSS)']));
  expect(Object.keys(results.memory)).not.toContain('gateway (RSS)');
  expect(Object.keys(results.memory)).not.toContain('clusters (RSS)');

  // Nothing left: the data folder is gone, no process names it, every port it used is free.
  expect(existsSync(results.left.dataDir)).toBe(false);
  const processes = execFileSync('ps', ['-e', '-o', 'args='], { encoding: 'utf8' });
  expect(processes).not.toContain(results.left.dataDir);
  expect(processes).not.toContain('hive-gateway-main');
  for (const port of results.left.ports) expect(await portIsFree(port), `port ${port}`).toBe(true);

  // The hub it measured ran compiled, and that build is current: the next `npm start` builds nothing.
  expect(existsSync(path.join(root, 'dist/hub/main.js'))).toBe(true);
  expect(execFileSync(process.execPath, ['hub/build.mjs'], { cwd: root, encoding: 'utf8' })).toBe('');
}, 300_000);

it('stopped with Ctrl-C once its hub runs, `npm run bench` stops the hub and removes its data folder', async () => {
  const folders = () => new Set(readdirSync(tmpdir()).filter((name) => /^klyngehub-bench-(?!out-)/.test(name)));
  const before = folders();
  // Its own process group, as a terminal's job is: Ctrl-C reaches every process in it.
  const bench = spawn('npm', ['run', '--silent', 'bench', '--', '--quick', '--out', path.join(outDir, 'stopped.json')], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'warn', DATABASE_URL: '', BENCH_REQUESTS: '20', BENCH_CONNECTIONS: '2' },
    stdio: 'ignore',
    detached: true,
  });
  // npm itself ends by the signal; what matters is what it leaves.
  const exited = new Promise<void>((resolve) => bench.once('exit', () => resolve()));
  const inGroup = () =>
    execFileSync('ps', ['-e', '-o', 'pgid=,args='], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim().split(/\s+/)[0] === String(bench.pid));
  await expect.poll(() => inGroup().some((line) => line.includes('dist/hub/services.js')), { timeout: 60_000 }).toBe(true);
  process.kill(-bench.pid!, 'SIGINT');
  await exited;
  await expect.poll(inGroup).toEqual([]);
  expect([...folders()].filter((name) => !before.has(name))).toEqual([]);
}, 120_000);
