import { useState } from 'react';
import { useMutation, type AnyVariables, type TypedDocumentNode } from 'urql';
import { toUserError, type UserError } from '../api';

/**
 * A mutation as a form uses it: `run` resolves to the data or undefined, and `error` holds
 * the Danish message and per-field reasons of the last failure.
 */
export function useAction<Data, Variables extends AnyVariables>(
  document: TypedDocumentNode<Data, Variables>,
  options: {
    /**
     * Types whose cached lists the write changes though its payload does not return them (a
     * batch of referral counts answers with how many): urql asks those queries again.
     */
    invalidates?: string[];
  } = {},
) {
  const [state, execute] = useMutation(document);
  const [error, setError] = useState<UserError | undefined>();
  const [done, setDone] = useState<string | undefined>();
  async function run(variables: Variables, success?: string): Promise<Data | undefined> {
    setError(undefined);
    setDone(undefined);
    const result = await execute(variables, options.invalidates && { additionalTypenames: options.invalidates });
    if (result.error) {
      setError(toUserError(result.error));
      return undefined;
    }
    setDone(success);
    return result.data;
  }
  return { run, busy: state.fetching, error, done, reset: () => (setError(undefined), setDone(undefined)) };
}
