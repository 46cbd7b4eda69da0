import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { ConsoleQuestionnaireRoundQuery, PracticeForm } from '../__generated__/graphql';
import { formatDate, formatNumber } from '../danish';
import { useAction } from '../ui/action';
import { FormMessage, SubmitButton } from '../ui/forms';
import { QueryState } from '../ui/status';

const RoundQuery = graphql(`
  query ConsoleQuestionnaireRound($id: ID!) {
    questionnaireRound(id: $id) {
      id
      title
      status
      opensOn
      closesOn
      answeredByMe
      myPracticeForm
      respondentCount
      memberCount
      questions {
        id
        text
        options
        skippedBySoloPractices
        statements {
          id
          text
        }
      }
      comparedWith {
        id
        closesOn
      }
      results {
        minimumGroupSize
        answers {
          questionId
          statementId
          question
          statement
          respondents
          options {
            label
            count
            share
            shareBefore
          }
        }
      }
    }
  }
`);

const AnswerRound = graphql(`
  mutation ConsoleAnswerQuestionnaire($input: AnswerQuestionnaireInput!) {
    answerQuestionnaire(input: $input) {
      round {
        id
        respondentCount
        answeredByMe
      }
    }
  }
`);

/** A round as a member sees it: the questions to answer while it is open, the aggregate results once it has closed. */
export function QuestionnaireRound({ roundId, canAnswer }: { roundId: string; canAnswer: boolean }) {
  const [result] = useQuery({ query: RoundQuery, variables: { id: roundId } });
  const round = result.data?.questionnaireRound;
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={result.data !== undefined}>
      {round && (
        <section aria-labelledby={`round-${round.id}`} className="card">
          <header>
            <h3 id={`round-${round.id}`}>Spørgeskema: {round.title}</h3>
          </header>
          <p className="meta">
            Åbent {formatDate(round.opensOn)} – {formatDate(round.closesOn)} · {formatNumber(round.respondentCount)}
            {round.memberCount !== null && ` af ${formatNumber(round.memberCount)}`} har svaret
          </p>
          {round.status === 'OPEN' && canAnswer && <AnswerForm round={round} />}
          {round.status === 'SCHEDULED' && <p>Spørgeskemaet åbner {formatDate(round.opensOn)}.</p>}
          {round.status === 'OPEN' && !canAnswer && <p>Resultaterne vises, når spørgeskemaet er lukket.</p>}
          {round.results && <Results results={round.results} compared={round.comparedWith !== null} open={!canAnswer} />}
        </section>
      )}
    </QueryState>
  );
}

type Round = NonNullable<ConsoleQuestionnaireRoundQuery['questionnaireRound']>;

/**
 * One radio group per question (or statement). The register says whether the member works
 * alone; when it does not know them, they say so first, and solo doctors are not asked the
 * questions about colleagues in the practice.
 */
