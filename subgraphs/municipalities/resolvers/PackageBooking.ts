import type { PackageBookingResolvers } from '../__generated__/resolvers-types.js';
import { badUserInput, mustExist } from '../../../platform/errors.js';
import { canSeeClusterWork } from '../access.js';
import { compareReferrals, hasReferralComparison } from '../referral-comparison.js';

export const PackageBooking: PackageBookingResolvers = {
  __resolveReference: async ({ id }, { viewer, store }) => {
    const booking = await store.bookingById.load(id);
    return booking && canSeeClusterWork(viewer, booking) ? booking : null;
  },
  municipality: ({ municipalityCode }, _, { store }) =>
    mustExist(store.municipalityByCode.load(municipalityCode), `Municipality ${municipalityCode}`),
  cluster: ({ clusterId }) => ({ id: clusterId }),
  proposedSlots: ({ id }, _, { store }) => store.slotsByBooking.load(id),
  confirmedSlot: ({ confirmedStartsAt, confirmedEndsAt }) =>
    confirmedStartsAt && confirmedEndsAt ? { startsAt: confirmedStartsAt, endsAt: confirmedEndsAt } : null,
  presenter: ({ presenterName, presenterJobTitle }) => ({ name: presenterName, jobTitle: presenterJobTitle }),
  preMeeting: ({ preMeetingStartsAt, preMeetingEndsAt }) => ({ startsAt: preMeetingStartsAt, endsAt: preMeetingEndsAt }),
  cancellation: ({ cancelledBy, cancelReason }) => (cancelledBy && cancelReason ? { by: cancelledBy, reason: cancelReason } : null),
  followUpOf: ({ followUpOf }, _, { store }) => (followUpOf ? store.bookingById.load(followUpOf) : null),
  followUps: ({ id }, _, { store }) => store.followUpsByBooking.load(id),
  order: ({ orderId }) => (orderId ? { id: orderId } : null),
  history: ({ id }, _, { store }) => store.eventsByBooking.load(id),
  referralComparison: async (booking, { months }, { store }) => {
    const window = months ?? 6;
    if (!Number.isInteger(window) || window < 1 || window > 12)
      throw badUserInput('months must be 1 to 12', [{ path: 'months', message: 'must be 1 to 12' }]);
    if (!hasReferralComparison(booking)) return null;
    const [offers, counts, followUps] = await Promise.all([
      store.offersByMunicipality.load(booking.municipalityCode),
      store.referralCountsByCluster.load(booking.clusterId),
      store.followUpsByBooking.load(booking.id),
    ]);
    const windows = compareReferrals({ booking, followUp: followUps.find((f) => f.status === 'HELD'), months: window, offers, counts });
    return { months: window, windows };
  },
};
