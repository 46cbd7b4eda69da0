import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../platform/viewer.js';
import { addMonths, monthOf } from '../subgraphs/municipalities/months.js';
import type { ReferralCountInput } from './__generated__/operations.js';
import {
  AcceptPackageMeetingDocument,
  ClusterReferralCountsDocument,
  CreateMunicipalOfferDocument,
  MarkPackageMeetingHeldDocument,
  ReferralComparisonDocument,
  RequestPackageMeetingDocument,
  SubmitReferralCountsDocument,
} from './__generated__/operations.js';
import { clusterIn, type ClusterFixture } from './support/fixtures.js';
import { errorCodes, startTestHub, type TestHub } from './support/hub.js';
import { meetingRequest } from './support/municipal.js';

let hub: TestHub;
let cluster: ClusterFixture;
let offers: string[];
let foreignOffer: string;
let municipality: Viewer;
const thisMonth = monthOf(new Date());
const KIAP: Viewer = { kind: 'kiap', subject: 'kiap' };

beforeAll(async () => {
  hub = await startTestHub();
  cluster = await clusterIn(hub.adminSql, '615');
  municipality = { kind: 'municipality', subject: 'horsens', municipalityCode: '615' };
  // Two prevention and rehabilitation offers of Horsens: the demo one(s) and one made here.
  await hub.queryAs(municipality, CreateMunicipalOfferDocument, {
    input: {
      kind: 'PREVENTION_AND_REHABILITATION',
      name: 'Aa Faldforebyggelse',
      description: 'Træning for ældre med faldrisiko.',
      targetGroup: 'Ældre med faldrisiko',
      referralProcedure: 'Elektronisk henvisning',
      contactEmail: 'fald@horsens.example.dk',
    },
  });
  offers = (
    await hub.adminSql<{ id: string }[]>`
      select id from municipalities.municipal_offers where municipality_code = '615' and kind = 'PREVENTION_AND_REHABILITATION' order by name`
  ).map((o) => o.id);
  [{ id: foreignOffer }] =
    (await hub.adminSql`select id from municipalities.municipal_offers where municipality_code = '101' limit 1`) as unknown as [
      { id: string },
    ];
});
afterAll(() => hub?.close());

const row = (month: string, referrals: number, offer = 0): ReferralCountInput => ({
  clusterId: cluster.id,
  offerId: offers[offer]!,
  month,
  referrals,
});

async function countsFor(month: string) {
  return hub.adminSql<{ referrals: number }[]>`
    select referrals from municipalities.referral_counts where cluster_id = ${cluster.id} and month = ${`${month}-01`} order by offer_id`;
}

