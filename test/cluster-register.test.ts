import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../platform/viewer.js';
import { registerYearOf } from '../subgraphs/clusters/register-year.js';
import { clusterIn, type ClusterFixture } from './support/fixtures.js';
import { errorCodes, startTestHub, type TestHub } from './support/hub.js';

/** The clusters' own register through the gateway: practices, members, offices, handover, the January update, funds. */
let hub: TestHub;
let cluster: ClusterFixture; // Aarhus, region 1082
let other: ClusterFixture; // Copenhagen, region 1084
type Officer = { id: string; role: string; name: string; email: string };
let officers: Officer[];

const KIAP: Viewer = { kind: 'kiap', subject: 'kiap@kiap.example' };
const login = (c: ClusterFixture, email: string, clusterRole: 'coordinator' | 'board' | 'member'): Viewer => ({
  kind: 'cluster',
  subject: email,
  clusterId: c.id,
  clusterRole,
  regionCode: c.regionCode,
});
const coordinator = () => login(cluster, officers.find((o) => o.role === 'COORDINATOR')!.email, 'coordinator');
const plainMember = () => login(cluster, 'nobody-in-office@example.net', 'member');

beforeAll(async () => {
  hub = await startTestHub();
  cluster = await clusterIn(hub.adminSql, '751');
  other = await clusterIn(hub.adminSql, '101');
  officers = await hub.adminSql<Officer[]>`select id, role, name, email from clusters.officers where cluster_id = ${cluster.id}`;
});
afterAll(() => hub?.close());

const ADD_PRACTICE = `mutation ($input: AddPracticeInput!) { addPractice(input: $input) { practice { providerNumber name listedPatients } cluster { id } } }`;
const ADD_MEMBER = `mutation ($input: AddMemberInput!) { addMember(input: $input) { member { id name email providerNumber } } }`;
const MEMBERS = `query ($id: ID!) { cluster(id: $id) { members { id name email providerNumber } } }`;

let practiceCounter = 0;
async function newPractice(viewer = coordinator()): Promise<string> {
  const providerNumber = String(700_000 + ++practiceCounter);
  const response = await hub.queryAs(viewer, ADD_PRACTICE, {
    input: { clusterId: cluster.id, providerNumber, name: `Lægehuset ${practiceCounter}`, doctorCount: 2, listedPatients: 3000 },
  });
  expect(response.errors).toBeUndefined();
  return providerNumber;
}
async function newMember(providerNumber: string, name: string, email: string, viewer = coordinator()) {
  const response = await hub.queryAs<{ addMember: { member: { id: string } } }, unknown>(viewer, ADD_MEMBER, {
    input: { clusterId: cluster.id, providerNumber, name, email },
  });
  expect(response.errors).toBeUndefined();
  return response.data!.addMember.member.id;
}

