import type { MutationResolvers } from '../__generated__/resolvers-types.js';

/** Thin: each mutation hands its input to the workflow that owns the rules. */
export const Mutation: MutationResolvers = {
  createMunicipalOffer: async (_, { input }, { viewer, offers }) => ({ offer: await offers.create(viewer, input) }),
  updateMunicipalOffer: async (_, { input: { offerId, ...fields } }, { viewer, offers }) => ({
    offer: await offers.update(viewer, offerId, fields),
  }),
  retireMunicipalOffer: async (_, { input }, { viewer, offers }) => ({ offer: await offers.retire(viewer, input.offerId) }),

  requestPackageMeeting: async (_, { input }, { viewer, bookings }) => ({ booking: await bookings.request(viewer, input) }),
  acceptPackageMeeting: async (_, { input }, { viewer, bookings }) => ({
    booking: await bookings.accept(viewer, input.bookingId, input.slotStartsAt, input.orderId),
  }),
  declinePackageMeeting: async (_, { input }, { viewer, bookings }) => ({
    booking: await bookings.decline(viewer, input.bookingId, input.reason),
  }),
  cancelPackageMeeting: async (_, { input }, { viewer, bookings }) => ({
    booking: await bookings.cancel(viewer, input.bookingId, input.reason),
  }),
  markPackageMeetingHeld: async (_, { input }, { viewer, bookings }) => ({ booking: await bookings.markHeld(viewer, input.bookingId) }),

  submitReferralCounts: (_, { input }, { viewer, referrals }) => referrals.submit(viewer, input.counts),
};
