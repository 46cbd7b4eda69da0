import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { capacityReached, invalidTransition, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { InputProblems } from '../../platform/validation.js';
import { describeViewer, type Viewer } from '../../platform/viewer.js';
import { requireClusterOfficer, requireUnitStaff } from './access.js';
import type { OfferRequestRow } from './store.js';
import { offerAudienceClusters, offerRequests, regionalOffers } from './tables.js';

/**
 * Clusters request offers and units answer. The offer row is locked while a request is
 * counted against its capacity, so two requests for the last place cannot both get it.
 */
export function createOfferRequests(db: PostgresJsDatabase) {
  return {
    request: (viewer: Viewer, offerId: string, message: string, packageOrderId?: string | null): Promise<OfferRequestRow> =>
      db.transaction(async (tx) => {
        const cluster = requireClusterOfficer(viewer);
        const problems = new InputProblems();
        problems.text('message', message, { max: 2000 });
        if (packageOrderId != null && !isUuid(packageOrderId)) problems.add('packageOrderId', 'is not an order id');
        problems.throwIfAny('The request is not valid');
        const [offer] = isUuid(offerId)
          ? await tx
              .select({
                id: regionalOffers.id,
                regionCode: regionalOffers.regionCode,
                status: regionalOffers.status,
                audience: regionalOffers.audience,
                capacity: regionalOffers.capacity,
                current: sql<boolean>`${regionalOffers.validFrom} <= current_date and (${regionalOffers.validUntil} is null or ${regionalOffers.validUntil} >= current_date)`,
              })
              .from(regionalOffers)
              .where(eq(regionalOffers.id, offerId))
              .for('update')
          : [];
        if (!offer || offer.status !== 'PUBLISHED') throw notFound(`Offer ${offerId} is not published`);
        // The token states the cluster's region (claims.ts); an offer is only ever for its own region's clusters.
        if (offer.regionCode !== cluster.regionCode) throw notFound(`Offer ${offerId} is not for your cluster`);
        if (!offer.current) throw invalidTransition('The offer cannot be used today', { status: offer.status });
        if (offer.audience === 'NAMED_CLUSTERS') {
          const named = await tx
            .select()
            .from(offerAudienceClusters)
            .where(and(eq(offerAudienceClusters.offerId, offer.id), eq(offerAudienceClusters.clusterId, cluster.clusterId)));
          if (named.length === 0) throw notFound(`Offer ${offerId} is not for your cluster`);
        }
        const open = await tx
          .select()
          .from(offerRequests)
          .where(
            and(
              eq(offerRequests.offerId, offer.id),
              eq(offerRequests.clusterId, cluster.clusterId),
              ne(offerRequests.status, 'DECLINED'),
              packageOrderId == null ? isNull(offerRequests.packageOrderId) : eq(offerRequests.packageOrderId, packageOrderId),
            ),
          );
        // Asking again while a request stands is the same request; for another meeting it is another.
        if (open[0]) return open[0];
        if (offer.capacity !== null) {
          const [{ taken } = { taken: 0 }] = await tx
            .select({ taken: sql<number>`count(*)::int` })
            .from(offerRequests)
            .where(and(eq(offerRequests.offerId, offer.id), ne(offerRequests.status, 'DECLINED')));
          if (taken >= offer.capacity) throw capacityReached(`All ${offer.capacity} places of the offer are taken`);
        }
        const [created] = await tx
          .insert(offerRequests)
          .values({
            offerId: offer.id,
            clusterId: cluster.clusterId,
            packageOrderId: packageOrderId ?? null,
            message: message.trim(),
            requestedBy: describeViewer(cluster),
          })
          .returning();
        return created!;
      }),

    answer: (viewer: Viewer, requestId: string, accept: boolean, reply: string): Promise<OfferRequestRow> =>
      db.transaction(async (tx) => {
        const staff = requireUnitStaff(viewer);
        const problems = new InputProblems();
        problems.text('reply', reply, { max: 2000 });
        problems.throwIfAny('The answer is not valid');
        const [request] = isUuid(requestId)
          ? await tx.select().from(offerRequests).where(eq(offerRequests.id, requestId)).for('update')
          : [];
        const [offer] = request
          ? await tx.select({ regionCode: regionalOffers.regionCode }).from(regionalOffers).where(eq(regionalOffers.id, request.offerId))
          : [];
        const found = request && offer ? { request, regionCode: offer.regionCode } : undefined;
        if (!found || found.regionCode !== staff.regionCode) throw notFound(`Request ${requestId} does not exist in your region`);
        const to = accept ? 'ACCEPTED' : 'DECLINED';
        if (found.request.status === to) return found.request;
        if (found.request.status !== 'REQUESTED')
          throw invalidTransition(`The request was already ${found.request.status.toLowerCase()}`, { status: found.request.status });
        const [answered] = await tx
          .update(offerRequests)
          .set({ status: to, reply: reply.trim(), answeredBy: describeViewer(staff), answeredAt: new Date() })
          .where(eq(offerRequests.id, requestId))
          .returning();
        return answered!;
      }),
  };
}
