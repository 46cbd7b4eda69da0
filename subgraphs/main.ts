import { runSubgraphs } from '../platform/run.js';
import { isSubgraphName } from '../platform/services.js';
import { SUBGRAPHS } from './index.js';

// All four subgraphs in one process, as `npm start` runs them; or those named as arguments:
// with SUBGRAPHS_IN_ONE_PROCESS=false the launcher runs this once per subgraph, so one
// bundle serves both layouts.
const names = process.argv.slice(2);
const unknown = names.filter((name) => !isSubgraphName(name));
if (unknown.length > 0) {
  console.error(`No subgraph named ${unknown.join(', ')}; the subgraphs are ${Object.keys(SUBGRAPHS).join(', ')}`);
  process.exit(2);
}
// runSubgraphs reports its own failures. Not a top-level await: the services' bundles are
// CommonJS, which V8 can cache compiled (hub/build.mjs).
void (names.length === 0
  ? runSubgraphs(Object.values(SUBGRAPHS), 'subgraphs')
  : runSubgraphs(names.filter(isSubgraphName).map((name) => SUBGRAPHS[name])));
