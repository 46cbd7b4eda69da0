import { eq } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { InputProblems } from '../../platform/validation.js';
import type { Viewer } from '../../platform/viewer.js';
import { requireMunicipality } from './access.js';
import { municipalOffers } from './tables.js';

export type MunicipalOfferRow = typeof municipalOffers.$inferSelect;

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
  async function ownOffer(viewer: Viewer, offerId: string): Promise<MunicipalOfferRow> {
    const municipality = requireMunicipality(viewer);
    const [offer] = isUuid(offerId) ? await db.select().from(municipalOffers).where(eq(municipalOffers.id, offerId)) : [];
    if (!offer) throw notFound(`Offer ${offerId} does not exist`);
    requireMunicipality(municipality, offer.municipalityCode);
    return offer;
  }

  return {
    async create(viewer: Viewer, input: OfferFields & { kind: MunicipalOfferRow['kind'] }): Promise<MunicipalOfferRow> {
      const municipality = requireMunicipality(viewer);
      const problems = new InputProblems();
      checkTexts(input, problems, true);
      problems.throwIfAny('The offer is not valid');
      const [created] = await db
        .insert(municipalOffers)
        .values({
          municipalityCode: municipality.municipalityCode,
          kind: input.kind,
          name: input.name!.trim(),
          description: input.description!.trim(),
          targetGroup: input.targetGroup!.trim(),
          referralProcedure: input.referralProcedure!.trim(),
          contactEmail: input.contactEmail!,
          contactPhone: input.contactPhone ?? null,
        })
        .returning();
      return created!;
    },

    async update(viewer: Viewer, offerId: string, fields: OfferFields): Promise<MunicipalOfferRow> {
      const offer = await ownOffer(viewer, offerId);
      const problems = new InputProblems();
      checkTexts(fields, problems, false);
      problems.throwIfAny('The offer is not valid');
      const changes = Object.fromEntries(
        Object.entries(fields)
          .filter(([, value]) => value != null)
          .map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]),
      );
      const [updated] = await db
        .update(municipalOffers)
        .set({ ...changes, updatedAt: new Date() })
        .where(eq(municipalOffers.id, offer.id))
        .returning();
      return updated!;
    },

    async retire(viewer: Viewer, offerId: string): Promise<MunicipalOfferRow> {
      const offer = await ownOffer(viewer, offerId);
      if (offer.retiredAt) return offer; // retiring twice is the same as once
      const [retired] = await db.update(municipalOffers).set({ retiredAt: new Date() }).where(eq(municipalOffers.id, offer.id)).returning();
      return retired!;
    },
  };
}
