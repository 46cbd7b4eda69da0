import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { formatDateTime, formatNumber } from '../danish';
import type { Viewer } from '../session';
import { useAction } from '../ui/action';
import { FormMessage, SelectField, SubmitButton, TextField } from '../ui/forms';
import { usePage } from '../ui/pager';
import { QueryState } from '../ui/status';
import { ContactReads } from './contact-reads';

const RegisterQuery = graphql(`
  query ConsoleClusterRegister($id: ID!, $year: Int!) {
    cluster(id: $id) {
      id
      name
      officers {
        id
        name
      }
      practices {
        providerNumber
        name
        doctorCount
        listedPatients
      }
      members {
        id
        name
        email
        providerNumber
        addedAt
      }
      handovers {
        id
        status
        fromName
        toName
        offeredAt
      }
      registerVersion(year: $year) {
        year
        confirmedAt
        memberCount
        listedPatients
      }
    }
  }
`);

const AddMember = graphql(`
  mutation ConsoleAddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      member {
        id
        name
      }
      cluster {
        id
      }
    }
  }
`);

const RemoveMember = graphql(`
  mutation ConsoleRemoveMember($input: RemoveMemberInput!) {
    removeMember(input: $input) {
      cluster {
        id
      }
    }
  }
`);

const ConfirmRegister = graphql(`
  mutation ConsoleConfirmClusterRegister($input: ConfirmClusterRegisterInput!) {
    confirmClusterRegister(input: $input) {
      version {
        year
        confirmedAt
        memberCount
        listedPatients
      }
      cluster {
        id
      }
    }
  }
`);

const OfferHandover = graphql(`
  mutation ConsoleOfferCoordinatorHandover($input: OfferCoordinatorHandoverInput!) {
    offerCoordinatorHandover(input: $input) {
      handover {
        id
        status
        toName
      }
      cluster {
        id
      }
    }
  }
`);

const AcceptHandover = graphql(`
  mutation ConsoleAcceptCoordinatorHandover($input: AcceptCoordinatorHandoverInput!) {
    acceptCoordinatorHandover(input: $input) {
      handover {
        id
        status
      }
      cluster {
        id
      }
    }
  }
`);