describe('submitting referral counts', () => {
  it('writes a batch, and sending the same batch again changes nothing', async () => {
    const counts = [row('2025-01', 4), row('2025-02', 7), row('2025-01', 2, 1)];
    const first = await hub.queryAs(municipality, SubmitReferralCountsDocument, { input: { counts } });
    expect(first.data!.submitReferralCounts).toEqual({ created: 3, corrected: 0, unchanged: 0 });
    const again = await hub.queryAs(municipality, SubmitReferralCountsDocument, { input: { counts } });
    expect(again.data!.submitReferralCounts).toEqual({ created: 0, corrected: 0, unchanged: 3 });
    const revisions = await hub.adminSql`select 1 from municipalities.referral_count_revisions where cluster_id = ${cluster.id}`;
    expect(revisions).toHaveLength(0);
  });

  it('replaces a corrected figure and keeps the earlier one as a revision', async () => {
    await hub.queryAs(municipality, SubmitReferralCountsDocument, { input: { counts: [row('2025-03', 5)] } });
    const corrected = await hub.queryAs(municipality, SubmitReferralCountsDocument, { input: { counts: [row('2025-03', 6)] } });
    expect(corrected.data!.submitReferralCounts).toEqual({ created: 0, corrected: 1, unchanged: 0 });
    const seen = await hub.queryAs(KIAP, ClusterReferralCountsDocument, { id: cluster.id, fromMonth: '2025-03', toMonth: '2025-03' });
    const march = seen.data!.cluster!.referralCounts!.find((c) => c.offer.id === offers[0])!;
    expect(march).toMatchObject({
      month: '2025-03',
      referrals: 6,
      revisions: [{ referrals: 5, recordedBy: 'municipality 615', replacedBy: 'municipality 615' }],
    });
  });

  it('with any bad row writes nothing, and lists every bad row with its reason', async () => {
    const next = addMonths(thisMonth, 1);
    const otherCluster = (await clusterIn(hub.adminSql, '101')).id;
    const counts = [
      row('2024-05', 3), // good
      row('2024-06', -1), // negative
      { ...row('2024-07', 1), offerId: foreignOffer }, // another municipality's offer
      { ...row('2024-08', 1), clusterId: otherCluster }, // a cluster not covering Horsens
      row(next, 1), // the future
      row('2024-13', 1), // not a month
      row('2024-05', 9), // repeats row 1
      row('0001-01', 1), // before the municipalities of today
    ];
    const response = await hub.queryAs(municipality, SubmitReferralCountsDocument, { input: { counts } });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors![0]!.extensions!.problems).toEqual([
      { path: 'input.counts[1].referrals', message: 'must be a whole number from 0 to 100000', line: 2 },
      { path: 'input.counts[2].offerId', message: 'is not an offer of municipality 615', line: 3 },
      { path: 'input.counts[3].clusterId', message: 'is not a cluster covering municipality 615', line: 4 },
      { path: 'input.counts[4].month', message: 'must be a past or the current month', line: 5 },
      { path: 'input.counts[5].month', message: 'must be a month written YYYY-MM', line: 6 },
      { path: 'input.counts[6]', message: 'repeats row 1 (same cluster, offer and month)', line: 7 },
      { path: 'input.counts[7].month', message: 'must be 2007-01 or later (the municipalities of today)', line: 8 },
    ]);
    expect(await countsFor('2024-05')).toEqual([]);
  });

  it('refuses figures for an acute-function offer: the fact sheet asks them for prevention and rehabilitation offers only', async () => {
    const [acute] = await hub.adminSql<{ id: string }[]>`
      select id from municipalities.municipal_offers where municipality_code = '615' and kind = 'ACUTE_FUNCTION' limit 1`;
    const response = await hub.queryAs(municipality, SubmitReferralCountsDocument, {
      input: { counts: [row('2024-09', 3), { ...row('2024-09', 2), offerId: acute!.id }] },
    });
    expect(response.errors![0]!.extensions!.problems).toEqual([
      {
        path: 'input.counts[1].offerId',
        message: 'is an acute-function offer; referral counts are for prevention and rehabilitation offers',
        line: 2,
      },
    ]);
    expect(await countsFor('2024-09')).toEqual([]);
  });

  it('accepts the current month', async () => {
    const response = await hub.queryAs(municipality, SubmitReferralCountsDocument, { input: { counts: [row(thisMonth, 2)] } });
    expect(response.errors).toBeUndefined();
  });

  it.each([
    ['KiAP', () => KIAP],
    [
      'the cluster',
      () =>
        ({ kind: 'cluster', subject: 'c', clusterId: cluster.id, clusterRole: 'coordinator', regionCode: cluster.regionCode }) as Viewer,
    ],
  ])('is for municipalities only: refused for %s', async (_, viewer) => {
    const response = await hub.queryAs(viewer(), SubmitReferralCountsDocument, { input: { counts: [row('2023-01', 1)] } });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(await countsFor('2023-01')).toEqual([]);
  });
});

