import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { nextStatus as nextBookingStatus, type BookingAction, type BookingStatus } from '../../subgraphs/municipalities/booking-states.js';
import { nextStatus as nextInquiryStatus, type InquiryStatus, type TriageStep } from '../../subgraphs/inquiries/inquiry-states.js';
import { canTake, type OrderStatus, type OrderStep } from '../../subgraphs/clusters/package-order-rules.js';

/** The outcome of one step: the next status, or the error code it is refused with. */
function outcome<S, A>(next: (status: S, step: A) => S, status: S, step: A): S | string {
  try {
    return next(status, step);
  } catch (error) {
    return error instanceof GraphQLError ? String(error.extensions.code) : 'THROWN';
  }
}

describe('a package booking', () => {
  const statuses: BookingStatus[] = ['REQUESTED', 'CONFIRMED', 'DECLINED', 'CANCELLED', 'HELD'];
  const actions: BookingAction[] = ['accept', 'decline', 'cancel', 'markHeld'];
  // Every pair of the whole table, so a step added or dropped by mistake fails here.
  const expected: Record<BookingStatus, Record<BookingAction, BookingStatus | 'INVALID_TRANSITION'>> = {
    REQUESTED: { accept: 'CONFIRMED', decline: 'DECLINED', cancel: 'CANCELLED', markHeld: 'INVALID_TRANSITION' },
    CONFIRMED: { accept: 'INVALID_TRANSITION', decline: 'INVALID_TRANSITION', cancel: 'CANCELLED', markHeld: 'HELD' },
    DECLINED: { accept: 'INVALID_TRANSITION', decline: 'INVALID_TRANSITION', cancel: 'INVALID_TRANSITION', markHeld: 'INVALID_TRANSITION' },
    CANCELLED: {
      accept: 'INVALID_TRANSITION',
      decline: 'INVALID_TRANSITION',
      cancel: 'INVALID_TRANSITION',
      markHeld: 'INVALID_TRANSITION',
    },
    HELD: { accept: 'INVALID_TRANSITION', decline: 'INVALID_TRANSITION', cancel: 'INVALID_TRANSITION', markHeld: 'INVALID_TRANSITION' },
  };
  it.each(statuses.flatMap((status) => actions.map((action) => [status, action] as const)))('%s, then %s', (status, action) => {
    expect(outcome(nextBookingStatus, status, action)).toBe(expected[status][action]);
  });

  it('says what was refused and from where', () => {
    expect(() => nextBookingStatus('HELD', 'cancel')).toThrow('A held booking cannot be cancelled');
  });
});

describe('the triage of an inquiry', () => {
  const statuses: InquiryStatus[] = ['RECEIVED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECIDED'];
  const steps: TriageStep[] = ['startReview', 'requestInformation', 'provideInformation', 'decide'];
  const expected: Record<InquiryStatus, Partial<Record<TriageStep, InquiryStatus>>> = {
    RECEIVED: { startReview: 'IN_REVIEW' },
    IN_REVIEW: { requestInformation: 'AWAITING_INFORMATION', decide: 'DECIDED' },
    AWAITING_INFORMATION: { startReview: 'IN_REVIEW', provideInformation: 'IN_REVIEW' },
    DECIDED: {},
  };
  it.each(statuses.flatMap((status) => steps.map((step) => [status, step] as const)))('%s, then %s', (status, step) => {
    expect(outcome(nextInquiryStatus, status, step)).toBe(expected[status][step] ?? 'INVALID_TRANSITION');
  });
});

describe('a package order', () => {
  const statuses: OrderStatus[] = ['ORDERED', 'PREPARING', 'HELD', 'CLOSED', 'CANCELLED'];
  const allowed: Record<OrderStep, OrderStatus[]> = {
    take: ['ORDERED', 'PREPARING'],
    plan: ['ORDERED', 'PREPARING'],
    hold: ['ORDERED', 'PREPARING', 'HELD'],
    close: ['HELD'],
    cancel: ['ORDERED', 'PREPARING'],
  };
  it.each(Object.entries(allowed) as [OrderStep, OrderStatus[]][])('%s is allowed from %j and from nothing else', (step, from) => {
    expect(statuses.filter((status) => canTake(step, status))).toEqual(from);
  });
  it('a closed or cancelled order takes no step at all', () => {
    for (const step of Object.keys(allowed) as OrderStep[]) {
      expect(canTake(step, 'CLOSED')).toBe(false);
      expect(canTake(step, 'CANCELLED')).toBe(false);
    }
  });
});
