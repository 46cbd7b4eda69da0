import { eq } from 'drizzle-orm';
import { lockById, type Transaction as Tx } from '../../platform/database.js';
import type { MunicipalOfferRow } from './store.js';
import { municipalOffers } from './tables.js';

export type NewMunicipalOffer = typeof municipalOffers.$inferInsert;

/** SQL of the municipal-offer workflow, each in the caller's transaction. */
export const municipalOfferWrites = {
  lockOffer: (tx: Tx, id: string) => lockById(tx, municipalOffers, id),
  insertOffer: async (tx: Tx, offer: NewMunicipalOffer): Promise<MunicipalOfferRow> =>
    (await tx.insert(municipalOffers).values(offer).returning())[0]!,
  updateOffer: async (tx: Tx, id: string, set: Partial<NewMunicipalOffer>): Promise<MunicipalOfferRow> =>
    (await tx.update(municipalOffers).set(set).where(eq(municipalOffers.id, id)).returning())[0]!,
};