/** The cluster's register: practices and members, the January confirmation, and handing over the coordinator's office. */
export function ClusterRegister({ viewer }: { viewer: Extract<Viewer, { kind: 'cluster' }> }) {
  const year = new Date().getFullYear();
  const [result] = useQuery({ query: RegisterQuery, variables: { id: viewer.clusterId, year } });
  const cluster = result.data?.cluster;
  const members = cluster?.members ?? [];
  const { page, pager } = usePage(members, 15);
  const remove = useAction(RemoveMember);
  const confirm = useAction(ConfirmRegister);
  const canEdit = viewer.clusterRole !== 'member';
  const version = cluster?.registerVersion;
  const pending = (cluster?.handovers ?? []).filter((handover) => handover.status === 'OFFERED');
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={Boolean(cluster)}>
      {cluster && (
        <>
          <section className="panel" aria-labelledby="confirm-heading">
            <h2 id="confirm-heading">Årlig opdatering {year}</h2>
            {version ? (
              <p>
                Registret for {year} er bekræftet {formatDateTime(version.confirmedAt)}: {version.memberCount} medlemmer,{' '}
                {formatNumber(version.listedPatients)} tilmeldte patienter.
              </p>
            ) : (
              <p>Registret for {year} er ikke bekræftet endnu. Gennemgå praksis og medlemmer, og bekræft så listen.</p>
            )}
            {canEdit && (
              <button
                type="button"
                className="primary"
                disabled={confirm.busy}
                onClick={() => void confirm.run({ input: { clusterId: cluster.id } }, `Registret for ${year} er bekræftet.`)}
              >
                Bekræft registret for {year}
              </button>
            )}
            <FormMessage error={confirm.error?.message} success={confirm.done} />
          </section>
          {pending.length > 0 && <Handovers handovers={pending} />}
          <section aria-labelledby="members-heading">
            <h2 id="members-heading">Medlemmer ({members.length})</h2>
            <table>
              <caption className="visually-hidden">Klyngens medlemmer</caption>
              <thead>
                <tr>
                  <th scope="col">Navn</th>
                  <th scope="col">E-mail</th>
                  <th scope="col">Praksis</th>
                  {canEdit && <th scope="col">Handling</th>}
                </tr>
              </thead>
              <tbody>
                {page.map((member) => (
                  <tr key={member.id}>
                    <td>{member.name ?? '—'}</td>
                    <td>{member.email ?? '—'}</td>
                    <td>{cluster.practices?.find((p) => p.providerNumber === member.providerNumber)?.name ?? member.providerNumber}</td>
                    {canEdit && (
                      <td>
                        <button
                          type="button"
                          onClick={() => {
                            if (window.confirm(`Fjern ${member.name ?? 'medlemmet'} fra klyngen?`))
                              void remove.run({ input: { clusterId: cluster.id, memberId: member.id } }, 'Medlemmet er fjernet.');
                          }}
                        >
                          Fjern <span className="visually-hidden">{member.name}</span>
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
            {pager}
            <FormMessage error={remove.error?.message} success={remove.done} />
          </section>
          {canEdit && <AddMemberForm clusterId={cluster.id} practices={cluster.practices ?? []} />}
          {viewer.clusterRole === 'coordinator' && <HandoverForm clusterId={cluster.id} members={members} />}
          <section aria-labelledby="reads-heading">
            <h2 id="reads-heading">Hvem har set jeres kontaktoplysninger</h2>
            <p>Hver visning af en e-mail, et telefonnummer eller et medlems navn bliver logget, også jeres egne.</p>
            <ContactReads
              clusterId={cluster.id}
              names={new Map([...(cluster.officers ?? []), ...members].map((person) => [person.id, person.name ?? '—']))}
              ownReadsOptional
            />
          </section>
        </>
      )}
    </QueryState>
  );
}

function AddMemberForm({ clusterId, practices }: { clusterId: string; practices: { providerNumber: string; name: string }[] }) {
  const add = useAction(AddMember);
  const [providerNumber, setProviderNumber] = useState(practices[0]?.providerNumber ?? '');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const fields = add.error?.fields ?? {};
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await add.run({ input: { clusterId, providerNumber, name, email } }, `${name} er tilføjet.`)) {
      setName('');
      setEmail('');
    }
  };
  return (
    <form className="panel" onSubmit={submit} noValidate aria-label="Tilføj medlem">
      <h2>Tilføj medlem</h2>
      <SelectField
        label="Praksis"
        value={providerNumber}
        onChange={(e) => setProviderNumber(e.target.value)}
        options={practices.map((p) => ({ value: p.providerNumber, label: `${p.name} (${p.providerNumber})` }))}
        error={fields.providerNumber}
      />
      <TextField label="Navn" value={name} onChange={(e) => setName(e.target.value)} error={fields.name} />
      <TextField
        label="E-mail (bruges til log-in)"
        type="email"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fields.email}
      />
      <SubmitButton busy={add.busy}>Tilføj medlem</SubmitButton>
      <FormMessage error={add.error?.message} success={add.done} />
    </form>
  );
}

function HandoverForm({ clusterId, members }: { clusterId: string; members: { id: string; name?: string | null }[] }) {
  const offer = useAction(OfferHandover);
  const [to, setTo] = useState(members[0]?.id ?? '');
  return (
    <form
      className="panel"
      aria-label="Overdrag koordinatorposten"
      onSubmit={(event) => {
        event.preventDefault();
        void offer.run({ input: { clusterId, toMemberId: to } }, 'Overdragelsen er tilbudt; den gælder, når modtageren accepterer.');
      }}
    >
      <h2>Overdrag koordinatorposten</h2>
      <SelectField
        label="Til"
        value={to}
        onChange={(e) => setTo(e.target.value)}
        options={members.map((m) => ({ value: m.id, label: m.name ?? m.id }))}
      />
      <SubmitButton busy={offer.busy}>Tilbyd overdragelse</SubmitButton>
      <FormMessage error={offer.error?.message} success={offer.done} />
    </form>
  );
}

function Handovers({ handovers }: { handovers: { id: string; fromName: string; toName: string; offeredAt: string }[] }) {
  const accept = useAction(AcceptHandover);
  const [phone, setPhone] = useState('');
  return (
    <section className="panel" aria-labelledby="handover-heading">
      <h2 id="handover-heading">Overdragelse af koordinatorposten</h2>
      {handovers.map((handover) => (
        <form
          key={handover.id}
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void accept.run({ input: { handoverId: handover.id, phone } }, 'Du er nu klyngens koordinator.');
          }}
        >
          <p>
            {handover.fromName} har tilbudt {handover.toName} posten ({formatDateTime(handover.offeredAt)}).
          </p>
          <TextField
            label="Dit telefonnummer"
            hint="Fx +4512345678"
            type="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            error={accept.error?.fields.phone}
          />
          <SubmitButton busy={accept.busy}>Acceptér posten</SubmitButton>
        </form>
      ))}
      <FormMessage error={accept.error?.message} success={accept.done} />
    </section>
  );
}
