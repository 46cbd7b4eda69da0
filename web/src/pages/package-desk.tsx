import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { ConsolePackageDeskQuery, PackageOrderStatus } from '../__generated__/graphql';
import { formatDate, label, optionsOf } from '../danish';
import { useAction } from '../ui/action';
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from '../ui/forms';
import { useServerPage } from '../ui/pager';
import { Empty, QueryState } from '../ui/status';
import { QuestionnaireRound } from './questionnaire';

const DeskQuery = graphql(`
  query ConsolePackageDesk($statuses: [PackageOrderStatus!], $first: Int!, $after: ID) {
    packageOrders(statuses: $statuses, first: $first, after: $after) {
      id
      status
      orderedAt
      wishes
      consultant
      callHeldOn
      callNote
      heldOn
      focusAreas
      package {
        name
      }
      cluster {
        id
        name
      }
      invitedMunicipality {
        name
      }
      handledBy {
        kiap
        region {
          code
        }
      }
      followUpOf {
        id
      }
      questionnaireRound {
        id
        status
        opensOn
        closesOn
        respondentCount
      }
    }
    packageFollowUpsDue {
      id
      heldOn
      package {
        name
      }
      cluster {
        name
      }
      followUp {
        dueFrom
        dueBy
        state
      }
    }
  }
`);

const TakeOrder = graphql(`
  mutation ConsoleUpdatePackageOrder($input: UpdatePackageOrderInput!) {
    updatePackageOrder(input: $input) {
      order {
        id
        status
        consultant
        callHeldOn
        callNote
        questionnaireRound {
          id
          status
          opensOn
          closesOn
          respondentCount
        }
      }
    }
  }
`);

const CloseRound = graphql(`
  mutation ConsoleCloseQuestionnaireRound($input: CloseQuestionnaireRoundInput!) {
    closeQuestionnaireRound(input: $input) {
      round {
        id
        status
      }
    }
  }
`);

const CloseOrder = graphql(`
  mutation ConsoleClosePackageOrder($input: ClosePackageOrderInput!) {
    closePackageOrder(input: $input) {
      order {
        id
        status
      }
    }
  }
`);

type Order = ConsolePackageDeskQuery['packageOrders'][number];

/**
 * Package orders as KiAP (all) or a regional unit (its region's clusters) takes them: the
 * consultant, the call with the coordinator, the questionnaire's window, closing; and the
 * follow-ups that are due.
 */
