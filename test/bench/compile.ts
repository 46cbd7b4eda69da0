import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { build, type Plugin } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');
/** Inside node_modules, so the bundle's imports of packages resolve to the repository's. */
const OUT_DIR = path.join(root, 'node_modules/.cache/klyngehub-bench');

/**
 * Each own module's `import.meta` names its source file, so the files it names beside
 * itself (the supergraph) are found where they are, not beside the bundle.
 */
const sourceAddresses: Plugin = {
  name: 'source-addresses',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const contents = readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * A benchmark process's TypeScript entry compiled to one ES module of our code, its
 * packages left to Node: the peer gateways run compiled, as the hub does. Through tsx,
 * whose loader sees each of Hive Gateway's thousand modules, a peer's start took 4.9 s of
 * CPU; compiled, 1.8 s.
 */
export async function compiledEntry(entry: string): Promise<string> {
  const outfile = path.join(OUT_DIR, `${path.basename(entry, '.ts')}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'warning',
    plugins: [sourceAddresses],
  });
  return outfile;
}
