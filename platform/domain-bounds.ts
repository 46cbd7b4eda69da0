import { sql } from 'drizzle-orm';
import { check, type AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * The ranges the hub's data lives in, written once and enforced twice: by the workflows'
 * input validation (a clear BAD_USER_INPUT naming the field) and by Postgres CHECKs (so no
 * path, present or future, writes a title of zero-width marks, a month in year 1 or a
 * meeting ten years long).
 */
export const BOUNDS = {
  /** The 98 municipalities exist since 1 January 2007; no referral figure is older. */
  firstMonth: '2007-01',
  /** Dates the hub stores: offers' validity, inquiries' periods. */
  earliestDate: '2000-01-01',
  latestDate: '2099-12-31',
  /** A package meeting is 2.5 hours, a pre-meeting about one: no slot is longer than a working day. */
  maxSlotHours: 8,
  /** Meetings are planned at most this far ahead. */
  maxMonthsAhead: 24,
  /** Referrals from one cluster to one offer in one month. */
  maxReferrals: 100_000,
} as const;

/**
 * Characters that show nothing: white space, zero-width characters, direction marks and
 * embeddings, the byte-order mark. A title made only of these is empty to a reader.
 */
const INVISIBLE = /[\s\p{Cf}\p{Cc}]/gu;
/** The same set as a Postgres regular-expression bracket. */
const INVISIBLE_PG = '[:space:]\\u0085\\u00A0\\u180E\\u200B-\\u200F\\u2028-\\u202F\\u205F-\\u206F\\u3000\\uFEFF';
/** Control characters other than line breaks and tabs have no place in text a person typed. */
const CONTROL = /[\p{Cc}](?<![\n\r\t])/u;

export function visibleLength(value: string): number {
  return value.replace(INVISIBLE, '').length;
}

export function hasControlCharacters(value: string): boolean {
  return CONTROL.test(value);
}

/** CHECK: at most `max` characters, and (when `required`) at least one that shows. Null passes (NOT NULL is the column's). */
export function textCheck(name: string, column: AnyPgColumn, max: number, options: { required?: boolean } = {}) {
  const visible = options.required ? sql` and ${column} ~ ${sql.raw(`'[^${INVISIBLE_PG}]'`)}` : sql``;
  return check(name, sql`${column} is null or (char_length(${column}) <= ${sql.raw(String(max))}${visible})`);
}

/** CHECK: a date or time between two calendar dates. */
export function dateCheck(name: string, column: AnyPgColumn, from: string = BOUNDS.earliestDate, to: string = BOUNDS.latestDate) {
  return check(name, sql`${column} is null or (${column} >= ${sql.raw(`'${from}'`)} and ${column} <= ${sql.raw(`'${to}'`)})`);
}

/** CHECK: a time span that ends after it starts and lasts at most `hours`. */
export function spanCheck(name: string, startsAt: AnyPgColumn, endsAt: AnyPgColumn, hours: number) {
  return check(name, sql`${endsAt} > ${startsAt} and ${endsAt} - ${startsAt} <= ${sql.raw(`interval '${hours} hours'`)}`);
}
