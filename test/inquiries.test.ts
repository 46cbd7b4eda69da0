import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../platform/viewer.js';
import {
  AnswerForwardedInquiryDocument,
  AssessInquiryDocument,
  ClusterForwardedInquiriesDocument,
  DecideInquiryDocument,
  ForwardDirectInquiryDocument,
  InquiryAsPartyDocument,
  InquiryByIdDocument,
  InquiryQueueDocument,
  InquiryTriageDocument,
  ProvideInquiryInformationDocument,
  RequestInquiryInformationDocument,
  StartInquiryReviewDocument,
  SubmitInquiryDocument,
  type SubmitInquiryInput,
} from './__generated__/operations.js';
import { clusterIn, type ClusterFixture } from './support/fixtures.js';
import { errorCodes, startTestHub, type TestHub } from './support/hub.js';

let hub: TestHub;
let cluster: ClusterFixture; // Aarhus, region 1082
let otherCluster: ClusterFixture; // Copenhagen, region 1084
const REGION = '1082';
const KIAP: Viewer = { kind: 'kiap', subject: 'lone@kiap.example' };
const unit: Viewer = { kind: 'region', subject: 'unit-midt', regionCode: REGION };
const otherUnit: Viewer = { kind: 'region', subject: 'unit-h', regionCode: '1084' };
const municipality: Viewer = { kind: 'municipality', subject: 'm', municipalityCode: '751' };
const coordinatorOf = (c: ClusterFixture, clusterRole: 'coordinator' | 'board' | 'member' = 'coordinator'): Viewer => ({
  kind: 'cluster',
  subject: `${clusterRole}-${c.id.slice(0, 4)}`,
  clusterId: c.id,
  clusterRole,
  regionCode: c.regionCode,
});

beforeAll(async () => {
  hub = await startTestHub();
  cluster = await clusterIn(hub.adminSql, '751');
  otherCluster = await clusterIn(hub.adminSql, '101');
});
afterAll(() => hub?.close());

let parties = 0;
/** A party of its own, so each test has a fresh daily allowance. */
async function newParty(): Promise<Extract<Viewer, { kind: 'external' }>> {
  const [row] = await hub.adminSql<{ id: string }[]>`
    insert into inquiries.external_parties (name, kind) values (${`Testforening ${++parties}`}, 'PATIENT_ASSOCIATION') returning id`;
  return { kind: 'external', subject: `party-${parties}`, partyId: row!.id };
}

let titles = 0;
const submission = (overrides: Partial<SubmitInquiryInput> = {}): SubmitInquiryInput => ({
  title: `Henvendelse ${++titles}`,
  purpose: 'Forskning i opfølgning på KOL',
  description: 'Vi søger praksis, der vil deltage i et studie.',
  asks: ['PRACTICE_RECRUITMENT'],
  reach: 'REGION',
  regionCode: REGION,
  usesData: false,
  funding: 'Offentlig forskningsbevilling',
  commercialInterest: false,
  ...overrides,
});

async function submit(party: Viewer, input: SubmitInquiryInput = submission()) {
  const response = await hub.queryAs(party, SubmitInquiryDocument, { input });
  expect(response.errors).toBeUndefined();
  return response.data!.submitInquiry;
}

const inquiryCount = async () => Number((await hub.adminSql`select count(*)::int as n from inquiries.inquiries`)[0]!.n);

const assessment = (inquiryId: string) => ({
  inquiryId,
  relevance: 'RELEVANT' as const,
  relevanceReason: 'Relevant for klyngernes arbejde med KOL',
  dataSuitability: 'PARTLY' as const,
  dataSuitabilityNote: 'Delvis via Datafangst',
  commercialInterest: 'NONE' as const,
  internalNote: 'Intern: kender forskergruppen fra tidligere',
});

type State = 'RECEIVED' | 'IN_REVIEW' | 'AWAITING_INFORMATION' | 'DECIDED';
const QUESTION = 'Hvor mange praksis skal deltage?';

