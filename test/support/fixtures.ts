import type { Sql } from '../../platform/database.js';

export interface ClusterFixture {
  id: string;
  regionCode: string;
  municipalityCode: string;
}

/** The first cluster (by name) covering a municipality, with what access rules look at. */
export async function clusterIn(sql: Sql, municipalityCode: string): Promise<ClusterFixture> {
  const [row] = await sql<ClusterFixture[]>`
    select c.id, c.region_code as "regionCode", m.municipality_code as "municipalityCode"
    from clusters.clusters c join municipalities.cluster_coverage m on m.cluster_id = c.id
    where m.municipality_code = ${municipalityCode} order by c.name limit 1`;
  if (!row) throw new Error(`No demo cluster covers municipality ${municipalityCode}`);
  return row;
}
