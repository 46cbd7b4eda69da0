import type { OptionResult, QuestionnaireResults } from './__generated__/schema-types.js';
import type { RoundRow } from './package-store.js';
import { aggregate, shareOf, type Figure, type StoredResponse } from './questionnaire-results.js';

const shown = (figure: Figure) => (figure.hidden ? null : figure.count);

/**
 * A closed round's results as the API shows them, compared with an earlier round when there
 * is one. A share before is shown only next to a share now: each is a visible figure of its
 * own round, so the comparison reveals nothing either round hides.
 */
export function roundResults(
  round: RoundRow,
  responses: StoredResponse[],
  minimumGroupSize: number,
  before?: { round: RoundRow; responses: StoredResponse[] },
): QuestionnaireResults {
  const earlier = new Map<string, (number | null)[]>();
  if (before) {
    for (const cell of aggregate(before.round.questions, before.responses, minimumGroupSize)) {
      earlier.set(
        `${cell.questionId}:${cell.statementId ?? ''}`,
        cell.options.map((option) => shareOf(option.overall, cell.respondents)),
      );
    }
  }
  const questions = new Map(round.questions.map((q) => [q.id, q]));
  return {
    minimumGroupSize,
    answers: aggregate(round.questions, responses, minimumGroupSize).map((cell) => {
      const question = questions.get(cell.questionId)!;
      const sharesBefore = earlier.get(`${cell.questionId}:${cell.statementId ?? ''}`);
      return {
        questionId: cell.questionId,
        statementId: cell.statementId,
        question: question.text,
        statement: question.statements.find((s) => s.id === cell.statementId)?.text ?? null,
        respondents: shown(cell.respondents),
        soloRespondents: shown(cell.respondentsByForm.SOLO),
        sharedRespondents: shown(cell.respondentsByForm.SHARED),
        options: cell.options.map((option, i): OptionResult => {
          const share = shareOf(option.overall, cell.respondents);
          // The same scale in both rounds, or the shares do not compare.
          const comparable = sharesBefore && before?.round.questions.find((q) => q.id === cell.questionId)?.options[i] === option.label;
          return {
            label: option.label,
            count: shown(option.overall),
            share,
            soloCount: shown(option.byForm.SOLO),
            sharedCount: shown(option.byForm.SHARED),
            shareBefore: share !== null && comparable ? (sharesBefore[i] ?? null) : null,
          };
        }),
      };
    }),
  };
}
