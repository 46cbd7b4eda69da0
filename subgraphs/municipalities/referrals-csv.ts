/**
 * The referral CSV format, shared by the command-line import and the web console (which
 * checks a file's lines in the browser before sending its rows); it imports nothing, so
 * both can load it.
 */

/** A row as given: values are judged by validateReferralRows (referrals.ts), not here. */
export interface ReferralRowInput {
  clusterId: unknown;
  offerId: unknown;
  month: unknown;
  referrals: unknown;
}

export const CSV_COLUMNS = ['cluster_id', 'offer_id', 'month', 'referrals'] as const;

export interface ParsedCsv {
  rows: ReferralRowInput[];
  /** The file line each row came from, for reporting. */
  lines: number[];
  /** Problems with the file itself (header, column counts), by line. */
  problems: { line: number; reason: string }[];
}

/**
 * Reads a referral CSV: header `cluster_id,offer_id,month,referrals`, one figure a line.
 * Values stay as written (a figure "3.5" stays text) so the shared validation judges them.
 */
export function parseReferralCsv(text: string): ParsedCsv {
  const result: ParsedCsv = { rows: [], lines: [], problems: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]?.split(',').map((cell) => cell.trim().toLowerCase());
  if (header?.join(',') !== CSV_COLUMNS.join(',')) {
    result.problems.push({ line: 1, reason: `the first line must be the header ${CSV_COLUMNS.join(',')}` });
    return result;
  }
  lines.slice(1).forEach((content, index) => {
    const line = index + 2;
    if (content.trim() === '') return;
    const cells = content.split(',').map((cell) => cell.trim());
    if (cells.length !== CSV_COLUMNS.length) {
      result.problems.push({ line, reason: `has ${cells.length} values, expected ${CSV_COLUMNS.length}` });
      return;
    }
    const [clusterId, offerId, month, referrals] = cells as [string, string, string, string];
    result.rows.push({ clusterId, offerId, month, referrals: /^-?\d+(\.\d+)?$/.test(referrals) ? Number(referrals) : referrals });
    result.lines.push(line);
  });
  return result;
}
