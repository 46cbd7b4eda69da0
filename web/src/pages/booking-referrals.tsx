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
 * Referrals from the cluster to the municipality's prevention and rehabilitation offers in the
 * months before and after a held meeting of that package (the only one whose referrals are counted).
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
