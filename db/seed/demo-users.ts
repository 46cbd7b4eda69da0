import { connect } from '../../platform/database.js';
import type { DemoUser } from '../../platform/auth/dev-identity.js';
import { AARHUS } from './package-demo.js';

const MIDTJYLLAND = '1082';

/**
 * The demo users of a seeded hub, one per kind of user the console serves. Read from the
 * database (as its owner, by the launcher) because the cluster's officers and members are
 * demo data: the coordinator logs in with the e-mail address the register holds, which is
 * what makes the register recognise them.
 */
export async function findDemoUsers(adminUrl: string): Promise<DemoUser[]> {
  const sql = connect(adminUrl, { applicationName: 'klyngehub-demo-users', maxConnections: 1 });
  try {
    const [cluster] = await sql<{ id: string; name: string; regionCode: string }[]>`
      select c.id, c.name, c.region_code as "regionCode"
      from clusters.clusters c join municipalities.cluster_coverage m on m.cluster_id = c.id
      where m.municipality_code = ${AARHUS} order by c.name limit 1`;
    const users: DemoUser[] = [
      {
        id: 'sundhed@aarhus.dk',
        name: 'Mette Sundhedskonsulent',
        label: 'Aarhus Kommune — sundhedskonsulent',
        viewer: { kind: 'municipality', subject: 'sundhed@aarhus.dk', municipalityCode: AARHUS },
      },
      {
        id: 'kvalitet@rm.dk',
        name: 'Søren Kvalitetskonsulent',
        label: 'Region Midtjylland — kvalitetsenhed',
        viewer: { kind: 'region', subject: 'kvalitet@rm.dk', regionCode: MIDTJYLLAND },
      },
      {
        id: 'sekretariat@kiap.dk',
        name: 'Hanne Sekretariat',
        label: 'KiAP — sekretariat',
        viewer: { kind: 'kiap', subject: 'sekretariat@kiap.dk' },
      },
    ];
    if (cluster) {
      const officers = await sql<{ name: string; email: string; role: string }[]>`
        select name, email, role from clusters.officers where cluster_id = ${cluster.id}
        order by role = 'COORDINATOR' desc, name`;
      const [member] = await sql<{ name: string; email: string }[]>`
        select m.name, m.email from clusters.members m
        where m.cluster_id = ${cluster.id} and not exists (select 1 from clusters.officers o where o.cluster_id = m.cluster_id and lower(o.email) = lower(m.email))
        order by m.name limit 1`;
      const coordinator = officers.find((officer) => officer.role === 'COORDINATOR');
      const boardMember = officers.find((officer) => officer.role !== 'COORDINATOR');
      const clusterUser = (person: { name: string; email: string }, role: 'coordinator' | 'board' | 'member', title: string): DemoUser => ({
        id: person.email,
        name: person.name,
        label: `${cluster.name} — ${title}`,
        viewer: { kind: 'cluster', subject: person.email, clusterId: cluster.id, clusterRole: role, regionCode: cluster.regionCode },
      });
      if (coordinator) users.push(clusterUser(coordinator, 'coordinator', 'koordinator'));
      if (boardMember) users.push(clusterUser(boardMember, 'board', 'bestyrelsesmedlem'));
      if (member) users.push(clusterUser(member, 'member', 'praktiserende læge'));
    }
    const [party] = await sql<{ id: string; name: string }[]>`
      select id, name from inquiries.external_parties
      where kind = 'RESEARCH_INSTITUTION' and named_by_cluster_id is null order by name limit 1`;
    if (party)
      users.push({
        id: `forsker@${party.id.slice(0, 8)}.example`,
        name: 'Forsker',
        label: `Ekstern — forsker (${party.name})`,
        viewer: { kind: 'external', subject: `forsker@${party.id.slice(0, 8)}.example`, partyId: party.id },
      });
    return users;
  } finally {
    await sql.end();
  }
}
