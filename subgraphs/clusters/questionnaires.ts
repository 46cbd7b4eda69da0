import { createHmac } from 'node:crypto';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { badUserInput, conflict, forbidden, invalidTransition, notFound } from '../../platform/errors.js';
import { InputProblems } from '../../platform/validation.js';
import type { Viewer } from '../../platform/viewer.js';
import type { AnswerQuestionnaireInput, OpenClusterQuestionnaireInput, QuestionInput } from './__generated__/schema-types.js';
import { canSeeClusterWork, canSeeOrder, handlesOrder, requireRegisterEditor, requireRespondent } from './access.js';
import { danishToday, roundStatus } from './package-order-rules.js';
import { checkWindow } from './package-orders.js';
import { packageWrites as store, type OrderRow, type RoundRow, type Tx } from './package-store.js';
import {
  canonicalQuestions,
  checkAnswers,
  checkQuestions,
  practiceFormOf,
  type PracticeForm,
  type Question,
} from './questionnaire-model.js';
import { registerStore } from './register-store.js';

/** GraphQL's question input as stored. */
export function questionsOf(input: QuestionInput[]): Question[] {
  return input.map((q) => ({
    id: q.id,
    text: q.text.trim(),
    statements: (q.statements ?? []).map((s) => ({ id: s.id, text: s.text.trim() })),
    options: q.options.map((o) => o.trim()),
    skippedBySolo: q.skippedBySoloPractices ?? false,
  }));
}

export interface QuestionnaireSettings {
  /** The key of the HMAC that turns (round, respondent) into a response's key. The database never holds it. */
  responseKey: Buffer;
  clock?: () => Date;
}

/**
 * Questionnaire rounds and answers (issue #15, "Aggregate only, nobody recognisable").
 *
 * Who answered and what was answered are kept apart: `questionnaire_respondents` says who,
 * `questionnaire_responses` says what, under a key that is an HMAC of round and respondent.
 * Without the subgraph's secret the two cannot be joined, and the respondent's row is
 * written in its own transaction after the answer's, so not even the transaction id in
 * the rows' headers (xmin) pairs them. A retry writes both again, harmlessly.
 */
