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
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

const checks = spawn('npm', ['run', '--silent', 'checks'], { stdio: ['ignore', 'pipe', 'pipe'] });
// Before npm starts its own children, which inherit it. (No pid: spawning failed, and its error ends the run.)
if (checks.pid) setPriority(checks.pid, 10);
let checksOutput = '';
checks.stdout.on('data', (chunk) => (checksOutput += chunk));
checks.stderr.on('data', (chunk) => (checksOutput += chunk));
const vitest = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });

const exitOf = (child) => new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
const [checksCode, vitestCode] = await Promise.all([
  exitOf(checks).then((code) => {
    process.stdout.write(checksOutput);
    if (code !== 0) vitest.kill('SIGINT');
    return code;
  }),
  exitOf(vitest),
]);
process.exit(checksCode || vitestCode);
