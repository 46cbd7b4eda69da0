import type { ReactNode } from 'react';
import type { CombinedError } from '@urql/core';
import { toUserError } from '../api';

/** A query's state as the user sees it: progress while it loads, a Danish error, or the content. */
export function QueryState({
  fetching,
  error,
  hasData,
  children,
}: {
  fetching: boolean;
  error: CombinedError | undefined;
  hasData: boolean;
  children: ReactNode;
}) {
  if (error && !hasData)
    return (
      <p className="form-error" role="alert">
        {toUserError(error).message}
      </p>
    );
  if (!hasData) return <Loading />;
  return (
    <>
      {fetching && (
        <p className="visually-hidden" role="status">
          Opdaterer …
        </p>
      )}
      {children}
    </>
  );
}

export function Loading({ text = 'Henter …' }: { text?: string }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {text}
    </p>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}