/** A new inquiry of `party`, reaching REGION, brought to `state` by KiAP (assessed from review on). */
async function inquiryIn(state: State, party: Viewer): Promise<string> {
  const { inquiry } = await submit(party);
  const id = inquiry.id;
  if (state === 'RECEIVED') return id;
  await hub.queryAs(KIAP, StartInquiryReviewDocument, { input: { inquiryId: id } });
  await hub.queryAs(KIAP, AssessInquiryDocument, { input: assessment(id) });
  if (state === 'AWAITING_INFORMATION')
    await hub.queryAs(KIAP, RequestInquiryInformationDocument, { input: { inquiryId: id, question: QUESTION } });
  if (state === 'DECIDED') await hub.queryAs(KIAP, DecideInquiryDocument, { input: { inquiryId: id, decision: 'NEWSLETTER' } });
  const now = await hub.queryAs(KIAP, InquiryTriageDocument, { id });
  expect(now.data!.inquiry!.status).toBe(state);
  return id;
}

const history = async (id: string) => (await hub.queryAs(KIAP, InquiryTriageDocument, { id })).data!.inquiry!.history!;

describe('submitting an inquiry', () => {
  const invalid: [string, Partial<SubmitInquiryInput>, string][] = [
    ['an empty title', { title: '  ' }, 'title'],
    ['a description over 8000 characters', { description: 'x'.repeat(8001) }, 'description'],
    ['nothing asked of the clusters', { asks: [] }, 'asks'],
    ['reach REGION without a region', { regionCode: null }, 'regionCode'],
    ['a region code that does not exist', { regionCode: '1090' }, 'regionCode'],
    ['a region with reach ALL_CLUSTERS', { reach: 'ALL_CLUSTERS' }, 'regionCode'],
    ['reach MUNICIPALITIES without municipalities', { reach: 'MUNICIPALITIES', regionCode: null }, 'municipalityCodes'],
    ['a malformed municipality code', { reach: 'MUNICIPALITIES', regionCode: null, municipalityCodes: ['75'] }, 'municipalityCodes'],
    ['use of data without saying which', { usesData: true }, 'dataDescription'],
    ['a commercial interest without a note', { commercialInterest: true }, 'commercialInterestNote'],
    ['an end before the start', { startsOn: '2027-03-01', endsOn: '2027-02-01' }, 'endsOn'],
    ['no funding', { funding: '' }, 'funding'],
  ];
  it.each(invalid)('refuses %s with BAD_USER_INPUT naming the field, and stores nothing', async (_, overrides, field) => {
    const party = await newParty();
    const before = await inquiryCount();
    const response = await hub.queryAs(party, SubmitInquiryDocument, { input: submission(overrides) });
    expect(errorCodes(response)).toEqual(['BAD_USER_INPUT']);
    expect((response.errors![0]!.extensions!.problems as { path: string }[]).map((p) => p.path)).toContain(`input.${field}`);
    expect(await inquiryCount()).toBe(before);
  });

  it('lists every problem at once', async () => {
    const response = await hub.queryAs(await newParty(), SubmitInquiryDocument, {
      input: submission({ title: '', asks: [], funding: '' }),
    });
    expect((response.errors![0]!.extensions!.problems as { path: string }[]).map((p) => p.path).sort()).toEqual([
      'input.asks',
      'input.funding',
      'input.title',
    ]);
  });

  it('is for external parties only', async () => {
    for (const viewer of [KIAP, unit, coordinatorOf(cluster), municipality, { kind: 'anonymous' } as Viewer]) {
      expect(errorCodes(await hub.queryAs(viewer, SubmitInquiryDocument, { input: submission() }))).toEqual(['FORBIDDEN']);
    }
  });

  it('recognises an identical resubmission — however spaced or cased — and stores it once', async () => {
    const party = await newParty();
    const input = submission({ asks: ['QUESTIONNAIRE', 'PRACTICE_RECRUITMENT'] });
    const first = await submit(party, input);
    expect(first.alreadySubmitted).toBe(false);
    const before = await inquiryCount();
    const again = await submit(party, {
      ...input,
      title: `  ${input.title.toUpperCase()} `,
      description: input.description.replace(/ /g, '  '),
      asks: ['PRACTICE_RECRUITMENT', 'QUESTIONNAIRE'],
    });
    expect(again).toEqual({ alreadySubmitted: true, inquiry: first.inquiry });
    expect(await inquiryCount()).toBe(before);
    // The same text with a different reach is a different inquiry; so is another party's identical one.
    expect((await submit(party, { ...input, regionCode: '1081' })).alreadySubmitted).toBe(false);
    expect((await submit(await newParty(), input)).alreadySubmitted).toBe(false);
  });

  it('allows a party five a day; the sixth is refused with LIMIT_REACHED and when the allowance renews', async () => {
    const party = await newParty();
    const first = await submit(party);
    for (let i = 0; i < 4; i++) await submit(party);
    const sixth = await hub.queryAs(party, SubmitInquiryDocument, { input: submission() });
    expect(errorCodes(sixth)).toEqual(['LIMIT_REACHED']);
    expect(sixth.errors![0]!.extensions).toMatchObject({ limit: 5, retryAfter: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:00:00Z$/) });
    expect(Date.parse(sixth.errors![0]!.extensions!.retryAfter as string)).toBeGreaterThan(Date.now());
    // A retry of an earlier submission is still answered.
    const retry = await hub.queryAs(party, InquiryByIdDocument, { id: first.inquiry.id });
    expect(retry.data!.inquiry!.id).toBe(first.inquiry.id);
  });

  it('holds the daily limit and duplicate detection when submissions arrive at once', async () => {
    const party = await newParty();
    const distinct = Array.from({ length: 8 }, () => submission());
    const results = await Promise.all(distinct.map((input) => hub.queryAs(party, SubmitInquiryDocument, { input })));
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(5);
    expect(results.flatMap(errorCodes)).toEqual(['LIMIT_REACHED', 'LIMIT_REACHED', 'LIMIT_REACHED']);

    const other = await newParty();
    const same = submission();
    const twice = await Promise.all([1, 2, 3].map(() => hub.queryAs(other, SubmitInquiryDocument, { input: same })));
    expect(new Set(twice.map((r) => r.data!.submitInquiry.inquiry.id)).size).toBe(1);
    expect(twice.map((r) => r.data!.submitInquiry.alreadySubmitted).sort()).toEqual([false, true, true]);
  });
});

