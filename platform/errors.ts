import { GraphQLError, responsePathAsArray, type GraphQLFormattedError, type GraphQLResolveInfo } from 'graphql';

/**
 * The hub's stable error codes. Clients branch on `extensions.code`, never on messages.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The thing exists, but its state does not allow this step (e.g. accepting a declined booking). */
  INVALID_TRANSITION: 'INVALID_TRANSITION',
  /** Another write got there first (e.g. an overlapping meeting was confirmed). */
  CONFLICT: 'CONFLICT',
  /** Every place of a limited offer is taken. */
  CAPACITY_REACHED: 'CAPACITY_REACHED',
  /** A caller's allowance for a period is used up (e.g. inquiries per day); `retryAfter` says when it renews. */
  LIMIT_REACHED: 'LIMIT_REACHED',
  /** The query is deeper, wider or costlier than the configured limits; `extensions.limit` names which. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** The answer would be larger than the configured number of bytes; `extensions.limit` says how many. */
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  /** The gateway could not reach a subgraph (down, or slower than its timeout); the rest of the answer is there. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** Too many requests from this caller in the current minute (HTTP 429 with Retry-After). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request body is larger than the service takes (HTTP 413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The service is shedding load: its event loop is behind (HTTP 503 with Retry-After); try again shortly. */
  SERVICE_OVERLOADED: 'SERVICE_OVERLOADED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * An error the hub raises on purpose is an answer, not a fault: its stack is never logged
 * (only unexpected errors are, by maskUnexpectedErrors), so none is captured. A list of
 * clusters refused field by field raises one per cluster, and capturing and formatting a
 * stack for each was a tenth of the CPU of such a request.
 */
function answer(message: string, extensions: Record<string, unknown>, field?: GraphQLResolveInfo): GraphQLError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    // Located at its field as graphql-js would locate it, graphql-js takes it as it is instead of
    // making a second error (with a stack) around it.
    return new GraphQLError(message, { extensions, nodes: field?.fieldNodes, path: field && responsePathAsArray(field.path) });
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** `field`: the field refused, for a refusal that comes once per item of a list (an officer's e-mail). */
export function forbidden(message: string, field?: GraphQLResolveInfo): GraphQLError {
  return answer(message, { code: ErrorCode.FORBIDDEN }, field);
}

export function notFound(message: string): GraphQLError {
  return answer(message, { code: ErrorCode.NOT_FOUND });
}

export function invalidTransition(message: string, details?: Record<string, unknown>): GraphQLError {
  return answer(message, { code: ErrorCode.INVALID_TRANSITION, ...details });
}

export function conflict(message: string): GraphQLError {
  return answer(message, { code: ErrorCode.CONFLICT });
}

export function capacityReached(message: string): GraphQLError {
  return answer(message, { code: ErrorCode.CAPACITY_REACHED });
}

export function limitReached(message: string, details: { limit: number; retryAfter: string }): GraphQLError {
  return answer(message, { code: ErrorCode.LIMIT_REACHED, ...details });
}

/**
 * One thing wrong with a request's input: the one shape of `extensions.problems` on every
 * BAD_USER_INPUT error, whichever service raised it.
 */
export interface InputProblem {
  /** Where, from the field's arguments: `input.presenter.name`, `input.counts[2].month`, `first`; `""` for the request as a whole. */
  path: string;
  /** What is wrong, completing a sentence that starts with the path's last name: "must not be empty". */
  message: string;
  /** In a batch (referral counts), the row's number counted from 1, so a client can point at the line of its file. */
  line?: number;
}

export function badUserInput(message: string, problems: InputProblem[]): GraphQLError {
  return answer(message, { code: ErrorCode.BAD_USER_INPUT, problems });
}

/**
 * The row when it exists and the caller may see it; NOT_FOUND otherwise, with one message
 * for both, so a refusal never confirms that a row someone may not see exists.
 */
export function visibleOrNotFound<T>(row: T | null | undefined, message: string, visible: (row: T) => boolean = () => true): T {
  if (row == null || !visible(row)) throw notFound(message);
  return row;
}

/** For references the database guarantees (a foreign key); a miss is a bug, not user error. */
export async function mustExist<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  if (found === null) throw notFound(`${what} does not exist`);
  return found;
}

/**
 * Apollo's formatError hook: errors the hub raised on purpose (they carry a code) go out as
 * they are; anything else — a database error with its SQL, a bug — reaches the caller as a
 * plain message, never SQL or a stack (and is logged, with its request, by apollo.ts).
 */
export function maskUnexpectedErrors(options: { production?: boolean } = {}) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (isUnexpected(error, code))
      return {
        message: 'Internal server error',
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    const limit = limitHit(error);
    if (limit) return { ...formatted, extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit } };
    if (code === ErrorCode.BAD_USER_INPUT) return forOutsiders(withProblems(formatted), options);
    if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') return forOutsiders(formatted, options);
    const refusedValue = databaseRefusal(error);
    if (refusedValue) return withProblems({ message: refusedValue, path: formatted.path, extensions: { code: ErrorCode.BAD_USER_INPUT } });
    // Apollo's own refusals of a request (a persisted-query hash that does not match, say)
    // carry a 4xx status but no code: the caller's mistake, so say so.
    return forOutsiders(withProblems({ ...formatted, extensions: { code: ErrorCode.BAD_USER_INPUT } }), options);
  };
}