export function createQuestionnaireWorkflow(db: PostgresJsDatabase, settings: QuestionnaireSettings) {
  const clock = settings.clock ?? (() => new Date());
  const today = () => danishToday(clock());
  const responseKeyOf = (roundId: string, respondent: string) =>
    createHmac('sha256', settings.responseKey).update(`${roundId}\n${respondent}`).digest('base64url');

  /** Who the viewer is as a respondent of the round, and their practice form (the register's word over theirs). */
  async function respondentOf(tx: Tx, viewer: Viewer, round: RoundRow, stated: PracticeForm | null | undefined) {
    const login = requireRespondent(viewer, round);
    const member = await store.memberByLogin(tx, round.clusterId, login.subject);
    if (member) return { respondent: `member:${member.id}`, form: practiceFormOf(member.doctorCount) };
    if ((await store.memberCount(tx, round.clusterId)) > 0)
      throw forbidden("Only the members in the cluster's register answer its questionnaires; ask the coordinator to add you");
    if (!stated)
      throw badUserInput('Say whether you work in a solo or a shared practice', [
        { path: 'input.practiceForm', message: 'must be given when the cluster keeps no register' },
      ]);
    return { respondent: `login:${login.subject.trim().toLowerCase()}`, form: stated };
  }

  /** A package's round is closed by its order's handler, the cluster's own by its coordinator or board. */
  async function requireCloser(tx: Tx, viewer: Viewer, round: RoundRow, order: OrderRow | null): Promise<void> {
    if (order) {
      if (handlesOrder(viewer, order)) return;
      throw canSeeOrder(viewer, order)
        ? forbidden("Only the order's handler closes a package's questionnaire")
        : notFound('The round was not found');
    }
    if (viewer.kind !== 'cluster') {
      if (canSeeClusterWork(viewer, { id: round.clusterId, regionCode: round.clusterRegionCode }))
        throw forbidden("The cluster's coordinator or board closes its own questionnaires");
      throw notFound('The round was not found');
    }
    requireRegisterEditor(viewer, round.clusterId, await registerStore.officersOf(tx, round.clusterId), 'closes its questionnaires');
  }

  return {
    answer: async (viewer: Viewer, input: AnswerQuestionnaireInput): Promise<string> => {
      const respondent = await db.transaction(async (tx) => {
        // Shared, not exclusive: answers go in side by side, a close waits for them.
        const round = await store.shareRound(tx, input.roundId);
        if (!round) throw notFound(`Questionnaire round ${input.roundId} was not found`);
        const who = await respondentOf(tx, viewer, round, input.practiceForm);
        const status = roundStatus(round, today());
        if (status !== 'OPEN')
          throw invalidTransition(status === 'CLOSED' ? 'The round has closed' : 'The round has not opened yet', { status });
        const problems = new InputProblems();
        const answers = checkAnswers(problems, round.questions, who.form, input.answers);
        problems.throwIfAny('The answers are not valid');
        const answeredBefore = await store.hasResponded(tx, round.id, who.respondent);
        const inserted = await store.upsertResponse(tx, {
          responseKey: responseKeyOf(round.id, who.respondent),
          roundId: round.id,
          practiceForm: who.form,
          answers,
        });
        // Answered before, yet no answer under the key: the hub's secret changed since. A second answer would count twice.
        if (answeredBefore && inserted)
          throw conflict('Your earlier answer stands and can no longer be changed (the hub’s key has changed since)');
        return who.respondent;
      });
      await store.recordRespondent(db, input.roundId, respondent);
      return input.roundId;
    },

    openOwn: (viewer: Viewer, input: OpenClusterQuestionnaireInput): Promise<string> =>
      db.transaction(async (tx) => {
        if (viewer.kind !== 'cluster') requireRegisterEditor(viewer, input.clusterId, [], 'sends questionnaires');
        const cluster = await registerStore.lockCluster(tx, input.clusterId);
        if (!cluster) throw notFound(`Cluster ${input.clusterId} was not found`);
        requireRegisterEditor(viewer, cluster.id, await registerStore.officersOf(tx, cluster.id), 'sends questionnaires');
        const problems = new InputProblems();
        problems.text('title', input.title, { max: 200 });
        const questions = questionsOf(input.questions);
        checkQuestions(problems, questions);
        const opensOn = input.opensOn ?? today();
        checkWindow(problems, opensOn, input.closesOn, today(), '');
        problems.throwIfAny('The questionnaire is not valid');
        const title = input.title.trim();
        // The same questionnaire sent twice on one day is a retry.
        const existing = (await store.ownRoundsOf(tx, cluster.id)).find(
          (r) => r.title === title && r.opensOn === opensOn && canonicalQuestions(r.questions) === canonicalQuestions(questions),
        );
        if (existing) return existing.id;
        return store.insertRound(tx, {
          clusterId: cluster.id,
          purpose: 'CLUSTER_OWN',
          title,
          questions,
          opensOn,
          closesOn: input.closesOn,
          createdBy: 'cluster',
        });
      }),

    close: (viewer: Viewer, roundId: string): Promise<string> =>
      db.transaction(async (tx) => {
        const round = await store.lockRound(tx, roundId);
        if (!round) throw notFound(`Questionnaire round ${roundId} was not found`);
        const order = round.orderId ? await store.lockOrder(tx, round.orderId) : null;
        await requireCloser(tx, viewer, round, order);
        if (!round.closedAt) await store.updateRound(tx, round.id, { closedAt: clock() });
        return round.id;
      }),
  };
}

export type QuestionnaireWorkflow = ReturnType<typeof createQuestionnaireWorkflow>;
