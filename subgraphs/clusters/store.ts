import { and, asc, desc, eq, inArray, ne, sql as raw, type SQL } from 'drizzle-orm';
import DataLoader from 'dataloader';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { byKeys, exactTime, isAnyKey, olderThan, preparedPerDatabase, type Sql } from '../../platform/database.js';
import type { Page } from '../../platform/paging.js';
import { groupLoader, rowLoader } from '../../platform/loaders.js';
import { onlyUuids } from '../../platform/ids.js';
import { clusters, contactAccessLog, meetings, officers, packages, practices } from './tables.js';
import { packageReads } from './package-store.js';
import { registerReads, type RegisterVersionRow } from './register-store.js';

export type ClusterRow = typeof clusters.$inferSelect;
export type OfficerRow = typeof officers.$inferSelect;
export type PracticeRow = typeof practices.$inferSelect;
export type PackageRow = typeof packages.$inferSelect;
export type MeetingRow = typeof meetings.$inferSelect;
export type ContactAccessRow = typeof contactAccessLog.$inferSelect;
/** A read of an officer's or a member's personal detail. */
export type ContactRead = Omit<typeof contactAccessLog.$inferInsert, 'id' | 'accessedAt'>;

/**
 * A cluster as resolvers see it: its row, plus the municipalities it covers when the
 * gateway sent them along (@requires, from the municipalities subgraph).
 */
export type ClusterParent = ClusterRow & { municipalities?: MunicipalityRef[] };

/** Officers read in this order everywhere: the coordinator first, then by office and name. */
const officerOrder = [
  raw`array_position(array['COORDINATOR','TREASURER','SECRETARY','BOARD_MEMBER']::clusters.officer_role[], ${officers.role})`,
  asc(officers.name),
];

/** SQL for the clusters subgraph. Every list under a cluster is one batched query per request. */
/** The reads every screen with a cluster on it runs. */
const prepared = preparedPerDatabase((db) => ({
  clustersById: byKeys(db.select().from(clusters).where(isAnyKey(clusters.id)).prepare('clusters_by_id')),
}));

