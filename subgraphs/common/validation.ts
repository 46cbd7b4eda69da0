import { badUserInput } from './errors.js';

export interface Problem {
  /** Which input, e.g. "presenter.name" or "proposedSlots[1].startsAt". */
  field: string;
  reason: string;
}

/**
 * Collects every problem with an input before refusing it, so a client learns all of
 * them at once (as `extensions.problems` of one BAD_USER_INPUT error).
 */
export class InputProblems {
  readonly list: Problem[] = [];

  add(field: string, reason: string): void {
    this.list.push({ field, reason });
  }

  text(field: string, value: string | null | undefined, { min = 1, max }: { min?: number; max: number }): void {
    const length = value?.trim().length ?? 0;
    if (length < min) this.add(field, min === 1 ? 'must not be empty' : `must be at least ${min} characters`);
    else if (length > max) this.add(field, `must be at most ${max} characters`);
  }

  throwIfAny(message: string): void {
    if (this.list.length > 0)
      throw badUserInput(`${message}: ${this.list.map((p) => `${p.field} ${p.reason}`).join('; ')}`, { problems: this.list });
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
