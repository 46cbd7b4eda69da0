import { describe, expect, it } from 'vitest';
import { addMonths as addDayMonths, danishToday, followUpWindow, roundStatus } from '../../subgraphs/clusters/package-order-rules.js';
import { expectedPaymentOre, registerYearOf } from '../../subgraphs/clusters/register-year.js';
import { addMonths, isMonth, monthOf } from '../../subgraphs/municipalities/months.js';

describe('months ("YYYY-MM", Danish time)', () => {
  it('counts across years both ways', () => {
    expect(addMonths('2024-11', 3)).toBe('2025-02');
    expect(addMonths('2025-02', -3)).toBe('2024-11');
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    expect(addMonths('2024-12', 12)).toBe('2025-12');
  });
  it('knows a month when it sees one', () => {
    expect(['2024-01', '2024-12'].every(isMonth)).toBe(true);
    expect(['2024-13', '2024-00', '2024-1', '24-01', 202401, null].some(isMonth)).toBe(false);
  });
  it('takes the month it is in Denmark, not in UTC', () => {
    expect(monthOf(new Date('2024-12-31T23:30:00Z'))).toBe('2025-01');
    expect(monthOf(new Date('2024-06-30T21:59:00Z'))).toBe('2024-06');
    expect(monthOf(new Date('2024-06-30T22:00:00Z'))).toBe('2024-07'); // summer time: UTC+2
  });
});

describe('days and the follow-up window', () => {
  it('adds months to a day, keeping the last day of a shorter month', () => {
    expect(addDayMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addDayMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addDayMonths('2024-01-15', 12)).toBe('2025-01-15');
  });
  it('is due from six to twelve months after the meeting, and overdue after', () => {
    const window = (today: string, ordered = false) => followUpWindow('2024-03-10', today, ordered);
    expect(window('2024-09-09')).toEqual({ dueFrom: '2024-09-10', dueBy: '2025-03-10', state: 'NOT_YET_DUE' });
    expect(window('2024-09-10').state).toBe('DUE');
    expect(window('2025-03-10').state).toBe('DUE');
    expect(window('2025-03-11').state).toBe('OVERDUE');
    expect(window('2025-03-11', true).state).toBe('ORDERED');
  });
  it('opens a round on its first day and closes it after its last, or when closed early', () => {
    const round = { opensOn: '2024-05-01', closesOn: '2024-05-14', closedAt: null };
    expect(roundStatus(round, '2024-04-30')).toBe('SCHEDULED');
    expect(roundStatus(round, '2024-05-01')).toBe('OPEN');
    expect(roundStatus(round, '2024-05-14')).toBe('OPEN');
    expect(roundStatus(round, '2024-05-15')).toBe('CLOSED');
    expect(roundStatus({ ...round, closedAt: new Date('2024-05-03T10:00:00Z') }, '2024-05-04')).toBe('CLOSED');
  });
  it('takes today in Denmark', () => {
    expect(danishToday(new Date('2024-05-14T22:30:00Z'))).toBe('2024-05-15');
    expect(danishToday(new Date('2024-01-14T22:30:00Z'))).toBe('2024-01-14');
  });
});

describe('the register year and the funds', () => {
  it('counts a January confirmation for that year and a later one for the next', () => {
    expect(registerYearOf(new Date('2025-01-31T23:00:00Z'))).toBe(2026); // midnight into 1 February in Denmark
    expect(registerYearOf(new Date('2025-01-31T22:59:00Z'))).toBe(2025); // still 31 January there
    expect(registerYearOf(new Date('2024-12-31T23:30:00Z'))).toBe(2025); // already January in Denmark
  });
  it('pays patients × rate in whole øre, however the rate is written', () => {
    expect(expectedPaymentOre(1234, '12.35')).toBe(1_523_990);
    expect(expectedPaymentOre(1234, 12.35)).toBe(1_523_990);
    expect(expectedPaymentOre(3, '0.10')).toBe(30);
  });
});
