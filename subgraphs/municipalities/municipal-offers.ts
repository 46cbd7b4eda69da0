import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { Transaction as Tx } from '../../platform/database.js';
import { visibleOrNotFound } from '../../platform/errors.js';
import { InputProblems } from '../../platform/validation.js';
import type { Viewer } from '../../platform/viewer.js';
import { requireMunicipality } from './access.js';
import { municipalOfferWrites as store } from './offer-store.js';
import type { MunicipalOfferRow } from './store.js';

export interface OfferFields {
  name?: string | null;
  description?: string | null;
  targetGroup?: string | null;
  referralProcedure?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
}

const LIMITS = { name: 200, description: 4000, targetGroup: 1000, referralProcedure: 2000 } as const;

function checkTexts(fields: OfferFields, problems: InputProblems, required: boolean): void {
  for (const [field, max] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    if (required || fields[field] != null) problems.text(field, fields[field], { max });
  }
}

/** A municipality's own representatives create, edit and retire its offers. */
export function createMunicipalOfferWorkflow(db: PostgresJsDatabase) {
  async function lockOwnOffer(tx: Tx, viewer: Viewer, offerId: string): Promise<MunicipalOfferRow> {
    const municipality = requireMunicipality(viewer);
    const offer = visibleOrNotFound(await store.lockOffer(tx, offerId), `Offer ${offerId} does not exist`);
    requireMunicipality(municipality, offer.municipalityCode);
    return offer;
  }

  return {
    async create(
      viewer: Viewer,
      input: OfferFields & { kind: MunicipalOfferRow['kind']; idempotencyKey?: string | null },
    ): Promise<MunicipalOfferRow> {
      const { municipalityCode } = requireMunicipality(viewer);
      const problems = new InputProblems();
      checkTexts(input, problems, true);
      const key = input.idempotencyKey ?? null;
      if (key !== null) problems.text('idempotencyKey', key, { max: 200 });
      problems.throwIfAny('The offer is not valid');
      return db.transaction(async (tx) => {
        const made = key === null ? undefined : await store.offerByKey(tx, municipalityCode, key);
        if (made) return made;
        const created = await store.insertOffer(tx, {
          municipalityCode,
          kind: input.kind,
          name: input.name!.trim(),
          description: input.description!.trim(),
          targetGroup: input.targetGroup!.trim(),
          referralProcedure: input.referralProcedure!.trim(),
          contactEmail: input.contactEmail!,
          contactPhone: input.contactPhone ?? null,
          idempotencyKey: key,
        });
        // Nothing inserted: a concurrent create with the same key got there first.
        return created ?? (await store.offerByKey(tx, municipalityCode, key!))!;
      });
    },

    update: (viewer: Viewer, offerId: string, fields: OfferFields): Promise<MunicipalOfferRow> =>
      db.transaction(async (tx) => {
        const offer = await lockOwnOffer(tx, viewer, offerId);
        const problems = new InputProblems();
        checkTexts(fields, problems, false);
        problems.throwIfAny('The offer is not valid');
        const changes = Object.fromEntries(
          Object.entries(fields)
            .filter(([, value]) => value != null)
            .map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]),
        );
        return store.updateOffer(tx, offer.id, { ...changes, updatedAt: new Date() });
      }),

    retire: (viewer: Viewer, offerId: string): Promise<MunicipalOfferRow> =>
      db.transaction(async (tx) => {
        const offer = await lockOwnOffer(tx, viewer, offerId);
        if (offer.retiredAt) return offer; // retiring twice is the same as once
        return store.updateOffer(tx, offer.id, { retiredAt: new Date() });
      }),
  };
}

export type MunicipalOfferWorkflow = ReturnType<typeof createMunicipalOfferWorkflow>;
