import type { BookingEventResolvers } from '../__generated__/resolvers-types.js';

export const BookingEvent: BookingEventResolvers = {
  from: ({ fromStatus }) => fromStatus,
  to: ({ toStatus }) => toStatus,
};
