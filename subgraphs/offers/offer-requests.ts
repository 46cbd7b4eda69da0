import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { capacityReached, invalidTransition, notFound, visibleOrNotFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { InputProblems } from '../../platform/validation.js';
import { describeViewer, type Viewer } from '../../platform/viewer.js';
import { requireClusterOfficer, requireUnitStaff } from './access.js';
import { holdsPlace, placesLeft } from './offer-rules.js';
import { offerWrites as store, type OfferRequestRow } from './store.js';

/**
 * Clusters request offers and units answer. The offer row is locked while a request is
 * counted against its capacity, so two requests for the last place cannot both get it.
 */
export function createOfferRequestsWorkflow(db: PostgresJsDatabase) {
  return {
    request: (viewer: Viewer, offerId: string, message: string, packageOrderId?: string | null): Promise<OfferRequestRow> =>
      db.transaction(async (tx) => {
        const cluster = requireClusterOfficer(viewer, 'request an offer');
        const problems = new InputProblems();
        problems.text('message', message, { max: 2000 });
        if (packageOrderId != null && !isUuid(packageOrderId)) problems.add('packageOrderId', 'is not an order id');
        problems.throwIfAny('The request is not valid');
        const offer = await store.lockOfferForRequest(tx, offerId);
        if (!offer || offer.status !== 'PUBLISHED') throw notFound(`Offer ${offerId} is not published`);
        // The token states the cluster's region (claims.ts); an offer is only ever for its own region's clusters.
        if (offer.regionCode !== cluster.regionCode) throw notFound(`Offer ${offerId} is not for your cluster`);
        if (!offer.current) throw invalidTransition('The offer cannot be used today', { status: offer.status });
        if (offer.audience === 'NAMED_CLUSTERS' && !(await store.namedClusterIds(tx, offer.id)).includes(cluster.clusterId))
          throw notFound(`Offer ${offerId} is not for your cluster`);
        const holding = (await store.requestsOf(tx, offer.id)).filter(holdsPlace);
        // Asking again while a request stands is the same request; for another meeting it is another.
        const standing = holding.find((r) => r.clusterId === cluster.clusterId && r.packageOrderId === (packageOrderId ?? null));
        if (standing) return standing;
        if (placesLeft(offer.capacity, holding) === 0) throw capacityReached(`All ${offer.capacity} places of the offer are taken`);
        return store.insertRequest(tx, {
          offerId: offer.id,
          clusterId: cluster.clusterId,
          packageOrderId: packageOrderId ?? null,
          message: message.trim(),
          requestedBy: describeViewer(cluster),
        });
      }),

    answer: (viewer: Viewer, requestId: string, accept: boolean, reply: string): Promise<OfferRequestRow> =>
      db.transaction(async (tx) => {
        const staff = requireUnitStaff(viewer);
        const problems = new InputProblems();
        problems.text('reply', reply, { max: 2000 });
        problems.throwIfAny('The answer is not valid');
        const request = visibleOrNotFound(
          await store.lockRequest(tx, requestId),
          `Request ${requestId} does not exist in your region`,
          (found) => found.regionCode === staff.regionCode,
        );
        const to = accept ? 'ACCEPTED' : 'DECLINED';
        if (request.status === to) return request;
        if (request.status !== 'REQUESTED')
          throw invalidTransition(`The request was already ${request.status.toLowerCase()}`, { status: request.status });
        return store.updateRequest(tx, request.id, {
          status: to,
          reply: reply.trim(),
          answeredBy: describeViewer(staff),
          answeredAt: new Date(),
        });
      }),
  };
}

export type OfferRequestsWorkflow = ReturnType<typeof createOfferRequestsWorkflow>;
