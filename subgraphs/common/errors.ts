import { GraphQLError } from 'graphql';

/**
 * The hub's stable error codes. Clients branch on `extensions.code`, never on messages.
 */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.NOT_FOUND } });
}

export function badUserInput(message: string, details?: Record<string, unknown>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...details } });
}

/** For references the database guarantees (a foreign key); a miss is a bug, not user error. */
export async function mustExist<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  if (found === null) throw notFound(`${what} does not exist`);
  return found;
}
