import { and, asc, desc, eq, getTableColumns, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { exactTime, lockById, olderThan, type Transaction } from '../../platform/database.js';
import { groupLoader, rowLoader } from '../../platform/loaders.js';
import { onlyUuids } from '../../platform/ids.js';
import type { Page } from '../../platform/paging.js';
import type { PracticeForm, Question } from './questionnaire-model.js';
import type { StoredResponse } from './questionnaire-results.js';
import {
  clusters,
  members,
  orderParticipants,
  packageOrders,
  packages,
  practices,
  practiceSteps,
  questionnaireRespondents,
  questionnaireResponses,
  questionnaireRounds,
  questionnaireTemplates,
} from './tables.js';

type Db = PostgresJsDatabase | Transaction;
export type Tx = Transaction;

/** An order with what every access rule about it needs: its cluster's region and its package's publisher. */
const orderColumns = {
  ...getTableColumns(packageOrders),
  clusterRegionCode: clusters.regionCode,
  packageRegionCode: packages.regionCode,
  municipalPackage: packages.municipalPackage,
};
export type OrderRow = typeof packageOrders.$inferSelect & {
  clusterRegionCode: string;
  packageRegionCode: string | null;
  municipalPackage: string | null;
};
export type ParticipantRow = typeof orderParticipants.$inferSelect;
export type PracticeStepsRow = typeof practiceSteps.$inferSelect & { practiceName: string | null };
export type RoundRow = Omit<typeof questionnaireRounds.$inferSelect, 'questions'> & { questions: Question[]; clusterRegionCode: string };
export type TemplateRow = Omit<typeof questionnaireTemplates.$inferSelect, 'questions'> & { questions: Question[] };

const roundColumns = { ...getTableColumns(questionnaireRounds), clusterRegionCode: clusters.regionCode };

function selectOrders(db: Db, where: SQL | undefined) {
  return db
    .select(orderColumns)
    .from(packageOrders)
    .innerJoin(clusters, eq(clusters.id, packageOrders.clusterId))
    .innerJoin(packages, eq(packages.id, packageOrders.packageId))
    .where(where)
    .orderBy(desc(packageOrders.orderedAt), desc(packageOrders.id));
}

function selectRounds(db: Db, where: SQL | undefined) {
  return db
    .select(roundColumns)
    .from(questionnaireRounds)
    .innerJoin(clusters, eq(clusters.id, questionnaireRounds.clusterId))
    .where(where)
    .orderBy(desc(questionnaireRounds.opensOn), desc(questionnaireRounds.id)) as unknown as Promise<RoundRow[]>;
}

/** The filters of an order list, already narrowed by access.ts to what the caller may see. */
export interface OrderFilter {
  clusterId?: string;
  regionCode?: string;
  municipalityCode?: string;
  statuses?: string[];
}

/** Reads of orders, rounds and templates, batched per request. */
export function packageReads(db: PostgresJsDatabase) {
  return {
    orderById: rowLoader(
      (ids: string[]) => selectOrders(db, inArray(packageOrders.id, onlyUuids(ids))),
      (row) => row.id,
    ),
    ordersByCluster: groupLoader(
      (ids: string[]) => selectOrders(db, inArray(packageOrders.clusterId, onlyUuids(ids))),
      (row) => row.clusterId,
    ),
    followUpOrders: rowLoader(
      (ids: string[]) =>
        selectOrders(db, and(inArray(packageOrders.followUpOf, onlyUuids(ids)), sql`${packageOrders.status} <> 'CANCELLED'`)),
      (row) => row.followUpOf!,
    ),
    /**
     * A page of the orders in the caller's scope, newest first; null when `after` is not one of
     * them. The anchor need not be in `statuses` (an order closed since the page before).
     */
    listOrders: async (filter: OrderFilter, page: Page): Promise<OrderRow[] | null> => {
      const inScope = and(
        filter.clusterId === undefined ? undefined : inArray(packageOrders.clusterId, onlyUuids([filter.clusterId])),
        filter.regionCode === undefined ? undefined : eq(clusters.regionCode, filter.regionCode),
        filter.municipalityCode === undefined ? undefined : eq(packageOrders.municipalityCode, filter.municipalityCode),
      );
      let afterAnchor: SQL | undefined;
      if (page.after !== null) {
        const [anchor] = await db
          .select({ time: exactTime(packageOrders.orderedAt), id: packageOrders.id })
          .from(packageOrders)
          .innerJoin(clusters, eq(clusters.id, packageOrders.clusterId))
          .where(and(inScope, eq(packageOrders.id, page.after)));
        if (!anchor) return null;
        afterAnchor = olderThan(packageOrders.orderedAt, packageOrders.id, anchor);
      }
      return selectOrders(
        db,
        and(
          inScope,
          filter.statuses === undefined ? undefined : inArray(packageOrders.status, filter.statuses as OrderRow['status'][]),
          afterAnchor,
        ),
      ).limit(page.first);
    },
    /** Held orders without a follow-up, the earliest meeting first; the window itself is computed in package-order-rules.ts. */
    heldWithoutFollowUp: (filter: { regionCode?: string; clusterId?: string }) =>
      selectOrders(
        db,
        and(
          eq(packageOrders.status, 'HELD'),
          filter.regionCode === undefined ? undefined : eq(clusters.regionCode, filter.regionCode),
          filter.clusterId === undefined ? undefined : inArray(packageOrders.clusterId, onlyUuids([filter.clusterId])),
          sql`not exists (select 1 from clusters.package_orders f where f.follow_up_of = ${packageOrders.id} and f.status <> 'CANCELLED')`,
        ),
      ),
    participantsByOrder: groupLoader(
      (ids: string[]) =>
        db.select().from(orderParticipants).where(inArray(orderParticipants.orderId, ids)).orderBy(asc(orderParticipants.name)),
      (row) => row.orderId,
    ),
    stepsByOrder: groupLoader(
      (ids: string[]) =>
        db
          .select({ ...getTableColumns(practiceSteps), practiceName: practices.name })
          .from(practiceSteps)
          .leftJoin(practices, eq(practices.providerNumber, practiceSteps.providerNumber))
          .where(inArray(practiceSteps.orderId, ids))
          .orderBy(asc(practiceSteps.providerNumber)),
      (row) => row.orderId,
    ),
    roundById: rowLoader(
      (ids: string[]) => selectRounds(db, inArray(questionnaireRounds.id, onlyUuids(ids))),
      (row) => row.id,
    ),
    roundByOrder: rowLoader(
      (ids: string[]) => selectRounds(db, inArray(questionnaireRounds.orderId, ids)),
      (row) => row.orderId!,
    ),
    roundsByCluster: groupLoader(
      (ids: string[]) => selectRounds(db, inArray(questionnaireRounds.clusterId, ids)),
      (row) => row.clusterId,
    ),
    respondentCounts: rowLoader(
      (ids: string[]) =>
        db
          .select({ roundId: questionnaireRespondents.roundId, count: sql<number>`count(*)::int` })
          .from(questionnaireRespondents)
          .where(inArray(questionnaireRespondents.roundId, ids))
          .groupBy(questionnaireRespondents.roundId),
      (row) => row.roundId,
    ),
    /** Keyed "roundId respondent". */
    hasAnswered: rowLoader(
      (keys: string[]) => {
        const key = sql<string>`${questionnaireRespondents.roundId}::text || ' ' || ${questionnaireRespondents.respondent}`;
        return db.select({ key }).from(questionnaireRespondents).where(inArray(key, keys));
      },
      (row) => row.key,
    ),
    memberCounts: rowLoader(
      (ids: string[]) =>
        db
          .select({ clusterId: members.clusterId, count: sql<number>`count(*)::int` })
          .from(members)
          .where(inArray(members.clusterId, ids))
          .groupBy(members.clusterId),
      (row) => row.clusterId,
    ),
    templateByPackage: rowLoader(
      (ids: string[]) =>
        db.select().from(questionnaireTemplates).where(inArray(questionnaireTemplates.packageId, ids)) as unknown as Promise<TemplateRow[]>,
      (row) => row.packageId,
    ),
    /** A closed round's responses, for aggregation only: never returned as they are. */
    responsesOf: (roundId: string) =>
      db
        .select({ practiceForm: questionnaireResponses.practiceForm, answers: questionnaireResponses.answers })
        .from(questionnaireResponses)
        .where(eq(questionnaireResponses.roundId, roundId)) as unknown as Promise<StoredResponse[]>,
  };
}

/** SQL of the package workflows' writes, each in the caller's transaction. */
export const packageWrites = {
  /** Locks the order row, then reads it with its package and cluster (drizzle qualifies FOR UPDATE OF, so the joined read cannot lock). */
  lockOrder: async (tx: Tx, orderId: string) =>
    (await lockById(tx, packageOrders, orderId)) ? ((await selectOrders(tx, eq(packageOrders.id, orderId)))[0] ?? null) : null,
  openOrderFor: async (tx: Tx, clusterId: string, packageId: string) =>
    (
      await selectOrders(
        tx,
        and(
          eq(packageOrders.clusterId, clusterId),
          eq(packageOrders.packageId, packageId),
          inArray(packageOrders.status, ['ORDERED', 'PREPARING']),
          isNull(packageOrders.followUpOf),
        ),
      )
    )[0] ?? null,
  followUpOf: async (tx: Tx, orderId: string) =>
    (await selectOrders(tx, and(eq(packageOrders.followUpOf, orderId), sql`${packageOrders.status} <> 'CANCELLED'`)))[0] ?? null,
  insertOrder: async (tx: Tx, values: typeof packageOrders.$inferInsert) =>
    (await tx.insert(packageOrders).values(values).returning({ id: packageOrders.id }))[0]!.id,
  updateOrder: (tx: Tx, orderId: string, changes: Partial<typeof packageOrders.$inferInsert>) =>
    tx.update(packageOrders).set(changes).where(eq(packageOrders.id, orderId)),
  packageById: async (db: Db, packageId: string) => (await db.select().from(packages).where(eq(packages.id, packageId)))[0] ?? null,
  insertPackage: (tx: Tx, values: typeof packages.$inferInsert) => tx.insert(packages).values(values).onConflictDoNothing().returning(),
  updatePackage: (tx: Tx, packageId: string, changes: Partial<typeof packages.$inferInsert>) =>
    tx.update(packages).set(changes).where(eq(packages.id, packageId)).returning(),
  saveTemplate: (tx: Tx, packageId: string, questions: Question[]) =>
    tx
      .insert(questionnaireTemplates)
      .values({ packageId, questions })
      .onConflictDoUpdate({ target: questionnaireTemplates.packageId, set: { questions, updatedAt: sql`now()` } }),
  templateOf: async (tx: Tx, packageId: string) =>
    ((await tx.select().from(questionnaireTemplates).where(eq(questionnaireTemplates.packageId, packageId)))[0] as
      TemplateRow | undefined) ?? null,
  insertParticipant: (tx: Tx, values: typeof orderParticipants.$inferInsert) =>
    tx.insert(orderParticipants).values(values).onConflictDoNothing(),
  deleteParticipant: (tx: Tx, orderId: string, participantId: string) =>
    tx
      .delete(orderParticipants)
      .where(and(eq(orderParticipants.orderId, orderId), inArray(orderParticipants.id, onlyUuids([participantId]))))
      .returning({ id: orderParticipants.id }),
  participantCount: async (tx: Tx, orderId: string) =>
    (
      await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(orderParticipants)
        .where(eq(orderParticipants.orderId, orderId))
    )[0]!.n,
  practicesOf: (tx: Tx, clusterId: string) => tx.select().from(practices).where(eq(practices.clusterId, clusterId)),
  replaceSteps: async (tx: Tx, orderId: string, steps: { providerNumber: string; steps: string }[]) => {
    await tx.delete(practiceSteps).where(eq(practiceSteps.orderId, orderId));
    if (steps.length > 0) await tx.insert(practiceSteps).values(steps.map((step) => ({ orderId, ...step })));
  },
  lockRound: async (tx: Tx, roundId: string) =>
    (await lockById(tx, questionnaireRounds, roundId)) ? ((await selectRounds(tx, eq(questionnaireRounds.id, roundId)))[0] ?? null) : null,
  /** Holds the round open while an answer goes in: a close (FOR UPDATE) waits for it. */
  shareRound: async (tx: Tx, roundId: string) => {
    const ids = onlyUuids([roundId]);
    await tx.select({ id: questionnaireRounds.id }).from(questionnaireRounds).where(inArray(questionnaireRounds.id, ids)).for('share');
    return (await selectRounds(tx, inArray(questionnaireRounds.id, ids)))[0] ?? null;
  },
  ownRoundsOf: (tx: Tx, clusterId: string) =>
    selectRounds(tx, and(eq(questionnaireRounds.clusterId, clusterId), eq(questionnaireRounds.purpose, 'CLUSTER_OWN'))),
  roundOfOrder: async (tx: Tx, orderId: string) => (await selectRounds(tx, eq(questionnaireRounds.orderId, orderId)))[0] ?? null,
  insertRound: async (tx: Tx, values: typeof questionnaireRounds.$inferInsert) =>
    (await tx.insert(questionnaireRounds).values(values).returning({ id: questionnaireRounds.id }))[0]!.id,
  updateRound: (tx: Tx, roundId: string, changes: Partial<typeof questionnaireRounds.$inferInsert>) =>
    tx.update(questionnaireRounds).set(changes).where(eq(questionnaireRounds.id, roundId)),
  memberByLogin: async (tx: Tx, clusterId: string, login: string) =>
    (
      await tx
        .select({ id: members.id, doctorCount: practices.doctorCount })
        .from(members)
        .innerJoin(practices, eq(practices.providerNumber, members.providerNumber))
        .where(and(eq(members.clusterId, clusterId), sql`lower(${members.email}) = ${login.trim().toLowerCase()}`))
    )[0] ?? null,
  memberCount: async (tx: Tx, clusterId: string) =>
    (
      await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(members)
        .where(eq(members.clusterId, clusterId))
    )[0]!.n,
  /** The answer under its key: the latest counts. */
  upsertResponse: (tx: Tx, values: { responseKey: string; roundId: string; practiceForm: PracticeForm; answers: Record<string, number> }) =>
    tx
      .insert(questionnaireResponses)
      .values(values)
      .onConflictDoUpdate({
        target: questionnaireResponses.responseKey,
        set: { practiceForm: values.practiceForm, answers: values.answers },
      })
      .returning({ inserted: sql<boolean>`xmax = 0` })
      .then((rows) => rows[0]!.inserted),
  hasResponded: async (db: Db, roundId: string, respondent: string) =>
    (
      await db
        .select({ roundId: questionnaireRespondents.roundId })
        .from(questionnaireRespondents)
        .where(and(eq(questionnaireRespondents.roundId, roundId), eq(questionnaireRespondents.respondent, respondent)))
    ).length > 0,
  recordRespondent: (db: Db, roundId: string, respondent: string) =>
    db.insert(questionnaireRespondents).values({ roundId, respondent }).onConflictDoNothing(),
};
