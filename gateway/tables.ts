import { index, integer, pgSchema, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/** What the gateway keeps: request counts per caller, shared by every gateway replica. */
export const gatewaySchema = pgSchema('gateway');

/** Requests per caller (role and subject, or address) in each one-minute window. Old windows are swept. */
export const rateLimitWindows = gatewaySchema.table(
  'rate_limit_windows',
  {
    callerKey: text('caller_key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    requests: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.callerKey, t.windowStart] }), index('rate_limit_windows_start_idx').on(t.windowStart)],
);
