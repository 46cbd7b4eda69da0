import { BOUNDS, hasControlCharacters, visibleLength } from './domain-bounds.js';
import { badUserInput, type InputProblem } from './errors.js';

/**
 * Collects every problem with an input before refusing it, so a client learns all of
 * them at once (as `extensions.problems` of one BAD_USER_INPUT error).
 */
export class InputProblems {
  readonly list: InputProblem[] = [];

  /** `root` is the argument the fields belong to: a mutation's one `input`. */
  constructor(private readonly root = 'input') {}

  /** `field` within the root, e.g. "presenter.name" or "proposedSlots[1].startsAt". */
  add(field: string, reason: string): void {
    this.list.push({ path: this.root ? `${this.root}.${field}` : field, message: reason });
  }

  /**
   * Text a person typed: at least `min` characters that show (white space, zero-width and
   * direction marks do not count), at most `max` in all, no control characters.
   */
  text(field: string, value: string | null | undefined, { min = 1, max }: { min?: number; max: number }): void {
    const visible = value ? visibleLength(value) : 0;
    if (visible < min) this.add(field, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
    else if ((value?.trim().length ?? 0) > max) this.add(field, `must be at most ${max} characters`);
    else if (value && hasControlCharacters(value)) this.add(field, 'must not hold control characters');
  }

  /** A calendar date (YYYY-MM-DD) within the hub's range, or within `from`–`to`. */
  date(
    field: string,
    value: string | null | undefined,
    { from = BOUNDS.earliestDate as string, to = BOUNDS.latestDate as string } = {},
  ): void {
    if (value == null) return;
    if (value < from || value > to) this.add(field, `must be between ${from} and ${to}`);
  }

  /** A meeting slot: ends after it starts, lasts at most a working day, and lies within the planning horizon. */
  slot(field: string, slot: { startsAt: Date; endsAt: Date }, now: Date): void {
    const hours = (slot.endsAt.getTime() - slot.startsAt.getTime()) / 3_600_000;
    if (hours <= 0) this.add(`${field}.endsAt`, 'must be after its start');
    else if (hours > BOUNDS.maxSlotHours) this.add(`${field}.endsAt`, `must be at most ${BOUNDS.maxSlotHours} hours after its start`);
    const horizon = new Date(now);
    horizon.setMonth(horizon.getMonth() + BOUNDS.maxMonthsAhead);
    if (slot.startsAt > horizon) this.add(`${field}.startsAt`, `must be within ${BOUNDS.maxMonthsAhead} months`);
  }

  throwIfAny(message: string): void {
    if (this.list.length > 0) throw badUserInput(`${message}: ${this.list.map((p) => `${p.path} ${p.message}`).join('; ')}`, this.list);
  }
}

/** The Postgres error code under drizzle's wrapping, e.g. 23P01 for an exclusion violation. */
export function postgresCode(error: unknown): string | undefined {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}
