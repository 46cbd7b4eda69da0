/**
 * The rules of a package order that need no database: which step may follow which, and
 * when the follow-up is due (KiAP recommends 6–12 months after the meeting, seed 000).
 */
export type OrderStatus = 'ORDERED' | 'PREPARING' | 'HELD' | 'CLOSED' | 'CANCELLED';
export type OrderStep = 'take' | 'hold' | 'close' | 'cancel' | 'plan';

const ALLOWED: Record<OrderStep, OrderStatus[]> = {
  /** The handler assigns a consultant, records the call, sets the questionnaire's window. */
  take: ['ORDERED', 'PREPARING'],
  /** Participants are added or removed until the meeting has been held. */
  plan: ['ORDERED', 'PREPARING'],
  /** Recording the outcome again corrects it. */
  hold: ['ORDERED', 'PREPARING', 'HELD'],
  close: ['HELD'],
  cancel: ['ORDERED', 'PREPARING'],
};

export function canTake(step: OrderStep, status: OrderStatus): boolean {
  return ALLOWED[step].includes(status);
}

export const FOLLOW_UP_MONTHS = { from: 6, by: 12 } as const;

/** A calendar date (YYYY-MM-DD) plus whole months; the 31st becomes the month's last day. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

export type FollowUpState = 'NOT_YET_DUE' | 'DUE' | 'OVERDUE' | 'ORDERED';

export function followUpWindow(
  heldOn: string,
  today: string,
  followUpOrdered: boolean,
): { dueFrom: string; dueBy: string; state: FollowUpState } {
  const dueFrom = addMonths(heldOn, FOLLOW_UP_MONTHS.from);
  const dueBy = addMonths(heldOn, FOLLOW_UP_MONTHS.by);
  const state: FollowUpState = followUpOrdered ? 'ORDERED' : today < dueFrom ? 'NOT_YET_DUE' : today <= dueBy ? 'DUE' : 'OVERDUE';
  return { dueFrom, dueBy, state };
}

export type RoundStatus = 'SCHEDULED' | 'OPEN' | 'CLOSED';

/** A round is open from its first to its last day (Danish calendar), unless closed early. */
export function roundStatus(round: { opensOn: string; closesOn: string; closedAt: Date | null }, today: string): RoundStatus {
  if (round.closedAt || today > round.closesOn) return 'CLOSED';
  return today < round.opensOn ? 'SCHEDULED' : 'OPEN';
}

/** Today's date in Denmark, where the clusters work: a round closing "on the 14th" closes at Danish midnight. */
export function danishToday(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}
