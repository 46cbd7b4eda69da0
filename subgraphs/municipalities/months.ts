/** Calendar months as the hub writes them, "YYYY-MM", in Danish time. */
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: unknown): value is string {
  return typeof value === 'string' && MONTH.test(value);
}

/** The month it is in Denmark at `now`. */
export function monthOf(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit' }).format(now);
}

export function addMonths(month: string, count: number): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Postgres `date` of the month's first day, and back. */
export function monthToDate(month: string): string {
  return `${month}-01`;
}
export function dateToMonth(date: string): string {
  return date.slice(0, 7);
}