describe('who sees referral counts', () => {
  it('the municipality, the cluster’s members and KiAP; not other municipalities, regions or other clusters', async () => {
    await hub.queryAs(municipality, SubmitReferralCountsDocument, { input: { counts: [row('2024-01', 8)] } });
    const entitled: Viewer[] = [
      municipality,
      KIAP,
      { kind: 'cluster', subject: 'm', clusterId: cluster.id, clusterRole: 'member', regionCode: cluster.regionCode },
    ];
    for (const viewer of entitled) {
      const response = await hub.queryAs(viewer, ClusterReferralCountsDocument, {
        id: cluster.id,
        fromMonth: '2024-01',
        toMonth: '2024-01',
      });
      expect(response.data!.cluster!.referralCounts!.map((c) => c.referrals)).toContain(8);
    }
    const other = await hub.queryAs({ kind: 'municipality', subject: 'o', municipalityCode: '101' }, ClusterReferralCountsDocument, {
      id: cluster.id,
    });
    expect(other.data!.cluster!.referralCounts).toEqual([]); // its own offers only, and it has none here
    for (const viewer of [
      { kind: 'region', subject: 'r', regionCode: cluster.regionCode },
      {
        kind: 'cluster',
        subject: 'x',
        clusterId: (await clusterIn(hub.adminSql, '101')).id,
        clusterRole: 'coordinator',
        regionCode: '1084',
      },
      { kind: 'anonymous' },
    ] as Viewer[]) {
      const response = await hub.queryAs(viewer, ClusterReferralCountsDocument, { id: cluster.id });
      expect(response.data!.cluster!.referralCounts).toBeNull();
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
  });
});

describe('the follow-up comparison', () => {
  it('gives referrals per offer in equal windows before and after a held meeting, and after its follow-up', async () => {
    const coordinator: Viewer = {
      kind: 'cluster',
      subject: 'c',
      clusterId: cluster.id,
      clusterRole: 'coordinator',
      regionCode: cluster.regionCode,
    };
    const hold = async (followUpOf?: string, overrides: Parameters<typeof meetingRequest>[1] = {}) => {
      const booking = (
        await hub.queryAs(municipality, RequestPackageMeetingDocument, { input: meetingRequest(cluster.id, { followUpOf, ...overrides }) })
      ).data!.requestPackageMeeting.booking;
      await hub.queryAs(coordinator, AcceptPackageMeetingDocument, {
        input: { bookingId: booking.id, slotStartsAt: booking.proposedSlots[0]!.startsAt },
      });
      return booking.id;
    };
    const first = await hold();
    // The first meeting was in mid-2022, the follow-up ten months later (an admin moves time).
    await hub.adminSql`update municipalities.package_bookings set confirmed_starts_at = '2022-06-15T13:00:00Z', confirmed_ends_at = '2022-06-15T15:30:00Z' where id = ${first}`;
    await hub.queryAs(coordinator, MarkPackageMeetingHeldDocument, { input: { bookingId: first } });
    const followUp = await hold(first);
    await hub.adminSql`update municipalities.package_bookings set confirmed_starts_at = '2023-04-12T13:00:00Z', confirmed_ends_at = '2023-04-12T15:30:00Z' where id = ${followUp}`;
    await hub.queryAs(coordinator, MarkPackageMeetingHeldDocument, { input: { bookingId: followUp } });

    const counts = [
      row('2022-03', 2),
      row('2022-05', 3), // before: 2022-03..2022-05
      row('2022-06', 50), // the meeting's own month is in no window
      row('2022-07', 4),
      row('2022-09', 6), // after: 2022-07..2022-09
      row('2023-05', 9), // after the follow-up: 2023-05..2023-07
      row('2022-04', 1, 1),
    ];
    expect((await hub.queryAs(municipality, SubmitReferralCountsDocument, { input: { counts } })).errors).toBeUndefined();

    const response = await hub.queryAs(coordinator, ReferralComparisonDocument, { id: first, months: 3 });
    const comparison = response.data!.packageBooking!.referralComparison!;
    expect(comparison.windows.map(({ kind, fromMonth, toMonth, total }) => ({ kind, fromMonth, toMonth, total }))).toEqual([
      { kind: 'BEFORE_MEETING', fromMonth: '2022-03', toMonth: '2022-05', total: 6 },
      { kind: 'AFTER_MEETING', fromMonth: '2022-07', toMonth: '2022-09', total: 10 },
      { kind: 'AFTER_FOLLOW_UP', fromMonth: '2023-05', toMonth: '2023-07', total: 9 },
    ]);
    expect(comparison.windows[0]!.perOffer.find((o) => o.offer.id === offers[1])?.referrals).toBe(1);
    const notHeld = await hold();
    expect(
      (await hub.queryAs(coordinator, ReferralComparisonDocument, { id: notHeld })).data!.packageBooking!.referralComparison,
    ).toBeNull();
    // A held meeting of the acute functions package has nothing to compare: those referrals are not counted.
    const acute = await hold(undefined, { package: 'ACUTE_FUNCTIONS' });
    await hub.adminSql`update municipalities.package_bookings set confirmed_starts_at = '2022-08-15T13:00:00Z', confirmed_ends_at = '2022-08-15T15:30:00Z' where id = ${acute}`;
    const held = await hub.queryAs(coordinator, MarkPackageMeetingHeldDocument, { input: { bookingId: acute } });
    expect(held.errors).toBeUndefined();
    const acuteAnswer = await hub.queryAs(coordinator, ReferralComparisonDocument, { id: acute });
    expect(acuteAnswer.errors).toBeUndefined();
    expect(acuteAnswer.data!.packageBooking!.referralComparison).toBeNull();
  });
});

describe('npm run referrals:import', () => {
  const run = promisify(execFile);
  const dir = mkdtempSync(path.join(tmpdir(), 'referrals-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const importFile = async (name: string, content: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return run(process.execPath, ['--import', 'tsx', 'hub/cli/import-referrals.ts', '--municipality', '615', file], {
      cwd: path.resolve(import.meta.dirname, '..'),
      env: { ...process.env, MUNICIPALITIES_DATABASE_URL: hub.roleUrl('municipalities') },
    }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stderr: string }) => ({ code: error.code, output: error.stderr }),
    );
  };

  it('loads a good file with the same rules as the API', async () => {
    const result = await importFile(
      'good.csv',
      `cluster_id,offer_id,month,referrals\n${cluster.id},${offers[0]},2021-01,3\n\n${cluster.id},${offers[0]},2021-02,4\n`,
    );
    expect(result).toEqual({ code: 0, output: expect.stringContaining('2 new, 0 corrected, 0 unchanged') });
    expect((await countsFor('2021-02')).map((c) => c.referrals)).toEqual([4]);
  });

  it('loads the console’s template as a Danish spreadsheet saves it: semicolons, names beside the ids, blanks skipped', async () => {
    const result = await importFile(
      'skabelon.csv',
      '\uFEFFcluster_id;offer_id;month;referrals;klynge;tilbud\r\n' +
        `${cluster.id};${offers[0]};2021-03;5;"Klynge; med semikolon";Tilbud\r\n` +
        `${cluster.id};${offers[0]};2021-04;;Klynge;Tilbud\r\n`,
    );
    expect(result).toEqual({
      code: 0,
      output: expect.stringContaining('1 new, 0 corrected, 0 unchanged. Skipped 1 line without a figure.'),
    });
    expect((await countsFor('2021-03')).map((c) => c.referrals)).toEqual([5]);
    expect(await countsFor('2021-04')).toEqual([]);
  });

  it('reports every bad line by line and column in one pass, even beside a malformed line, and saves nothing', async () => {
    const content = [
      'cluster_id,offer_id,month,referrals',
      `${cluster.id},${offers[0]},2020-01,3`,
      `${cluster.id},${offers[0]},2020-02,3.5`,
      '',
      `${cluster.id},${offers[0]},20-03,1`,
      `${cluster.id},${offers[0]}`,
      `${cluster.id},${offers[0]},2020-04,99999999999`,
      `${cluster.id},${offers[0]},0000-01,1`,
      `${cluster.id},${offers[0]},2020-01,4`,
    ].join('\n');
    const result = await importFile('bad.csv', content);
    expect(result.code).toBe(1);
    expect(result.output.trim().split('\n').slice(1)).toEqual([
      '  line 3, referrals: must be a whole number from 0 to 100000',
      '  line 5, month: must be a month written YYYY-MM',
      '  line 6: has 2 values, expected 4',
      '  line 7, referrals: must be a whole number from 0 to 100000',
      '  line 8, month: must be 2007-01 or later (the municipalities of today)',
      '  line 9: repeats line 2 (same cluster, offer and month)',
    ]);
    expect(result.output).toContain('Nothing was saved');
    expect(result.output).not.toMatch(/insert|select|at .+\.ts:\d+|Error:/i);
    expect(await countsFor('2020-01')).toEqual([]);
  });

  it('refuses a file without the header', async () => {
    const result = await importFile('headless.csv', `${cluster.id},${offers[0]},2020-01,3\n`);
    expect(result.code).toBe(1);
    expect(result.output).toContain('line 1: the first line must be the header cluster_id,offer_id,month,referrals');
  });
});
