import type { InputProblems } from '../../platform/validation.js';

/**
 * A questionnaire as KiAP writes it (seed 003, "Målepunkter"): numbered questions, each
 * either one question or a list of statements answered on the same scale, and routing —
 * solo practices skip the questions about colleagues in the practice (4–6 in "Samarbejde
 * og fællesskab").
 */
export interface Question {
  id: string;
  text: string;
  /** Statements answered one by one on the question's scale; empty for a single question. */
  statements: { id: string; text: string }[];
  /** The scale, e.g. "I meget høj grad" … "Slet ikke". */
  options: string[];
  skippedBySolo: boolean;
}

export type PracticeForm = 'SOLO' | 'SHARED';

/** A practice of one doctor is a solo practice; the register's doctor count decides, not the respondent. */
export function practiceFormOf(doctorCount: number): PracticeForm {
  return doctorCount === 1 ? 'SOLO' : 'SHARED';
}

/** One answerable cell of a questionnaire: a question, or one statement of it. */
export interface AnswerSlot {
  key: string;
  question: Question;
  statementId: string | null;
}

export const LIMITS = { questions: 40, statements: 12, options: 10, text: 500, option: 100 } as const;
const ID = /^[a-z0-9][a-z0-9-]{0,19}$/;

/** A questionnaire in one key order, so two can be compared as text (jsonb does not keep key order). */
export function canonicalQuestions(questions: Question[]): string {
  return JSON.stringify(
    questions.map((q) => ({
      id: q.id,
      text: q.text,
      statements: q.statements.map((s) => ({ id: s.id, text: s.text })),
      options: q.options,
      skippedBySolo: q.skippedBySolo,
    })),
  );
}

/** The cells a respondent of this practice form answers, in order. */
export function answerSlots(questions: Question[], form: PracticeForm | null = null): AnswerSlot[] {
  return questions
    .filter((question) => !(form === 'SOLO' && question.skippedBySolo))
    .flatMap((question): AnswerSlot[] =>
      question.statements.length === 0
        ? [{ key: `${question.id}:`, question, statementId: null }]
        : question.statements.map((statement) => ({ key: `${question.id}:${statement.id}`, question, statementId: statement.id })),
    );
}

/** Checks a questionnaire as written by KiAP or a coordinator; problems are named by their path. */
export function checkQuestions(problems: InputProblems, questions: Question[], field = 'questions'): void {
  if (questions.length === 0) problems.add(field, 'must hold at least one question');
  if (questions.length > LIMITS.questions) problems.add(field, `must hold at most ${LIMITS.questions} questions`);
  const ids = new Set<string>();
  questions.forEach((question, i) => {
    const at = `${field}[${i}]`;
    if (!ID.test(question.id)) problems.add(`${at}.id`, 'must be 1–20 lower-case letters, digits or hyphens');
    else if (ids.has(question.id)) problems.add(`${at}.id`, 'is used by another question');
    ids.add(question.id);
    problems.text(`${at}.text`, question.text, { max: LIMITS.text });
    if (question.options.length < 2 || question.options.length > LIMITS.options)
      problems.add(`${at}.options`, `must hold 2 to ${LIMITS.options} answers`);
    question.options.forEach((option, j) => problems.text(`${at}.options[${j}]`, option, { max: LIMITS.option }));
    if (question.statements.length > LIMITS.statements) problems.add(`${at}.statements`, `must hold at most ${LIMITS.statements}`);
    const statementIds = new Set<string>();
    question.statements.forEach((statement, j) => {
      if (!ID.test(statement.id)) problems.add(`${at}.statements[${j}].id`, 'must be 1–20 lower-case letters, digits or hyphens');
      else if (statementIds.has(statement.id)) problems.add(`${at}.statements[${j}].id`, 'is used by another statement');
      statementIds.add(statement.id);
      problems.text(`${at}.statements[${j}].text`, statement.text, { max: LIMITS.text });
    });
  });
}

export interface AnswerInput {
  questionId: string;
  statementId?: string | null;
  option: number;
}

/**
 * A respondent's answers as stored: option index per cell. Every cell their practice form
 * is asked must be answered, once, with an option of its scale; nothing else is accepted.
 */
export function checkAnswers(
  problems: InputProblems,
  questions: Question[],
  form: PracticeForm,
  answers: AnswerInput[],
): Record<string, number> {
  const slots = new Map(answerSlots(questions, form).map((slot) => [slot.key, slot]));
  const stored: Record<string, number> = {};
  const seen = new Set<string>();
  answers.forEach((answer, i) => {
    const key = `${answer.questionId}:${answer.statementId ?? ''}`;
    const slot = slots.get(key);
    if (!slot) problems.add(`answers[${i}]`, form === 'SOLO' ? 'is not asked of solo practices, or does not exist' : 'does not exist');
    else if (seen.has(key)) problems.add(`answers[${i}]`, 'answers the same question twice');
    else if (!Number.isInteger(answer.option) || answer.option < 0 || answer.option >= slot.question.options.length)
      problems.add(`answers[${i}].option`, `must be 0 to ${slot.question.options.length - 1}`);
    else stored[key] = answer.option;
    seen.add(key);
  });
  for (const key of slots.keys())
    if (!seen.has(key))
      problems.add('answers', `lacks an answer to ${key.endsWith(':') ? key.slice(0, -1) : key.replace(':', ', statement ')}`);
  return stored;
}