function AnswerForm({ round }: { round: Round }) {
  const [form, setForm] = useState<PracticeForm | null>(round.myPracticeForm ?? null);
  const [chosen, setChosen] = useState<Record<string, number>>({});
  const send = useAction(AnswerRound);
  const asked = round.questions.filter((q) => !(form === 'SOLO' && q.skippedBySoloPractices));
  type Slot = { key: string; question: Round['questions'][number]; statement: { id: string } | null };
  const slots = asked.flatMap((q): Slot[] =>
    q.statements.length === 0
      ? [{ key: `${q.id}:`, question: q, statement: null }]
      : q.statements.map((s) => ({ key: `${q.id}:${s.id}`, question: q, statement: s })),
  );
  const missing = slots.filter((slot) => chosen[slot.key] === undefined).length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send.run(
      {
        input: {
          roundId: round.id,
          ...(round.myPracticeForm ? {} : { practiceForm: form }),
          answers: slots
            .filter((slot) => chosen[slot.key] !== undefined)
            .map((slot) => ({ questionId: slot.question.id, statementId: slot.statement?.id ?? null, option: chosen[slot.key]! })),
        },
      },
      'Tak for dit svar. Du kan ændre det, indtil spørgeskemaet lukker.',
    );
  };
  return (
    <form onSubmit={submit} aria-label="Besvar spørgeskemaet" className="questionnaire">
      <p className="hint">
        {round.answeredByMe
          ? `Du har svaret. Du kan sende et nyt svar indtil ${formatDate(round.closesOn)}; det seneste tæller.`
          : `Svarene vises kun samlet for klyngen, og ingen kan se, hvad du har svaret — heller ikke du selv bagefter.`}
      </p>
      {!round.myPracticeForm && (
        <fieldset>
          <legend>Hvordan arbejder du?</legend>
          {(['SOLO', 'SHARED'] as const).map((value) => (
            <label key={value} className="choice">
              <input type="radio" name="practice-form" checked={form === value} onChange={() => setForm(value)} />
              {value === 'SOLO' ? 'Sololæge' : 'I kompagniskab eller samarbejdspraksis'}
            </label>
          ))}
        </fieldset>
      )}
      {(round.myPracticeForm || form) &&
        asked.map((question, number) => (
          <fieldset key={question.id}>
            <legend>
              {number + 1}. {question.text}
            </legend>
            {(question.statements.length === 0 ? [null] : question.statements).map((statement) => {
              const key = `${question.id}:${statement?.id ?? ''}`;
              const group = `${round.id}-${key}`;
              const inner = (
                <div className="scale" role={statement ? 'radiogroup' : undefined} aria-label={statement?.text}>
                  {question.options.map((option, index) => (
                    <label key={option} className="choice">
                      <input
                        type="radio"
                        name={group}
                        checked={chosen[key] === index}
                        onChange={() => setChosen({ ...chosen, [key]: index })}
                      />
                      {option}
                    </label>
                  ))}
                </div>
              );
              return statement ? (
                <div key={key} className="statement">
                  <p>{statement.text}</p>
                  {inner}
                </div>
              ) : (
                <div key={key}>{inner}</div>
              );
            })}
          </fieldset>
        ))}
      {(round.myPracticeForm || form) && (
        <>
          {missing > 0 && <p className="hint">Mangler svar på {missing} spørgsmål.</p>}
          <SubmitButton busy={send.busy}>{round.answeredByMe ? 'Send nyt svar' : 'Send svar'}</SubmitButton>
        </>
      )}
      <FormMessage error={send.error?.message} success={send.done} />
    </form>
  );
}

type ResultsData = NonNullable<Round['results']>;

const shown = (value: number | null | undefined, suffix = '') =>
  value === null || value === undefined ? '–' : `${formatNumber(value)}${suffix}`;

/** Counts and shares per answer; a dash where a figure is hidden so nobody can be recognised. */
export function Results({ results, compared, open }: { results: ResultsData; compared: boolean; open: boolean }) {
  return (
    <details className="results" open={open}>
      <summary>Resultater ({results.answers.length} spørgsmål og udsagn)</summary>
      <p className="hint">
        Tal for færre end {results.minimumGroupSize} svar vises ikke (–), og heller ikke tal, som de kunne regnes ud fra. Ingen kan
        genkendes.
      </p>
      {results.answers.map((answer) => (
        <table key={`${answer.questionId}:${answer.statementId ?? ''}`} className="data">
          <caption>
            {answer.question}
            {answer.statement && ` — ${answer.statement}`} ({shown(answer.respondents)} svar)
          </caption>
          <thead>
            <tr>
              <th scope="col">Svar</th>
              <th scope="col">Antal</th>
              <th scope="col">Andel</th>
              {compared && <th scope="col">Andel før</th>}
            </tr>
          </thead>
          <tbody>
            {answer.options.map((option) => (
              <tr key={option.label}>
                <th scope="row">{option.label}</th>
                <td>{shown(option.count)}</td>
                <td>{shown(option.share, ' %')}</td>
                {compared && <td>{shown(option.shareBefore, ' %')}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </details>
  );
}
