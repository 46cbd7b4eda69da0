import { describe, expect, it } from 'vitest';
import { InputProblems } from '../../platform/validation.js';
import { checkAnswers, type Question } from '../../subgraphs/clusters/questionnaire-model.js';
import { aggregate, suppress, type Figure, type StoredResponse } from '../../subgraphs/clusters/questionnaire-results.js';

const shown = (table: Figure[][]) => table.map((row) => row.map((f) => (f.hidden ? null : f.count)));

/**
 * Every line of the table (row or column with its total) must hide zero figures or at
 * least two: one hidden figure is its total minus the others.
 */
function everyLineSafe(table: Figure[][]): boolean {
  const lines = [...table, ...table[0]!.map((_, c) => table.map((row) => row[c]!))];
  return lines.every((line) => line.filter((f) => f.hidden).length !== 1);
}

describe('suppress', () => {
  it('shows a table with no small counts as it is, zeros included', () => {
    expect(
      shown(
        suppress(
          [
            [5, 0, 7],
            [6, 9, 0],
          ],
          5,
        ),
      ),
    ).toEqual([
      [5, 0, 7, 12],
      [6, 9, 0, 15],
      [11, 9, 7, 27],
    ]);
  });

  it('hides a small count and a second figure in each of its lines', () => {
    const table = suppress(
      [
        [2, 8, 7],
        [6, 9, 5],
      ],
      5,
    );
    expect(table[0]![0]!.hidden).toBe(true);
    expect(everyLineSafe(table)).toBe(true);
    // The grand total and the overall respondents stay visible: hiding more than needed helps nobody.
    expect(table[2]![3]!.hidden).toBe(false);
  });

  it('hides every figure of a group smaller than k, and the group size cannot be recovered from the others', () => {
    const table = suppress(
      [
        [3, 0],
        [10, 6],
      ],
      5,
    ); // three solo doctors
    expect(table[0]!.every((f) => f.hidden)).toBe(true);
    expect(everyLineSafe(table)).toBe(true);
    const soloTotal = table[0]![2]!;
    const sharedTotal = table[1]![2]!;
    const grand = table[2]![2]!;
    expect(soloTotal.hidden && (sharedTotal.hidden || grand.hidden)).toBe(true);
  });

  it('holds the line rule on random tables', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 12;
    for (let i = 0; i < 500; i++) {
      const table = suppress(
        [0, 1].map(() => [0, 1, 2, 3].map(() => next())),
        5,
      );
      expect(everyLineSafe(table)).toBe(true);
      for (const row of table) for (const f of row) if (f.count > 0 && f.count < 5) expect(f.hidden).toBe(true);
    }
  });

  it('shows nothing at all, zeros included, when fewer than k answered', () => {
    expect(
      shown(
        suppress(
          [
            [0, 0],
            [4, 0],
          ],
          5,
        ),
      ),
    ).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
  });

  it('uses the configured threshold', () => {
    expect(shown(suppress([[3, 3]], 3))[0]).toEqual([3, 3, 6]);
    expect(shown(suppress([[3, 3]], 4))[0]).toEqual([null, null, 6]);
  });
});

const QUESTIONS: Question[] = [
  { id: 'q1', text: 'Leder', statements: [], options: ['Ja', 'Nej'], skippedBySolo: false },
  {
    id: 'q4',
    text: 'Lægemøder',
    statements: [
      { id: 'kort', text: 'Korte' },
      { id: 'lang', text: 'Lange' },
    ],
    options: ['Ofte', 'Sjældent'],
    skippedBySolo: true,
  },
];

describe('checkAnswers', () => {
  const check = (form: 'SOLO' | 'SHARED', answers: { questionId: string; statementId?: string; option: number }[]) => {
    const problems = new InputProblems();
    const stored = checkAnswers(problems, QUESTIONS, form, answers);
    return { stored, problems: problems.list.map((p) => `${p.path.replace(/^input\./, '')} ${p.message}`) };
  };

  it('stores an option per question and statement', () => {
    const result = check('SHARED', [
      { questionId: 'q1', option: 1 },
      { questionId: 'q4', statementId: 'kort', option: 0 },
      { questionId: 'q4', statementId: 'lang', option: 1 },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.stored).toEqual({ 'q1:': 1, 'q4:kort': 0, 'q4:lang': 1 });
  });

  it('does not ask solo practices the questions they skip, and refuses answers to them', () => {
    expect(check('SOLO', [{ questionId: 'q1', option: 0 }]).problems).toEqual([]);
    expect(
      check('SOLO', [
        { questionId: 'q1', option: 0 },
        { questionId: 'q4', statementId: 'kort', option: 0 },
      ]).problems,
    ).toEqual(['answers[1] is not asked of solo practices, or does not exist']);
  });

  it('names what is missing, doubled or out of the scale', () => {
    expect(
      check('SHARED', [
        { questionId: 'q1', option: 2 },
        { questionId: 'q1', option: 0 },
      ]).problems,
    ).toEqual([
      'answers[0].option must be 0 to 1',
      'answers[1] answers the same question twice',
      'answers lacks an answer to q4, statement kort',
      'answers lacks an answer to q4, statement lang',
    ]);
  });
});

describe('aggregate', () => {
  const response = (practiceForm: 'SOLO' | 'SHARED', q1: number): StoredResponse => ({
    practiceForm,
    answers: practiceForm === 'SOLO' ? { 'q1:': q1 } : { 'q1:': q1, 'q4:kort': 0, 'q4:lang': 1 },
  });

  it('counts per question and statement, and a skipped question counts only those asked', () => {
    const responses = [...Array.from({ length: 6 }, () => response('SHARED', 0)), ...Array.from({ length: 5 }, () => response('SOLO', 1))];
    const [q1, kort] = aggregate(QUESTIONS, responses, 5);
    expect(q1!.respondents).toEqual({ count: 11, hidden: false });
    expect(q1!.options.map((o) => o.overall.count)).toEqual([6, 5]);
    expect(q1!.options[1]!.byForm.SOLO).toEqual({ count: 5, hidden: false });
    expect(kort!.respondents.count).toBe(6);
    expect(kort!.respondentsByForm.SOLO.count).toBe(0);
  });

  it('hides the solo group of four, and the overall figures do not give it away', () => {
    const responses = [...Array.from({ length: 7 }, () => response('SHARED', 0)), ...Array.from({ length: 4 }, () => response('SOLO', 1))];
    const q1 = aggregate(QUESTIONS, responses, 5)[0]!;
    expect(q1.respondentsByForm.SOLO.hidden).toBe(true);
    expect(q1.options[1]!.overall.hidden).toBe(true); // "Nej" = 4, all of them solo
    // Shared "Ja" (7) would equal overall "Ja" minus solo "Ja": one of them must be hidden.
    expect(q1.options[0]!.overall.hidden || q1.options[0]!.byForm.SHARED.hidden).toBe(true);
  });
});
