import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** One sampled function: where V8 found it (line and column from 0). */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber?: number;
  columnNumber?: number;
}

/** The parts of a V8 CPU profile (`node --cpu-prof`) this summary reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: CallFrame }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds on the system's monotonic clock, the clock V8 stamps its samples with on Linux. */
export const monotonicMicroseconds = () => Number(process.hrtime.bigint() / 1000n);

/**
 * Where a sampled function's time is booked: the npm package it belongs to, the hub's
 * folder (two levels: `platform/auth`, `subgraphs/clusters`), Node's own module, or V8's
 * garbage collector. Idle samples are left out.
 */
export function categoryOf(frame: { functionName: string; url: string }, root: string): string | undefined {
  const { functionName, url } = frame;
  if (functionName === '(idle)') return undefined;
  if (functionName === '(garbage collector)') return 'V8: garbage collection';
  if (functionName === '(program)') return 'V8: compiler and runtime';
  // drizzle-orm ships source maps whose sources are `../src/…`, which resolve beside the package, not in it.
  if (url.includes('/node_modules/src/')) return 'drizzle-orm';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:'))
    return `node: ${
      url
        .slice('node:'.length)
        .replace(/^internal\//, '')
        .split('/')[0]
    }`;
  const file = url.startsWith('file://') ? new URL(url).pathname : url;
  if (file.startsWith(root)) {
    const parts = path
      .relative(root, file)
      .split(path.sep)
      .filter((part) => part !== 'dist');
    return parts.slice(0, parts.length > 2 ? 2 : 1).join('/');
  }
  return `native: ${functionName || '(anonymous)'}`;
}

/**
 * The services run bundles (hub/build.mjs): a frame in one names the bundle, so it is
 * traced back through the bundle's source map to the library or hub module it came from.
 */
export function sourceFrames(): (frame: CallFrame) => CallFrame {
  const maps = new Map<string, SourceMap | undefined>();
  const mapOf = (url: string) => {
    if (!maps.has(url)) {
      const mapFile = `${fileURLToPath(url)}.map`;
      maps.set(url, existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))) : undefined);
    }
    return maps.get(url);
  };
  return (frame) => {
    // A service's bundle runs as a script named by its path (hub/run-cached.mjs), the launcher's as a module.
    const url = frame.url.startsWith('/') ? pathToFileURL(frame.url).href : frame.url;
    if (!url.startsWith('file://') || frame.lineNumber === undefined || frame.columnNumber === undefined) return frame;
    const entry = mapOf(url)?.findEntry(frame.lineNumber, frame.columnNumber);
    if (!entry || !('originalSource' in entry)) return frame;
    return { ...frame, url: new URL(entry.originalSource, url).href };
  };
}

/** Microseconds of CPU per category in one profile, counting only samples between `fromUs` and `toUs`. */
export function selfTimeByCategory(
  profile: CpuProfile,
  root: string,
  fromUs: number,
  toUs: number,
  toSource: (frame: CallFrame) => CallFrame = (frame) => frame,
): Map<string, number> {
  const categories = new Map(profile.nodes.map((node) => [node.id, categoryOf(toSource(node.callFrame), root)]));
  const totals = new Map<string, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i]!;
    at += delta;
    if (at < fromUs || at > toUs) continue;
    const category = categories.get(profile.samples[i]!);
    if (category) totals.set(category, (totals.get(category) ?? 0) + delta);
  }
  return totals;
}

/** One service's share of a profiled phase: its CPU time and where it went, per client request. */
export interface ProcessProfile {
  service: string;
  cpuMsPerRequest: number;
  top: { category: string; msPerRequest: number }[];
}

/**
 * Reads every profile the services wrote to `dir` when they stopped (named
 * `CPU.<date>.<time>.<pid>.…`), books the phase's samples by category and divides by the
 * phase's requests. V8 samples on the wall clock, so on a saturated machine a sample also
 * counts time the process waited for a core; each process's categories are therefore
 * scaled to the CPU time /proc says it used in the window (`cpuMsOf`), keeping their shares.
 */
export function summarizeProfiles(
  dir: string,
  root: string,
  window: { fromUs: number; toUs: number; requests: number },
  processes: Map<number, { service: string; cpuMs: number }>,
  top = 8,
): ProcessProfile[] {
  const toSource = sourceFrames();
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => {
      const pid = Number(file.split('.')[3]);
      const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as CpuProfile;
      const totals = [...selfTimeByCategory(profile, root, window.fromUs, window.toUs, toSource)].sort(([, a], [, b]) => b - a);
      const sampledMs = totals.reduce((sum, [, us]) => sum + us, 0) / 1000;
      const measured = processes.get(pid) ?? { service: `pid ${pid}`, cpuMs: sampledMs };
      const scale = sampledMs > 0 ? measured.cpuMs / sampledMs : 0;
      return {
        service: measured.service,
        cpuMsPerRequest: measured.cpuMs / window.requests,
        top: totals.slice(0, top).map(([category, us]) => ({ category, msPerRequest: ((us / 1000) * scale) / window.requests })),
      };
    })
    .sort((a, b) => b.cpuMsPerRequest - a.cpuMsPerRequest);
}
