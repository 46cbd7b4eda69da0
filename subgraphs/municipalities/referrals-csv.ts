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
/** The columns a template adds for the person filling it in; read past, never checked. */
export const TEMPLATE_NAME_COLUMNS = ['klynge', 'tilbud'] as const;

export interface ParsedCsv {
  rows: ReferralRowInput[];
  /** The file line each row came from, for reporting. */
  lines: number[];
  /** Lines whose referrals cell is empty: a figure not given (a template's line left blank), not a row. */
  skipped: number[];
  /** Problems with the file itself (header, column counts), by line. */
  problems: { line: number; reason: string }[];
}

/**
 * One line's cells. A spreadsheet in a Danish locale saves CSV with semicolons (the comma is
 * its decimal mark) and quotes a cell that holds the separator (`"Læge Larsen, Aarhus"`).
 */
function cellsOf(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let at = 0; at < line.length; at++) {
    const char = line[at]!;
    if (quoted) {
      if (char === '"' && line[at + 1] === '"') {
        cell += '"';
        at++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (char === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * Reads a referral CSV: header `cluster_id,offer_id,month,referrals` (commas or semicolons;
 * more columns after these, such as a template's names, are read past), one figure a line.
 * Values stay as written (a figure "3.5" stays text) so the shared validation judges them.
 */
export function parseReferralCsv(text: string): ParsedCsv {
  const result: ParsedCsv = { rows: [], lines: [], skipped: [], problems: [] };
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const separator = lines[0]?.includes(';') ? ';' : ',';
  const header = cellsOf(lines[0] ?? '', separator).map((cell) => cell.toLowerCase());
  if (header.slice(0, CSV_COLUMNS.length).join(',') !== CSV_COLUMNS.join(',')) {
    result.problems.push({ line: 1, reason: `the first line must be the header ${CSV_COLUMNS.join(',')}` });
    return result;
  }
  lines.slice(1).forEach((content, index) => {
    const line = index + 2;
    if (content.trim() === '') return;
    const cells = cellsOf(content, separator);
    if (cells.length !== header.length) {
      result.problems.push({ line, reason: `has ${cells.length} values, expected ${header.length}` });
      return;
    }
    const [clusterId, offerId, month, referrals] = cells as [string, string, string, string];
    if (referrals === '') {
      result.skipped.push(line);
      return;
    }
    result.rows.push({ clusterId, offerId, month, referrals: /^-?\d+(\.\d+)?$/.test(referrals) ? Number(referrals) : referrals });
    result.lines.push(line);
  });
  return result;
}

/** What a template line is for: a cluster and an offer of the municipality, by id and by name. */
export interface TemplateLine {
  clusterId: string;
  clusterName: string;
  offerId: string;
  offerName: string;
}

/**
 * A file to fill in: a line per cluster and offer for `month`, the figure left blank, the
 * names beside the ids. Semicolons and a byte-order mark, so a spreadsheet in a Danish
 * locale opens it in columns with its æ, ø and å; parseReferralCsv reads it back as saved.
 */
export function referralTemplateCsv(lines: TemplateLine[], month: string): string {
  const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const header = [...CSV_COLUMNS, ...TEMPLATE_NAME_COLUMNS].join(';');
  const body = lines.map((line) => [line.clusterId, line.offerId, month, '', quote(line.clusterName), quote(line.offerName)].join(';'));
  return `\uFEFF${[header, ...body].join('\r\n')}\r\n`;
}
