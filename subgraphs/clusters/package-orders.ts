import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { badUserInput, invalidTransition, notFound } from '../../platform/errors.js';
import { InputProblems } from '../../platform/validation.js';
import type { Viewer } from '../../platform/viewer.js';
import type {
  AddMeetingParticipantInput,
  OrderClusterPackageInput,
  RecordPackageOutcomeInput,
  UpdatePackageOrderInput,
} from './__generated__/schema-types.js';
import { canSeeOrder, handlesOrder, requireOrderHandler, requireRegisterEditor } from './access.js';
import { canTake, danishToday, roundStatus, type OrderStep } from './package-order-rules.js';
import { packageWrites as store, type OrderRow, type Tx } from './package-store.js';
import { registerStore } from './register-store.js';
import { OFFICE_WORDS } from './register.js';

const MAX_PARTICIPANTS = 20;
const MAX_ROUND_DAYS = 90;
const STEP_WORDS: Record<OrderStep, string> = {
  take: 'taken forward',
  plan: 'given participants',
  hold: 'recorded as held',
  close: 'closed',
  cancel: 'cancelled',
};

/** Days between two calendar dates. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** A questionnaire window: both days, the first not in the past, at most 90 days long. */
export function checkWindow(problems: InputProblems, opensOn: string, closesOn: string, today: string, field = 'questionnaire'): void {
  problems.date(`${field}OpensOn`, opensOn, { from: today });
  problems.date(`${field}ClosesOn`, closesOn);
  if (closesOn < opensOn) problems.add(`${field}ClosesOn`, 'must not be before the first day');
  else if (daysBetween(opensOn, closesOn) > MAX_ROUND_DAYS)
    problems.add(`${field}ClosesOn`, `must be within ${MAX_ROUND_DAYS} days of the first day`);
}

/**
 * A package from order to follow-up (seed 003, "Før, under og efter klyngemødet"). Each step
 * locks the order (or, for a new order, the cluster) so two hands cannot take it two ways,
 * and checks the step against the order's state (package-order-rules.ts).
 */
