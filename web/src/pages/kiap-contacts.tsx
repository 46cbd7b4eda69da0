import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { label } from '../danish';
import { TextField } from '../ui/forms';
import { usePage } from '../ui/pager';
import { Empty, QueryState } from '../ui/status';
import { ContactReads } from './contact-reads';

const ClusterListQuery = graphql(`
  query ConsoleClusterList {
    clusters {
      id
      name
      region {
        code
        name
      }
    }
  }
`);

const ClusterContactsQuery = graphql(`
  query ConsoleClusterContacts($id: ID!) {
    cluster(id: $id) {
      id
      name
      doctorCount
      officers {
        id
        role
        name
        email
        phone
      }
    }
  }
`);

/** KiAP looks up a cluster's officers; every read of a contact detail is logged, and the page says so. */
export function KiapContacts() {
  const [list] = useQuery({ query: ClusterListQuery });
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<string>();
  const clusters = (list.data?.clusters ?? []).filter((cluster) =>
    `${cluster.name} ${cluster.region.name}`.toLowerCase().includes(search.toLowerCase()),
  );
  const { page, pager } = usePage(clusters, 15);
  return (
    <div className="split">
      <section aria-labelledby="cluster-list-heading">
        <h2 id="cluster-list-heading">Klynger</h2>
        <TextField label="Søg klynge eller region" value={search} onChange={(e) => setSearch(e.target.value)} />
        <QueryState fetching={list.fetching} error={list.error} hasData={list.data !== undefined}>
          <ul className="queue">
            {page.map((cluster) => (
              <li key={cluster.id}>
                <button type="button" aria-pressed={chosen === cluster.id} onClick={() => setChosen(cluster.id)}>
                  <strong>{cluster.name}</strong>
                  <span>{cluster.region.name}</span>
                </button>
              </li>
            ))}
          </ul>
          {pager}
        </QueryState>
      </section>
      <section aria-label="Kontakter">{chosen ? <Contacts key={chosen} id={chosen} /> : <Empty>Vælg en klynge.</Empty>}</section>
    </div>
  );
}

function Contacts({ id }: { id: string }) {
  const [shown, setShown] = useState(false);
  if (!shown)
    return (
      <div className="panel">
        <p className="notice">
          Koordinatorers og bestyrelsesmedlemmers kontaktoplysninger er personoplysninger. Når du viser dem, bliver opslaget logget med dit
          navn og tidspunkt, og klyngen kan se loggen.
        </p>
        <button type="button" className="primary" onClick={() => setShown(true)}>
          Vis kontaktoplysninger (logges)
        </button>
      </div>
    );
  return <ShownContacts id={id} />;
}

function ShownContacts({ id }: { id: string }) {
  const [result] = useQuery({ query: ClusterContactsQuery, variables: { id }, requestPolicy: 'network-only' });
  const cluster = result.data?.cluster;
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={Boolean(cluster)}>
      {cluster && (
        <article className="card">
          <h2>{cluster.name}</h2>
          <p className="notice" role="note">
            Dette opslag er logget.
          </p>
          <table>
            <caption className="visually-hidden">Klyngens tillidsposter</caption>
            <thead>
              <tr>
                <th scope="col">Post</th>
                <th scope="col">Navn</th>
                <th scope="col">E-mail</th>
                <th scope="col">Telefon</th>
              </tr>
            </thead>
            <tbody>
              {(cluster.officers ?? []).map((officer) => (
                <tr key={officer.id}>
                  <td>{label('officerRole', officer.role)}</td>
                  <td>{officer.name}</td>
                  <td>{officer.email ? <a href={`mailto:${officer.email}`}>{officer.email}</a> : '—'}</td>
                  <td>{officer.phone ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <details>
            <summary>Opslag i klyngens kontaktoplysninger</summary>
            <ContactReads clusterId={cluster.id} names={new Map((cluster.officers ?? []).map((officer) => [officer.id, officer.name]))} />
          </details>
        </article>
      )}
    </QueryState>
  );
}
