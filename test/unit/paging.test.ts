import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { pageOf, pageOfRows, pagesFromRows } from '../../platform/paging.js';

const rows = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, even: i % 2 === 0 }));
const ids = (listed: { id: string }[] | null) => listed?.map((row) => row.id) ?? null;
const problemsOf = (ask: () => unknown) => {
  try {
    ask();
  } catch (error) {
    return (error as GraphQLError).extensions;
  }
  return undefined;
};

describe('a page of a list', () => {
  it('starts after the item named, in the list’s order, and holds at most `first`', () => {
    expect(ids(pageOfRows(rows, { first: 2, after: null }))).toEqual(['a', 'b']);
    expect(ids(pageOfRows(rows, { first: 2, after: 'b' }))).toEqual(['c', 'd']);
    expect(ids(pageOfRows(rows, { first: 2, after: 'e' }))).toEqual([]);
    expect(pageOfRows(rows, { first: 2, after: 'x' })).toBeNull();
  });

  it('filters after the item named, which itself may be outside the filter', () => {
    expect(ids(pageOfRows(rows, { first: 5, after: 'b' }, (row) => row.even))).toEqual(['c', 'e']);
    expect(ids(pageOfRows(rows, { first: 1, after: null }, (row) => !row.even))).toEqual(['b']);
  });

  it('takes the default size, and refuses a size out of range or an `after` that cannot be an id', () => {
    const uuid = '3f2b4b5e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(pageOf({}, { maxSize: 10, defaultSize: 5 })).toEqual({ first: 5, after: null });
    expect(pageOf({ first: 10, after: uuid }, { maxSize: 10 })).toEqual({ first: 10, after: uuid });
    expect(problemsOf(() => pageOf({ first: 11 }, { maxSize: 10 }))).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'first', message: 'must be between 1 and 10' }],
    });
    expect(problemsOf(() => pageOf({ first: 0 }, { maxSize: 10 }))).toMatchObject({ problems: [{ path: 'first' }] });
    expect(problemsOf(() => pageOf({ after: 'b' }, { maxSize: 200 }))).toMatchObject({ problems: [{ path: 'after' }] });
  });
});

describe('pages cut together by one statement', () => {
  it('gives each key its own page in order, an empty page for a key with no item, and null where the anchor is not in the list', () => {
    const rows = [
      { list: 1, anchorInList: true, id: 'a', title: 'A' },
      { list: 1, anchorInList: true, id: 'b', title: 'B' },
      { list: 2, anchorInList: true, id: null, title: null },
      { list: 3, anchorInList: false, id: null, title: null },
      { list: 4, anchorInList: true, id: 'c', title: 'C' },
    ];
    expect(pagesFromRows<{ id: string; title: string }>(4, rows)).toEqual([
      [
        { id: 'a', title: 'A' },
        { id: 'b', title: 'B' },
      ],
      [],
      null,
      [{ id: 'c', title: 'C' }],
    ]);
  });

  it('reads rows known by another id (a forward, by its inquiry) by that field', () => {
    const rows = [
      { list: 1, anchorInList: true, inquiryId: null, clusterId: null },
      { list: 2, anchorInList: true, inquiryId: 'i', clusterId: 'c' },
    ];
    expect(pagesFromRows<{ inquiryId: string; clusterId: string }>(2, rows, 'inquiryId')).toEqual([
      [],
      [{ inquiryId: 'i', clusterId: 'c' }],
    ]);
  });
});
