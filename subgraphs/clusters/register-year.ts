/**
 * The January update: each cluster confirms its member and practice list by 31 January.
 * A confirmation counts for the year whose 31 January comes next (or is today, in Danish
 * time); one after the deadline starts the next year's version. Pure, so it is unit-tested.
 */
export function registerYearOf(at: Date): number {
  const [year, month] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit' })
    .format(at)
    .split('-')
    .map(Number) as [number, number];
  return month === 1 ? year : year + 1;
}

/** Cluster funds are paid on 1 March of the year, from that year's confirmed list. */
export function fundsPaidOn(year: number): string {
  return `${year}-03-01`;
}

/** patients × DKK rate, in whole øre, so a payment is exact however the rate is written. */
export function expectedPaymentOre(listedPatients: number, dkkPerPatient: string | number): number {
  const ore = Math.round(Number(dkkPerPatient) * 100);
  return listedPatients * ore;
}
