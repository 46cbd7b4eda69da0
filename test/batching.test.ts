import { afterAll, beforeAll, expect, it } from 'vitest';
import { ClusterNetworkDocument } from './__generated__/operations.js';
import { startTestHub, type TestHub } from './support/hub.js';
import { SUBGRAPH_NAMES, type SubgraphName } from '../platform/services.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub?.close());

async function statementsFor(regionCode: string | undefined): Promise<{ clusters: number; statements: Record<SubgraphName, number> }> {
  for (const name of SUBGRAPH_NAMES) hub.subgraphs[name].statements.reset();
  const response = await hub.queryAs({ kind: 'kiap', subject: 'kiap-test' }, ClusterNetworkDocument, { regionCode });
  expect(response.errors).toBeUndefined();
  const statements = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, hub.subgraphs[name].statements.count]));
  return { clusters: response.data!.clusters.length, statements: statements as Record<SubgraphName, number> };
}

it('runs the same number of SQL statements per subgraph for 116 clusters as for one region’s', async () => {
  // clusters → municipalities → region → offers, and back to each municipality's clusters.
  await statementsFor(undefined); // warm-up: connections opened, statements prepared
  const few = await statementsFor('1081');
  const all = await statementsFor(undefined);
  expect(few.clusters).toBeLessThan(20);
  expect(all.clusters).toBe(116);
  expect(all.statements).toEqual(few.statements);
  for (const name of SUBGRAPH_NAMES) expect(all.statements[name]).toBeLessThan(10);
});
