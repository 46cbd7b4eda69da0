// Runs a service's CommonJS bundle (hub/build.mjs) through V8's code cache. Compiling the
// gateway's 10 MB bundle took ≈ 0.8 s of each start, the largest single part of it; with
// the code V8 compiled at the first start saved beside the bundle, later starts read it
// instead. Node's own compile cache (module.enableCompileCache) is Node 22 and later; this
// works on every Node line the hub runs on. Plain JavaScript: dist/ holds it as it is.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** Reads a file, or nothing when it is not there (or not readable). */
function readIfThere(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/**
 * The cache file for a bundle as this process would compile it. V8 refuses a cache made by
 * another V8 version or with other flags (a heap size, --cpu-prof), and checks only the
 * length of the source: so each Node line, set of flags and build of the bundle has its own.
 */
function cacheFileFor(file) {
  const { size, mtimeMs } = statSync(file);
  const key = createHash('sha256')
    .update(JSON.stringify([process.arch, process.versions.v8, process.execArgv, process.env.NODE_OPTIONS ?? '', size, mtimeMs]))
    .digest('hex')
    .slice(0, 16);
  return `${file}.${key}.cache`;
}

/**
 * Runs the CommonJS bundle at `bundleUrl` as Node would run it as a module, compiled from
 * the cache beside it when V8 accepts that. The cache is written after the bundle's own
 * code has run (its libraries loaded), so it holds what a start compiles. Says whether the
 * cache was used, created, replaced because V8 refused it, or skipped for source maps.
 */
export function runCached(bundleUrl) {
  const file = fileURLToPath(bundleUrl);
  if (process.sourceMapsEnabled) {
    // Node maps stack traces through a source map for the modules it loads, not for a
    // vm.Script; whoever asks for TypeScript traces gets Node's own loading, uncached.
    createRequire(import.meta.url)(file);
    return 'skipped';
  }
  const cacheFile = cacheFileFor(file);
  const cachedData = readIfThere(cacheFile);
  const bytes = readFileSync(file);
  // The build leaves a bundle ASCII only; latin1 then reads it exactly, without UTF-8 decoding.
  const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  // No import() callback: the build leaves none in a bundle, and one from V8's cache would
  // lose it on Node 20, so an import() fails at every start rather than only at later ones.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  if (cachedData && !script.cachedDataRejected) return 'used';
  try {
    // Written whole, then renamed: four subgraph processes may start from one bundle at once.
    const partial = `${cacheFile}.${process.pid}`;
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, cacheFile);
  } catch {
    // A read-only dist/ starts without a cache, as before.
  }
  return cachedData ? 'replaced' : 'created';
}
