import { answerSlots, type PracticeForm, type Question } from './questionnaire-model.js';

/**
 * Aggregate results that identify nobody ("ingen vil kunne genkendes", seed 000).
 *
 * Each answer cell of a questionnaire becomes one table: practice forms (solo, shared) by
 * options, with row totals, column totals and the grand total. A count from 1 to k − 1 is
 * suppressed, and so is every figure of a group smaller than k. Then complementary
 * suppression: in every line of the table (a row or a column together with its total)
 * a single hidden figure could be recovered by subtraction, so while any line hides
 * exactly one, the smallest visible figure of that line is hidden too. The figures shown —
 * overall, per practice form, and the respondents per group — are the visible cells of one
 * table, so no combination of them yields a hidden one.
 *
 * Results are shown only once a round has closed (the workflow's rule), so watching the
 * figures move as one more person answers is not possible either.
 */
export interface Figure {
  count: number;
  hidden: boolean;
}

export interface OptionFigures {
  label: string;
  overall: Figure;
  byForm: Record<PracticeForm, Figure>;
}

export interface CellResult {
  questionId: string;
  statementId: string | null;
  respondents: Figure;
  respondentsByForm: Record<PracticeForm, Figure>;
  options: OptionFigures[];
}

export const FORMS: PracticeForm[] = ['SOLO', 'SHARED'];

export interface StoredResponse {
  practiceForm: PracticeForm;
  answers: Record<string, number>;
}

/** Tallies responses per answer cell and applies the suppression rules with threshold k. */
export function aggregate(questions: Question[], responses: StoredResponse[], k: number): CellResult[] {
  return answerSlots(questions).map((slot) => {
    const counts = FORMS.map(() => slot.question.options.map(() => 0));
    for (const response of responses) {
      const option = response.answers[slot.key];
      if (option !== undefined) counts[FORMS.indexOf(response.practiceForm)]![option]! += 1;
    }
    const table = suppress(counts, k);
    const rows = FORMS.length;
    const columns = slot.question.options.length;
    return {
      questionId: slot.question.id,
      statementId: slot.statementId,
      respondents: table[rows]![columns]!,
      respondentsByForm: Object.fromEntries(FORMS.map((form, r) => [form, table[r]![columns]!])) as Record<PracticeForm, Figure>,
      options: slot.question.options.map((label, c) => ({
        label,
        overall: table[rows]![c]!,
        byForm: Object.fromEntries(FORMS.map((form, r) => [form, table[r]![c]!])) as Record<PracticeForm, Figure>,
      })),
    };
  });
}

/**
 * Suppresses a table of counts (rows × columns, without totals) and returns it with its
 * margins: the last row holds the column totals, the last column the row totals.
 */
export function suppress(counts: number[][], k: number): Figure[][] {
  const rowTotals = counts.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = counts[0]!.map((_, c) => counts.reduce((sum, row) => sum + row[c]!, 0));
  const grand = rowTotals.reduce((a, b) => a + b, 0);
  const small = (n: number) => n > 0 && n < k;
  const table: Figure[][] = [
    ...counts.map((row, r) =>
      [...row, rowTotals[r]!].map((count) => ({ count, hidden: small(count) || small(rowTotals[r]!) || small(grand) })),
    ),
    // Fewer than k in all: nothing is shown, not even the zeros ("nobody chose B" would say what everyone chose).
    [...columnTotals, grand].map((count) => ({ count, hidden: small(count) || small(grand) })),
  ];
  // A column whose total is small hides every count in it, zeros included: "none of the others" would give the rest away.
  columnTotals.forEach((total, c) => {
    if (small(total)) for (const row of table) row[c]!.hidden = true;
  });

  const lines: Figure[][] = [...table, ...table[0]!.map((_, c) => table.map((row) => row[c]!))];
  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      const hidden = line.filter((figure) => figure.hidden).length;
      if (hidden !== 1) continue;
      const visible = line.filter((figure) => !figure.hidden);
      // The smallest figure that is not the line's total costs the reader least; the total only when nothing else is left.
      const candidates = visible.filter((figure) => figure !== line[line.length - 1]);
      const pick = [...(candidates.length > 0 ? candidates : visible)].sort((a, b) => a.count - b.count)[0];
      if (pick) {
        pick.hidden = true;
        changed = true;
      }
    }
  }
  return table;
}

/** A share in per cent, one decimal; hidden when either figure it is made of is hidden. */
export function shareOf(part: Figure, whole: Figure): number | null {
  if (part.hidden || whole.hidden || whole.count === 0) return null;
  return Math.round((part.count / whole.count) * 1000) / 10;
}
