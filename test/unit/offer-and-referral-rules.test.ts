import { describe, expect, it } from 'vitest';
import { holdsPlace, placesLeft } from '../../subgraphs/offers/offer-rules.js';
import { MAX_BATCH_ROWS, validateReferralRows, type ReferralContext } from '../../subgraphs/municipalities/referral-rules.js';
import { parseReferralCsv, referralTemplateCsv } from '../../subgraphs/municipalities/referrals-csv.js';
import { hasReferralComparison } from '../../subgraphs/municipalities/referral-comparison.js';

describe('the capacity of a regional offer', () => {
  const requests = (...statuses: ('REQUESTED' | 'ACCEPTED' | 'DECLINED')[]) => statuses.map((status) => ({ status }));
  it('counts requested and accepted places, never declined ones', () => {
    expect(placesLeft(3, requests('REQUESTED', 'ACCEPTED', 'DECLINED', 'DECLINED'))).toBe(1);
    expect(placesLeft(2, requests('REQUESTED', 'ACCEPTED'))).toBe(0);
    expect(holdsPlace({ status: 'DECLINED' })).toBe(false);
  });
  it('never goes below zero, and an offer without a capacity has no limit', () => {
    expect(placesLeft(1, requests('ACCEPTED', 'ACCEPTED'))).toBe(0);
    expect(placesLeft(null, requests('ACCEPTED', 'ACCEPTED'))).toBeNull();
  });
});

