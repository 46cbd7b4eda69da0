import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../platform/viewer.js';
import { addMonths, danishToday } from '../subgraphs/clusters/package-order-rules.js';
import { errorCodes, startTestHub, type GraphQLResponse, type TestHub } from './support/hub.js';
import { meetingRequest } from './support/municipal.js';

/**
 * A package from order to follow-up through the gateway, as each person involved does it
 * (issue #15): the cluster orders, KiAP takes the order and opens the questionnaire, the
 * members answer, results come out aggregate only, the cluster records its focus areas,
 * and the follow-up falls due and is ordered.
 */
let hub: TestHub;
interface Fixture {
  id: string;
  regionCode: string;
  municipalityCode: string;
  coordinator: string;
  board: string | null;
  shared: { email: string }[];
  practice: string;
}
let cluster: Fixture;
let other: Fixture;
let orderingCluster: Fixture;
let bookingCluster: Fixture;

const KIAP: Viewer = { kind: 'kiap', subject: 'konsulent@kiap.example' };
const region = (regionCode: string): Viewer => ({ kind: 'region', subject: `unit@${regionCode}.example`, regionCode });
const municipality = (municipalityCode: string): Viewer => ({
  kind: 'municipality',
  subject: `kommune@${municipalityCode}.example`,
  municipalityCode,
});
const EXTERNAL: Viewer = { kind: 'external', subject: 'forsker@uni.example', partyId: '00000000-0000-4000-8000-000000000000' };
const login = (c: Fixture, email: string, clusterRole: 'coordinator' | 'board' | 'member' = 'member'): Viewer => ({
  kind: 'cluster',
  subject: email,
  clusterId: c.id,
  clusterRole,
  regionCode: c.regionCode,
});
const coordinator = (c: Fixture = cluster) => login(c, c.coordinator, 'coordinator');
const today = () => danishToday(new Date());
const inDays = (days: number) => new Date(Date.parse(`${today()}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** A cluster without demo orders, with its coordinator, a board member, and members of shared practices. */
async function freshCluster(regionCode: string, ...taken: Fixture[]): Promise<Fixture> {
  const [row] = await hub.adminSql<{ id: string; municipalityCode: string }[]>`
    select c.id, min(m.municipality_code) as "municipalityCode"
    from clusters.clusters c join municipalities.cluster_coverage m on m.cluster_id = c.id
    where c.region_code = ${regionCode}
      and not exists (select 1 from clusters.package_orders o where o.cluster_id = c.id)
      and c.id::text <> all(string_to_array(${taken.map((t) => t.id).join(',')}, ','))
    group by c.id order by c.id limit 1`;
  const officers = await hub.adminSql<{ email: string; role: string }[]>`
    select email, role from clusters.officers where cluster_id = ${row!.id} order by role = 'COORDINATOR' desc, email`;
  const shared = await hub.adminSql<{ email: string }[]>`
    select m.email from clusters.members m join clusters.practices p on p.provider_number = m.provider_number
    where m.cluster_id = ${row!.id} and p.doctor_count > 1 order by m.email limit 12`;
  const [practice] = await hub.adminSql<{ providerNumber: string }[]>`
    select provider_number as "providerNumber" from clusters.practices where cluster_id = ${row!.id} order by provider_number limit 1`;
  return {
    id: row!.id,
    regionCode,
    municipalityCode: row!.municipalityCode,
    coordinator: officers.find((o) => o.role === 'COORDINATOR')!.email,
    board: officers.find((o) => o.role !== 'COORDINATOR')?.email ?? null,
    shared,
    practice: practice!.providerNumber,
  };
}

async function ok<T>(response: Promise<GraphQLResponse<T>>): Promise<T> {
  const { data, errors } = await response;
  expect(errors).toBeUndefined();
  return data!;
}

const ORDER_FIELDS = `id status orderedBy wishes consultant callHeldOn callNote heldOn focusAreas
  invitedMunicipality { code } handledBy { kiap region { code } }
  participants { name organisation role }
  practiceSteps { providerNumber steps }
  followUp { dueFrom dueBy state } followUpOf { id } followUpOrder { id }
  questionnaireRound { id purpose status respondentCount questions { id skippedBySoloPractices statements { id } options } }`;
const ORDER = `mutation ($input: OrderClusterPackageInput!) { orderClusterPackage(input: $input) { order { ${ORDER_FIELDS} } } }`;
const UPDATE = `mutation ($input: UpdatePackageOrderInput!) { updatePackageOrder(input: $input) { order { ${ORDER_FIELDS} } } }`;
const ADD_PARTICIPANT = `mutation ($input: AddMeetingParticipantInput!) { addMeetingParticipant(input: $input) { order { participants { name } } } }`;
const OUTCOME = `mutation ($input: RecordPackageOutcomeInput!) { recordPackageOutcome(input: $input) { order { ${ORDER_FIELDS} } } }`;
const CANCEL = `mutation ($input: CancelPackageOrderInput!) { cancelPackageOrder(input: $input) { order { status cancellationReason questionnaireRound { status } } } }`;
const CLOSE_ORDER = `mutation ($input: ClosePackageOrderInput!) { closePackageOrder(input: $input) { order { status } } }`;
const ORDER_QUERY = `query ($id: ID!) { packageOrder(id: $id) { ${ORDER_FIELDS} } }`;
const ORDERS = `query ($statuses: [PackageOrderStatus!]) { packageOrders(statuses: $statuses, first: 500) { id cluster { id } } }`;
const DUE = `query { packageFollowUpsDue { id followUp { state } } }`;
const ANSWER = `mutation ($input: AnswerQuestionnaireInput!) { answerQuestionnaire(input: $input) { round { respondentCount answeredByMe results { minimumGroupSize } } } }`;
const CLOSE_ROUND = `mutation ($input: CloseQuestionnaireRoundInput!) { closeQuestionnaireRound(input: $input) { round { status } } }`;
const RESULTS = `query ($id: ID!) { questionnaireRound(id: $id) { status respondentCount comparedWith { id } results { minimumGroupSize answers {
  questionId statementId respondents soloRespondents sharedRespondents options { label count share soloCount sharedCount shareBefore } } } } }`;

type Order = {
  id: string;
  status: string;
  callNote: string | null;
  questionnaireRound: {
    id: string;
    purpose: string;
    status: string;
    respondentCount: number;
    questions: { id: string; skippedBySoloPractices: boolean; statements: { id: string }[]; options: string[] }[];
  } | null;
  followUp: { dueFrom: string; dueBy: string; state: string } | null;
  practiceSteps: { providerNumber: string; steps: string }[] | null;
  participants: { name: string }[];
  followUpOf: { id: string } | null;
  followUpOrder: { id: string } | null;
  focusAreas: string[];
  invitedMunicipality: { code: string } | null;
  handledBy: { kiap: boolean; region: { code: string } | null };
};
type Answer = { questionId: string; statementId?: string; option: number };
type Results = {
  minimumGroupSize: number;
  answers: {
    questionId: string;
    statementId: string | null;
    respondents: number | null;
    soloRespondents: number | null;
    sharedRespondents: number | null;
    options: {
      label: string;
      count: number | null;
      share: number | null;
      soloCount: number | null;
      sharedCount: number | null;
      shareBefore: number | null;
    }[];
  }[];
};

/** Every question the practice form is asked, answered with `pick(question, statement)`. */
function answersTo(questions: NonNullable<Order['questionnaireRound']>['questions'], solo: boolean, pick: (q: string) => number): Answer[] {
  return questions
    .filter((q) => !(solo && q.skippedBySoloPractices))
    .flatMap((q) =>
      q.statements.length === 0
        ? [{ questionId: q.id, option: pick(q.id) }]
        : q.statements.map((s) => ({ questionId: q.id, statementId: s.id, option: pick(q.id) })),
    );
}

const orderAs = async (viewer: Viewer, input: Record<string, unknown>) =>
  (await ok(hub.queryAs<{ orderClusterPackage: { order: Order } }, unknown>(viewer, ORDER, { input }))).orderClusterPackage.order;
const orderById = async (viewer: Viewer, id: string) =>
  (await ok(hub.queryAs<{ packageOrder: Order | null }, unknown>(viewer, ORDER_QUERY, { id }))).packageOrder;
const resultsOf = async (viewer: Viewer, id: string) =>
  (
    await ok(
      hub.queryAs<{ questionnaireRound: { status: string; respondentCount: number; results: Results | null } | null }, unknown>(
        viewer,
        RESULTS,
        { id },
      ),
    )
  ).questionnaireRound;

/** Solo doctors of the test: three practices of one doctor each, added to the register by the coordinator. */
const soloDoctors = ['solo.en@example.net', 'solo.to@example.net', 'solo.tre@example.net'];

beforeAll(async () => {
  hub = await startTestHub();
  cluster = await freshCluster('1083');
  other = await freshCluster('1084');
  // Each part below works with a cluster of its own, so no part depends on what another did first.
  orderingCluster = await freshCluster('1083', cluster);
  bookingCluster = await freshCluster('1083', cluster, orderingCluster);
  for (const [i, email] of soloDoctors.entries()) {
    const providerNumber = String(880_001 + i);
    await ok(
      hub.queryAs(coordinator(), `mutation ($input: AddPracticeInput!) { addPractice(input: $input) { practice { providerNumber } } }`, {
        input: { clusterId: cluster.id, providerNumber, name: `Solopraksis ${i + 1}`, doctorCount: 1, listedPatients: 1500 },
      }),
    );
    await ok(
      hub.queryAs(coordinator(), `mutation ($input: AddMemberInput!) { addMember(input: $input) { member { id } } }`, {
        input: { clusterId: cluster.id, providerNumber, name: `Solo Læge ${i + 1}`, email },
      }),
    );
  }
});
afterAll(() => hub?.close());

describe('1. ordering', () => {
  let ordered: Order;
  let orderId: string;

  beforeAll(async () => {
    ordered = await orderAs(coordinator(orderingCluster), {
      clusterId: orderingCluster.id,
      packageId: 'samarbejde-og-faellesskab',
      wishes: 'Fokus på lægemøder',
    });
    orderId = ordered.id;
  });

  it('the coordinator orders a package; ordering again is the same order', async () => {
    expect(ordered).toMatchObject({ status: 'ORDERED', orderedBy: 'cluster coordinator', handledBy: { kiap: true, region: null } });
    const again = await orderAs(coordinator(orderingCluster), { clusterId: orderingCluster.id, packageId: 'samarbejde-og-faellesskab' });
    expect(again.id).toBe(orderId);
  });

  it('a plain member, KiAP and another cluster’s coordinator cannot order for the cluster', async () => {
    const input = { clusterId: orderingCluster.id, packageId: 'kol' };
    expect(errorCodes(await hub.queryAs(login(orderingCluster, orderingCluster.shared[0]!.email), ORDER, { input }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await hub.queryAs(KIAP, ORDER, { input }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await hub.queryAs(coordinator(other), ORDER, { input }))).toEqual(['NOT_FOUND']);
  });

  it('a municipal package names the municipality it invites, which then sees the order; other packages do not', async () => {
    const missing = await hub.queryAs(coordinator(orderingCluster), ORDER, {
      input: { clusterId: orderingCluster.id, packageId: 'kommunale-akutfunktioner' },
    });
    expect(errorCodes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(missing.errors![0]!.extensions!.problems).toEqual([
      { path: 'input.municipalityCode', message: 'must name the municipality invited to present' },
    ]);
    const order = await orderAs(coordinator(orderingCluster), {
      clusterId: orderingCluster.id,
      packageId: 'kommunale-akutfunktioner',
      municipalityCode: orderingCluster.municipalityCode,
    });
    expect(order.invitedMunicipality).toEqual({ code: orderingCluster.municipalityCode });
    const seen = async (viewer: Viewer) =>
      (await ok(hub.queryAs<{ packageOrders: { id: string }[] }, unknown>(viewer, ORDERS, {}))).packageOrders.map((o) => o.id);
    expect(await seen(municipality(orderingCluster.municipalityCode))).toContain(order.id);
    expect(await seen(municipality(orderingCluster.municipalityCode))).not.toContain(orderId);
    expect(await seen(municipality(other.municipalityCode))).not.toContain(order.id);
    expect(await seen(EXTERNAL)).toEqual([]);
    expect(await seen(region(other.regionCode))).not.toContain(order.id);
    expect(await seen(region(orderingCluster.regionCode))).toEqual(expect.arrayContaining([order.id, orderId]));
    expect(await seen(KIAP)).toEqual(expect.arrayContaining([order.id, orderId]));
    // The invited municipality sees the order but not the call's note between KiAP and the orderingCluster.
    await ok(hub.queryAs(KIAP, UPDATE, { input: { orderId: order.id, callNote: 'Formøde aftalt' } }));
    expect((await orderById(municipality(orderingCluster.municipalityCode), order.id))!.callNote).toBeNull();
    expect((await orderById(coordinator(orderingCluster), order.id))!.callNote).toBe('Formøde aftalt');
    // Cancelled by the cluster before the meeting; cancelling again is the same answer.
    const cancel = { input: { orderId: order.id, reason: 'Kommunen kan først til foråret' } };
    const cancelled = await ok(
      hub.queryAs<{ cancelPackageOrder: { order: { status: string } } }, unknown>(coordinator(orderingCluster), CANCEL, cancel),
    );
    expect(cancelled.cancelPackageOrder.order.status).toBe('CANCELLED');
    expect(errorCodes(await hub.queryAs(coordinator(orderingCluster), CANCEL, cancel))).toEqual([]);
  });

  it('KiAP takes the order: consultant, call, questionnaire window; the round opens with the package’s questions', async () => {
    const input = {
      orderId,
      consultant: 'Lene Kjær',
      callHeldOn: today(),
      callNote: 'Mødet holdes hybridt',
      questionnaireOpensOn: today(),
      questionnaireClosesOn: inDays(14),
    };
    expect(errorCodes(await hub.queryAs(region(orderingCluster.regionCode), UPDATE, { input }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await hub.queryAs(region(other.regionCode), UPDATE, { input }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await hub.queryAs(coordinator(orderingCluster), UPDATE, { input }))).toEqual(['FORBIDDEN']);
    const bad = await hub.queryAs(KIAP, UPDATE, { input: { ...input, questionnaireClosesOn: inDays(-1) } });
    expect(bad.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.questionnaireClosesOn', message: 'must not be before the first day' }],
    });
    const order = (await ok(hub.queryAs<{ updatePackageOrder: { order: Order } }, unknown>(KIAP, UPDATE, { input }))).updatePackageOrder
      .order;
    expect(order).toMatchObject({ status: 'PREPARING', callNote: 'Mødet holdes hybridt' });
    expect(order.questionnaireRound).toMatchObject({ purpose: 'BEFORE_MEETING', status: 'OPEN', respondentCount: 0 });
    const questions = order.questionnaireRound!.questions;
    expect(questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8', 'q9', 'q10']);
    expect(questions.filter((q) => q.skippedBySoloPractices).map((q) => q.id)).toEqual(['q4', 'q5', 'q6']);
    // The call's note is for the handler and the coordinator and board, not every member.
    expect((await orderById(login(orderingCluster, orderingCluster.shared[0]!.email), orderId))!.callNote).toBeNull();
  });

  it('a regional package is ordered by its own region’s clusters and taken by its unit', async () => {
    const refused = await hub.queryAs(coordinator(orderingCluster), ORDER, {
      input: { clusterId: orderingCluster.id, packageId: 'regional-multisygdom' },
    });
    expect(refused.errors![0]!.extensions!.problems).toEqual([{ path: 'input.packageId', message: "is another region's package" }]);
    const [regional] = await hub.adminSql<{ id: string }[]>`
      select id from clusters.package_orders where package_id = 'regional-multisygdom' and status = 'PREPARING' limit 1`;
    const input = { orderId: regional!.id, consultant: 'Anders Holm' };
    const taken = await ok(hub.queryAs<{ updatePackageOrder: { order: Order } }, unknown>(region('1082'), UPDATE, { input }));
    expect(taken.updatePackageOrder.order).toMatchObject({ status: 'PREPARING', handledBy: { kiap: false, region: { code: '1082' } } });
    expect(errorCodes(await hub.queryAs(region('1083'), UPDATE, { input }))).toEqual(['NOT_FOUND']);
  });

  it('participants are added by name and organisation, once', async () => {
    const input = { orderId, name: 'Karen Mølgaard', organisation: 'Aarhus Universitetshospital', role: 'overlæge' };
    await ok(hub.queryAs(coordinator(orderingCluster), ADD_PARTICIPANT, { input }));
    const again = await ok(
      hub.queryAs<{ addMeetingParticipant: { order: { participants: { name: string }[] } } }, unknown>(KIAP, ADD_PARTICIPANT, { input }),
    );
    expect(again.addMeetingParticipant.order.participants).toEqual([{ name: 'Karen Mølgaard' }]);
    expect(errorCodes(await hub.queryAs(login(orderingCluster, orderingCluster.shared[0]!.email), ADD_PARTICIPANT, { input }))).toEqual([
      'FORBIDDEN',
    ]);
  });
});

describe('1. a municipal package: the invited municipality books the meeting for the order', () => {
  const REQUEST = `mutation ($input: RequestPackageMeetingInput!) { requestPackageMeeting(input: $input) { booking { id order { id status } } } }`;
  const ACCEPT = `mutation ($input: AcceptPackageMeetingInput!) { acceptPackageMeeting(input: $input) { booking { status order { id } } } }`;
  const WITH_BOOKING = `query ($id: ID!) { packageOrder(id: $id) { id booking { id status municipality { code } } } }`;
  const bookingOf = async (viewer: Viewer, id: string) =>
    (
      await ok(
        hub.queryAs<{ packageOrder: { booking: { id: string; status: string } | null } | null }, unknown>(viewer, WITH_BOOKING, { id }),
      )
    ).packageOrder;

  it('the order invites the municipality; its booking for the order is the order’s meeting, seen by KiAP and the cluster', async () => {
    const order = await orderAs(coordinator(bookingCluster), {
      clusterId: bookingCluster.id,
      packageId: 'kommunale-forebyggelses-og-rehabiliteringstilbud',
      municipalityCode: bookingCluster.municipalityCode,
    });
    const requested = await ok(
      hub.queryAs<{ requestPackageMeeting: { booking: { id: string; order: { id: string; status: string } } } }, unknown>(
        municipality(bookingCluster.municipalityCode),
        REQUEST,
        { input: meetingRequest(bookingCluster.id, { orderId: order.id }) },
      ),
    );
    expect(requested.requestPackageMeeting.booking.order).toEqual({ id: order.id, status: 'ORDERED' });
    const bookingId = requested.requestPackageMeeting.booking.id;
    expect((await bookingOf(KIAP, order.id))!.booking).toMatchObject({ id: bookingId, status: 'REQUESTED' });
    expect((await bookingOf(coordinator(bookingCluster), order.id))!.booking!.id).toBe(bookingId);
    // The region sees the order, not the municipality's bookingCluster.
    expect((await bookingOf(region(bookingCluster.regionCode), order.id))!.booking).toBeNull();
    // A second live meeting for the same order is refused.
    const twice = await hub.queryAs(municipality(bookingCluster.municipalityCode), REQUEST, {
      input: meetingRequest(bookingCluster.id, { orderId: order.id }),
    });
    expect(twice.errors![0]!.extensions!.problems).toEqual([{ path: 'input.orderId', message: 'has a meeting booked already' }]);
  });

  it('its follow-up invites the same municipality, and another municipality does not see the chain', async () => {
    // The open order of the package (the one the test above booked for, if it ran first).
    const order = await orderAs(coordinator(bookingCluster), {
      clusterId: bookingCluster.id,
      packageId: 'kommunale-forebyggelses-og-rehabiliteringstilbud',
      municipalityCode: bookingCluster.municipalityCode,
    });
    await ok(
      hub.queryAs(coordinator(bookingCluster), OUTCOME, {
        input: { orderId: order.id, heldOn: today(), focusAreas: ['Rygestop ved KOL-kontroller'] },
      }),
    );
    const input = {
      clusterId: bookingCluster.id,
      packageId: 'kommunale-forebyggelses-og-rehabiliteringstilbud',
      followUpOfOrderId: order.id,
    };
    const elsewhere = await hub.queryAs(coordinator(bookingCluster), ORDER, {
      input: { ...input, municipalityCode: other.municipalityCode },
    });
    expect(elsewhere.errors![0]!.extensions!.problems).toEqual([
      { path: 'input.municipalityCode', message: `must be ${bookingCluster.municipalityCode}, as for the meeting followed up` },
    ]);
    const followUp = await orderAs(coordinator(bookingCluster), { ...input, municipalityCode: bookingCluster.municipalityCode });
    expect((await orderById(municipality(bookingCluster.municipalityCode), followUp.id))!.followUpOf).toEqual({ id: order.id });
    expect(await orderById(municipality(other.municipalityCode), followUp.id)).toBeNull();
    await ok(hub.queryAs(coordinator(bookingCluster), CANCEL, { input: { orderId: followUp.id, reason: 'Afprøvning' } }));
  });

  it('a booking that names another cluster’s order is not shown as that order’s meeting', async () => {
    const order = await orderAs(coordinator(bookingCluster), {
      clusterId: bookingCluster.id,
      packageId: 'kommunale-akutfunktioner',
      municipalityCode: bookingCluster.municipalityCode,
    });
    await ok(
      hub.queryAs(municipality(other.municipalityCode), REQUEST, {
        input: meetingRequest(other.id, { package: 'ACUTE_FUNCTIONS', orderId: order.id }),
      }),
    );
    expect((await bookingOf(KIAP, order.id))!.booking).toBeNull();
    await ok(hub.queryAs(coordinator(bookingCluster), CANCEL, { input: { orderId: order.id, reason: 'Prøvede kun' } }));
  });

  it('a meeting the municipality proposed on its own becomes an order when the cluster accepts it with one', async () => {
    const proposal = meetingRequest(bookingCluster.id, { package: 'ACUTE_FUNCTIONS' });
    const requested = await ok(
      hub.queryAs<{ requestPackageMeeting: { booking: { id: string; order: null } } }, unknown>(
        municipality(bookingCluster.municipalityCode),
        REQUEST,
        {
          input: proposal,
        },
      ),
    );
    expect(requested.requestPackageMeeting.booking.order).toBeNull();
    const order = await orderAs(coordinator(bookingCluster), {
      clusterId: bookingCluster.id,
      packageId: 'kommunale-akutfunktioner',
      municipalityCode: bookingCluster.municipalityCode,
    });
    const accepted = await ok(
      hub.queryAs<{ acceptPackageMeeting: { booking: { status: string; order: { id: string } } } }, unknown>(
        coordinator(bookingCluster),
        ACCEPT,
        {
          input: {
            bookingId: requested.requestPackageMeeting.booking.id,
            slotStartsAt: proposal.proposedSlots[0]!.startsAt,
            orderId: order.id,
          },
        },
      ),
    );
    expect(accepted.acceptPackageMeeting.booking).toEqual({ status: 'CONFIRMED', order: { id: order.id } });
    expect((await bookingOf(KIAP, order.id))!.booking).toMatchObject({
      id: requested.requestPackageMeeting.booking.id,
      status: 'CONFIRMED',
    });
    await ok(hub.queryAs(coordinator(bookingCluster), CANCEL, { input: { orderId: order.id, reason: 'Afprøvning' } }));
  });
});

/**
 * Parts 2–5 follow one order of the cluster with the solo doctors: its questionnaire
 * (answered, closed, shown aggregate only), then the meeting's outcome and its follow-up,
 * whose round is compared with this one. They start from an order they take themselves,
 * not from what part 1 did.
 */
async function takenOrder(): Promise<Order> {
  const ordered = await orderAs(coordinator(), { clusterId: cluster.id, packageId: 'samarbejde-og-faellesskab' });
  if (ordered.status !== 'ORDERED') return ordered;
  const input = { orderId: ordered.id, consultant: 'Lene Kjær', questionnaireOpensOn: today(), questionnaireClosesOn: inDays(14) };
  return (await ok(hub.queryAs<{ updatePackageOrder: { order: Order } }, unknown>(KIAP, UPDATE, { input }))).updatePackageOrder.order;
}

describe('2–3. the questionnaire: answered by members, shown aggregate only', () => {
  let order: Order;
  let roundId: string;

  beforeAll(async () => {
    order = await takenOrder();
    roundId = order.questionnaireRound!.id;
  });

  it('members answer once each and may change their answer; the count says how many, the results wait for the close', async () => {
    const questions = order.questionnaireRound!.questions;
    // Seven doctors of shared practices: four choose the scale's first answer, three its second.
    for (const [i, member] of cluster.shared.slice(0, 7).entries()) {
      const response = await ok(
        hub.queryAs<{ answerQuestionnaire: { round: { respondentCount: number; answeredByMe: boolean; results: unknown } } }, unknown>(
          login(cluster, member.email),
          ANSWER,
          { input: { roundId, answers: answersTo(questions, false, () => (i < 4 ? 0 : 1)) } },
        ),
      );
      expect(response.answerQuestionnaire.round).toEqual({ respondentCount: i + 1, answeredByMe: true, results: null });
    }
    // Changing an answer does not count twice.
    const changed = await ok(
      hub.queryAs<{ answerQuestionnaire: { round: { respondentCount: number } } }, unknown>(
        login(cluster, cluster.shared[6]!.email),
        ANSWER,
        {
          input: { roundId, answers: answersTo(questions, false, () => 0) },
        },
      ),
    );
    expect(changed.answerQuestionnaire.round.respondentCount).toBe(7);
    // Three solo doctors, who are not asked questions 4–6, all choose the scale's last answer.
    for (const email of soloDoctors) {
      const refused = await hub.queryAs(login(cluster, email), ANSWER, {
        input: { roundId, answers: answersTo(questions, false, () => 4) },
      });
      expect(refused.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      await ok(hub.queryAs(login(cluster, email), ANSWER, { input: { roundId, answers: answersTo(questions, true, () => 4) } }));
    }
    expect((await resultsOf(coordinator(), roundId))!).toMatchObject({ status: 'OPEN', respondentCount: 10, results: null });
  });

  it('someone outside the register, or another cluster, cannot answer', async () => {
    const answers = answersTo(order.questionnaireRound!.questions, false, () => 0);
    expect(errorCodes(await hub.queryAs(login(cluster, 'not.in.register@example.net'), ANSWER, { input: { roundId, answers } }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await hub.queryAs(login(other, other.shared[0]!.email), ANSWER, { input: { roundId, answers } }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await hub.queryAs(KIAP, ANSWER, { input: { roundId, answers } }))).toEqual(['FORBIDDEN']);
  });

  it('in the database, who answered and what was answered cannot be joined, and no other subgraph can read either', async () => {
    const columns = await hub.adminSql<{ column_name: string }[]>`
      select column_name from information_schema.columns where table_schema = 'clusters' and table_name = 'questionnaire_responses'`;
    expect(columns.map((c) => c.column_name).sort()).toEqual(['answers', 'practice_form', 'response_key', 'round_id']);
    const respondents = await hub.adminSql<
      { xmin: string }[]
    >`select xmin::text from clusters.questionnaire_respondents where round_id = ${roundId}`;
    const responses = await hub.adminSql<
      { xmin: string }[]
    >`select xmin::text from clusters.questionnaire_responses where round_id = ${roundId}`;
    expect(respondents).toHaveLength(10);
    expect(responses).toHaveLength(10);
    const written = new Set(respondents.map((r) => r.xmin));
    expect(responses.filter((r) => written.has(r.xmin))).toEqual([]);
    const municipalitiesRole = postgres(hub.roleUrl('municipalities'), { max: 1, onnotice: () => {} });
    try {
      await expect(municipalitiesRole`select answers from clusters.questionnaire_responses`).rejects.toThrow(/permission denied/);
      await expect(municipalitiesRole`select respondent from clusters.questionnaire_respondents`).rejects.toThrow(/permission denied/);
    } finally {
      await municipalitiesRole.end();
    }
  });

  it('only the order’s handler closes the round; then nobody can answer, and the results show', async () => {
    expect(errorCodes(await hub.queryAs(coordinator(), CLOSE_ROUND, { input: { roundId } }))).toEqual(['FORBIDDEN']);
    await ok(hub.queryAs(KIAP, CLOSE_ROUND, { input: { roundId } }));
    const late = await hub.queryAs(login(cluster, cluster.shared[7]!.email), ANSWER, {
      input: { roundId, answers: answersTo(order.questionnaireRound!.questions, false, () => 0) },
    });
    expect(late.errors![0]!.extensions).toMatchObject({ code: 'INVALID_TRANSITION', status: 'CLOSED' });
    const { results } = (await resultsOf(KIAP, roundId))!;
    expect(results!.minimumGroupSize).toBe(5);
    const q1 = results!.answers.find((a) => a.questionId === 'q1')!;
    expect(q1.respondents).toBe(10);
    // Five shared doctors chose the first answer (after one changed), two the second: the two are hidden, and so is a second figure.
    expect(q1.options[0]!.count).toBe(5);
    expect(q1.options[0]!.share).toBe(50);
    expect(q1.options[1]!.count).toBeNull();
    // Three solo doctors: their group is hidden, and cannot be recovered from the shared doctors' figures.
    expect(q1.soloRespondents).toBeNull();
    expect(q1.sharedRespondents).toBeNull();
    const q4 = results!.answers.find((a) => a.questionId === 'q4')!;
    expect(q4.respondents).toBe(7);
  });

  it('no hidden figure can be worked out from the figures shown (differencing across totals, groups and answers)', async () => {
    const { results } = (await resultsOf(KIAP, roundId))!;
    let hiddenSomewhere = 0;
    for (const cell of results!.answers) {
      // The table the API shows: rows solo, shared, all; columns the answers and the row's total.
      const rows = [
        [...cell.options.map((o) => o.soloCount), cell.soloRespondents],
        [...cell.options.map((o) => o.sharedCount), cell.sharedRespondents],
        [...cell.options.map((o) => o.count), cell.respondents],
      ];
      const lines = [...rows, ...rows[0]!.map((_, c) => rows.map((row) => row[c]))];
      for (const line of lines) expect(line.filter((value) => value === null).length).not.toBe(1);
      for (const row of rows) for (const value of row) if (value !== null) expect(value === 0 || value >= 5).toBe(true);
      hiddenSomewhere += rows.flat().filter((v) => v === null).length;
    }
    expect(hiddenSomewhere).toBeGreaterThan(0);
  });

  it('who sees the results: KiAP, the cluster, its region; not another region, another cluster or an external party', async () => {
    expect((await resultsOf(login(cluster, soloDoctors[0]!), roundId))!.results).not.toBeNull();
    expect((await resultsOf(region(cluster.regionCode), roundId))!.results).not.toBeNull();
    expect(await resultsOf(region(other.regionCode), roundId)).toBeNull();
    expect(await resultsOf(coordinator(other), roundId)).toBeNull();
    expect(await resultsOf(EXTERNAL, roundId)).toBeNull();
  });
});

describe('4–5. outcome, follow-up due, follow-up ordered and compared', () => {
  let order: Order;

  beforeAll(async () => {
    // The follow-up's round is compared with the round part 2–3 answered and closed.
    order = await takenOrder();
  });

  it('the cluster records focus areas and each practice’s steps; steps are for the cluster and KiAP only', async () => {
    const input = {
      orderId: order.id,
      heldOn: today(),
      focusAreas: ['Faste korte lægemøder', 'Fælles frokost'],
      practiceSteps: [{ providerNumber: cluster.practice, steps: 'Kort lægemøde hver tirsdag' }],
    };
    const foreign = await hub.queryAs(coordinator(), OUTCOME, {
      input: { ...input, practiceSteps: [{ providerNumber: '999999', steps: 'x' }] },
    });
    expect(foreign.errors![0]!.extensions!.problems).toEqual([
      { path: 'input.practiceSteps[0].providerNumber', message: "is not one of the cluster's practices" },
    ]);
    expect(errorCodes(await hub.queryAs(KIAP, OUTCOME, { input }))).toEqual(['FORBIDDEN']);
    const held = (await ok(hub.queryAs<{ recordPackageOutcome: { order: Order } }, unknown>(coordinator(), OUTCOME, { input })))
      .recordPackageOutcome.order;
    expect(held).toMatchObject({ status: 'HELD', focusAreas: input.focusAreas });
    expect(held.followUp).toEqual({ dueFrom: addMonths(today(), 6), dueBy: addMonths(today(), 12), state: 'NOT_YET_DUE' });
    expect((await orderById(login(cluster, soloDoctors[0]!), order.id))!.practiceSteps).toEqual(input.practiceSteps);
    expect((await orderById(region(cluster.regionCode), order.id))!.practiceSteps).toBeNull();
    // A held order cannot be cancelled.
    expect(errorCodes(await hub.queryAs(coordinator(), CANCEL, { input: { orderId: order.id, reason: 'for sent' } }))).toEqual([
      'INVALID_TRANSITION',
    ]);
  });

  it('seven months on, the follow-up is due for KiAP, the region and the cluster, and not for another region', async () => {
    await hub.adminSql`update clusters.package_orders set held_on = ${addMonths(today(), -7)} where id = ${order.id}`;
    const due = async (viewer: Viewer) =>
      (await ok(hub.queryAs<{ packageFollowUpsDue: { id: string; followUp: { state: string } }[] }, unknown>(viewer, DUE)))
        .packageFollowUpsDue;
    expect((await due(KIAP)).find((o) => o.id === order.id)?.followUp.state).toBe('DUE');
    expect((await due(region(cluster.regionCode))).map((o) => o.id)).toContain(order.id);
    expect((await due(coordinator())).map((o) => o.id)).toContain(order.id);
    expect((await due(region(other.regionCode))).map((o) => o.id)).not.toContain(order.id);
    await hub.adminSql`update clusters.package_orders set held_on = ${addMonths(today(), -13)} where id = ${order.id}`;
    expect((await due(KIAP)).find((o) => o.id === order.id)?.followUp.state).toBe('OVERDUE');
  });

  it('the cluster orders the follow-up; its round repeats the questions and compares with the first', async () => {
    const followUp = await orderAs(coordinator(), {
      clusterId: cluster.id,
      packageId: 'samarbejde-og-faellesskab',
      followUpOfOrderId: order.id,
    });
    expect((await orderById(coordinator(), order.id))!).toMatchObject({
      followUpOrder: { id: followUp.id },
      followUp: { state: 'ORDERED' },
    });
    const taken = (
      await ok(
        hub.queryAs<{ updatePackageOrder: { order: Order } }, unknown>(KIAP, UPDATE, {
          input: { orderId: followUp.id, questionnaireOpensOn: today(), questionnaireClosesOn: inDays(10) },
        }),
      )
    ).updatePackageOrder.order;
    expect(taken.questionnaireRound).toMatchObject({ purpose: 'FOLLOW_UP', status: 'OPEN' });
    const roundId = taken.questionnaireRound!.id;
    for (const member of cluster.shared.slice(0, 8)) {
      await ok(
        hub.queryAs(login(cluster, member.email), ANSWER, {
          input: { roundId, answers: answersTo(taken.questionnaireRound!.questions, false, () => 0) },
        }),
      );
    }
    await ok(hub.queryAs(KIAP, CLOSE_ROUND, { input: { roundId } }));
    const round = (
      await ok(
        hub.queryAs<{ questionnaireRound: { comparedWith: { id: string }; results: Results } }, unknown>(coordinator(), RESULTS, {
          id: roundId,
        }),
      )
    ).questionnaireRound;
    expect(round.comparedWith.id).toBe(order.questionnaireRound!.id);
    const q1 = round.results.answers.find((a) => a.questionId === 'q1')!;
    expect(q1.options[0]).toMatchObject({ count: 8, share: 100, shareBefore: 50 });
    // Before, the second answer's count was hidden: its share before stays hidden too.
    expect(q1.options[1]!.shareBefore).toBeNull();
    // Facilitation by the region's unit, asked for this meeting; another cluster's request naming the order attaches nothing.
    const offers = (
      await ok(
        hub.queryAs<{ cluster: { regionalOffers: { id: string; kind: string }[] } }, unknown>(
          coordinator(),
          `query ($id: ID!) { cluster(id: $id) { regionalOffers { id kind } } }`,
          { id: cluster.id },
        ),
      )
    ).cluster.regionalOffers;
    const facilitation = offers.find((o) => o.kind === 'MEETING_FACILITATION')!;
    const REQUEST_OFFER = `mutation ($input: RequestRegionalOfferInput!) { requestRegionalOffer(input: $input) { request { id packageOrder { id } } } }`;
    const requested = await ok(
      hub.queryAs<{ requestRegionalOffer: { request: { id: string; packageOrder: { id: string } } } }, unknown>(
        coordinator(),
        REQUEST_OFFER,
        {
          input: { offerId: facilitation.id, message: 'Facilitering af opfølgningsmødet', packageOrderId: followUp.id },
        },
      ),
    );
    expect(requested.requestRegionalOffer.request.packageOrder).toEqual({ id: followUp.id });
    const FACILITATION = `query ($id: ID!) { packageOrder(id: $id) { offerRequests { id status offer { kind } } } }`;
    const asked = async (viewer: Viewer) =>
      (await ok(hub.queryAs<{ packageOrder: { offerRequests: { id: string }[] } }, unknown>(viewer, FACILITATION, { id: followUp.id })))
        .packageOrder.offerRequests;
    expect((await asked(KIAP)).map((r) => r.id)).toEqual([requested.requestRegionalOffer.request.id]);
    expect((await asked(region(cluster.regionCode))).map((r) => r.id)).toEqual([requested.requestRegionalOffer.request.id]);
    // The handler closes the first order; the region (not the handler of a KiAP package) cannot.
    expect(errorCodes(await hub.queryAs(region(cluster.regionCode), CLOSE_ORDER, { input: { orderId: order.id } }))).toEqual(['FORBIDDEN']);
    await ok(hub.queryAs(KIAP, CLOSE_ORDER, { input: { orderId: order.id } }));
  });
});

describe('the catalogue and its questionnaires, kept by KiAP', () => {
  const ADD = `mutation ($input: AddClusterPackageInput!) { addClusterPackage(input: $input) { package { id publisher region { code } } } }`;
  const UPDATE_PACKAGE = `mutation ($input: UpdateClusterPackageInput!) { updateClusterPackage(input: $input) { package { description } } }`;
  const TEMPLATE = `mutation ($input: SaveQuestionnaireTemplateInput!) { saveQuestionnaireTemplate(input: $input) { package { questionnaire { questions { id options } } } } }`;
  const input = {
    id: 'hjertesvigt',
    name: 'Hjertesvigt',
    description: 'Opfølgning af patienter med hjertesvigt.',
    durationMinutes: 150,
    dataSource: 'Datatræk',
  };

  it('KiAP adds and edits packages; a retry is the same package; nobody else may', async () => {
    expect(
      (await ok(hub.queryAs<{ addClusterPackage: { package: unknown } }, unknown>(KIAP, ADD, { input }))).addClusterPackage.package,
    ).toEqual({
      id: 'hjertesvigt',
      publisher: 'KIAP',
      region: null,
    });
    expect(errorCodes(await hub.queryAs(KIAP, ADD, { input }))).toEqual([]);
    expect(errorCodes(await hub.queryAs(KIAP, ADD, { input: { ...input, name: 'Noget andet' } }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await hub.queryAs(coordinator(), ADD, { input: { ...input, id: 'klyngens-egen' } }))).toEqual(['FORBIDDEN']);
    const edited = await ok(
      hub.queryAs<{ updateClusterPackage: { package: { description: string } } }, unknown>(KIAP, UPDATE_PACKAGE, {
        input: { id: 'hjertesvigt', description: 'Ny tekst' },
      }),
    );
    expect(edited.updateClusterPackage.package.description).toBe('Ny tekst');
  });

  it('a questionnaire is checked before it is kept; a regional unit writes only its own packages’', async () => {
    const bad = await hub.queryAs(KIAP, TEMPLATE, {
      input: { packageId: 'hjertesvigt', questions: [{ id: 'Q 1', text: ' ', options: ['Ja'] }] },
    });
    expect(bad.errors![0]!.extensions!.problems).toEqual([
      { path: 'input.questions[0].id', message: 'must be 1–20 lower-case letters, digits or hyphens' },
      { path: 'input.questions[0].text', message: 'must not be empty' },
      { path: 'input.questions[0].options', message: 'must hold 2 to 10 answers' },
    ]);
    const questions = [{ id: 'h1', text: 'Hvor ofte måler I NT-proBNP?', options: ['Altid', 'Nogle gange', 'Aldrig'] }];
    const saved = await ok(
      hub.queryAs<{ saveQuestionnaireTemplate: { package: { questionnaire: unknown } } }, unknown>(KIAP, TEMPLATE, {
        input: { packageId: 'hjertesvigt', questions },
      }),
    );
    expect(saved.saveQuestionnaireTemplate.package.questionnaire).toEqual({
      questions: [{ id: 'h1', options: ['Altid', 'Nogle gange', 'Aldrig'] }],
    });
    expect(errorCodes(await hub.queryAs(region('1082'), TEMPLATE, { input: { packageId: 'hjertesvigt', questions } }))).toEqual([
      'FORBIDDEN',
    ]);
    await ok(hub.queryAs(region('1082'), TEMPLATE, { input: { packageId: 'regional-multisygdom', questions } }));
  });
});

describe('the cluster’s own questionnaire', () => {
  const OPEN = `mutation ($input: OpenClusterQuestionnaireInput!) { openClusterQuestionnaire(input: $input) { round { id purpose status } } }`;
  const input = () => ({
    clusterId: cluster.id,
    title: 'Evaluering af klyngemødet',
    questions: [{ id: 'e1', text: 'Hvor tilfreds var du med mødet?', options: ['Meget tilfreds', 'Tilfreds', 'Utilfreds'] }],
    closesOn: inDays(7),
  });

  it('the coordinator sends it and closes it; a plain member cannot; sending it again is a retry', async () => {
    expect(errorCodes(await hub.queryAs(login(cluster, cluster.shared[0]!.email), OPEN, { input: input() }))).toEqual(['FORBIDDEN']);
    const round = (
      await ok(hub.queryAs<{ openClusterQuestionnaire: { round: { id: string } } }, unknown>(coordinator(), OPEN, { input: input() }))
    ).openClusterQuestionnaire.round;
    expect(round).toMatchObject({ purpose: 'CLUSTER_OWN', status: 'OPEN' });
    const again = (
      await ok(hub.queryAs<{ openClusterQuestionnaire: { round: { id: string } } }, unknown>(coordinator(), OPEN, { input: input() }))
    ).openClusterQuestionnaire.round;
    expect(again.id).toBe(round.id);
    for (const member of cluster.shared.slice(0, 4))
      await ok(
        hub.queryAs(login(cluster, member.email), ANSWER, { input: { roundId: round.id, answers: [{ questionId: 'e1', option: 0 }] } }),
      );
    expect(errorCodes(await hub.queryAs(KIAP, CLOSE_ROUND, { input: { roundId: round.id } }))).toEqual(['FORBIDDEN']);
    await ok(hub.queryAs(coordinator(), CLOSE_ROUND, { input: { roundId: round.id } }));
    // Four answers: below the minimum, every figure is hidden.
    const { results } = (await resultsOf(coordinator(), round.id))!;
    expect(results!.answers[0]!.respondents).toBeNull();
    expect(results!.answers[0]!.options.every((o) => o.count === null && o.share === null)).toBe(true);
  });
});
