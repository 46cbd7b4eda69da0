import { Client, cacheExchange, fetchExchange, type CombinedError } from '@urql/core';
import { fieldName, messageForCode, reasonInDanish } from './danish';

/** The hub's GraphQL API, same origin, with the logged-in user's access token. */
export function createApiClient(token: () => string | undefined, onUnauthenticated: () => void): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'cache-and-network',
    // POST with a JSON body: the gateway's CSRF protection refuses a simple GET, and tokens stay out of URLs' logs.
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const accessToken = token();
      const headers: Record<string, string> = accessToken ? { authorization: `Bearer ${accessToken}` } : {};
      return { headers };
    },
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      if (response.status === 401) onUnauthenticated();
      return response;
    },
  });
}

/** An API error as the console shows it: one Danish sentence, and per field what is wrong. */
export interface UserError {
  code: string | undefined;
  message: string;
  /** Danish reason per input path ("presenter.name"), for the field it concerns. */
  fields: Record<string, string>;
  /** Problems of a batch by row number (1-based), e.g. referral counts. */
  rows: { row: number; field: string; reason: string }[];
}

/** The one shape of `extensions.problems` on every BAD_USER_INPUT (platform/errors.ts). */
interface Problem {
  path: string;
  message: string;
  line?: number;
}

/** Reads any error the API gives into a UserError; the raw code is never shown. */
export function toUserError(error: CombinedError): UserError {
  if (error.networkError && error.graphQLErrors.length === 0)
    return { code: 'NETWORK', message: messageForCode('NETWORK'), fields: {}, rows: [] };
  const first = error.graphQLErrors[0];
  const extensions = (first?.extensions ?? {}) as { code?: string; problems?: Problem[] };
  const fields: Record<string, string> = {};
  const rows: UserError['rows'] = [];
  for (const problem of extensions.problems ?? []) {
    const reason = reasonInDanish(problem.message);
    if (typeof problem.line === 'number') {
      // A batch row's path is input.counts[i].field: the field is what the user needs.
      rows.push({ row: problem.line, field: fieldName(/\.(\w+)$/.exec(problem.path)?.[1] ?? 'row'), reason });
      continue;
    }
    const path = problem.path.replace(/^input\./, '');
    if (path === '') continue; // the request as a whole: the message for its code says it
    // A value its scalar refuses (an e-mail address, a date) arrives as graphql-js's own message.
    if (problem.message.startsWith('Variable "$')) fields[path] ??= `${fieldName(path)} er ikke gyldig`;
    else fields[path] = `${fieldName(path)} ${reason}`;
  }
  const code = extensions.code;
  const fieldSummary = Object.values(fields);
  return {
    code,
    message: code === 'BAD_USER_INPUT' && fieldSummary.length > 0 ? `Ret venligst: ${fieldSummary.join('; ')}.` : messageForCode(code),
    fields,
    rows,
  };
}