export function createClustersStore(db: PostgresJsDatabase, sql: Sql) {
  const statements = prepared(db);
  const register = registerReads(db);
  return {
    ...packageReads(db),
    listClusters: async (regionCode: string | undefined) =>
      db
        .select()
        .from(clusters)
        .where(regionCode === undefined ? undefined : eq(clusters.regionCode, regionCode))
        .orderBy(asc(clusters.name)),

    clusterById: rowLoader(
      (ids: string[]) => statements.clustersById(onlyUuids(ids)),
      (row) => row.id,
    ),

    clustersByRegion: groupLoader(
      (codes: string[]) => db.select().from(clusters).where(inArray(clusters.regionCode, codes)).orderBy(asc(clusters.name)),
      (row) => row.regionCode,
    ),

    practicesByCluster: groupLoader(
      (ids: string[]) => db.select().from(practices).where(inArray(practices.clusterId, ids)).orderBy(asc(practices.providerNumber)),
      (row) => row.clusterId,
    ),

    officersByCluster: groupLoader(
      (ids: string[]) =>
        db
          .select()
          .from(officers)
          .where(inArray(officers.clusterId, ids))
          .orderBy(...officerOrder),
      (row) => row.clusterId,
    ),

    meetingsByCluster: groupLoader(
      (ids: string[]) => db.select().from(meetings).where(inArray(meetings.clusterId, ids)).orderBy(asc(meetings.startsAt)),
      (row) => row.clusterId,
    ),

    meetingById: rowLoader(
      (ids: string[]) =>
        db
          .select()
          .from(meetings)
          .where(inArray(meetings.id, onlyUuids(ids))),
      (row) => row.id,
    ),

    listPackages: async (municipalOnly: boolean) =>
      db
        .select()
        .from(packages)
        .where(municipalOnly ? raw`${packages.municipalPackage} is not null` : undefined)
        .orderBy(asc(packages.name)),

    /**
     * Records reads of officers' contacts and members' names and e-mails: every read in one tick becomes one multi-row INSERT, and the
     * value is returned only after its record is written.
     */
    contactReads: new DataLoader<ContactRead, true, string>(
      async (reads) => {
        // One statement however many reads (a KiAP export reaches thousands): one JSON parameter, not rows of them.
        await sql`
          insert into clusters.contact_access_log (reader_role, reader_subject, cluster_id, officer_id, member_id, field, operation_name)
          select "readerRole", "readerSubject", "clusterId", "officerId", "memberId", field, "operationName"
          from json_to_recordset(${JSON.stringify(reads)}::json) as read(
            "readerRole" text, "readerSubject" text, "clusterId" uuid, "officerId" uuid, "memberId" uuid,
            field clusters.contact_field, "operationName" text)`;
        return reads.map(() => true as const);
      },
      // The same detail read twice in one request is one record.
      { cacheKeyFn: (read) => `${read.officerId ?? read.memberId}:${read.field}:${read.operationName ?? ''}` },
    ),

    /**
     * A page of the record of contact reads (one cluster's, or all; without one reader role's),
     * newest first; null when `after` is not in it.
     */
    contactAccessLog: async (
      { clusterId, excludeReaderRole }: { clusterId?: string; excludeReaderRole?: string },
      page: Page,
    ): Promise<ContactAccessRow[] | null> => {
      const inScope = and(
        clusterId === undefined ? undefined : inArray(contactAccessLog.clusterId, onlyUuids([clusterId])),
        excludeReaderRole === undefined ? undefined : ne(contactAccessLog.readerRole, excludeReaderRole),
      );
      let afterAnchor: SQL | undefined;
      if (page.after !== null) {
        const [anchor] = await db
          .select({ time: exactTime(contactAccessLog.accessedAt), id: contactAccessLog.id })
          .from(contactAccessLog)
          .where(and(inScope, eq(contactAccessLog.id, page.after)));
        if (!anchor) return null;
        afterAnchor = olderThan(contactAccessLog.accessedAt, contactAccessLog.id, anchor);
      }
      return db
        .select()
        .from(contactAccessLog)
        .where(and(inScope, afterAnchor))
        .orderBy(desc(contactAccessLog.accessedAt), desc(contactAccessLog.id))
        .limit(page.first);
    },

    membersByCluster: groupLoader(register.membersOf, (row) => row.clusterId),
    registerEventsByCluster: groupLoader(register.eventsOf, (row) => row.clusterId),
    handoversByCluster: groupLoader(register.handoversOf, (row) => row.clusterId),
    /** Keyed "clusterId:year". */
    registerVersions: new DataLoader<string, RegisterVersionRow | null>(async (keys) => {
      const byYear = new Map<number, string[]>();
      for (const key of keys) {
        const [clusterId, year] = key.split(':') as [string, string];
        byYear.set(Number(year), [...(byYear.get(Number(year)) ?? []), clusterId]);
      }
      const rows = (await Promise.all([...byYear].map(([year, ids]) => register.versionsOf(onlyUuids(ids), year)))).flat();
      const found = new Map(rows.map((row) => [`${row.clusterId}:${row.year}`, row]));
      return keys.map((key) => found.get(key) ?? null);
    }),
    fundRates: register.fundRates,
    clustersWithoutConfirmedRegister: register.unconfirmed,
    practiceDepartures: register.departuresOf,

    packageById: rowLoader(
      (ids: string[]) => db.select().from(packages).where(inArray(packages.id, ids)),
      (row) => row.id,
    ),
  };
}

export type ClustersStore = ReturnType<typeof createClustersStore>;

/** Entities of other subgraphs are only ever known here by their key. */
export interface RegionRef {
  code: string;
}
export interface MunicipalityRef {
  code: string;
}
