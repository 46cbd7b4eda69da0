import type { QuestionnaireRoundResolvers } from '../__generated__/resolvers-types.js';
import { canSeeClusterWork, canSeeOrder, isOwnCluster } from '../access.js';
import { roundStatus } from '../package-order-rules.js';
import type { RoundRow } from '../package-store.js';
import { roundResults } from '../round-results.js';
import { practiceFormOf } from '../questionnaire-model.js';
import type { ClustersContext } from '../context.js';

/** A round is seen with its cluster's work, or with the order that invites a municipality. */
export async function visibleRound(round: RoundRow | null, { viewer, store }: ClustersContext): Promise<RoundRow | null> {
  if (!round) return null;
  if (canSeeClusterWork(viewer, { id: round.clusterId, regionCode: round.clusterRegionCode })) return round;
  const order = round.orderId ? await store.orderById.load(round.orderId) : null;
  return order && canSeeOrder(viewer, order) ? round : null;
}

/** The caller as a member of the cluster's register, if they are one. */
async function memberOf(clusterId: string, { viewer, store }: ClustersContext) {
  if (!isOwnCluster(viewer, clusterId)) return undefined;
  const login = viewer.subject.trim().toLowerCase();
  return (await store.membersByCluster.load(clusterId)).find((m) => m.email.trim().toLowerCase() === login);
}

/** The round a follow-up round is compared with: the first round of the order followed up. */
async function earlierRound(round: RoundRow, { store }: ClustersContext): Promise<RoundRow | null> {
  if (round.purpose !== 'FOLLOW_UP' || !round.orderId) return null;
  const order = await store.orderById.load(round.orderId);
  return order?.followUpOf ? store.roundByOrder.load(order.followUpOf) : null;
}

export const QuestionnaireRound: QuestionnaireRoundResolvers = {
  cluster: async ({ clusterId }, _, { store }) => (await store.clusterById.load(clusterId))!,
  order: ({ orderId }, _, { store }) => (orderId ? store.orderById.load(orderId) : null),
  status: (round, _, { today }) => roundStatus(round, today()),
  respondentCount: async ({ id }, _, { store }) => (await store.respondentCounts.load(id))?.count ?? 0,
  memberCount: async ({ clusterId }, _, { store }) => (await store.memberCounts.load(clusterId))?.count ?? null,
  answeredByMe: async ({ id, clusterId }, _, context) => {
    const { viewer } = context;
    if (!isOwnCluster(viewer, clusterId)) return false;
    const login = viewer.subject.trim().toLowerCase();
    const member = await memberOf(clusterId, context);
    const respondent = member ? `member:${member.id}` : `login:${login}`;
    return (await context.store.hasAnswered.load(`${id} ${respondent}`)) !== null;
  },
  myPracticeForm: async ({ clusterId }, _, context) => {
    const member = await memberOf(clusterId, context);
    if (!member) return null;
    const practice = (await context.store.practicesByCluster.load(clusterId)).find((p) => p.providerNumber === member.providerNumber);
    return practiceFormOf(practice?.doctorCount ?? 2);
  },
  comparedWith: (round, _, context) => earlierRound(round, context),
  /** Only once closed: figures that move as each answer comes in would show that answer. */
  results: async (round, _, context) => {
    if (roundStatus(round, context.today()) !== 'CLOSED') return null;
    const before = await earlierRound(round, context);
    const [responses, beforeResponses] = await Promise.all([
      context.store.responsesOf(round.id),
      before && roundStatus(before, context.today()) === 'CLOSED' ? context.store.responsesOf(before.id) : null,
    ]);
    return roundResults(
      round,
      responses,
      context.minimumGroupSize,
      before && beforeResponses ? { round: before, responses: beforeResponses } : undefined,
    );
  },
};
