import { describe, expect, it } from 'vitest';
import { arrayLiteral, byKeys } from '../../platform/database.js';

describe('a list of values as one array parameter', () => {
  it('quotes every element, so quotes, backslashes, commas and braces stay inside it', () => {
    expect(arrayLiteral(['1084', 'a"b', 'c\\d', 'e,f}', '{g}', ''])).toBe('{"1084","a\\"b","c\\\\d","e,f}","{g}",""}');
    expect(arrayLiteral([])).toBe('{}');
  });

  it('sends null as NULL and a number as its digits, so "NULL" the text stays text', () => {
    expect(arrayLiteral([null, 'NULL', 11])).toBe('{NULL,"NULL","11"}');
  });

  it('hands a batch of keys to the prepared statement as that literal', async () => {
    const sent: Record<string, unknown>[] = [];
    const load = byKeys({ execute: async (values: Record<string, unknown>) => (sent.push(values), ['row']) });
    expect(await load(['x', 'y"'])).toEqual(['row']);
    expect(sent).toEqual([{ keys: '{"x","y\\""}' }]);
  });
});
