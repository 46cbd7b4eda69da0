import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { formatMonth, label } from '../danish';
import { BarChart } from '../ui/chart';
import { QueryState } from '../ui/status';

const ReferralComparisonQuery = graphql(`
  query ConsoleReferralComparison($id: ID!) {
    packageBooking(id: $id) {
      id
      referralComparison(months: 6) {
        months
        windows {
          kind
          fromMonth
          toMonth
          total
        }
      }
    }
  }
`);

/**
 * Whether a booking has a comparison to show: a held meeting of the prevention and
 * rehabilitation package, the only one whose referrals are counted (the API answers null for
 * the rest, so the console does not ask).
 */
export function hasReferralComparison(booking: { status: string; package: string }): boolean {
  return booking.status === 'HELD' && booking.package === 'PREVENTION_AND_REHABILITATION';
}

/**
 * Referrals from the cluster to the municipality's prevention and rehabilitation offers in the
 * months before and after a held meeting of that package.
 */
export function BookingReferrals({ bookingId }: { bookingId: string }) {
  const [result] = useQuery({ query: ReferralComparisonQuery, variables: { id: bookingId } });
  const comparison = result.data?.packageBooking?.referralComparison;
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={result.data !== undefined}>
      {comparison && comparison.windows.length > 0 ? (
        <BarChart
          title={`Henvisninger ${comparison.months} måneder før og efter mødet`}
          bars={comparison.windows.map((window) => ({
            label: label('windowKind', window.kind),
            detail: `${formatMonth(window.fromMonth)}–${formatMonth(window.toMonth)}`,
            value: window.total,
          }))}
        />
      ) : (
        <p className="empty">Der er endnu ingen henvisningstal at sammenligne.</p>
      )}
    </QueryState>
  );
}
