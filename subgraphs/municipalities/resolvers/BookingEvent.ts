import type { BookingEventResolvers } from '../__generated__/resolvers-types.js';
import { publicActor } from '../../../platform/viewer.js';

export const BookingEvent: BookingEventResolvers = {
  actor: ({ actor }) => publicActor(actor),
  from: ({ fromStatus }) => fromStatus,
  to: ({ toStatus }) => toStatus,
};
