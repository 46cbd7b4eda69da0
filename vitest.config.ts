import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { memoryTmpdir } from './test/support/memory-tmpdir.js';

const require = createRequire(import.meta.url);

// Set here, before the global set-up and the workers start, so everything the run creates
// and throws away (the Postgres data folder, the launched hubs', Chromium's profiles) is in
// memory: see test/support/memory-tmpdir.ts. A TMPDIR the caller chose is kept.
const inMemory = memoryTmpdir();
if (inMemory && !process.env.TMPDIR) process.env.TMPDIR = inMemory;

export default defineConfig({
  resolve: {
    // Apollo's packages load graphql through require(); the tests must share that one copy,
    // or graphql-js refuses schema objects "from another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'hub',
          include: ['test/**/*.test.ts'],
          exclude: ['test/bench.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          sequence: { groupOrder: 0 },
          // Each file boots its own hub on its own database and cleans up after itself, so a
          // worker may keep its loaded modules from one file to the next: ≈ 70 s less of
          // importing Apollo, graphql and drizzle again for every file.
          isolate: false,
        },
      },
      // The benchmark's test starts a hub and two peer gateways and drives them. At full
      // priority beside a file that times a subgraph's answer or a graceful stop, it made that
      // file fail. `npm test` runs it beside the rest at a lower priority (test/run-tests.mjs);
      // a vitest run of its own runs it after the rest, alone.
      { extends: true, test: { name: 'bench', include: ['test/bench.test.ts'], sequence: { groupOrder: 1 } } },
    ],
    // Each file boots its own hub on its own database, so files run in parallel. Vitest's
    // default is one worker less than the cores, which on a 2-core machine ran the files one
    // by one; most of a file's time is spent waiting (for Postgres, a child process, a browser).
    fileParallelism: true,
    maxWorkers: 2,
    pool: 'forks',
    // The workers run whole hubs in process (gateway, four subgraphs, the test's own reads):
    // with V8's default young generation, scavenges were a sixth of the privacy walk's CPU.
    // 64 MB semi-spaces: the walk 63 → 56 s of CPU, 51 → 43 s.
    execArgv: ['--max-semi-space-size=64'],
    testTimeout: 30_000,
    // expect.poll waits on a browser or a hub; its default second is shorter than a busy moment
    // on two shared cores (CI once saw a development token take longer to arrive).
    expect: { poll: { timeout: 10_000 } },
    // In-process services log JSON lines; warnings and errors still show.
    env: { LOG_LEVEL: 'warn' },
    hookTimeout: 60_000,
  },
});
