import type {
  members,
  officers,
  practiceDepartures,
  practices,
  registerEvents,
  registerVersions,
} from '../../subgraphs/clusters/tables.js';
import { registerYearOf } from '../../subgraphs/clusters/register-year.js';
import { FIRST_NAMES, SURNAMES } from './cluster-layout.js';
import { Random } from './random.js';

export interface RegisterDemo {
  members: (typeof members.$inferInsert)[];
  practiceDepartures: (typeof practiceDepartures.$inferInsert)[];
  registerVersions: (typeof registerVersions.$inferInsert)[];
  registerEvents: (typeof registerEvents.$inferInsert)[];
}

const DAY = 86_400_000;
const ascii = (name: string) =>
  name
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .replace(/[^a-z]/g, '');
/** Clusters (every how many-th) that have not yet confirmed the coming year's register. */
const LATE_EVERY = 20;

/**
 * The clusters' registers: one member per doctor, the officers among them, and confirmed
 * versions for the last years — all confirmed, but for the coming deadline's year a few
 * clusters are still missing. A random stream of its own, so the rest of the demo data
 * stays exactly as it was.
 */
export function buildRegisterDemo(
  clusters: { id?: string; name: string; regionCode: string }[],
  allPractices: (typeof practices.$inferInsert)[],
  allOfficers: (typeof officers.$inferInsert)[],
  today: Date,
): RegisterDemo {
  const random = new Random(2027);
  const demo: RegisterDemo = { members: [], registerVersions: [], registerEvents: [], practiceDepartures: [] };
  // A practice has left one cluster in each region, and the unit was asked for a quality visit.
  for (const cluster of new Map(clusters.map((c) => [c.regionCode, c])).values()) {
    demo.practiceDepartures.push({
      clusterId: cluster.id!,
      regionCode: cluster.regionCode,
      providerNumber: String(900_000 + random.int(0, 99_999)),
      practiceName: `Lægerne ${random.pick(SURNAMES)} & ${random.pick(SURNAMES)}`,
      qualityVisitRequested: true,
      note: 'Praksis er udtrådt af klyngen ved årsskiftet; vi foreslår et kvalitetsbesøg.',
      leftAt: new Date(today.getTime() - random.int(10, 60) * DAY),
    });
  }
  const upcoming = registerYearOf(today);
  clusters.forEach((cluster, index) => {
    const clusterId = cluster.id!;
    const practices = allPractices.filter((p) => p.clusterId === clusterId);
    const officers = allOfficers.filter((o) => o.clusterId === clusterId);
    const seats = practices.flatMap((p) => Array.from({ length: p.doctorCount }, () => p.providerNumber));
    const clusterMembers = seats.map((providerNumber, seat) => {
      const officer = officers[seat];
      const first = random.pick(FIRST_NAMES);
      const last = random.pick(SURNAMES);
      return {
        id: random.uuid(),
        clusterId,
        providerNumber,
        name: officer?.name ?? `${first} ${last}`,
        email: officer?.email ?? `${ascii(first)}.${ascii(last)}.${clusterId.slice(0, 4)}${seat}@example.net`,
      };
    });
    demo.members.push(...clusterMembers);
    const coordinator = officers.find((o) => o.role === 'COORDINATOR')!;
    const snapshot = {
      practices: practices.map(({ providerNumber, name, doctorCount, listedPatients }) => ({
        providerNumber,
        name,
        doctorCount,
        listedPatients,
      })),
      members: clusterMembers.map(({ id, name, providerNumber }) => ({ id, name, providerNumber })),
    };
    for (let year = upcoming - 3; year <= upcoming; year++) {
      if (year === upcoming && index % LATE_EVERY === 7) continue; // not confirmed yet
      // Confirmed in the January update window of that year, never after today.
      const confirmedAt = new Date(Math.min(Date.UTC(year, 0, 10 + random.int(0, 15), 9), today.getTime() - random.int(1, 20) * DAY));
      if (registerYearOf(confirmedAt) !== year) continue;
      const confirmedBy = `${coordinator.name} (coordinator)`;
      demo.registerVersions.push({ clusterId, year, confirmedAt, confirmedBy, ...snapshot });
      demo.registerEvents.push({
        clusterId,
        at: confirmedAt,
        actor: confirmedBy,
        action: 'REGISTER_CONFIRMED',
        detail: `${year}: ${snapshot.practices.length} practices, ${snapshot.members.length} members`,
      });
    }
  });
  return demo;
}
