// `npm test`: the checks (types, formatting, schema conventions) and the test files at once.
// Run one after the other, the checks' ten seconds on two cores came before vitest's global
// set-up (initdb, the template database, the build), which mostly waits on one core; side
// by side they fill each other's gaps. A failed check still ends the run at once, with its
// output, as when it ran first; arguments go to vitest (`npm test -- test/paging.test.ts`).
//
// The checks run at a lower priority. On a fresh clone they have no caches yet and took
// 18 s of CPU against 4 s on a second run. At the same priority they took the cores from the
// set-up: the first test file started 18 s into the run, against 8 s with vitest alone and
// 11–12 s with the checks lowered. Lowered, they take what the set-up and the files leave
// idle, and still end well before the files do.
//
// The benchmark's test (`npm run bench -- --quick`: a hub, two Hive Gateways, a few hundred
// requests) runs beside the other files in the same way. In vitest's own order it ran alone
// after them, 12 s with a core often idle; lowered beside them it takes about a minute of
// what they leave and ends before they do: 87.5 and 88.3 s for the run against 96.6 and
// 93.5 s, measured alternately. Its output comes after theirs.
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

const exitOf = (child) => new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

/**
 * Each vitest runs as a process group of its own, so that stopping it reaches everything it
 * started: the hubs its files launch, with their services, Postgres and browsers. A signal
 * to vitest alone ended the run but left those running (two hubs of the browser tests were
 * found an hour after a failed check); a signal to the group left a worker that waited on
 * with nothing to wait for. So the group gets the signal, a few seconds to stop as Ctrl-C
 * stops it, and then SIGKILL. Ctrl-C reaches only the terminal's group; it is passed on.
 */
const groups = [];
function inGroup(command, args, stdio) {
  const child = spawn(command, args, { stdio, detached: true });
  groups.push(child);
  return child;
}
const signalGroup = (child, signal) => {
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false; // nobody left in it
  }
};
const GRACE_MS = 5000;
let stopping;
function stopGroups(signal) {
  stopping ??= (async () => {
    for (const child of groups) signalGroup(child, signal);
    for (const deadline = Date.now() + GRACE_MS; Date.now() < deadline && groups.some((child) => signalGroup(child, 0));)
      await new Promise((resolve) => setTimeout(resolve, 100));
    for (const child of groups) signalGroup(child, 'SIGKILL');
  })();
  return stopping;
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stopGroups(signal));

/** A child whose output is kept and shown when the run's own output is done, not interleaved with it. */
function quietly(command, args, { group = false } = {}) {
  const stdio = ['ignore', 'pipe', 'pipe'];
  const child = group ? inGroup(command, args, stdio) : spawn(command, args, { stdio });
  // Before the child starts its own children, which inherit it. (No pid: spawning failed, and its error ends the run.)
  if (child.pid) setPriority(child.pid, 10);
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return { child, exited: exitOf(child), output: () => output };
}

const vitestArgs = process.argv.slice(2);
const checks = quietly('npm', ['run', '--silent', 'checks']);
// The whole suite: the benchmark's test apart, lowered too (see above). Files or options
// given: one vitest, which runs the benchmark's test after the rest when it is among them.
const bench =
  vitestArgs.length === 0
    ? quietly(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'bench'], { group: true })
    : undefined;
// No terminal input: a process group in the background that reads or sets up the terminal is stopped.
const vitest = inGroup(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', ...(bench ? ['--project', 'hub'] : []), ...vitestArgs],
  ['ignore', 'inherit', 'inherit'],
);

const [checksCode, vitestCode] = await Promise.all([
  checks.exited.then((code) => {
    process.stdout.write(checks.output());
    if (code !== 0) void stopGroups('SIGINT');
    return code;
  }),
  exitOf(vitest),
]);
const benchCode = bench ? await bench.exited : 0;
await stopping;
if (bench) process.stdout.write(bench.output());
process.exit(checksCode || vitestCode || benchCode);
