import { badUserInput } from './errors.js';
import { isUuid } from './ids.js';

/**
 * One page of a list: at most `first` items, starting after the item with id `after` in
 * the list's own order. Paging by the last item seen (keyset), not by an offset, so a page
 * costs the same however deep it is, and an item added or decided meanwhile does not make the
 * next page repeat or skip another.
 */
export interface Page {
  first: number;
  after: string | null;
}

/** The page a list's `first` and `after` arguments ask for, or BAD_USER_INPUT naming what is wrong. */
export function pageOf(
  args: { first?: number | null; after?: string | null },
  { defaultSize = 100, maxSize }: { defaultSize?: number; maxSize: number },
): Page {
  const first = args.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > maxSize)
    throw badUserInput(`first must be between 1 and ${maxSize}`, [{ path: 'first', message: `must be between 1 and ${maxSize}` }]);
  const after = args.after ?? null;
  if (after !== null && !isUuid(after)) throw afterNotInList();
  return { first, after };
}

/** `after` names no item of the list the caller may see (a typo, or an item of someone else's list). */
export function afterNotInList() {
  return badUserInput('after must be the id of an item in this list', [
    { path: 'after', message: 'must be the id of an item in this list' },
  ]);
}

/**
 * A page of a list already in its order (a small list read whole); null when `after` is not
 * in it. `keep` is the caller's filter (statuses): the item paged after may have left it
 * since the page before (a booking confirmed meanwhile), and the next page still follows it.
 */
export function pageOfRows<T extends { id: string }>(rows: readonly T[], page: Page, keep: (row: T) => boolean = () => true): T[] | null {
  return pageOfRowsBy(rows, page, (row) => row.id, keep);
}

/** `pageOfRows` for rows known by another id (a forward, by its inquiry's). */
export function pageOfRowsBy<T>(
  rows: readonly T[],
  { first, after }: Page,
  idOf: (row: T) => string,
  keep: (row: T) => boolean = () => true,
): T[] | null {
  const start = after === null ? 0 : rows.findIndex((row) => idOf(row) === after) + 1;
  if (start === 0 && after !== null) return null;
  const listed: T[] = [];
  for (let i = start; i < rows.length && listed.length < first; i++) if (keep(rows[i]!)) listed.push(rows[i]!);
  return listed;
}

/**
 * The pages a statement cut together, one per key, from its rows: each row names its page
 * (`list`, from 1) and whether the page's anchor is in that page's list. A page with no item
 * still has one row, with no item in it (its `idField`, `id` unless named, null). Null for a
 * page whose anchor is not in its list.
 */
export function pagesFromRows<T>(
  count: number,
  rows: readonly ({ list: number; anchorInList: boolean } & Record<string, unknown>)[],
  idField = 'id',
): (T[] | null)[] {
  const pages = Array.from({ length: count }, (): T[] | null => []);
  for (const { list, anchorInList, ...item } of rows) {
    if (!anchorInList) pages[list - 1] = null;
    else if (item[idField] !== null) pages[list - 1]!.push(item as T);
  }
  return pages;
}
