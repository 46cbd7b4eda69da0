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