describe('referral counts', () => {
  const offer = '11111111-1111-4111-8111-111111111111';
  const acute = '22222222-2222-4222-8222-222222222222';
  const cluster = '33333333-3333-4333-8333-333333333333';
  const context: ReferralContext = {
    municipalityCode: '615',
    offerIds: new Set([offer]),
    acuteOfferIds: new Set([acute]),
    clusterIds: new Set([cluster]),
    currentMonth: '2024-06',
  };
  const row = (overrides: Record<string, unknown> = {}) => ({
    clusterId: cluster,
    offerId: offer,
    month: '2024-05',
    referrals: 4,
    ...overrides,
  });

  it('takes a good batch whole', () => {
    const { valid, problems } = validateReferralRows([row(), row({ month: '2024-06', referrals: 0 })], context);
    expect(problems).toEqual([]);
    expect(valid).toHaveLength(2);
  });
  it('reports every problem of every row at once, counting rows from 1', () => {
    const { valid, problems } = validateReferralRows(
      [
        row(),
        row({ referrals: 2.5 }),
        row({ offerId: acute }),
        row({ clusterId: 'x' }),
        row({ month: '2024-07' }),
        row({ month: '2024-13' }),
        row({ referrals: 9 }),
        row({ month: '2006-12' }),
      ],
      context,
    );
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [2, 'referrals'],
      [3, 'offerId'],
      [4, 'clusterId'],
      [5, 'month'],
      [6, 'month'],
      [7, 'row'],
      [8, 'month'],
    ]);
    expect(problems[1]!.reason).toContain('acute-function offer');
    expect(problems[5]!.reason).toBe('repeats row 1 (same cluster, offer and month)');
    expect(valid).toHaveLength(1);
  });
  it('refuses an empty batch and one that is too long', () => {
    expect(validateReferralRows([], context).problems).toEqual([{ row: 0, field: 'row', reason: 'the batch is empty' }]);
    const long = Array.from({ length: MAX_BATCH_ROWS + 1 }, (_, i) => row({ month: `20${10 + Math.floor(i / 12)}-01` }));
    expect(validateReferralRows(long, context).problems[0]).toMatchObject({
      row: 0,
      reason: `a batch holds at most ${MAX_BATCH_ROWS} rows`,
    });
  });

  it('reads a CSV file line by line, leaving the values for the rules to judge', () => {
    const parsed = parseReferralCsv(
      '\uFEFFcluster_id,offer_id,month,referrals\r\na,b,2024-05,3\n\nc,d,2024-06,3.5\ne,f,2024-07\ng,h,2024-08,tre\n',
    );
    expect(parsed.rows).toEqual([
      { clusterId: 'a', offerId: 'b', month: '2024-05', referrals: 3 },
      { clusterId: 'c', offerId: 'd', month: '2024-06', referrals: 3.5 },
      { clusterId: 'g', offerId: 'h', month: '2024-08', referrals: 'tre' },
    ]);
    expect(parsed.lines).toEqual([2, 4, 6]);
    expect(parsed.problems).toEqual([{ line: 5, reason: 'has 3 values, expected 4' }]);
  });
  it('reads what a spreadsheet in a Danish locale saves: semicolons, quoted cells, names beside the ids, lines left blank', () => {
    const parsed = parseReferralCsv(
      'cluster_id;offer_id;month;referrals;klynge;tilbud\r\n' +
        'a;b;2024-05;3;"Klynge Aarhus; Midtbyen";Rygestop\r\n' +
        'a;c;2024-05;;"Klynge Aarhus; Midtbyen";"Gåhold, ""KOL"""\r\n' +
        'a;d;2024-05;3,5;Klynge;Tilbud\r\n' +
        'a;e;2024-05;2;Klynge\r\n',
    );
    expect(parsed.rows).toEqual([
      { clusterId: 'a', offerId: 'b', month: '2024-05', referrals: 3 },
      // A decimal comma stays text, and the shared rules refuse it as not a whole number.
      { clusterId: 'a', offerId: 'd', month: '2024-05', referrals: '3,5' },
    ]);
    expect(parsed.lines).toEqual([2, 4]);
    expect(parsed.skipped).toEqual([3]);
    expect(parsed.problems).toEqual([{ line: 5, reason: 'has 5 values, expected 6' }]);
  });

  it('writes a template that reads back as blank lines, and as figures once they are filled in', () => {
    const template = referralTemplateCsv(
      [
        { clusterId: 'c1', clusterName: 'Klynge Øst; Nord', offerId: 'o1', offerName: 'Gåhold "KOL"' },
        { clusterId: 'c1', clusterName: 'Klynge Øst; Nord', offerId: 'o2', offerName: 'Rygestop' },
      ],
      '2026-11',
    );
    expect(template.startsWith('\uFEFFcluster_id;offer_id;month;referrals;klynge;tilbud\r\n')).toBe(true);
    expect(template).toContain('c1;o1;2026-11;;"Klynge Øst; Nord";"Gåhold ""KOL"""\r\n');
    expect(parseReferralCsv(template)).toMatchObject({ rows: [], skipped: [2, 3], problems: [] });
    const filled = template.replace('c1;o2;2026-11;;', 'c1;o2;2026-11;7;');
    expect(parseReferralCsv(filled)).toMatchObject({
      rows: [{ clusterId: 'c1', offerId: 'o2', month: '2026-11', referrals: 7 }],
      lines: [3],
      skipped: [2],
      problems: [],
    });
  });

  it('refuses a file without the header', () => {
    expect(parseReferralCsv('a,b,2024-05,3').problems).toEqual([
      { line: 1, reason: 'the first line must be the header cluster_id,offer_id,month,referrals' },
    ]);
  });
});

describe('the referral comparison of a meeting', () => {
  const held = {
    status: 'HELD' as const,
    package: 'PREVENTION_AND_REHABILITATION' as const,
    confirmedStartsAt: new Date('2026-03-10T13:00:00Z'),
  };
  it('is there for a held meeting of the prevention and rehabilitation package only', () => {
    expect(hasReferralComparison(held)).toBe(true);
    expect(hasReferralComparison({ ...held, package: 'ACUTE_FUNCTIONS' })).toBe(false);
    expect(hasReferralComparison({ ...held, status: 'CONFIRMED' })).toBe(false);
    expect(hasReferralComparison({ ...held, confirmedStartsAt: null })).toBe(false);
  });
});