export function createPackageOrdersWorkflow(db: PostgresJsDatabase, clock: () => Date = () => new Date()) {
  const today = () => danishToday(clock());

  /** Locks the order; one another caller may not see is NOT_FOUND, a step its state does not allow INVALID_TRANSITION. */
  async function lockedOrder(tx: Tx, viewer: Viewer, orderId: string, step: OrderStep): Promise<OrderRow> {
    const order = await store.lockOrder(tx, orderId);
    if (!order || !canSeeOrder(viewer, order)) throw notFound(`Package order ${orderId} was not found`);
    if (!canTake(step, order.status))
      throw invalidTransition(`A package order that is ${order.status.toLowerCase()} cannot be ${STEP_WORDS[step]}`, {
        status: order.status,
      });
    return order;
  }

  /** The handler, or the cluster's coordinator or board by the register. */
  async function requireHandlerOrOfficer(tx: Tx, viewer: Viewer, order: OrderRow, what: string): Promise<void> {
    if (handlesOrder(viewer, order)) return;
    requireRegisterEditor(viewer, order.clusterId, await registerStore.officersOf(tx, order.clusterId), what);
  }

  return {
    order: (viewer: Viewer, input: OrderClusterPackageInput): Promise<string> =>
      db.transaction(async (tx) => {
        const problems = new InputProblems();
        if (input.wishes != null) problems.text('wishes', input.wishes, { max: 2000 });
        if (input.municipalityCode != null && !/^[0-9]{3}$/.test(input.municipalityCode))
          problems.add('municipalityCode', 'must be three digits');
        problems.throwIfAny('The order is not valid');
        // Locking the cluster queues a double click behind the first order, which it then finds.
        if (viewer.kind !== 'cluster') requireRegisterEditor(viewer, input.clusterId, [], 'orders packages');
        const cluster = await registerStore.lockCluster(tx, input.clusterId);
        if (!cluster) throw notFound(`Cluster ${input.clusterId} was not found`);
        const office = requireRegisterEditor(viewer, cluster.id, await registerStore.officersOf(tx, cluster.id), 'orders packages');
        const pkg = await store.packageById(tx, input.packageId);
        if (!pkg) throw badUserInput('No such package', [{ path: 'input.packageId', message: 'is not in the catalogue' }]);
        if (pkg.regionCode !== null && pkg.regionCode !== cluster.regionCode)
          throw badUserInput("A regional package is for its own region's clusters", [
            { path: 'input.packageId', message: "is another region's package" },
          ]);
        if (pkg.municipalPackage && !input.municipalityCode)
          throw badUserInput('A municipal package invites a municipality', [
            { path: 'input.municipalityCode', message: 'must name the municipality invited to present' },
          ]);
        if (!pkg.municipalPackage && input.municipalityCode)
          throw badUserInput('Only a municipal package invites a municipality', [
            { path: 'input.municipalityCode', message: 'must be left out for this package' },
          ]);

        if (input.followUpOfOrderId != null) {
          const first = await store.lockOrder(tx, input.followUpOfOrderId);
          if (!first || first.clusterId !== cluster.id) throw notFound(`Package order ${input.followUpOfOrderId} was not found`);
          if (first.status !== 'HELD' && first.status !== 'CLOSED')
            throw invalidTransition('A follow-up is ordered from a held package', { status: first.status });
          if (first.municipalityCode !== (input.municipalityCode ?? null))
            throw badUserInput('A follow-up invites the municipality the first meeting invited', [
              {
                path: 'input.municipalityCode',
                message: `must be ${first.municipalityCode ?? 'left out'}, as for the meeting followed up`,
              },
            ]);
          if (first.packageId !== pkg.id)
            throw badUserInput('A follow-up repeats the package it follows up', [
              { path: 'input.packageId', message: `must be ${first.packageId}, the package followed up` },
            ]);
          const existing = await store.followUpOf(tx, first.id);
          if (existing) return existing.id;
        } else {
          const existing = await store.openOrderFor(tx, cluster.id, pkg.id);
          if (existing) return existing.id;
        }
        return store.insertOrder(tx, {
          clusterId: cluster.id,
          packageId: pkg.id,
          orderedBy: `cluster ${OFFICE_WORDS[office.role]}`,
          orderedAt: clock(),
          wishes: input.wishes?.trim() || null,
          municipalityCode: input.municipalityCode ?? null,
          followUpOf: input.followUpOfOrderId ?? null,
        });
      }),

    /**
     * The handler's steps: the consultant, the call, the questionnaire's window. Setting the
     * window opens the order's round with the package's questionnaire as it reads today; a
     * follow-up repeats the first round's questions, so the two compare.
     */
    update: (viewer: Viewer, input: UpdatePackageOrderInput): Promise<string> =>
      db.transaction(async (tx) => {
        const order = await lockedOrder(tx, viewer, input.orderId, 'take');
        requireOrderHandler(viewer, order);
        const problems = new InputProblems();
        if (input.consultant != null) problems.text('consultant', input.consultant, { max: 200 });
        if (input.callNote != null) problems.text('callNote', input.callNote, { max: 2000, min: 0 });
        if (input.callHeldOn != null) problems.date('callHeldOn', input.callHeldOn, { to: today() });
        const opensOn = input.questionnaireOpensOn;
        const closesOn = input.questionnaireClosesOn;
        if ((opensOn == null) !== (closesOn == null))
          problems.add('questionnaireClosesOn', 'must be given together with questionnaireOpensOn');
        else if (opensOn != null && closesOn != null) checkWindow(problems, opensOn, closesOn, today());
        problems.throwIfAny('The order is not valid');

        if (opensOn != null && closesOn != null) {
          const round = await store.roundOfOrder(tx, order.id);
          if (round) {
            if (roundStatus(round, today()) === 'CLOSED')
              throw invalidTransition("The order's questionnaire round has closed", { status: 'CLOSED' });
            await store.updateRound(tx, round.id, { opensOn, closesOn });
          } else {
            const questions = order.followUpOf ? ((await store.roundOfOrder(tx, order.followUpOf))?.questions ?? null) : null;
            const template = questions ? null : await store.templateOf(tx, order.packageId);
            if (!questions && !template)
              throw badUserInput('The package has no questionnaire', [
                { path: 'input.questionnaireOpensOn', message: 'the package has no questionnaire to send' },
              ]);
            const pkg = (await store.packageById(tx, order.packageId))!;
            await store.insertRound(tx, {
              clusterId: order.clusterId,
              orderId: order.id,
              purpose: order.followUpOf ? 'FOLLOW_UP' : 'BEFORE_MEETING',
              title: order.followUpOf ? `${pkg.name} — opfølgning` : pkg.name,
              questions: questions ?? template!.questions,
              opensOn,
              closesOn,
              createdBy: viewer.kind === 'kiap' ? 'KiAP' : 'regional quality unit',
            });
          }
        }
        await store.updateOrder(tx, order.id, {
          status: 'PREPARING',
          ...(input.consultant != null && { consultant: input.consultant.trim() }),
          ...(input.callHeldOn != null && { callHeldOn: input.callHeldOn }),
          ...(input.callNote != null && { callNote: input.callNote.trim() || null }),
        });
        return order.id;
      }),

    addParticipant: (viewer: Viewer, input: AddMeetingParticipantInput): Promise<string> =>
      db.transaction(async (tx) => {
        const order = await lockedOrder(tx, viewer, input.orderId, 'plan');
        await requireHandlerOrOfficer(tx, viewer, order, 'adds participants');
        const problems = new InputProblems();
        problems.text('name', input.name, { max: 200 });
        problems.text('organisation', input.organisation, { max: 200 });
        if (input.role != null) problems.text('role', input.role, { max: 200, min: 0 });
        problems.throwIfAny('The participant is not valid');
        if ((await store.participantCount(tx, order.id)) >= MAX_PARTICIPANTS)
          throw badUserInput(`A meeting has at most ${MAX_PARTICIPANTS} other participants`, [
            { path: 'input.orderId', message: `has ${MAX_PARTICIPANTS} participants already` },
          ]);
        // The same name and organisation twice is a retry.
        await store.insertParticipant(tx, {
          orderId: order.id,
          name: input.name.trim(),
          organisation: input.organisation.trim(),
          role: input.role?.trim() || null,
        });
        return order.id;
      }),

    removeParticipant: (viewer: Viewer, orderId: string, participantId: string): Promise<string> =>
      db.transaction(async (tx) => {
        const order = await lockedOrder(tx, viewer, orderId, 'plan');
        await requireHandlerOrOfficer(tx, viewer, order, 'removes participants');
        await store.deleteParticipant(tx, order.id, participantId); // gone already: a retry
        return order.id;
      }),

    /** The cluster records what it agreed; recording again replaces it. */
    recordOutcome: (viewer: Viewer, input: RecordPackageOutcomeInput): Promise<string> =>
      db.transaction(async (tx) => {
        const order = await lockedOrder(tx, viewer, input.orderId, 'hold');
        requireRegisterEditor(viewer, order.clusterId, await registerStore.officersOf(tx, order.clusterId), 'records the outcome');
        const problems = new InputProblems();
        problems.date('heldOn', input.heldOn, { from: order.orderedAt.toISOString().slice(0, 10), to: today() });
        if (input.focusAreas.length < 1 || input.focusAreas.length > 10) problems.add('focusAreas', 'must hold 1 to 10 focus areas');
        input.focusAreas.forEach((area, i) => problems.text(`focusAreas[${i}]`, area, { max: 300 }));
        const steps = input.practiceSteps ?? [];
        const ownPractices = new Set((await store.practicesOf(tx, order.clusterId)).map((p) => p.providerNumber));
        const seen = new Set<string>();
        steps.forEach((step, i) => {
          if (!ownPractices.has(step.providerNumber))
            problems.add(`practiceSteps[${i}].providerNumber`, "is not one of the cluster's practices");
          else if (seen.has(step.providerNumber)) problems.add(`practiceSteps[${i}].providerNumber`, 'is given twice');
          seen.add(step.providerNumber);
          problems.text(`practiceSteps[${i}].steps`, step.steps, { max: 2000 });
        });
        problems.throwIfAny('The outcome is not valid');
        await store.updateOrder(tx, order.id, { status: 'HELD', heldOn: input.heldOn, focusAreas: input.focusAreas.map((a) => a.trim()) });
        await store.replaceSteps(
          tx,
          order.id,
          steps.map((s) => ({ providerNumber: s.providerNumber, steps: s.steps.trim() })),
        );
        return order.id;
      }),

    close: (viewer: Viewer, orderId: string): Promise<string> =>
      db.transaction(async (tx) => {
        const current = await store.lockOrder(tx, orderId);
        if (current?.status === 'CLOSED' && canSeeOrder(viewer, current) && handlesOrder(viewer, current)) return current.id; // a retry
        const order = await lockedOrder(tx, viewer, orderId, 'close');
        requireOrderHandler(viewer, order);
        await store.updateOrder(tx, order.id, { status: 'CLOSED', closedAt: clock() });
        return order.id;
      }),

    /** Cancelling closes the order's round too: a questionnaire for a meeting that will not be held is not sent on. */
    cancel: (viewer: Viewer, orderId: string, reason: string): Promise<string> =>
      db.transaction(async (tx) => {
        const problems = new InputProblems();
        problems.text('reason', reason, { max: 1000 });
        problems.throwIfAny('The cancellation is not valid');
        const current = await store.lockOrder(tx, orderId);
        if (current?.status === 'CANCELLED' && canSeeOrder(viewer, current)) return current.id; // a retry
        const order = await lockedOrder(tx, viewer, orderId, 'cancel');
        await requireHandlerOrOfficer(tx, viewer, order, 'cancels the order');
        await store.updateOrder(tx, order.id, { status: 'CANCELLED', closedAt: clock(), cancellationReason: reason.trim() });
        const round = await store.roundOfOrder(tx, order.id);
        if (round && !round.closedAt) await store.updateRound(tx, round.id, { closedAt: clock() });
        return order.id;
      }),
  };
}

export type PackageOrdersWorkflow = ReturnType<typeof createPackageOrdersWorkflow>;
