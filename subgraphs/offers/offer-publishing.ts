import type { Transaction } from '../../platform/database.js';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { invalidTransition, visibleOrNotFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { InputProblems } from '../../platform/validation.js';
import { describeViewer, type Viewer } from '../../platform/viewer.js';
import { requireUnitStaff } from './access.js';
import { offerWrites as store, type RegionalOfferRow } from './store.js';
import type { OfferSnapshot } from './tables.js';

type Db = PostgresJsDatabase;
type Tx = Transaction;

export interface OfferFields {
  kind?: RegionalOfferRow['kind'];
  title?: string | null;
  description?: string | null;
  audience?: RegionalOfferRow['audience'] | null;
  namedClusterIds?: string[] | null;
  validFrom?: string | null;
  validUntil?: string | null;
  capacity?: number | null;
  contactEmail?: string | null;
}

const MAX_NAMED_CLUSTERS = 50;

/** Checks an offer as it would be after the change, reporting every problem at once. */
function validate(offer: Required<Omit<OfferFields, 'kind'>>, idempotencyKey: string | null = null): void {
  const problems = new InputProblems();
  if (idempotencyKey !== null) problems.text('idempotencyKey', idempotencyKey, { max: 200 });
  problems.text('title', offer.title, { max: 200 });
  problems.text('description', offer.description, { max: 4000 });
  problems.date('validFrom', offer.validFrom);
  problems.date('validUntil', offer.validUntil);
  if (offer.validUntil && offer.validFrom && offer.validUntil < offer.validFrom) problems.add('validUntil', 'must not be before validFrom');
  if (offer.capacity !== null && (!Number.isInteger(offer.capacity) || offer.capacity < 1 || offer.capacity > 1000)) {
    problems.add('capacity', 'must be a whole number from 1 to 1000, or left out');
  }
  const named = offer.namedClusterIds ?? [];
  if (offer.audience === 'NAMED_CLUSTERS') {
    if (named.length < 1 || named.length > MAX_NAMED_CLUSTERS)
      problems.add('namedClusterIds', `must name 1 to ${MAX_NAMED_CLUSTERS} clusters`);
    if (named.some((id) => !isUuid(id))) problems.add('namedClusterIds', 'must hold cluster ids');
    if (new Set(named).size !== named.length) problems.add('namedClusterIds', 'must not repeat a cluster');
  } else if (named.length > 0) {
    problems.add('namedClusterIds', 'is only for the audience NAMED_CLUSTERS');
  }
  problems.throwIfAny('The offer is not valid');
}

/** Staff of a regional quality unit write their own region's offers. */
export function createOfferPublishingWorkflow(db: Db) {
  async function lockOwnOffer(tx: Tx, viewer: Viewer, offerId: string): Promise<RegionalOfferRow> {
    const staff = requireUnitStaff(viewer);
    return visibleOrNotFound(
      await store.lockOffer(tx, offerId),
      `Offer ${offerId} does not exist in your region`,
      (offer) => offer.regionCode === staff.regionCode,
    );
  }

  return {
    async create(
      viewer: Viewer,
      input: OfferFields & { kind: RegionalOfferRow['kind']; idempotencyKey?: string | null },
    ): Promise<RegionalOfferRow> {
      const staff = requireUnitStaff(viewer);
      const fields = {
        title: input.title?.trim() ?? '',
        description: input.description?.trim() ?? '',
        audience: input.audience ?? 'ALL_CLUSTERS_IN_REGION',
        namedClusterIds: input.namedClusterIds ?? [],
        validFrom: input.validFrom ?? '',
        validUntil: input.validUntil ?? null,
        capacity: input.capacity ?? null,
        contactEmail: input.contactEmail ?? '',
      };
      const key = input.idempotencyKey ?? null;
      validate(fields, key);
      return db.transaction(async (tx) => {
        const made = key === null ? undefined : await store.offerByKey(tx, staff.regionCode, key);
        if (made) return made;
        const { namedClusterIds, ...columns } = fields;
        const created = await store.insertOffer(tx, {
          ...columns,
          kind: input.kind,
          regionCode: staff.regionCode,
          status: 'DRAFT',
          updatedBy: describeViewer(staff),
          idempotencyKey: key,
        });
        // Nothing inserted: a concurrent create with the same key got there first.
        if (!created) return (await store.offerByKey(tx, staff.regionCode, key!))!;
        await store.setNamedClusters(tx, created.id, namedClusterIds);
        return created;
      });
    },

    update: (viewer: Viewer, offerId: string, changes: OfferFields) =>
      db.transaction(async (tx) => {
        const offer = await lockOwnOffer(tx, viewer, offerId);
        if (offer.status === 'ARCHIVED') throw invalidTransition('An archived offer cannot be edited', { status: offer.status });
        const before: OfferSnapshot = { ...pick(offer), namedClusterIds: await store.namedClusterIds(tx, offer.id) };
        const defined = Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined && value !== null));
        const after = {
          ...before,
          ...defined,
          title: String(defined.title ?? before.title).trim(),
          description: String(defined.description ?? before.description).trim(),
        } as OfferSnapshot;
        // An explicit null clears the last day or the capacity.
        if (changes.validUntil === null) after.validUntil = null;
        if (changes.capacity === null) after.capacity = null;
        if (changes.audience === 'ALL_CLUSTERS_IN_REGION' && changes.namedClusterIds == null) after.namedClusterIds = [];
        validate(after);
        const actor = describeViewer(viewer);
        // A published offer's earlier wording stays readable: clusters may have asked for it.
        if (offer.status === 'PUBLISHED') await store.keepVersion(tx, offer.id, offer.version, before, actor);
        const { namedClusterIds, ...columns } = after;
        const updated = await store.updateOffer(
          tx,
          offer.id,
          { ...columns, audience: columns.audience as RegionalOfferRow['audience'], updatedBy: actor },
          { nextVersion: true },
        );
        await store.setNamedClusters(tx, offer.id, namedClusterIds);
        return updated;
      }),

    publish: (viewer: Viewer, offerId: string) =>
      db.transaction(async (tx) => {
        const offer = await lockOwnOffer(tx, viewer, offerId);
        if (offer.status === 'PUBLISHED') return offer;
        if (offer.status === 'ARCHIVED') throw invalidTransition('An archived offer cannot be published again', { status: offer.status });
        return store.updateOffer(tx, offer.id, { status: 'PUBLISHED', publishedAt: new Date() });
      }),

    archive: (viewer: Viewer, offerId: string) =>
      db.transaction(async (tx) => {
        const offer = await lockOwnOffer(tx, viewer, offerId);
        if (offer.status === 'ARCHIVED') return offer;
        return store.updateOffer(tx, offer.id, { status: 'ARCHIVED', archivedAt: new Date() });
      }),
  };
}

function pick(offer: RegionalOfferRow): Omit<OfferSnapshot, 'namedClusterIds'> {
  const { title, description, audience, validFrom, validUntil, capacity, contactEmail } = offer;
  return { title, description, audience, validFrom, validUntil, capacity, contactEmail };
}

export type OfferPublishingWorkflow = ReturnType<typeof createOfferPublishingWorkflow>;