export function PackageDesk({ regionCode }: { regionCode?: string }) {
  const [status, setStatus] = useState<PackageOrderStatus | ''>('');
  // Paged by the server: a year of every cluster's orders is more than one answer should carry.
  const pages = useServerPage(10, status, 'Sider: bestillinger');
  const [result] = useQuery({ query: DeskQuery, variables: { statuses: status ? [status] : null, ...pages.variables } });
  const orders = result.data?.packageOrders ?? [];
  const due = result.data?.packageFollowUpsDue ?? [];
  const handles = (order: Order) => (regionCode ? order.handledBy.region?.code === regionCode : true);
  const { page, pager } = pages.pageOf(orders);
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={result.data !== undefined}>
      <h2>Opfølgning, der er tid til</h2>
      {due.length === 0 && <Empty>Ingen klynger mangler at følge op lige nu.</Empty>}
      {due.length > 0 && (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Klynge</th>
              <th scope="col">Pakke</th>
              <th scope="col">Mødet</th>
              <th scope="col">Opfølgning</th>
            </tr>
          </thead>
          <tbody>
            {due.map((order) => (
              <tr key={order.id}>
                <td>{order.cluster.name}</td>
                <td>{order.package.name}</td>
                <td>{formatDate(order.heldOn)}</td>
                <td>
                  {label('followUpState', order.followUp?.state)} ({formatDate(order.followUp?.dueFrom)} –{' '}
                  {formatDate(order.followUp?.dueBy)})
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Bestillinger</h2>
      <SelectField
        label="Vis"
        value={status}
        onChange={(event) => setStatus(event.target.value as PackageOrderStatus | '')}
        options={[{ value: '', label: 'Alle' }, ...optionsOf('orderStatus')]}
      />
      {orders.length === 0 && <Empty>Ingen bestillinger.</Empty>}
      {page.map((order) => (
        <OrderCard key={order.id} order={order} handles={handles(order)} />
      ))}
      {pager}
    </QueryState>
  );
}

function OrderCard({ order, handles }: { order: Order; handles: boolean }) {
  const open = order.status === 'ORDERED' || order.status === 'PREPARING';
  const closeOrder = useAction(CloseOrder);
  return (
    <article className="card" aria-label={`${order.cluster.name}: ${order.package.name}`}>
      <header>
        <h3>
          {order.cluster.name}: {order.package.name}
          {order.followUpOf && ' (opfølgning)'}
        </h3>
        <span className="badge">{label('orderStatus', order.status)}</span>
      </header>
      <p className="meta">
        Bestilt {formatDate(order.orderedAt)}
        {order.invitedMunicipality && ` · inviterer ${order.invitedMunicipality.name}`}
        {order.consultant && ` · konsulent ${order.consultant}`}
        {order.heldOn && ` · holdt ${formatDate(order.heldOn)}`}
      </p>
      {order.wishes && <p>Klyngens ønsker: {order.wishes}</p>}
      {order.focusAreas.length > 0 && <p>Indsatsområder: {order.focusAreas.join('; ')}</p>}
      {handles && open && <TakeForm order={order} />}
      {order.questionnaireRound && <RoundLine round={order.questionnaireRound} handles={handles} />}
      {handles && order.status === 'HELD' && (
        <div className="actions">
          <button
            type="button"
            disabled={closeOrder.busy}
            onClick={() => void closeOrder.run({ input: { orderId: order.id } }, 'Bestillingen er afsluttet.')}
          >
            Afslut bestillingen
          </button>
        </div>
      )}
      <FormMessage error={closeOrder.error?.message} success={closeOrder.done} />
    </article>
  );
}

function RoundLine({ round, handles }: { round: NonNullable<Order['questionnaireRound']>; handles: boolean }) {
  const close = useAction(CloseRound);
  const [showResults, setShowResults] = useState(false);
  return (
    <div>
      <p className="meta">
        Spørgeskema {formatDate(round.opensOn)} – {formatDate(round.closesOn)}: {label('roundStatus', round.status)},{' '}
        {round.respondentCount} svar
      </p>
      <div className="actions">
        {handles && round.status !== 'CLOSED' && (
          <button
            type="button"
            disabled={close.busy}
            onClick={() => void close.run({ input: { roundId: round.id } }, 'Spørgeskemaet er lukket.')}
          >
            Luk spørgeskemaet nu
          </button>
        )}
        {round.status === 'CLOSED' && (
          <button type="button" aria-expanded={showResults} onClick={() => setShowResults(!showResults)}>
            {showResults ? 'Skjul resultater' : 'Vis resultater'}
          </button>
        )}
      </div>
      <FormMessage error={close.error?.message} success={close.done} />
      {showResults && <QuestionnaireRound roundId={round.id} canAnswer={false} />}
    </div>
  );
}

/** The handler's steps: consultant, the call, the questionnaire's window (which opens the round). */
function TakeForm({ order }: { order: Order }) {
  const [consultant, setConsultant] = useState(order.consultant ?? '');
  const [callHeldOn, setCallHeldOn] = useState(order.callHeldOn ?? '');
  const [callNote, setCallNote] = useState(order.callNote ?? '');
  const [opensOn, setOpensOn] = useState(order.questionnaireRound?.opensOn ?? '');
  const [closesOn, setClosesOn] = useState(order.questionnaireRound?.closesOn ?? '');
  const take = useAction(TakeOrder);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void take.run(
      {
        input: {
          orderId: order.id,
          consultant: consultant || null,
          callHeldOn: callHeldOn || null,
          callNote: callNote || null,
          questionnaireOpensOn: opensOn || null,
          questionnaireClosesOn: closesOn || null,
        },
      },
      'Bestillingen er opdateret.',
    );
  };
  return (
    <details>
      <summary>Tag bestillingen</summary>
      <form onSubmit={submit} aria-label={`Tag bestillingen fra ${order.cluster.name}`}>
        <TextField
          label="Konsulent"
          value={consultant}
          onChange={(e) => setConsultant(e.target.value)}
          error={take.error?.fields.consultant}
        />
        <TextField
          label="Samtale med koordinatoren"
          type="date"
          value={callHeldOn}
          onChange={(e) => setCallHeldOn(e.target.value)}
          error={take.error?.fields.callHeldOn}
        />
        <TextArea
          label="Notat fra samtalen"
          value={callNote}
          onChange={(e) => setCallNote(e.target.value)}
          error={take.error?.fields.callNote}
        />
        <TextField
          label="Spørgeskemaet åbner"
          type="date"
          value={opensOn}
          onChange={(e) => setOpensOn(e.target.value)}
          error={take.error?.fields.questionnaireOpensOn}
        />
        <TextField
          label="Spørgeskemaet lukker"
          type="date"
          value={closesOn}
          onChange={(e) => setClosesOn(e.target.value)}
          error={take.error?.fields.questionnaireClosesOn}
        />
        <SubmitButton busy={take.busy}>Gem</SubmitButton>
        <FormMessage error={take.error?.message} success={take.done} />
      </form>
    </details>
  );
}
