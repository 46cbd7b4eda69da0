// `npm test`: the checks (types, formatting, schema conventions) and the test files at once.
// Run one after the other, the checks' ten seconds on two cores came before vitest's global
// set-up (initdb, the template database, the build), which mostly waits on one core; side
// by side they fill each other's gaps. A failed check still ends the run at once, with its
// output, as when it ran first; arguments go to vitest (`npm test -- test/paging.test.ts`).
import { spawn } from 'node:child_process';

const checks = spawn('npm', ['run', '--silent', 'checks'], { stdio: ['ignore', 'pipe', 'pipe'] });
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
