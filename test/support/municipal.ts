import type { RequestPackageMeetingInput } from '../__generated__/operations.js';

const DAY = 86_400_000;
let nextDay = 40;

/** A future weekday afternoon no other test in this file uses, so meetings never overlap by accident. */
export function freshDay(): Date {
  const day = new Date(Date.now() + nextDay++ * DAY);
  day.setUTCHours(15, 0, 0, 0);
  return day;
}

/** A valid meeting request; tests override what they examine. */
export function meetingRequest(clusterId: string, overrides: Partial<RequestPackageMeetingInput> = {}): RequestPackageMeetingInput {
  const first = freshDay();
  const second = freshDay();
  return {
    idempotencyKey: `request-${first.toISOString()}-${Math.random()}`,
    clusterId,
    package: 'PREVENTION_AND_REHABILITATION',
    proposedSlots: [{ startsAt: first.toISOString() }, { startsAt: second.toISOString() }],
    presenter: { name: 'Mette Holm', jobTitle: 'Leder af Sundhed og Omsorg' },
    talks: [{ title: 'Vores forebyggelsestilbud', minutes: 20 }],
    preMeeting: { startsAt: new Date(first.getTime() - 7 * DAY).toISOString() },
    ...overrides,
  };
}
