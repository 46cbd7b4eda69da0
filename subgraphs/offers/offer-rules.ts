import type { OfferRequestRow } from './store.js';

/** A request holds one of an offer's places unless the unit declined it. */
export function holdsPlace(request: Pick<OfferRequestRow, 'status'>): boolean {
  return request.status !== 'DECLINED';
}

/**
 * Places still free on an offer with a capacity (null: no limit). The one capacity rule:
 * `placesLeft` shows it, and a request is refused by it while the offer row is locked.
 */
export function placesLeft(capacity: number | null, requests: readonly Pick<OfferRequestRow, 'status'>[]): number | null {
  return capacity === null ? null : Math.max(0, capacity - requests.filter(holdsPlace).length);
}