/** What to log of an error the hub did not raise on purpose; undefined for the errors it answers as they are. */
export function unexpectedErrorCause(error: unknown): string | undefined {
  return isUnexpected(error, (error as ErrorLike | null)?.extensions?.code) ? rootMessage(error) : undefined;
}

/** Neither raised on purpose (a code of ours or Apollo's), nor a limit, nor a value the database refused, nor a 4xx of Apollo's. */
function isUnexpected(error: unknown, code: unknown): boolean {
  return (
    (code === undefined || code === 'INTERNAL_SERVER_ERROR') && !limitHit(error) && !databaseRefusal(error) && httpStatusOf(error) >= 500
  );
}

/**
 * BAD_USER_INPUT raised by graphql-js or Apollo (a variable its type refuses) or by the
 * database net below has no problems of ours: give it one, at the variable's path when the
 * message names it, so a client reads every BAD_USER_INPUT the same way.
 */
function withProblems(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (Array.isArray(formatted.extensions?.problems)) return formatted;
  const variablePath = /^Variable "\$(\w+)" got invalid value .*? at "([\w.[\]]+)"/.exec(formatted.message)?.[2];
  const problem: InputProblem = { path: variablePath ?? '', message: formatted.message };
  return { ...formatted, extensions: { ...formatted.extensions, problems: [problem] } };
}

type ErrorLike = { message?: unknown; extensions?: Record<string, unknown>; originalError?: unknown; cause?: unknown; code?: unknown };

/**
 * What outside callers may read of an error: never which internal service raised it
 * (the gateway adds `serviceName`), and in production no "Did you mean …?" hints that
 * spell out the schema's enum values and fields.
 */
function forOutsiders(formatted: GraphQLFormattedError, options: { production?: boolean }): GraphQLFormattedError {
  const { serviceName: _serviceName, ...extensions } = formatted.extensions ?? {};
  const message = options.production ? formatted.message.replace(/\s*Did you mean [^?]*\?/g, '') : formatted.message;
  return { ...formatted, message, extensions };
}

function* errorChain(error: unknown): Generator<ErrorLike> {
  const seen = new Set<unknown>();
  for (let current = error as ErrorLike | undefined; typeof current === 'object' && current !== null && !seen.has(current);) {
    seen.add(current);
    yield current;
    current = (current.originalError ?? current.cause) as ErrorLike | undefined;
  }
}

function httpStatusOf(error: unknown): number {
  for (const current of errorChain(error)) {
    const status = (current.extensions?.http as { status?: unknown } | undefined)?.status;
    if (typeof status === 'number') return status;
  }
  return 500;
}

/**
 * Postgres refused a value (its SQLSTATE class 22, "data exception", or a CHECK): the
 * value came from the caller, who gets a plain message — never the statement, the value or
 * the constraint's name. Validation in the workflows should have caught it first; this
 * is the net under it.
 */
const DATABASE_REFUSALS: [RegExp, string][] = [
  [/^22P02$/, 'An id or value has a form the hub does not accept'],
  [/^2200[78]$/, 'A date or time is outside the range the hub accepts'],
  [/^22003$/, 'A number is larger than the hub accepts'],
  [/^(22021|22P05)$/, 'Text holds a character the hub cannot store'],
  [/^22001$/, 'A text is longer than the hub accepts'],
  [/^(22|23514)/, 'A value is outside what the hub accepts'],
];

function databaseRefusal(error: unknown): string | undefined {
  for (const current of errorChain(error)) {
    const sqlState = current.code;
    if (typeof sqlState !== 'string' || !/^[0-9A-Z]{5}$/.test(sqlState)) continue;
    return DATABASE_REFUSALS.find(([pattern]) => pattern.test(sqlState))?.[1];
  }
  return undefined;
}

/**
 * The query limit a refusal came from (query-limits.ts), through Apollo's wrapping of
 * validation and parse errors. Duck-typed: Apollo and graphql-armor may each load their own
 * copy of graphql's error class.
 */
function limitHit(error: unknown): string | undefined {
  for (
    let current = error as ErrorLike | null;
    typeof current === 'object' && current !== null;
    current = current.originalError as ErrorLike
  ) {
    const limit = current.extensions?.limit;
    if (typeof limit === 'string') return limit;
    // graphql-js's parser stops at parseOptions.maxTokens with this message ("more that" sic, graphql 16).
    if (typeof current.message === 'string' && /^Syntax Error: Document contains more tha[nt] \d+ tokens/.test(current.message))
      return 'maxTokens';
  }
  return undefined;
}

/**
 * The root cause's message only: drizzle wraps database errors in a message that repeats
 * the statement and its parameters, which may hold personal data.
 */
export function rootMessage(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause instanceof Error) current = current.cause;
  // graphql-js wraps resolver errors; the original is what went wrong.
  if (current instanceof GraphQLError && current.originalError) return rootMessage(current.originalError);
  if (current instanceof Error) return current.message;
  // Some libraries reject with plain objects; "[object Object]" tells an operator nothing.
  const message = (current as ErrorLike | null)?.message;
  if (typeof message === 'string') return message;
  try {
    return JSON.stringify(current)?.slice(0, 500) ?? String(current);
  } catch {
    return String(current);
  }
}
