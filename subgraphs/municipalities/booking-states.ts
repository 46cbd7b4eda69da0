import { invalidTransition } from '../../platform/errors.js';

export type BookingStatus = 'REQUESTED' | 'CONFIRMED' | 'DECLINED' | 'CANCELLED' | 'HELD';
export type BookingAction = 'accept' | 'decline' | 'cancel' | 'markHeld';

/**
 * Every allowed step of a package booking. Anything not listed is refused with
 * INVALID_TRANSITION and changes nothing. DECLINED, CANCELLED and HELD are final.
 */
export const TRANSITIONS: Record<BookingAction, { from: readonly BookingStatus[]; to: BookingStatus }> = {
  accept: { from: ['REQUESTED'], to: 'CONFIRMED' },
  decline: { from: ['REQUESTED'], to: 'DECLINED' },
  cancel: { from: ['REQUESTED', 'CONFIRMED'], to: 'CANCELLED' },
  markHeld: { from: ['CONFIRMED'], to: 'HELD' },
};

export function nextStatus(current: BookingStatus, action: BookingAction): BookingStatus {
  const step = TRANSITIONS[action];
  if (!step.from.includes(current)) {
    throw invalidTransition(`A ${current.toLowerCase()} booking cannot be ${describe(action)}`, { status: current, action });
  }
  return step.to;
}

function describe(action: BookingAction): string {
  return { accept: 'accepted', decline: 'declined', cancel: 'cancelled', markHeld: 'marked held' }[action];
}