describe('practices and members', () => {
  it('the coordinator and the board add them; a plain member is FORBIDDEN, another cluster’s coordinator NOT_FOUND', async () => {
    const practice = await newPractice();
    await newMember(practice, 'Mette Lind', 'mette.lind@example.net');
    const board = officers.find((o) => o.role !== 'COORDINATOR');
    if (board) await newMember(practice, 'Jens Bo', 'jens.bo@example.net', login(cluster, board.email, 'board'));
    const input = { clusterId: cluster.id, providerNumber: practice, name: 'Uden Adgang', email: 'uden@example.net' };
    expect(errorCodes(await hub.queryAs(plainMember(), ADD_MEMBER, { input }))).toEqual(['FORBIDDEN']);
    const otherCoordinator = (
      await hub.adminSql<Officer[]>`
      select email from clusters.officers where cluster_id = ${other.id} and role = 'COORDINATOR'`
    )[0]!;
    expect(
      errorCodes(
        await hub.queryAs(login(other, otherCoordinator.email, 'coordinator'), ADD_MEMBER, { input: { ...input, clusterId: cluster.id } }),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(errorCodes(await hub.queryAs(KIAP, ADD_MEMBER, { input }))).toEqual(['FORBIDDEN']);
    const names = (
      await hub.queryAs<{ cluster: { members: { name: string }[] } }, unknown>(KIAP, MEMBERS, { id: cluster.id })
    ).data!.cluster.members.map((m) => m.name);
    expect(names).toContain('Mette Lind');
    expect(names).not.toContain('Uden Adgang');
  });

  it('a provider number is six digits and belongs to one cluster at a time', async () => {
    const bad = await hub.queryAs(coordinator(), ADD_PRACTICE, {
      input: { clusterId: cluster.id, providerNumber: '12345', name: 'Kort', doctorCount: 1, listedPatients: 10 },
    });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const [taken] = await hub.adminSql<{ providerNumber: string }[]>`
      select provider_number as "providerNumber" from clusters.practices where cluster_id = ${other.id} limit 1`;
    const elsewhere = await hub.queryAs(coordinator(), ADD_PRACTICE, {
      input: { clusterId: cluster.id, providerNumber: taken!.providerNumber, name: 'Stjålet', doctorCount: 1, listedPatients: 10 },
    });
    expect(errorCodes(elsewhere)).toEqual(['BAD_USER_INPUT']);
  });

  it('members’ names and e-mails reach only the cluster’s own members and KiAP, and every read is recorded', async () => {
    const before = (
      await hub.adminSql`select 1 from clusters.contact_access_log where cluster_id = ${cluster.id} and member_id is not null`
    ).length;
    const own = await hub.queryAs<{ cluster: { members: { email: string }[] } }, unknown>(plainMember(), MEMBERS, { id: cluster.id });
    expect(own.data!.cluster.members.length).toBeGreaterThan(10);
    expect(own.data!.cluster.members[0]!.email).toMatch(/@/);
    const after = (await hub.adminSql`select 1 from clusters.contact_access_log where cluster_id = ${cluster.id} and member_id is not null`)
      .length;
    expect(after - before).toBe(own.data!.cluster.members.length * 2);
    for (const viewer of [
      { kind: 'municipality', subject: 'm', municipalityCode: cluster.municipalityCode },
      { kind: 'region', subject: 'r', regionCode: cluster.regionCode },
      { kind: 'anonymous' },
      login(other, 'someone@example.net', 'coordinator'),
    ] as Viewer[]) {
      const response = await hub.queryAs(viewer, MEMBERS, { id: cluster.id });
      expect(errorCodes(response), JSON.stringify(viewer)).toEqual(['FORBIDDEN']);
      expect(JSON.stringify(response.data)).not.toContain('@');
    }
  });

  it('concurrent additions to the same list all stay', async () => {
    const practice = await newPractice();
    await Promise.all(Array.from({ length: 15 }, (_, i) => newMember(practice, `Samtidig ${i}`, `samtidig${i}@example.net`)));
    const rows = await hub.adminSql`select 1 from clusters.members where provider_number = ${practice}`;
    expect(rows).toHaveLength(15);
  });
});

describe('offices and the coordinator handover', () => {
  it('the board registers and ends offices; a member leaving ends their office; the coordinator cannot simply leave', async () => {
    const practice = await newPractice();
    const memberId = await newMember(practice, 'Kasper Kasserer', 'kasper@example.net');
    const REGISTER = `mutation ($input: RegisterOfficerInput!) { registerOfficer(input: $input) { officer { id role name } } }`;
    const registered = await hub.queryAs<{ registerOfficer: { officer: { id: string; role: string; name: string } } }, unknown>(
      coordinator(),
      REGISTER,
      {
        input: { clusterId: cluster.id, memberId, role: 'TREASURER', phone: '+4540404040' },
      },
    );
    expect(registered.data!.registerOfficer.officer).toMatchObject({ role: 'TREASURER', name: 'Kasper Kasserer' });
    // As treasurer (board) Kasper may now change the register himself.
    await newPractice(login(cluster, 'kasper@example.net', 'member'));
    expect(
      errorCodes(
        await hub.queryAs(coordinator(), REGISTER, {
          input: { clusterId: cluster.id, memberId, role: 'COORDINATOR', phone: '+4540404040' },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    const UPDATE = `mutation ($input: UpdatePracticeInput!) { updatePractice(input: $input) { practice { name doctorCount } } }`;
    const updated = await hub.queryAs(coordinator(), UPDATE, {
      input: { clusterId: cluster.id, providerNumber: practice, name: 'Lægehuset Ny', doctorCount: 3 },
    });
    expect(updated.data).toEqual({ updatePractice: { practice: { name: 'Lægehuset Ny', doctorCount: 3 } } });
    const REMOVE_MEMBER = `mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { cluster { id } } }`;
    expect((await hub.queryAs(coordinator(), REMOVE_MEMBER, { input: { clusterId: cluster.id, memberId } })).errors).toBeUndefined();
    expect(await hub.adminSql`select 1 from clusters.officers where lower(email) = 'kasper@example.net'`).toHaveLength(0);
    const [coordinatorMember] = await hub.adminSql<{ id: string }[]>`
      select m.id from clusters.members m join clusters.officers o on lower(o.email) = lower(m.email) and o.cluster_id = m.cluster_id
      where o.role = 'COORDINATOR' and o.cluster_id = ${cluster.id}`;
    expect(
      errorCodes(await hub.queryAs(coordinator(), REMOVE_MEMBER, { input: { clusterId: cluster.id, memberId: coordinatorMember!.id } })),
    ).toEqual(['INVALID_TRANSITION']);
  });

  it('a cluster always has exactly one coordinator: the API refuses to remove it, and so does Postgres', async () => {
    const coordinatorRow = officers.find((o) => o.role === 'COORDINATOR')!;
    const removed = await hub.queryAs(
      coordinator(),
      `mutation ($input: RemoveOfficerInput!) { removeOfficer(input: $input) { cluster { id } } }`,
      {
        input: { clusterId: cluster.id, officerId: coordinatorRow.id },
      },
    );
    expect(errorCodes(removed)).toEqual(['INVALID_TRANSITION']);
    await expect(hub.adminSql`delete from clusters.officers where id = ${coordinatorRow.id}`).rejects.toMatchObject({ code: '23514' });
  });

  it('the outgoing coordinator hands over to a member, who accepts; the old one loses coordinator rights at once', async () => {
    const practice = await newPractice();
    const memberId = await newMember(practice, 'Ny Koordinator', 'ny.koordinator@example.net');
    const outgoing = coordinator();
    const offered = await hub.queryAs<{ offerCoordinatorHandover: { handover: { id: string; status: string } } }, unknown>(
      outgoing,
      `mutation ($input: OfferCoordinatorHandoverInput!) { offerCoordinatorHandover(input: $input) { handover { id status fromName toName } } }`,
      { input: { clusterId: cluster.id, toMemberId: memberId } },
    );
    expect(offered.data!.offerCoordinatorHandover.handover.status).toBe('OFFERED');
    const handoverId = offered.data!.offerCoordinatorHandover.handover.id;
    const ACCEPT = `mutation ($input: AcceptCoordinatorHandoverInput!) { acceptCoordinatorHandover(input: $input) { handover { status } cluster { coordinator { name } } } }`;
    // Only the member it is offered to can accept it.
    expect(errorCodes(await hub.queryAs(plainMember(), ACCEPT, { input: { handoverId, phone: '+4520202020' } }))).toEqual(['NOT_FOUND']);
    const accepted = await hub.queryAs<
      { acceptCoordinatorHandover: { handover: { status: string }; cluster: { coordinator: { name: string } } } },
      unknown
    >(login(cluster, 'ny.koordinator@example.net', 'member'), ACCEPT, { input: { handoverId, phone: '+4520202020' } });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.acceptCoordinatorHandover).toEqual({
      handover: { status: 'ACCEPTED' },
      cluster: { coordinator: { name: 'Ny Koordinator' } },
    });
    // The old coordinator's token still says coordinator; the register no longer does.
    const refused = await hub.queryAs(outgoing, ADD_PRACTICE, {
      input: { clusterId: cluster.id, providerNumber: '799999', name: 'For sent', doctorCount: 1, listedPatients: 1 },
    });
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    const record = await hub.queryAs<
      { cluster: { handovers: { fromName: string; toName: string; offeredAt: string; decidedAt: string }[] } },
      unknown
    >(KIAP, `query ($id: ID!) { cluster(id: $id) { handovers { fromName toName offeredAt decidedAt } } }`, { id: cluster.id });
    expect(record.data!.cluster.handovers[0]).toMatchObject({
      fromName: officers.find((o) => o.role === 'COORDINATOR')!.name,
      toName: 'Ny Koordinator',
    });
    expect(record.data!.cluster.handovers[0]!.decidedAt).toBeTruthy();
    officers = await hub.adminSql<Officer[]>`select id, role, name, email from clusters.officers where cluster_id = ${cluster.id}`;
  });

  it('KiAP can offer the office when the coordinator is gone; others cannot', async () => {
    const practice = await newPractice();
    const memberId = await newMember(practice, 'Afløser', 'afloeser@example.net');
    const OFFER = `mutation ($input: OfferCoordinatorHandoverInput!) { offerCoordinatorHandover(input: $input) { handover { id offeredBy } } }`;
    expect(
      errorCodes(
        await hub.queryAs({ kind: 'region', subject: 'r', regionCode: cluster.regionCode }, OFFER, {
          input: { clusterId: cluster.id, toMemberId: memberId },
        }),
      ),
    ).toEqual(['FORBIDDEN']);
    const byKiap = await hub.queryAs<{ offerCoordinatorHandover: { handover: { id: string; offeredBy: string } } }, unknown>(KIAP, OFFER, {
      input: { clusterId: cluster.id, toMemberId: memberId },
    });
    expect(byKiap.data!.offerCoordinatorHandover.handover.offeredBy).toBe('KiAP');
    const cancelled = await hub.queryAs(
      KIAP,
      `mutation ($input: CancelCoordinatorHandoverInput!) { cancelCoordinatorHandover(input: $input) { handover { status } } }`,
      {
        input: { handoverId: byKiap.data!.offerCoordinatorHandover.handover.id },
      },
    );
    expect(cancelled.data).toEqual({ cancelCoordinatorHandover: { handover: { status: 'CANCELLED' } } });
  });
});

describe('the January update, funds and practices leaving', () => {
  const VERSION = `query ($id: ID!, $year: Int!) { cluster(id: $id) { registerVersion(year: $year) { year confirmedBy listedPatients memberCount practices { providerNumber } } } }`;

  it('confirming keeps the list as it stood; later changes do not alter it; the history names people, never logins', async () => {
    const confirmed = await hub.queryAs<{ confirmClusterRegister: { version: { year: number; memberCount: number } } }, unknown>(
      coordinator(),
      `mutation ($input: ConfirmClusterRegisterInput!) { confirmClusterRegister(input: $input) { version { year memberCount } } }`,
      { input: { clusterId: cluster.id } },
    );
    const year = registerYearOf(new Date());
    expect(confirmed.data!.confirmClusterRegister.version.year).toBe(year);
    const before = (
      await hub.queryAs<{ cluster: { registerVersion: { practices: unknown[] } } }, unknown>(KIAP, VERSION, { id: cluster.id, year })
    ).data!;
    await newPractice();
    const after = (
      await hub.queryAs<{ cluster: { registerVersion: { practices: unknown[] } } }, unknown>(KIAP, VERSION, { id: cluster.id, year })
    ).data!;
    expect(after.cluster.registerVersion.practices).toHaveLength(before.cluster.registerVersion.practices.length);
    const history = await hub.queryAs<{ cluster: { registerHistory: { actor: string; action: string }[] } }, unknown>(
      plainMember(),
      `query ($id: ID!) { cluster(id: $id) { registerHistory { actor action detail } } }`,
      { id: cluster.id },
    );
    expect(history.data!.cluster.registerHistory.map((e) => e.action)).toContain('REGISTER_CONFIRMED');
    expect(JSON.stringify(history.data)).not.toMatch(/@example/);
  });

  it('KiAP and each region see which clusters have not confirmed this year’s list; nobody else', async () => {
    const Q = `query ($regionCode: ID) { clustersWithoutConfirmedRegister(regionCode: $regionCode) { id regionCode: region { code } } }`;
    const all = await hub.queryAs<{ clustersWithoutConfirmedRegister: { id: string; regionCode: { code: string } }[] }, unknown>(
      KIAP,
      Q,
      {},
    );
    expect(all.data!.clustersWithoutConfirmedRegister.length).toBeGreaterThan(0);
    expect(all.data!.clustersWithoutConfirmedRegister.length).toBeLessThan(20);
    const unit = await hub.queryAs<{ clustersWithoutConfirmedRegister: { regionCode: { code: string } }[] }, unknown>(
      { kind: 'region', subject: 'r', regionCode: '1084' },
      Q,
      {},
    );
    for (const c of unit.data!.clustersWithoutConfirmedRegister) expect(c.regionCode.code).toBe('1084');
    expect(errorCodes(await hub.queryAs({ kind: 'region', subject: 'r', regionCode: '1084' }, Q, { regionCode: '1081' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await hub.queryAs(coordinator(), Q, {}))).toEqual(['FORBIDDEN']);
  });

  it('funds: the confirmed list’s group-1 patients × the year’s rate, paid 1 March; for officers, the region and KiAP', async () => {
    const year = registerYearOf(new Date()) - 1;
    const rate = await hub.queryAs(
      KIAP,
      `mutation ($input: SetClusterFundRateInput!) { setClusterFundRate(input: $input) { rate { year dkkPerPatient } } }`,
      {
        input: { year, dkkPerPatient: 3.71 },
      },
    );
    expect(rate.data).toEqual({ setClusterFundRate: { rate: { year, dkkPerPatient: 3.71 } } });
    expect(
      errorCodes(
        await hub.queryAs(coordinator(), `mutation { setClusterFundRate(input: { year: 2030, dkkPerPatient: 9 }) { rate { year } } }`),
      ),
    ).toEqual(['FORBIDDEN']);
    const FUNDS = `query ($id: ID!, $year: Int) { cluster(id: $id) { funds(year: $year) { year paidOn dkkPerPatient listedPatients expectedPaymentDkk } } }`;
    const funds = await hub.queryAs<
      { cluster: { funds: { listedPatients: number; expectedPaymentDkk: number; paidOn: string } } },
      unknown
    >({ kind: 'region', subject: 'r', regionCode: cluster.regionCode }, FUNDS, { id: cluster.id, year });
    const f = funds.data!.cluster.funds;
    expect(f.paidOn).toBe(`${year}-03-01`);
    expect(f.expectedPaymentDkk).toBeCloseTo(f.listedPatients * 3.71, 2);
    const demo2024 = await hub.queryAs<{ cluster: { funds: { dkkPerPatient: number } } }, unknown>(KIAP, FUNDS, {
      id: cluster.id,
      year: 2024,
    });
    expect(demo2024.data!.cluster.funds.dkkPerPatient).toBe(3.55);
    for (const viewer of [plainMember(), { kind: 'municipality', subject: 'm', municipalityCode: cluster.municipalityCode }] as Viewer[])
      expect(errorCodes(await hub.queryAs(viewer, FUNDS, { id: cluster.id, year }))).toEqual(['FORBIDDEN']);
  });

  it('a practice leaving can ask its region for a quality visit; the region’s unit sees the notice, another region does not', async () => {
    const practice = await newPractice();
    await newMember(practice, 'Går Med', 'gaar.med@example.net');
    const removed = await hub.queryAs(
      coordinator(),
      `mutation ($input: RemovePracticeInput!) { removePractice(input: $input) { departure { providerNumber qualityVisitRequested } } }`,
      {
        input: { clusterId: cluster.id, providerNumber: practice, requestQualityVisit: true, note: 'Lukker til sommer.' },
      },
    );
    expect(removed.data).toEqual({ removePractice: { departure: { providerNumber: practice, qualityVisitRequested: true } } });
    expect(await hub.adminSql`select 1 from clusters.members where provider_number = ${practice}`).toHaveLength(0);
    const Q = `query ($code: ID!) { practiceDepartures(regionCode: $code) { providerNumber note cluster { id } } }`;
    const seen = await hub.queryAs<{ practiceDepartures: { providerNumber: string }[] }, unknown>(
      { kind: 'region', subject: 'r', regionCode: cluster.regionCode },
      Q,
      { code: cluster.regionCode },
    );
    expect(seen.data!.practiceDepartures.map((d) => d.providerNumber)).toContain(practice);
    expect(errorCodes(await hub.queryAs({ kind: 'region', subject: 'r', regionCode: '1084' }, Q, { code: cluster.regionCode }))).toEqual([
      'FORBIDDEN',
    ]);
  });
});

describe('the register year', () => {
  it('a confirmation on or before 31 January (Danish time) counts for that year; one after starts the next', () => {
    expect(registerYearOf(new Date('2027-01-31T22:30:00Z'))).toBe(2027); // 23:30 in Copenhagen
    expect(registerYearOf(new Date('2027-01-31T23:30:00Z'))).toBe(2028); // 1 February 00:30
    expect(registerYearOf(new Date('2026-12-01T10:00:00Z'))).toBe(2027);
  });
});
