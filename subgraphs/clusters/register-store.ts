import { lockById, type Transaction } from '../../platform/database.js';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { onlyUuids } from '../../platform/ids.js';
import {
  clusters,
  coordinatorHandovers,
  fundRates,
  members,
  officers,
  practiceDepartures,
  practices,
  registerEvents,
  registerVersions,
} from './tables.js';

type Db = PostgresJsDatabase;
export type Tx = Transaction;
export type MemberRow = typeof members.$inferSelect;
export type HandoverRow = typeof coordinatorHandovers.$inferSelect;
export type RegisterVersionRow = typeof registerVersions.$inferSelect;
export type RegisterEventRow = typeof registerEvents.$inferSelect;
export type DepartureRow = typeof practiceDepartures.$inferSelect;
export type FundRateRow = typeof fundRates.$inferSelect;
type PracticeRow = typeof practices.$inferSelect;
type OfficerRow = typeof officers.$inferSelect;

/** SQL of the register's writes: each function runs in the caller's transaction. */
export const registerStore = {
  /** Locks the cluster's register for the transaction; null when there is no such cluster. */
  lockCluster: async (tx: Tx, clusterId: string) => (await lockById(tx, clusters, clusterId)) ?? null,
  officersOf: (tx: Tx, clusterId: string) => tx.select().from(officers).where(eq(officers.clusterId, clusterId)),
  membersOf: (tx: Tx, clusterId: string) => tx.select().from(members).where(eq(members.clusterId, clusterId)).orderBy(asc(members.name)),
  practicesOf: (tx: Tx, clusterId: string) =>
    tx.select().from(practices).where(eq(practices.clusterId, clusterId)).orderBy(asc(practices.providerNumber)),
  practiceByNumber: async (tx: Tx, providerNumber: string) =>
    (await tx.select().from(practices).where(eq(practices.providerNumber, providerNumber)))[0] ?? null,
  insertPractice: async (tx: Tx, values: typeof practices.$inferInsert) => (await tx.insert(practices).values(values).returning())[0]!,
  updatePractice: async (tx: Tx, providerNumber: string, changes: Partial<PracticeRow>) =>
    (await tx.update(practices).set(changes).where(eq(practices.providerNumber, providerNumber)).returning())[0]!,
  deletePractice: async (tx: Tx, providerNumber: string) => {
    await tx.delete(members).where(eq(members.providerNumber, providerNumber));
    await tx.delete(practices).where(eq(practices.providerNumber, providerNumber));
  },
  insertMember: async (tx: Tx, values: typeof members.$inferInsert) => (await tx.insert(members).values(values).returning())[0]!,
  deleteMember: (tx: Tx, memberId: string) => tx.delete(members).where(eq(members.id, memberId)),
  insertOfficer: async (tx: Tx, values: typeof officers.$inferInsert) => (await tx.insert(officers).values(values).returning())[0]!,
  updateOfficer: async (tx: Tx, officerId: string, changes: Partial<OfficerRow>) =>
    (await tx.update(officers).set(changes).where(eq(officers.id, officerId)).returning())[0]!,
  deleteOfficers: (tx: Tx, officerIds: string[]) =>
    officerIds.length === 0 ? Promise.resolve() : tx.delete(officers).where(inArray(officers.id, officerIds)),
  openHandover: async (tx: Tx, clusterId: string) =>
    (
      await tx
        .select()
        .from(coordinatorHandovers)
        .where(and(eq(coordinatorHandovers.clusterId, clusterId), eq(coordinatorHandovers.status, 'OFFERED')))
    )[0] ?? null,
  /** A handover by id; callers lock its cluster before they act on it, as every register write does. */
  handoverById: async (tx: Tx, handoverId: string) =>
    (
      await tx
        .select()
        .from(coordinatorHandovers)
        .where(inArray(coordinatorHandovers.id, onlyUuids([handoverId])))
    )[0] ?? null,
  insertHandover: async (tx: Tx, values: typeof coordinatorHandovers.$inferInsert) =>
    (await tx.insert(coordinatorHandovers).values(values).returning())[0]!,
  decideHandover: async (tx: Tx, handoverId: string, status: 'ACCEPTED' | 'CANCELLED') =>
    (
      await tx
        .update(coordinatorHandovers)
        .set({ status, decidedAt: new Date() })
        .where(eq(coordinatorHandovers.id, handoverId))
        .returning()
    )[0]!,
  upsertVersion: async (tx: Tx, values: typeof registerVersions.$inferInsert) =>
    (
      await tx
        .insert(registerVersions)
        .values(values)
        .onConflictDoUpdate({
          target: [registerVersions.clusterId, registerVersions.year],
          set: {
            confirmedAt: sql`excluded.confirmed_at`,
            confirmedBy: sql`excluded.confirmed_by`,
            practices: sql`excluded.practices`,
            members: sql`excluded.members`,
          },
        })
        .returning()
    )[0]!,
  insertDeparture: async (tx: Tx, values: typeof practiceDepartures.$inferInsert) =>
    (await tx.insert(practiceDepartures).values(values).returning())[0]!,
  record: (tx: Tx, events: (typeof registerEvents.$inferInsert)[]) =>
    events.length === 0 ? Promise.resolve() : tx.insert(registerEvents).values(events),
  upsertFundRate: async (tx: Tx | Db, year: number, dkkPerPatient: string) =>
    (
      await tx
        .insert(fundRates)
        .values({ year, dkkPerPatient })
        .onConflictDoUpdate({ target: fundRates.year, set: { dkkPerPatient } })
        .returning()
    )[0]!,
};

/** Reads for resolvers, batched per request. */
export function registerReads(db: Db) {
  return {
    versionsOf: (clusterIds: string[], year: number) =>
      db
        .select()
        .from(registerVersions)
        .where(and(inArray(registerVersions.clusterId, clusterIds), eq(registerVersions.year, year))),
    eventsOf: (clusterIds: string[]) =>
      db.select().from(registerEvents).where(inArray(registerEvents.clusterId, clusterIds)).orderBy(desc(registerEvents.at)),
    handoversOf: (clusterIds: string[]) =>
      db
        .select()
        .from(coordinatorHandovers)
        .where(inArray(coordinatorHandovers.clusterId, clusterIds))
        .orderBy(desc(coordinatorHandovers.offeredAt)),
    membersOf: (clusterIds: string[]) =>
      db.select().from(members).where(inArray(members.clusterId, clusterIds)).orderBy(asc(members.name), asc(members.id)),
    fundRates: () => db.select().from(fundRates).orderBy(desc(fundRates.year)),
    unconfirmed: (year: number, regionCode: string | undefined) =>
      db
        .select()
        .from(clusters)
        .where(
          and(
            regionCode === undefined ? undefined : eq(clusters.regionCode, regionCode),
            sql`not exists (select 1 from ${registerVersions} v where v.cluster_id = ${clusters.id} and v.year = ${year})`,
          ),
        )
        .orderBy(asc(clusters.name)),
    departuresOf: (regionCode: string) =>
      db.select().from(practiceDepartures).where(eq(practiceDepartures.regionCode, regionCode)).orderBy(desc(practiceDepartures.leftAt)),
  };
}
