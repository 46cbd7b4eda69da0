import { useState, type ReactElement } from 'react';

/** Long lists show a page at a time with "forrige/næste", so a screen never holds hundreds of rows. */
export function usePage<T>(items: readonly T[], size = 15): { page: T[]; pager: ReactElement | null } {
  const [index, setIndex] = useState(0);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(index, pages - 1);
  const page = items.slice(current * size, current * size + size);
  const pager =
    pages > 1 ? (
      <nav className="pager" aria-label="Sider">
        <button type="button" onClick={() => setIndex(current - 1)} disabled={current === 0}>
          Forrige
        </button>
        <span>
          Side {current + 1} af {pages} ({items.length} i alt)
        </span>
        <button type="button" onClick={() => setIndex(current + 1)} disabled={current === pages - 1}>
          Næste
        </button>
      </nav>
    ) : null;
  return { page, pager };
}

/**
 * A long list the server reads a page at a time (`first`, `after`): the console asks for one
 * row more than it shows, which only tells whether there is a next page, and goes back by
 * remembering where each page before began. Changing `listKey` (a filter) starts again at page one.
 * `name` tells a screen's several pagers apart for a screen reader.
 */
export function useServerPage(size: number, listKey = '', name = 'Sider') {
  const [state, setState] = useState<{ listKey: string; starts: (string | null)[] }>({ listKey, starts: [null] });
  const starts = state.listKey === listKey ? state.starts : [null];
  const variables = { first: size + 1, after: starts.at(-1) ?? null };
  function pageOf<T extends { id: string }>(items: readonly T[]): { page: T[]; pager: ReactElement | null } {
    const page = items.slice(0, size);
    const hasNext = items.length > size;
    const pager =
      hasNext || starts.length > 1 ? (
        <nav className="pager" aria-label={name}>
          <button type="button" onClick={() => setState({ listKey, starts: starts.slice(0, -1) })} disabled={starts.length === 1}>
            Forrige
          </button>
          <span>Side {starts.length}</span>
          <button type="button" onClick={() => setState({ listKey, starts: [...starts, page.at(-1)!.id] })} disabled={!hasNext}>
            Næste
          </button>
        </nav>
      ) : null;
    return { page, pager };
  }
  return { variables, pageOf };
}
