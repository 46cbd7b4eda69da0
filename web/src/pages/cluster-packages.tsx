import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { ConsoleClusterPackagesQuery } from '../__generated__/graphql';
import { formatDate, label } from '../danish';
import type { Viewer } from '../session';
import { useAction } from '../ui/action';
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from '../ui/forms';
import { Empty, QueryState } from '../ui/status';
import { BookingReferrals, hasReferralComparison } from './booking-referrals';
import { QuestionnaireRound } from './questionnaire';

const PackagesQuery = graphql(`
  query ConsoleClusterPackages($id: ID!) {
    cluster(id: $id) {
      id
      municipalities {
        code
        name
      }
      practices {
        providerNumber
        name
      }
      packageOrders {
        id
        status
        orderedAt
        orderedBy
        wishes
        consultant
        callHeldOn
        callNote
        heldOn
        focusAreas
        cancellationReason
        package {
          id
          name
        }
        invitedMunicipality {
          code
          name
        }
        handledBy {
          kiap
        }
        participants {
          id
          name
          organisation
          role
        }
        practiceSteps {
          providerNumber
          practiceName
          steps
        }
        followUp {
          dueFrom
          dueBy
          state
        }
        followUpOf {
          id
          heldOn
          focusAreas
        }
        booking {
          id
          status
          package
        }
        questionnaireRound {
          id
        }
        offerRequests {
          id
          status
          offer {
            title
          }
        }
      }
      regionalOffers(kinds: [MEETING_FACILITATION], first: 1) {
        id
        title
      }
      questionnaireRounds {
        id
        purpose
      }
    }
    clusterPackages {
      id
      name
      municipalPackage
      region {
        code
      }
    }
  }
`);

/** Ordering a package; the dashboard uses it too, when accepting a meeting the municipality proposed. */
export const OrderPackage = graphql(`
  mutation ConsoleOrderClusterPackage($input: OrderClusterPackageInput!) {
    orderClusterPackage(input: $input) {
      order {
        id
        status
      }
    }
  }
`);

const RequestFacilitation = graphql(`
  mutation ConsoleRequestFacilitation($input: RequestRegionalOfferInput!) {
    requestRegionalOffer(input: $input) {
      request {
        id
        status
        packageOrder {
          id
        }
      }
    }
  }
`);

const RecordOutcome = graphql(`
  mutation ConsoleRecordPackageOutcome($input: RecordPackageOutcomeInput!) {
    recordPackageOutcome(input: $input) {
      order {
        id
        status
        heldOn
        focusAreas
        followUp {
          dueFrom
          dueBy
          state
        }
      }
    }
  }
`);

type ClusterData = NonNullable<ConsoleClusterPackagesQuery['cluster']>;
type Order = ClusterData['packageOrders'][number];

/**
 * The cluster's packages from order to follow-up (seed 003, "Før, under og efter
 * klyngemødet"): the coordinator and board order and record what was agreed; every member
 * answers the questionnaires and reads their aggregate results.
 */
export function ClusterPackages({ viewer }: { viewer: Extract<Viewer, { kind: 'cluster' }> }) {
  const [result] = useQuery({ query: PackagesQuery, variables: { id: viewer.clusterId } });
  const cluster = result.data?.cluster;
  const officer = viewer.clusterRole !== 'member';
  const ownRounds = (cluster?.questionnaireRounds ?? []).filter((round) => round.purpose === 'CLUSTER_OWN');
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={result.data !== undefined}>
      {cluster && (
        <>
          <p className="lead">
            Klyngen bestiller en klyngepakke, en konsulent ringer til koordinatoren, og klyngens læger svarer på et kort spørgeskema før
            mødet. Efter mødet noterer klyngen sine indsatsområder, og 6–12 måneder senere følger klyngen op.
          </p>
          {officer && <OrderForm cluster={cluster} packages={result.data!.clusterPackages} />}
          <h2>Klyngens pakker</h2>
          {cluster.packageOrders.length === 0 && <Empty>Klyngen har ikke bestilt nogen klyngepakke endnu.</Empty>}
          {cluster.packageOrders.map((order) => (
            <OrderCard key={order.id} order={order} cluster={cluster} officer={officer} />
          ))}
          {ownRounds.length > 0 && <h2>Klyngens egne spørgeskemaer</h2>}
          {ownRounds.map((round) => (
            <QuestionnaireRound key={round.id} roundId={round.id} canAnswer />
          ))}
        </>
      )}
    </QueryState>
  );
}

