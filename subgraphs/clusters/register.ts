import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { badUserInput, conflict, invalidTransition, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { InputProblems } from '../../platform/validation.js';
import type { Viewer } from '../../platform/viewer.js';
import type {
  AddMemberInput,
  AddPracticeInput,
  RegisterOfficerInput,
  RemovePracticeInput,
  UpdatePracticeInput,
} from './__generated__/schema-types.js';
import {
  canSeeHandover,
  isHandoverRecipient,
  requireHandoverOfferer,
  requireKiap,
  requireRegisterEditor,
  type RegisterOffice,
} from './access.js';
import { registerYearOf } from './register-year.js';
import { registerStore as store, type Tx } from './register-store.js';

const PROVIDER_NUMBER = /^[0-9]{6}$/;
const MAX_DOCTORS = 20;
const MAX_LISTED_PATIENTS = 50_000;
/** An office in words, as records others read name it. */
export const OFFICE_WORDS: Record<RegisterOffice['role'], string> = {
  COORDINATOR: 'coordinator',
  TREASURER: 'treasurer',
  SECRETARY: 'secretary',
  BOARD_MEMBER: 'board member',
};

/** How a change is signed in the register's history: the person of record and their office, or KiAP. */
function actorOf(office: RegisterOffice | 'kiap'): string {
  return office === 'kiap' ? 'KiAP' : `${office.name} (${OFFICE_WORDS[office.role]})`;
}

function practiceProblems(
  problems: InputProblems,
  input: { name?: string | null; doctorCount?: number | null; listedPatients?: number | null },
) {
  if (input.name !== undefined && input.name !== null) problems.text('name', input.name, { max: 200 });
  if (input.doctorCount != null && (!Number.isInteger(input.doctorCount) || input.doctorCount < 1 || input.doctorCount > MAX_DOCTORS))
    problems.add('doctorCount', `must be 1 to ${MAX_DOCTORS}`);
  if (
    input.listedPatients != null &&
    (!Number.isInteger(input.listedPatients) || input.listedPatients < 0 || input.listedPatients > MAX_LISTED_PATIENTS)
  )
    problems.add('listedPatients', `must be 0 to ${MAX_LISTED_PATIENTS}`);
}

/**
 * The cluster register's upkeep (KiAP's coordinator handbook): practices and members kept
 * by the coordinator and board, offices, the coordinator's handover, and the January
 * update. Every change locks the cluster's row first, so concurrent edits of one register
 * queue up and none is lost, and appends to the register's history in the same transaction.
 */
export function createRegisterWorkflow(db: PostgresJsDatabase, clock: () => Date = () => new Date()) {
  /** Opens the transaction every change runs in: the cluster locked, the editor checked against the register. */
  function asEditor<T>(
    viewer: Viewer,
    clusterId: string,
    change: (tx: Tx, editor: RegisterOffice, cluster: { id: string; regionCode: string }) => Promise<T>,
  ): Promise<T> {
    return db.transaction(async (tx) => {
      if (viewer.kind !== 'cluster') requireRegisterEditor(viewer, clusterId, []);
      const cluster = await store.lockCluster(tx, clusterId);
      if (!cluster) throw notFound(`Cluster ${clusterId} was not found`);
      const editor = requireRegisterEditor(viewer, cluster.id, await store.officersOf(tx, cluster.id));
      return change(tx, editor, cluster);
    });
  }

  return {
    addPractice: (viewer: Viewer, input: AddPracticeInput) => {
      const problems = new InputProblems();
      if (!PROVIDER_NUMBER.test(input.providerNumber)) problems.add('providerNumber', 'must be six digits');
      practiceProblems(problems, input);
      problems.throwIfAny('The practice is not valid');
      return asEditor(viewer, input.clusterId, async (tx, editor) => {
        const existing = await store.practiceByNumber(tx, input.providerNumber);
        if (existing?.clusterId === input.clusterId) return existing; // added already: a retry
        if (existing)
          throw badUserInput('The practice is in another cluster', [
            { path: 'input.providerNumber', message: 'belongs to another cluster' },
          ]);
        const practice = await store.insertPractice(tx, {
          providerNumber: input.providerNumber,
          clusterId: input.clusterId,
          name: input.name.trim(),
          doctorCount: input.doctorCount,
          listedPatients: input.listedPatients,
        });
        await store.record(tx, [
          {
            clusterId: input.clusterId,
            actor: actorOf(editor),
            action: 'PRACTICE_ADDED',
            detail: `${practice.providerNumber} ${practice.name}`,
          },
        ]);
        return practice;
      });
    },

    updatePractice: (viewer: Viewer, input: UpdatePracticeInput) => {
      const problems = new InputProblems();
      practiceProblems(problems, input);
      problems.throwIfAny('The practice is not valid');
      return asEditor(viewer, input.clusterId, async (tx, editor) => {
        const practice = await store.practiceByNumber(tx, input.providerNumber);
        if (practice?.clusterId !== input.clusterId) throw notFound(`Practice ${input.providerNumber} is not in the cluster`);
        const changes = {
          ...(input.name != null ? { name: input.name.trim() } : {}),
          ...(input.doctorCount != null ? { doctorCount: input.doctorCount } : {}),
          ...(input.listedPatients != null ? { listedPatients: input.listedPatients } : {}),
        };
        const changed = Object.entries(changes).filter(([key, value]) => practice[key as keyof typeof practice] !== value);
        if (changed.length === 0) return practice;
        const updated = await store.updatePractice(tx, practice.providerNumber, changes);
        await store.record(tx, [
          {
            clusterId: input.clusterId,
            actor: actorOf(editor),
            action: 'PRACTICE_CHANGED',
            detail: `${updated.providerNumber} ${updated.name}: ${changed.map(([key]) => key).join(', ')}`,
          },
        ]);
        return updated;
      });
    },

    removePractice: (viewer: Viewer, input: RemovePracticeInput) => {
      const problems = new InputProblems();
      problems.text('note', input.note, { min: 0, max: 2000 });
      problems.throwIfAny('The notice is not valid');
      return asEditor(viewer, input.clusterId, async (tx, editor, cluster) => {
        const practice = await store.practiceByNumber(tx, input.providerNumber);
        if (practice?.clusterId !== input.clusterId) throw notFound(`Practice ${input.providerNumber} is not in the cluster`);
        const leaving = (await store.membersOf(tx, input.clusterId)).filter((m) => m.providerNumber === practice.providerNumber);
        const officers = await store.officersOf(tx, input.clusterId);
        const emails = new Set(leaving.map((m) => m.email.toLowerCase()));
        const offices = officers.filter((o) => emails.has(o.email.toLowerCase()));
        if (offices.some((o) => o.role === 'COORDINATOR'))
          throw invalidTransition("The coordinator works in this practice: hand over the coordinator's office first");
        await store.deleteOfficers(
          tx,
          offices.map((o) => o.id),
        );
        await store.deletePractice(tx, practice.providerNumber);
        const departure = await store.insertDeparture(tx, {
          clusterId: input.clusterId,
          regionCode: cluster.regionCode,
          providerNumber: practice.providerNumber,
          practiceName: practice.name,
          qualityVisitRequested: input.requestQualityVisit,
          note: input.note?.trim() || null,
        });
        const actor = actorOf(editor);
        await store.record(tx, [
          ...leaving.map((m) => ({ clusterId: input.clusterId, actor, action: 'MEMBER_REMOVED' as const, detail: m.name })),
          {
            clusterId: input.clusterId,
            actor,
            action: 'PRACTICE_REMOVED',
            detail: `${practice.providerNumber} ${practice.name}${input.requestQualityVisit ? '; quality visit requested' : ''}`,
          },
        ]);
        return departure;
      });
    },

    addMember: (viewer: Viewer, input: AddMemberInput) => {
      const problems = new InputProblems();
      problems.text('name', input.name, { max: 200 });
      if (input.email.length > 320) problems.add('email', 'must be at most 320 characters');
      problems.throwIfAny('The member is not valid');
      return asEditor(viewer, input.clusterId, async (tx, editor) => {
        const practice = await store.practiceByNumber(tx, input.providerNumber);
        if (practice?.clusterId !== input.clusterId)
          throw badUserInput('The practice is not in the cluster', [
            { path: 'input.providerNumber', message: 'is not a practice of the cluster' },
          ]);
        const email = input.email.trim();
        const existing = (await store.membersOf(tx, input.clusterId)).find((m) => m.email.toLowerCase() === email.toLowerCase());
        if (existing) return existing; // the same person added again: a retry, or a double click
        const member = await store.insertMember(tx, {
          clusterId: input.clusterId,
          providerNumber: practice.providerNumber,
          name: input.name.trim(),
          email,
        });
        await store.record(tx, [
          {
            clusterId: input.clusterId,
            actor: actorOf(editor),
            action: 'MEMBER_ADDED',
            detail: `${member.name}, ${practice.providerNumber}`,
          },
        ]);
        return member;
      });
    },

    removeMember: (viewer: Viewer, clusterId: string, memberId: string) =>
      asEditor(viewer, clusterId, async (tx, editor) => {
        const member = (await store.membersOf(tx, clusterId)).find((m) => m.id === memberId);
        if (!member) return; // gone already
        const offices = (await store.officersOf(tx, clusterId)).filter((o) => o.email.toLowerCase() === member.email.toLowerCase());
        if (offices.some((o) => o.role === 'COORDINATOR'))
          throw invalidTransition('The member is the coordinator: hand over the office first');
        await store.deleteOfficers(
          tx,
          offices.map((o) => o.id),
        );
        await store.deleteMember(tx, member.id);
        await store.record(tx, [{ clusterId, actor: actorOf(editor), action: 'MEMBER_REMOVED', detail: member.name }]);
      }),

    registerOfficer: (viewer: Viewer, input: RegisterOfficerInput) => {
      if (input.role === 'COORDINATOR')
        throw badUserInput("The coordinator's office passes by handover", [{ path: 'input.role', message: 'must not be COORDINATOR' }]);
      return asEditor(viewer, input.clusterId, async (tx, editor) => {
        const member = (await store.membersOf(tx, input.clusterId)).find((m) => m.id === input.memberId);
        if (!member) throw notFound(`Member ${input.memberId} is not in the cluster`);
        const held = (await store.officersOf(tx, input.clusterId)).find((o) => o.email.toLowerCase() === member.email.toLowerCase());
        if (held?.role === 'COORDINATOR') throw invalidTransition('The coordinator holds no other office');
        if (held?.role === input.role && held.phone === input.phone) return held;
        const officer = held
          ? await store.updateOfficer(tx, held.id, { role: input.role, phone: input.phone })
          : await store.insertOfficer(tx, {
              clusterId: input.clusterId,
              role: input.role,
              name: member.name,
              email: member.email,
              phone: input.phone,
            });
        await store.record(tx, [
          {
            clusterId: input.clusterId,
            actor: actorOf(editor),
            action: 'OFFICER_REGISTERED',
            detail: `${member.name}: ${OFFICE_WORDS[input.role]}`,
          },
        ]);
        return officer;
      });
    },

    removeOfficer: (viewer: Viewer, clusterId: string, officerId: string) =>
      asEditor(viewer, clusterId, async (tx, editor) => {
        const officer = (await store.officersOf(tx, clusterId)).find((o) => o.id === officerId);
        if (!officer) return;
        if (officer.role === 'COORDINATOR') throw invalidTransition('A cluster always has a coordinator: hand the office over instead');
        await store.deleteOfficers(tx, [officer.id]);
        await store.record(tx, [
          { clusterId, actor: actorOf(editor), action: 'OFFICER_REMOVED', detail: `${officer.name}: ${OFFICE_WORDS[officer.role]}` },
        ]);
      }),

    offerHandover: (viewer: Viewer, clusterId: string, toMemberId: string) =>
      db.transaction(async (tx) => {
        if (viewer.kind !== 'kiap' && viewer.kind !== 'cluster') requireHandoverOfferer(viewer, clusterId, []);
        const cluster = await store.lockCluster(tx, clusterId);
        if (!cluster) throw notFound(`Cluster ${clusterId} was not found`);
        const officers = await store.officersOf(tx, cluster.id);
        const offerer = requireHandoverOfferer(viewer, cluster.id, officers);
        const member = isUuid(toMemberId) ? (await store.membersOf(tx, cluster.id)).find((m) => m.id === toMemberId) : undefined;
        if (!member) throw notFound(`Member ${toMemberId} is not in the cluster`);
        const current = officers.find((o) => o.role === 'COORDINATOR')!;
        if (current.email.toLowerCase() === member.email.toLowerCase()) throw invalidTransition('The member is the coordinator already');
        const open = await store.openHandover(tx, cluster.id);
        if (open?.toMemberId === member.id) return open; // offered already: a retry
        if (open) throw conflict(`The office is offered to ${open.toName}; withdraw that offer first`);
        const handover = await store.insertHandover(tx, {
          clusterId: cluster.id,
          fromName: current.name,
          toMemberId: member.id,
          toName: member.name,
          offeredBy: actorOf(offerer),
        });
        await store.record(tx, [
          { clusterId: cluster.id, actor: actorOf(offerer), action: 'HANDOVER_OFFERED', detail: `${current.name} → ${member.name}` },
        ]);
        return handover;
      }),

    acceptHandover: (viewer: Viewer, handoverId: string, phone: string) =>
      db.transaction(async (tx) => {
        const found = await store.handoverById(tx, handoverId);
        if (!found || !canSeeHandover(viewer, found, { kiap: false })) throw notFound(`Handover ${handoverId} was not found`);
        await store.lockCluster(tx, found.clusterId);
        const handover = (await store.handoverById(tx, handoverId))!;
        const member = (await store.membersOf(tx, handover.clusterId)).find((m) => m.id === handover.toMemberId);
        if (!member || !isHandoverRecipient(viewer, member)) throw notFound(`Handover ${handoverId} was not found`);
        if (handover.status === 'ACCEPTED') return handover; // accepted already: a retry
        if (handover.status !== 'OFFERED') throw invalidTransition('The offer was withdrawn', { status: handover.status });
        const officers = await store.officersOf(tx, handover.clusterId);
        const outgoing = officers.find((o) => o.role === 'COORDINATOR')!;
        const ownOffices = officers.filter((o) => o.email.toLowerCase() === member.email.toLowerCase());
        // The old coordinator's office ends and the new one's begins in one transaction; Postgres checks at commit that there is exactly one.
        await store.deleteOfficers(tx, [outgoing.id, ...ownOffices.map((o) => o.id)]);
        const coordinator = await store.insertOfficer(tx, {
          clusterId: handover.clusterId,
          role: 'COORDINATOR',
          name: member.name,
          email: member.email,
          phone,
        });
        const accepted = await store.decideHandover(tx, handover.id, 'ACCEPTED');
        await store.record(tx, [
          {
            clusterId: handover.clusterId,
            actor: actorOf(coordinator),
            action: 'HANDOVER_ACCEPTED',
            detail: `${handover.fromName} → ${member.name}`,
          },
        ]);
        return accepted;
      }),

    cancelHandover: (viewer: Viewer, handoverId: string) =>
      db.transaction(async (tx) => {
        const found = await store.handoverById(tx, handoverId);
        if (!found || !canSeeHandover(viewer, found, { kiap: true })) throw notFound(`Handover ${handoverId} was not found`);
        await store.lockCluster(tx, found.clusterId);
        const offerer = requireHandoverOfferer(viewer, found.clusterId, await store.officersOf(tx, found.clusterId));
        const handover = (await store.handoverById(tx, handoverId))!;
        if (handover.status === 'CANCELLED') return handover;
        if (handover.status !== 'OFFERED') throw invalidTransition('The handover is in force already', { status: handover.status });
        const cancelled = await store.decideHandover(tx, handover.id, 'CANCELLED');
        await store.record(tx, [
          {
            clusterId: handover.clusterId,
            actor: actorOf(offerer),
            action: 'HANDOVER_CANCELLED',
            detail: `${handover.fromName} → ${handover.toName}`,
          },
        ]);
        return cancelled;
      }),

    /** The January update: the register as it stands becomes the version of the year whose 31 January comes next. */
    confirm: (viewer: Viewer, clusterId: string) =>
      asEditor(viewer, clusterId, async (tx, editor) => {
        const now = clock();
        const year = registerYearOf(now);
        const [practices, members] = await Promise.all([store.practicesOf(tx, clusterId), store.membersOf(tx, clusterId)]);
        const version = await store.upsertVersion(tx, {
          clusterId,
          year,
          confirmedAt: now,
          confirmedBy: actorOf(editor),
          practices: practices.map(({ providerNumber, name, doctorCount, listedPatients }) => ({
            providerNumber,
            name,
            doctorCount,
            listedPatients,
          })),
          members: members.map(({ id, name, providerNumber }) => ({ id, name, providerNumber })),
        });
        await store.record(tx, [
          {
            clusterId,
            actor: actorOf(editor),
            action: 'REGISTER_CONFIRMED',
            detail: `${year}: ${practices.length} practices, ${members.length} members`,
          },
        ]);
        return version;
      }),

    setFundRate: (viewer: Viewer, year: number, dkkPerPatient: number) => {
      requireKiap(viewer, 'enters the cluster funds rate');
      const problems = new InputProblems();
      if (!Number.isInteger(year) || year < 2007 || year > 2099) problems.add('year', 'must be 2007 to 2099');
      if (!(dkkPerPatient > 0 && dkkPerPatient < 1000) || Math.abs(Math.round(dkkPerPatient * 100) - dkkPerPatient * 100) > 1e-6)
        problems.add('dkkPerPatient', 'must be above 0 and below 1000, to the øre');
      problems.throwIfAny('The rate is not valid');
      return store.upsertFundRate(db, year, dkkPerPatient.toFixed(2));
    },
  };
}

export type RegisterWorkflow = ReturnType<typeof createRegisterWorkflow>;