describe('a cluster forwarding an inquiry it received directly', () => {
  const forward = (viewer: Viewer, to: 'KIAP' | 'REGIONAL_UNIT', title: string) =>
    hub.queryAs(viewer, ForwardDirectInquiryDocument, {
      input: {
        to,
        party: { name: 'Gigtforeningen (test)', kind: 'PATIENT_ASSOCIATION' },
        inquiry: submission({ title, reach: 'ALL_CLUSTERS', regionCode: null }),
        note: 'Vi har ikke kapacitet til at tage den selv.',
      },
    });

  it('goes to its own region’s unit or to KiAP, registered under the party that made it', async () => {
    const toUnit = await forward(coordinatorOf(cluster, 'board'), 'REGIONAL_UNIT', 'Direkte henvendelse til enheden');
    expect(toUnit.data!.forwardDirectInquiry.inquiry).toMatchObject({
      status: 'RECEIVED',
      source: 'CLUSTER_FORWARD',
      party: { name: 'Gigtforeningen (test)' },
    });
    const id = toUnit.data!.forwardDirectInquiry.inquiry.id;
    const queue = async (viewer: Viewer) => (await hub.queryAs(viewer, InquiryQueueDocument, {})).data!.inquiries!.map((i) => i.id);
    expect(await queue(unit)).toContain(id);
    expect(await queue(otherUnit)).not.toContain(id);
    expect(await queue(KIAP)).toContain(id);
    expect(await queue(coordinatorOf(cluster, 'member'))).toContain(id); // the cluster sees what it forwarded
    expect(await queue(coordinatorOf(otherCluster))).not.toContain(id);
    const triage = (await hub.queryAs(unit, InquiryTriageDocument, { id })).data!.inquiry!;
    expect(triage).toMatchObject({ forwardedTo: 'REGIONAL_UNIT', forwardedToRegion: { code: REGION }, forwardedBy: { id: cluster.id } });
    expect(triage.history).toEqual([
      expect.objectContaining({
        action: 'FORWARDED_BY_CLUSTER',
        fromStatus: null,
        toStatus: 'RECEIVED',
        note: 'Vi har ikke kapacitet til at tage den selv.',
      }),
    ]);

    const toKiap = await forward(coordinatorOf(cluster), 'KIAP', 'Direkte henvendelse til KiAP');
    const kiapId = toKiap.data!.forwardDirectInquiry.inquiry.id;
    expect(await queue(KIAP)).toContain(kiapId);
    expect(await queue(unit)).not.toContain(kiapId);
    // Forwarding the same again is recognised.
    expect((await forward(coordinatorOf(cluster), 'KIAP', 'Direkte henvendelse til KiAP')).data!.forwardDirectInquiry).toMatchObject({
      alreadySubmitted: true,
      inquiry: { id: kiapId },
    });
  });

  it('names the organisation for this cluster only: a registered organisation’s name attaches nothing to its account', async () => {
    const [registered] = await hub.adminSql<{ id: string }[]>`
      select id from inquiries.external_parties where name = 'Lungeforeningen (demo)' and named_by_cluster_id is null`;
    const lung: Viewer = { kind: 'external', subject: 'lunge', partyId: registered!.id };
    const before = (await hub.queryAs(lung, InquiryQueueDocument, {})).data!.inquiries!.map((i) => i.id);
    const impersonating = await hub.queryAs(coordinatorOf(cluster), ForwardDirectInquiryDocument, {
      input: {
        to: 'KIAP',
        party: { name: 'Lungeforeningen (demo)', kind: 'PATIENT_ASSOCIATION' },
        inquiry: submission({ title: 'Påstået fra Lungeforeningen', reach: 'ALL_CLUSTERS', regionCode: null }),
      },
    });
    const forwarded = impersonating.data!.forwardDirectInquiry.inquiry;
    expect(forwarded.party).toMatchObject({ name: 'Lungeforeningen (demo)' });
    const [row] = await hub.adminSql<
      { partyId: string }[]
    >`select party_id as "partyId" from inquiries.inquiries where id = ${forwarded.id}`;
    expect(row!.partyId).not.toBe(registered!.id);
    // The real organisation does not receive it, and the forwarder reaches none of the organisation's own inquiries.
    expect((await hub.queryAs(lung, InquiryQueueDocument, {})).data!.inquiries!.map((i) => i.id)).toEqual(before);
    const forwarderSees = (await hub.queryAs(coordinatorOf(cluster), InquiryQueueDocument, {})).data!.inquiries!.map((i) => i.id);
    for (const id of before) expect(forwarderSees).not.toContain(id);
  });

  it('is limited per cluster and day, also when many forwards arrive at once', async () => {
    const forwarder = coordinatorOf(otherCluster);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        hub.queryAs(forwarder, ForwardDirectInquiryDocument, {
          input: {
            to: 'KIAP',
            party: { name: `Forening nr. ${i}`, kind: 'OTHER' },
            inquiry: submission({ title: `Henvendelse nr. ${i}`, reach: 'ALL_CLUSTERS', regionCode: null }),
          },
        }),
      ),
    );
    const codes = results.map((r) => (r.errors ? errorCodes(r)[0] : 'CREATED'));
    expect(codes.filter((c) => c === 'CREATED')).toHaveLength(10);
    expect(codes.filter((c) => c === 'LIMIT_REACHED')).toHaveLength(20);
    const [written] = await hub.adminSql<{ count: number }[]>`
      select count(*)::int as count from inquiries.inquiries
      where forwarded_by_cluster_id = ${otherCluster.id} and submitted_at > now() - interval '1 hour'`;
    expect(written!.count).toBe(10);
  });

  it('is done by the coordinator or the board, not by a member or anyone else', async () => {
    for (const viewer of [coordinatorOf(cluster, 'member'), KIAP, unit, municipality, await newParty()]) {
      expect(errorCodes(await forward(viewer, 'KIAP', 'Ikke tilladt'))).toEqual(['FORBIDDEN']);
    }
  });
});

