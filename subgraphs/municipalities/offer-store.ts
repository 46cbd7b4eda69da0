import { and, eq } from 'drizzle-orm';
import { lockById, type Transaction as Tx } from '../../platform/database.js';
import type { MunicipalOfferRow } from './store.js';
import { municipalOffers } from './tables.js';

export type NewMunicipalOffer = typeof municipalOffers.$inferInsert;

/** SQL of the municipal-offer workflow, each in the caller's transaction. */
export const municipalOfferWrites = {
  lockOffer: (tx: Tx, id: string) => lockById(tx, municipalOffers, id),
  /** The new offer, or undefined when the municipality already made one under this idempotency key. */
  insertOffer: async (tx: Tx, offer: NewMunicipalOffer): Promise<MunicipalOfferRow | undefined> =>
    (
      await tx
        .insert(municipalOffers)
        .values(offer)
        .onConflictDoNothing({ target: [municipalOffers.municipalityCode, municipalOffers.idempotencyKey] })
        .returning()
    )[0],
  /** The offer a municipality made under an idempotency key, if any: a retried create finds it. */
  offerByKey: async (tx: Tx, municipalityCode: string, idempotencyKey: string): Promise<MunicipalOfferRow | undefined> =>
    (
      await tx
        .select()
        .from(municipalOffers)
        .where(and(eq(municipalOffers.municipalityCode, municipalityCode), eq(municipalOffers.idempotencyKey, idempotencyKey)))
    )[0],
  updateOffer: async (tx: Tx, id: string, set: Partial<NewMunicipalOffer>): Promise<MunicipalOfferRow> =>
    (await tx.update(municipalOffers).set(set).where(eq(municipalOffers.id, id)).returning())[0]!,
};