function OrderForm({ cluster, packages }: { cluster: ClusterData; packages: ConsoleClusterPackagesQuery['clusterPackages'] }) {
  const [packageId, setPackageId] = useState('');
  const [wishes, setWishes] = useState('');
  const [municipalityCode, setMunicipalityCode] = useState(cluster.municipalities[0]?.code ?? '');
  const order = useAction(OrderPackage);
  const chosen = packages.find((p) => p.id === packageId);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const done = await order.run(
      {
        input: {
          clusterId: cluster.id,
          packageId,
          wishes: wishes || null,
          municipalityCode: chosen?.municipalPackage ? municipalityCode : null,
        },
      },
      'Pakken er bestilt. En konsulent ringer til koordinatoren for at planlægge mødet.',
    );
    if (done) setWishes('');
  };
  return (
    <form onSubmit={(event) => void submit(event)} className="card" aria-label="Bestil en klyngepakke">
      <h2>Bestil en klyngepakke</h2>
      <SelectField
        label="Klyngepakke"
        required
        value={packageId}
        onChange={(event) => setPackageId(event.target.value)}
        options={[{ value: '', label: 'Vælg en pakke' }, ...packages.map((p) => ({ value: p.id, label: p.name }))]}
        error={order.error?.fields.packageId}
      />
      {chosen?.municipalPackage && (
        <SelectField
          label="Kommune, der inviteres"
          hint="Kommunen holder oplæg på mødet og deltager i et formøde."
          value={municipalityCode}
          onChange={(event) => setMunicipalityCode(event.target.value)}
          options={cluster.municipalities.map((m) => ({ value: m.code, label: m.name }))}
          error={order.error?.fields.municipalityCode}
        />
      )}
      <TextArea
        label="Klyngens ønsker til mødet"
        hint="Hvad vil klyngen gerne have ud af mødet? Konsulenten tager det med i samtalen."
        value={wishes}
        maxLength={2000}
        onChange={(event) => setWishes(event.target.value)}
        error={order.error?.fields.wishes}
      />
      <SubmitButton busy={order.busy}>Bestil</SubmitButton>
      <FormMessage error={order.error?.message} success={order.done} />
    </form>
  );
}

