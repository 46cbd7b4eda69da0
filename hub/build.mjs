// `npm start` and the benchmark run compiled JavaScript: tsx compiles every module of
// every service at each start, costs each process memory for its loader, and is a
// development tool. This step builds `dist/` (services) and `web/dist/` (console) only
// when a source file changed since the last build, so a start with nothing changed costs
// a few milliseconds here. Plain JavaScript, because it runs before anything is compiled.
//
// Each TypeScript module is transformed on its own (esbuild, the transformer tsx uses),
// keeping the source tree's layout, so the modules' relative paths to their schemas,
// migrations and reference data hold in dist/ as in the sources. Types are checked by
// `npm run typecheck`, not here.
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

/** A service module, as opposed to its tests. */
const isServiceModule = (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts');
/** Files the services read at run time next to their modules: schemas, migrations, reference data, the supergraph. */
const isServiceAsset = (file) => !file.endsWith('.ts') && !file.endsWith('.md');

async function buildServices() {
  const files = filesUnder(SERVICE_SOURCES);
  const stamp = path.join(DIST, '.sources');
  const wanted = fingerprint(files);
  if (stampSays(stamp, wanted)) return false;
  rmSync(DIST, { recursive: true, force: true });
  // Loaded only when there is something to build: most starts have nothing to.
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: root,
    entryPoints: files.filter(isServiceModule),
    outdir: DIST,
    outbase: root,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    logLevel: 'warning',
  });
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

const started = performance.now();
try {
  const built = [buildConsole() && 'the console', (await buildServices()) && 'the services'].filter(Boolean);
  if (built.length > 0) console.log(`[build] Built ${built.join(' and ')} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`[build] ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
