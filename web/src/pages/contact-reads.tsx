import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { formatDateTime, label, screenOf } from '../danish';
import { useServerPage } from '../ui/pager';
import { Empty, QueryState } from '../ui/status';

const ContactReadsQuery = graphql(`
  query ConsoleContactReads($id: ID!, $excludeOwnMembers: Boolean!, $first: Int!, $after: ID) {
    cluster(id: $id) {
      id
      contactReads(excludeOwnMembers: $excludeOwnMembers, first: $first, after: $after) {
        id
        accessedAt
        readerRole
        readerSubject
        officerId
        memberId
        field
        operationName
      }
    }
  }
`);

/**
 * Who read a cluster's contact details, newest first, twenty at a time from the server: on
 * KiAP's contacts page, and on the cluster's own register page, as KiAP's page promises.
 */
export function ContactReads({
  clusterId,
  names,
  ownReadsOptional = false,
}: {
  clusterId: string;
  /** The names of the officers and members the page already shows, by id: whose detail was read. */
  names: ReadonlyMap<string, string>;
  ownReadsOptional?: boolean;
}) {
  // The cluster's own members read their register and dashboard all the time; they look for KiAP's reads.
  const [withOwn, setWithOwn] = useState(!ownReadsOptional);
  const { variables, pageOf } = useServerPage(20, `${clusterId}:${withOwn}`, 'Sider: opslag');
  // Every showing of contact details adds a record: always asked afresh.
  const [result] = useQuery({
    query: ContactReadsQuery,
    variables: { id: clusterId, excludeOwnMembers: !withOwn, ...variables },
    requestPolicy: 'network-only',
  });
  const { page, pager } = pageOf(result.data?.cluster?.contactReads ?? []);
  const whose = ({ officerId, memberId }: { officerId?: string | null; memberId?: string | null }) =>
    names.get(officerId ?? memberId ?? '') ?? (officerId ? 'en tillidspost' : 'et medlem');
  return (
    <>
      {ownReadsOptional && (
        <label className="checkbox">
          <input type="checkbox" checked={withOwn} onChange={(event) => setWithOwn(event.target.checked)} /> Vis også jeres egne opslag
        </label>
      )}
      <QueryState fetching={result.fetching} error={result.error} hasData={result.data !== undefined}>
        {page.length === 0 ? (
          <Empty>
            {withOwn ? 'Ingen har set klyngens kontaktoplysninger endnu.' : 'KiAP har ikke set klyngens kontaktoplysninger endnu.'}
          </Empty>
        ) : (
          <table>
            <caption className="visually-hidden">Opslag i klyngens kontaktoplysninger, nyeste først</caption>
            <thead>
              <tr>
                <th scope="col">Tidspunkt</th>
                <th scope="col">Hvem</th>
                <th scope="col">Oplysning</th>
                <th scope="col">Hvor</th>
              </tr>
            </thead>
            <tbody>
              {page.map((record) => (
                <tr key={record.id}>
                  <td>{formatDateTime(record.accessedAt)}</td>
                  <td>
                    {label('readerRole', record.readerRole)} ({record.readerSubject})
                  </td>
                  <td>
                    {label('contactField', record.field)} ({whose(record)})
                  </td>
                  <td>{screenOf(record.operationName)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {pager}
      </QueryState>
    </>
  );
}