describe('triage', () => {
  type Step = 'startReview' | 'requestInformation' | 'provideInformation' | 'assess' | 'decide';
  const STATES: State[] = ['RECEIVED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECIDED'];
  const run = (viewer: Viewer, step: Step, inquiryId: string) => {
    switch (step) {
      case 'startReview':
        return hub.queryAs(viewer, StartInquiryReviewDocument, { input: { inquiryId, note: 'Vi kigger på den' } });
      case 'requestInformation':
        return hub.queryAs(viewer, RequestInquiryInformationDocument, { input: { inquiryId, question: 'Hvilke data skal bruges?' } });
      case 'provideInformation':
        return hub.queryAs(viewer, ProvideInquiryInformationDocument, { input: { inquiryId, answer: 'Ca. 40 praksis.' } });
      case 'assess':
        return hub.queryAs(viewer, AssessInquiryDocument, { input: { ...assessment(inquiryId), relevance: 'HIGHLY_RELEVANT' } });
      case 'decide':
        return hub.queryAs(viewer, DecideInquiryDocument, {
          input: { inquiryId, decision: 'DECLINE', reason: 'Uden for klyngernes fokus.' },
        });
    }
  };
  /** The status after the step for the caller who may take it, or the error it gets. */
  const EXPECTED: Record<Step, Record<State, State | 'INVALID_TRANSITION'>> = {
    startReview: { RECEIVED: 'IN_REVIEW', IN_REVIEW: 'IN_REVIEW', AWAITING_INFORMATION: 'IN_REVIEW', DECIDED: 'INVALID_TRANSITION' },
    requestInformation: {
      RECEIVED: 'INVALID_TRANSITION',
      IN_REVIEW: 'AWAITING_INFORMATION',
      AWAITING_INFORMATION: 'INVALID_TRANSITION', // a new question while one waits
      DECIDED: 'INVALID_TRANSITION',
    },
    provideInformation: {
      RECEIVED: 'INVALID_TRANSITION',
      IN_REVIEW: 'INVALID_TRANSITION',
      AWAITING_INFORMATION: 'IN_REVIEW',
      DECIDED: 'INVALID_TRANSITION',
    },
    assess: {
      RECEIVED: 'INVALID_TRANSITION',
      IN_REVIEW: 'IN_REVIEW',
      AWAITING_INFORMATION: 'AWAITING_INFORMATION',
      DECIDED: 'INVALID_TRANSITION',
    },
    decide: {
      RECEIVED: 'INVALID_TRANSITION',
      IN_REVIEW: 'DECIDED',
      AWAITING_INFORMATION: 'INVALID_TRANSITION',
      DECIDED: 'INVALID_TRANSITION',
    },
  };
  /** Who may take each step; of the others, those who may see the inquiry get FORBIDDEN, the rest NOT_FOUND. */
  const TAKERS: Record<Step, ('kiap' | 'unit' | 'party')[]> = {
    startReview: ['kiap', 'unit'],
    requestInformation: ['kiap', 'unit'],
    provideInformation: ['party'],
    assess: ['kiap', 'unit'],
    decide: ['kiap', 'unit'],
  };

  for (const step of Object.keys(EXPECTED) as Step[]) {
    it.each(STATES)(`${step} from %s: allowed for its takers only, refused without change for everyone else`, async (state) => {
      const party = await newParty();
      const id = await inquiryIn(state, party);
      const callers = {
        kiap: KIAP,
        unit,
        party,
        otherUnit,
        otherParty: await newParty(),
        cluster: coordinatorOf(cluster),
        municipality,
        anonymous: { kind: 'anonymous' } as Viewer,
      };
      const seesIt = new Set(['kiap', 'unit', 'party']);
      const before = await history(id);
      for (const [who, viewer] of Object.entries(callers)) {
        if (TAKERS[step].includes(who as 'kiap')) continue;
        const expected = seesIt.has(who) ? 'FORBIDDEN' : 'NOT_FOUND';
        expect(errorCodes(await run(viewer, step, id)), `${who} ${step} from ${state}`).toEqual([expected]);
      }
      expect(await history(id)).toEqual(before);

      for (const who of TAKERS[step]) {
        const response = await run(callers[who], step, id);
        const outcome = EXPECTED[step][state];
        if (outcome === 'INVALID_TRANSITION') {
          expect(errorCodes(response), `${who} ${step} from ${state}`).toEqual(['INVALID_TRANSITION']);
          expect(await history(id)).toEqual(before);
        } else {
          expect(response.errors, `${who} ${step} from ${state}`).toBeUndefined();
          const status = (await hub.queryAs(KIAP, InquiryTriageDocument, { id })).data!.inquiry!.status;
          expect(status).toBe(outcome);
          if (outcome === 'DECIDED') break; // the second taker meets a decided inquiry: covered by the DECIDED row
        }
      }
    });
  }

  it('records every change with who, when, from, to and note — and the record cannot be changed', async () => {
    const party = await newParty();
    const { inquiry } = await submit(party);
    await hub.queryAs(unit, StartInquiryReviewDocument, { input: { inquiryId: inquiry.id, note: 'Tages på mødet' } });
    await hub.queryAs(unit, RequestInquiryInformationDocument, { input: { inquiryId: inquiry.id, question: QUESTION } });
    await hub.queryAs(party, ProvideInquiryInformationDocument, { input: { inquiryId: inquiry.id, answer: 'Omkring 40.' } });
    await hub.queryAs(unit, AssessInquiryDocument, { input: assessment(inquiry.id) });
    // Repeated steps (retries) add nothing.
    await hub.queryAs(unit, StartInquiryReviewDocument, { input: { inquiryId: inquiry.id } });
    await hub.queryAs(unit, AssessInquiryDocument, { input: assessment(inquiry.id) });
    await hub.queryAs(unit, DecideInquiryDocument, { input: { inquiryId: inquiry.id, decision: 'DECLINE', reason: 'Ikke nu.' } });
    await hub.queryAs(unit, DecideInquiryDocument, { input: { inquiryId: inquiry.id, decision: 'DECLINE', reason: 'Ikke nu.' } });
    const events = await history(inquiry.id);
    expect(events.map((e) => [e.action, e.actor, e.fromStatus, e.toStatus])).toEqual([
      ['SUBMITTED', `external:${party.subject}`, null, 'RECEIVED'],
      ['REVIEW_STARTED', 'region:unit-midt', 'RECEIVED', 'IN_REVIEW'],
      ['INFORMATION_REQUESTED', 'region:unit-midt', 'IN_REVIEW', 'AWAITING_INFORMATION'],
      ['INFORMATION_PROVIDED', `external:${party.subject}`, 'AWAITING_INFORMATION', 'IN_REVIEW'],
      ['ASSESSED', 'region:unit-midt', 'IN_REVIEW', 'IN_REVIEW'],
      ['DECIDED', 'region:unit-midt', 'IN_REVIEW', 'DECIDED'],
    ]);
    expect(events[1]!.note).toBe('Tages på mødet');
    expect(events[2]!.note).toBe(QUESTION);
    // The party is told who decided: here the regional unit, not KiAP.
    const asParty = await hub.queryAs(party, InquiryAsPartyDocument, { id: inquiry.id });
    expect(asParty.data!.inquiry!.decision!.nextStep).toBe(
      'Den regionale kvalitetsenhed går ikke videre med henvendelsen; se begrundelsen.',
    );
    await expect(hub.adminSql`update inquiries.inquiry_events set note = 'x' where inquiry_id = ${inquiry.id}`).rejects.toThrow(
      /append-only/,
    );
    await expect(hub.adminSql`delete from inquiries.inquiry_events where inquiry_id = ${inquiry.id}`).rejects.toThrow(/append-only/);
  });

  it('decides only what has been assessed; the newsletter is KiAP’s decision; a decline needs a reason', async () => {
    const party = await newParty();
    const { inquiry } = await submit(party);
    await hub.queryAs(unit, StartInquiryReviewDocument, { input: { inquiryId: inquiry.id } });
    const decline = { inquiryId: inquiry.id, decision: 'DECLINE' as const, reason: 'Nej tak.' };
    expect(errorCodes(await hub.queryAs(unit, DecideInquiryDocument, { input: decline }))).toEqual(['INVALID_TRANSITION']);
    await hub.queryAs(unit, AssessInquiryDocument, { input: assessment(inquiry.id) });
    expect(
      errorCodes(await hub.queryAs(unit, DecideInquiryDocument, { input: { inquiryId: inquiry.id, decision: 'NEWSLETTER' } })),
    ).toEqual(['FORBIDDEN']);
    expect(errorCodes(await hub.queryAs(unit, DecideInquiryDocument, { input: { ...decline, reason: ' ' } }))).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await hub.queryAs(unit, DecideInquiryDocument, {
          input: { inquiryId: inquiry.id, decision: 'FORWARD_TO_CLUSTERS', clusterIds: [] },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect((await hub.queryAs(KIAP, InquiryTriageDocument, { id: inquiry.id })).data!.inquiry!.status).toBe('IN_REVIEW');
    expect(
      (await hub.queryAs(KIAP, DecideInquiryDocument, { input: { inquiryId: inquiry.id, decision: 'NEWSLETTER' } })).errors,
    ).toBeUndefined();
  });
});

describe('who sees which inquiries', () => {
  it('KiAP sees every inquiry; a unit those reaching or forwarded to its region; a party its own; others none', async () => {
    const party = await newParty();
    const own = (await submit(party)).inquiry.id;
    const elsewhere = (await submit(party, submission({ regionCode: '1084' }))).inquiry.id;
    const national = (await submit(party, submission({ reach: 'ALL_CLUSTERS', regionCode: null }))).inquiry.id;
    const listed = async (viewer: Viewer) =>
      (await hub.queryAs(viewer, InquiryQueueDocument, { first: 500 })).data!.inquiries!.map((i) => i.id);
    const all = await hub.adminSql<{ id: string }[]>`select id from inquiries.inquiries`;
    expect((await listed(KIAP)).sort()).toEqual(all.map((r) => r.id).sort());
    expect(await listed(unit)).toEqual(expect.arrayContaining([own]));
    expect(await listed(unit)).not.toContain(elsewhere);
    expect(await listed(unit)).not.toContain(national);
    expect(await listed(otherUnit)).toContain(elsewhere);
    expect((await listed(party)).sort()).toEqual([own, elsewhere, national].sort());
    expect(await listed(await newParty())).toEqual([]);
    expect(await listed(coordinatorOf(cluster))).not.toContain(own);
    for (const viewer of [municipality, { kind: 'anonymous' } as Viewer]) {
      const response = await hub.queryAs(viewer, InquiryQueueDocument, {});
      expect(response.data!.inquiries).toBeNull();
      expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    }
    for (const viewer of [otherUnit, coordinatorOf(cluster), municipality, await newParty()]) {
      expect((await hub.queryAs(viewer, InquiryByIdDocument, { id: own })).data!.inquiry).toBeNull();
    }
    // Filtered by state, newest first.
    const received = (await hub.queryAs(party, InquiryQueueDocument, { statuses: ['RECEIVED'] })).data!.inquiries!;
    expect(received.map((i) => i.id)).toEqual([national, elsewhere, own]);
    expect(errorCodes(await hub.queryAs(KIAP, InquiryQueueDocument, { first: 501 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('the party never sees the assessment, internal notes, history or which clusters it went to', async () => {
    const party = await newParty();
    const id = await inquiryIn('IN_REVIEW', party);
    const asParty = await hub.queryAs(party, InquiryTriageDocument, { id });
    expect(asParty.data!.inquiry).toMatchObject({
      status: 'IN_REVIEW',
      assessment: null,
      forwards: null,
      history: null,
      forwardedBy: null,
    });
    expect(errorCodes(asParty)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(JSON.stringify(asParty)).not.toContain('Intern:');
    const asUnit = await hub.queryAs(unit, InquiryTriageDocument, { id });
    expect(asUnit.data!.inquiry!.assessment!.internalNote).toBe('Intern: kender forskergruppen fra tidligere');
  });
});

describe('forwarding to clusters', () => {
  it('forwarded clusters see the inquiry without internal notes and answer; the party learns only how many are interested', async () => {
    const party = await newParty();
    const id = await inquiryIn('IN_REVIEW', party);
    const [second] = await hub.adminSql<{ id: string }[]>`
      select id from clusters.clusters where region_code = ${REGION} and id <> ${cluster.id} order by name limit 1`;
    const secondCluster = { ...cluster, id: second!.id };
    // What the party sees before the decision.
    const before = await hub.queryAs(party, InquiryAsPartyDocument, { id });
    expect(before.data!.inquiry).toMatchObject({ status: 'IN_REVIEW', decision: null, interestedClusterCount: 0, informationRequests: [] });

    const decided = await hub.queryAs(unit, DecideInquiryDocument, {
      input: { inquiryId: id, decision: 'FORWARD_TO_CLUSTERS', clusterIds: [cluster.id, secondCluster.id, otherCluster.id] },
    });
    expect(decided.errors).toBeUndefined();

    // The clusters of the unit's region see it; a cluster of another region named by the unit does not.
    const forwardedTo = async (c: ClusterFixture) =>
      (
        await hub.queryAs(coordinatorOf(c, 'member'), ClusterForwardedInquiriesDocument, { id: c.id })
      ).data!.cluster!.forwardedInquiries!.map((f) => f.inquiry.id);
    expect(await forwardedTo(cluster)).toContain(id);
    expect(await forwardedTo(secondCluster)).toContain(id);
    expect(await forwardedTo(otherCluster)).not.toContain(id);
    // Nor can it page on from that inquiry: it is not in the other cluster's list.
    const pagedOn = await hub.queryAs(
      coordinatorOf(otherCluster, 'member'),
      'query ($id: ID!, $after: ID) { cluster(id: $id) { forwardedInquiries(after: $after) { inquiry { id } } } }',
      { id: otherCluster.id, after: id },
    );
    expect(errorCodes(pagedOn)).toEqual(['BAD_USER_INPUT']);
    const asCluster = await hub.queryAs(coordinatorOf(cluster, 'member'), InquiryTriageDocument, { id });
    expect(asCluster.data!.inquiry).toMatchObject({
      decision: { kind: 'FORWARD_TO_CLUSTERS' },
      assessment: null,
      forwards: null,
      history: null,
    });
    expect(JSON.stringify(asCluster)).not.toContain('Intern:');
    expect(errorCodes(await hub.queryAs(coordinatorOf(otherCluster), ClusterForwardedInquiriesDocument, { id: cluster.id }))).toEqual([
      'FORBIDDEN',
    ]);

    // Answers: coordinator or board only, of a cluster it was forwarded to.
    const answer = (viewer: Viewer, answer: 'INTERESTED' | 'NOT_INTERESTED', message?: string) =>
      hub.queryAs(viewer, AnswerForwardedInquiryDocument, { input: { inquiryId: id, answer, message } });
    expect(errorCodes(await answer(coordinatorOf(cluster, 'member'), 'INTERESTED'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await answer(coordinatorOf(otherCluster), 'INTERESTED'))).toEqual(['NOT_FOUND']);
    const yes = await answer(coordinatorOf(cluster, 'board'), 'INTERESTED', 'Vi vil gerne høre mere.');
    expect(yes.data!.answerForwardedInquiry.forward).toEqual({
      answer: 'INTERESTED',
      message: 'Vi vil gerne høre mere.',
      cluster: { id: cluster.id },
    });
    await answer(coordinatorOf(secondCluster), 'INTERESTED');
    await answer(coordinatorOf(secondCluster), 'NOT_INTERESTED'); // changed its mind
    await answer(coordinatorOf(secondCluster), 'NOT_INTERESTED'); // a retry

    const triage = (await hub.queryAs(unit, InquiryTriageDocument, { id })).data!.inquiry!;
    expect(triage.forwards).toEqual(
      expect.arrayContaining([
        { cluster: { id: cluster.id }, answer: 'INTERESTED', message: 'Vi vil gerne høre mere.' },
        { cluster: { id: secondCluster.id }, answer: 'NOT_INTERESTED', message: null },
      ]),
    );
    expect(triage.history!.filter((e) => e.action === 'CLUSTER_ANSWERED')).toHaveLength(3);

    // The party: a count and the next step, never a cluster.
    const asParty = await hub.queryAs(party, InquiryAsPartyDocument, { id });
    expect(asParty.data!.inquiry).toMatchObject({
      status: 'DECIDED',
      interestedClusterCount: 1,
      decision: { kind: 'FORWARD_TO_CLUSTERS', reason: null },
    });
    // The regional unit decided, so the party is told the unit, not KiAP, puts them in touch.
    expect(asParty.data!.inquiry!.decision!.nextStep).toMatch(
      /^Henvendelsen er sendt til udvalgte klynger. Den regionale kvalitetsenhed sætter jer i forbindelse/,
    );
    const text = JSON.stringify(await hub.queryAs(party, InquiryTriageDocument, { id }));
    for (const clusterId of [cluster.id, secondCluster.id]) expect(text).not.toContain(clusterId);
  });

  it('what the party sees: the question while waiting, its answer, and a decline with its reason', async () => {
    const party = await newParty();
    const id = await inquiryIn('AWAITING_INFORMATION', party);
    const waiting = (await hub.queryAs(party, InquiryAsPartyDocument, { id })).data!.inquiry!;
    expect(waiting).toMatchObject({ status: 'AWAITING_INFORMATION', informationRequests: [{ question: QUESTION, answer: null }] });
    await hub.queryAs(party, ProvideInquiryInformationDocument, { input: { inquiryId: id, answer: 'Omkring 40 praksis.' } });
    const answered = (await hub.queryAs(party, InquiryAsPartyDocument, { id })).data!.inquiry!;
    expect(answered).toMatchObject({ status: 'IN_REVIEW', informationRequests: [{ question: QUESTION, answer: 'Omkring 40 praksis.' }] });
    await hub.queryAs(KIAP, DecideInquiryDocument, {
      input: { inquiryId: id, decision: 'DECLINE', reason: 'Studiet overlapper et igangværende.' },
    });
    const declined = (await hub.queryAs(party, InquiryAsPartyDocument, { id })).data!.inquiry!;
    expect(declined).toMatchObject({
      status: 'DECIDED',
      interestedClusterCount: 0,
      decision: { kind: 'DECLINE', reason: 'Studiet overlapper et igangværende.' },
    });
  });
});