function OrderCard({ order, cluster, officer }: { order: Order; cluster: ClusterData; officer: boolean }) {
  const followUp = useAction(OrderPackage);
  const facilitate = useAction(RequestFacilitation);
  const open = order.status === 'ORDERED' || order.status === 'PREPARING';
  const facilitation = cluster.regionalOffers[0];
  return (
    <article className="card" aria-label={`${order.package.name}${order.followUpOf ? ' (opfølgning)' : ''}`}>
      <header>
        <h3>
          {order.package.name}
          {order.followUpOf && ' (opfølgning)'}
        </h3>
        <span className="badge">{label('orderStatus', order.status)}</span>
      </header>
      <dl className="facts">
        <dt>Bestilt</dt>
        <dd>{formatDate(order.orderedAt)}</dd>
        {order.invitedMunicipality && (
          <>
            <dt>Kommune</dt>
            <dd>{order.invitedMunicipality.name}</dd>
          </>
        )}
        <dt>Konsulent</dt>
        <dd>{order.consultant ?? (order.handledBy.kiap ? 'KiAP tildeler en konsulent' : 'Kvalitetsenheden tildeler en konsulent')}</dd>
        {order.callHeldOn && (
          <>
            <dt>Samtale</dt>
            <dd>
              {formatDate(order.callHeldOn)}
              {order.callNote && ` — ${order.callNote}`}
            </dd>
          </>
        )}
        {order.heldOn && (
          <>
            <dt>Mødet blev holdt</dt>
            <dd>{formatDate(order.heldOn)}</dd>
          </>
        )}
        {order.cancellationReason && (
          <>
            <dt>Aflyst</dt>
            <dd>{order.cancellationReason}</dd>
          </>
        )}
      </dl>
      {order.participants.length > 0 && (
        <p className="meta">Deltager også: {order.participants.map((p) => `${p.name} (${p.organisation})`).join(', ')}</p>
      )}
      {order.followUpOf && order.followUpOf.focusAreas.length > 0 && (
        <>
          <h4>Indsatsområder fra mødet {formatDate(order.followUpOf.heldOn)}, som der følges op på</h4>
          <ul>
            {order.followUpOf.focusAreas.map((area) => (
              <li key={area}>{area}</li>
            ))}
          </ul>
        </>
      )}
      {order.focusAreas.length > 0 && (
        <>
          <h4>Indsatsområder</h4>
          <ul>
            {order.focusAreas.map((area) => (
              <li key={area}>{area}</li>
            ))}
          </ul>
        </>
      )}
      {order.practiceSteps && order.practiceSteps.length > 0 && (
        <>
          <h4>Klinikkernes næste skridt</h4>
          <ul>
            {order.practiceSteps.map((step) => (
              <li key={step.providerNumber}>
                <strong>{step.practiceName ?? step.providerNumber}:</strong> {step.steps}
              </li>
            ))}
          </ul>
        </>
      )}
      {order.followUp && (
        <p className={order.followUp.state === 'OVERDUE' ? 'form-error' : 'meta'}>
          Opfølgning: {label('followUpState', order.followUp.state)} ({formatDate(order.followUp.dueFrom)} –{' '}
          {formatDate(order.followUp.dueBy)})
        </p>
      )}
      {officer && order.followUp && order.followUp.state !== 'ORDERED' && (
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={followUp.busy}
            onClick={() =>
              void followUp.run(
                {
                  input: {
                    clusterId: cluster.id,
                    packageId: order.package.id,
                    followUpOfOrderId: order.id,
                    municipalityCode: order.invitedMunicipality?.code ?? null,
                  },
                },
                'Opfølgningen er bestilt. Spørgeskemaet gentages, så klyngen kan se, om noget har ændret sig.',
              )
            }
          >
            Bestil opfølgning
          </button>
        </div>
      )}
      <FormMessage error={followUp.error?.message} success={followUp.done} />
      {order.offerRequests.map((request) => (
        <p key={request.id} className="meta">
          {request.offer.title}: {label('offerRequestStatus', request.status)}
        </p>
      ))}
      {officer && open && facilitation && order.offerRequests.length === 0 && (
        <div className="actions">
          <button
            type="button"
            disabled={facilitate.busy}
            onClick={() =>
              void facilitate.run(
                {
                  input: {
                    offerId: facilitation.id,
                    packageOrderId: order.id,
                    message: `Facilitering af klyngemødet om ${order.package.name}${order.followUpOf ? ' (opfølgning)' : ''}.`,
                  },
                },
                'Kvalitetsenheden har fået jeres anmodning om facilitering.',
              )
            }
          >
            Bed regionen om facilitering af mødet
          </button>
        </div>
      )}
      <FormMessage error={facilitate.error?.message} success={facilitate.done} />
      {order.questionnaireRound && <QuestionnaireRound roundId={order.questionnaireRound.id} canAnswer />}
      {order.booking && hasReferralComparison(order.booking) && <BookingReferrals bookingId={order.booking.id} />}
      {officer && open && <OutcomeForm order={order} cluster={cluster} />}
    </article>
  );
}

/** What the meeting agreed: the cluster's focus areas, and each practice's next step. */
function OutcomeForm({ order, cluster }: { order: Order; cluster: ClusterData }) {
  const [heldOn, setHeldOn] = useState('');
  const [areas, setAreas] = useState('');
  const [steps, setSteps] = useState<Record<string, string>>({});
  const record = useAction(RecordOutcome);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void record.run(
      {
        input: {
          orderId: order.id,
          heldOn,
          focusAreas: areas
            .split('\n')
            .map((line) => line.trim())
            .filter(Boolean),
          practiceSteps: Object.entries(steps)
            .filter(([, text]) => text.trim())
            .map(([providerNumber, text]) => ({ providerNumber, steps: text })),
        },
      },
      'Mødets resultat er gemt. Opfølgningen forfalder om 6–12 måneder.',
    );
  };
  return (
    <details>
      <summary>Registrér mødets resultat</summary>
      <form onSubmit={submit} aria-label={`Resultat af ${order.package.name}`}>
        <TextField
          label="Mødet blev holdt"
          type="date"
          required
          value={heldOn}
          onChange={(e) => setHeldOn(e.target.value)}
          error={record.error?.fields.heldOn}
        />
        <TextArea
          label="Indsatsområder"
          hint="Ét indsatsområde pr. linje, højst ti."
          required
          value={areas}
          onChange={(e) => setAreas(e.target.value)}
          error={record.error?.fields.focusAreas}
        />
        <fieldset>
          <legend>Klinikkernes næste skridt (valgfrit)</legend>
          {(cluster.practices ?? []).map((practice) => (
            <TextField
              key={practice.providerNumber}
              label={practice.name}
              value={steps[practice.providerNumber] ?? ''}
              onChange={(e) => setSteps({ ...steps, [practice.providerNumber]: e.target.value })}
            />
          ))}
        </fieldset>
        <SubmitButton busy={record.busy}>Gem resultatet</SubmitButton>
        <FormMessage error={record.error?.message} success={record.done} />
      </form>
    </details>
  );
}
