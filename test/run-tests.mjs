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

/** A child whose output is kept and shown when the run's own output is done, not interleaved with it. */
function quietly(command, args) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
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
  vitestArgs.length === 0 ? quietly(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'bench']) : undefined;
const vitest = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...(bench ? ['--project', 'hub'] : []), ...vitestArgs], {
  stdio: 'inherit',
});

const [checksCode, vitestCode] = await Promise.all([
  checks.exited.then((code) => {
    process.stdout.write(checks.output());
    if (code !== 0) {
      vitest.kill('SIGINT');
      bench?.child.kill('SIGINT');
    }
    return code;
  }),
  exitOf(vitest),
]);
const benchCode = bench ? await bench.exited : 0;
if (bench) process.stdout.write(bench.output());
process.exit(checksCode || vitestCode || benchCode);
