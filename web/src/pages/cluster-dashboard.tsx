import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { ClusterAnswer, ConsoleClusterDashboardQuery } from '../__generated__/graphql';
import { formatDate, formatDateTime, label } from '../danish';
import type { Viewer } from '../session';
import { useAction } from '../ui/action';
import { FormMessage, SelectField, SubmitButton, TextField } from '../ui/forms';
import { useServerPage } from '../ui/pager';
import { Empty, QueryState } from '../ui/status';
import { OrderPackage } from './cluster-packages';

/** Everything on the cluster's front page, in one request; its three lists that grow a page at a time. */
const DashboardQuery = graphql(`
  query ConsoleClusterDashboard($id: ID!, $first: Int!, $afterBooking: ID, $afterForward: ID, $afterOffer: ID) {
    cluster(id: $id) {
      id
      name
      doctorCount
      listedPatients
      region {
        code
        name
      }
      municipalities {
        code
        name
      }
      coordinator {
        id
        name
        email
        phone
      }
      officers {
        id
        role
        name
        email
        phone
      }
      packageBookings(statuses: [REQUESTED, CONFIRMED], first: $first, after: $afterBooking) {
        id
        status
        package
        order {
          id
        }
        municipality {
          code
          name
        }
        proposedSlots {
          startsAt
          endsAt
        }
        confirmedSlot {
          startsAt
          endsAt
        }
        preMeeting {
          startsAt
        }
        presenter {
          name
          jobTitle
        }
        talks {
          title
          minutes
        }
      }
      regionalOffers(first: $first, after: $afterOffer) {
        id
        kind
        title
        description
        validFrom
        validUntil
        capacity
        placesLeft
      }
      offerRequests {
        id
        status
        reply
        offer {
          id
          title
        }
      }
      forwardedInquiries(first: $first, after: $afterForward) {
        answer
        message
        answeredAt
        inquiry {
          id
          title
          purpose
          asks
          party {
            id
            name
          }
        }
      }
    }
  }
`);

const AcceptMeeting = graphql(`
  mutation ConsoleAcceptPackageMeeting($input: AcceptPackageMeetingInput!) {
    acceptPackageMeeting(input: $input) {
      booking {
        id
        status
        confirmedSlot {
          startsAt
          endsAt
        }
      }
    }
  }
`);

const DeclineMeeting = graphql(`
  mutation ConsoleDeclinePackageMeeting($input: DeclinePackageMeetingInput!) {
    declinePackageMeeting(input: $input) {
      booking {
        id
        status
        declineReason
      }
    }
  }
`);

const RequestOffer = graphql(`
  mutation ConsoleRequestRegionalOffer($input: RequestRegionalOfferInput!) {
    requestRegionalOffer(input: $input) {
      request {
        id
        status
        offer {
          id
          placesLeft
        }
      }
    }
  }
`);

const AnswerInquiry = graphql(`
  mutation ConsoleAnswerForwardedInquiry($input: AnswerForwardedInquiryInput!) {
    answerForwardedInquiry(input: $input) {
      forward {
        answer
        message
        answeredAt
        inquiry {
          id
        }
      }
    }
  }
`);

type Cluster = NonNullable<ConsoleClusterDashboardQuery['cluster']>;
type ClusterViewer = Extract<Viewer, { kind: 'cluster' }>;

/** The coordinator's and board's one page: who the cluster works with, and what waits for an answer. */
export function ClusterDashboard({ viewer }: { viewer: ClusterViewer }) {
  const pages = {
    bookings: useServerPage(10, viewer.clusterId, 'Sider: møder med kommunen'),
    forwards: useServerPage(10, viewer.clusterId, 'Sider: henvendelser'),
    offers: useServerPage(10, viewer.clusterId, 'Sider: regionens tilbud'),
  };
  const [result] = useQuery({
    query: DashboardQuery,
    variables: {
      id: viewer.clusterId,
      first: pages.bookings.variables.first,
      afterBooking: pages.bookings.variables.after,
      afterForward: pages.forwards.variables.after,
      afterOffer: pages.offers.variables.after,
    },
  });
  const cluster = result.data?.cluster;
  const canAct = viewer.clusterRole !== 'member';
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={Boolean(cluster)}>
      {cluster && (
        <>
          <p className="lead">
            {cluster.name} · {cluster.region.name} · {cluster.doctorCount} læger · kommuner:{' '}
            {cluster.municipalities.map((m) => m.name).join(', ')}
          </p>
          {!canAct && <p className="notice">Som medlem kan du se klyngens aftaler; koordinatoren og bestyrelsen svarer på dem.</p>}
          <div className="columns">
            <Bookings cluster={cluster} canAct={canAct} pages={pages.bookings} />
            <Inquiries cluster={cluster} canAct={canAct} pages={pages.forwards} />
            <RegionalOffers cluster={cluster} canAct={canAct} pages={pages.offers} />
            <Contacts cluster={cluster} />
          </div>
        </>
      )}
    </QueryState>
  );
}

type ServerPage = ReturnType<typeof useServerPage>;

/** A list's heading counts its items when they fit on one page; with a pager the count would be the page's. */
const counted = (heading: string, shown: number, pager: unknown) => (pager ? heading : `${heading} (${shown})`);

function Bookings({ cluster, canAct, pages }: { cluster: Cluster; canAct: boolean; pages: ServerPage }) {
  const { page: bookings, pager } = pages.pageOf(cluster.packageBookings ?? []);
  return (
    <section aria-labelledby="cluster-bookings">
      <h2 id="cluster-bookings">{counted('Møder med kommunen', bookings.length, pager)}</h2>
      {bookings.length === 0 && <Empty>Ingen forslag eller aftalte møder.</Empty>}
      {bookings.map((booking) => (
        <BookingRequest key={booking.id} booking={booking} canAct={canAct} clusterId={cluster.id} />
      ))}
      {pager}
    </section>
  );
}

/** The catalogue's ids of the two municipal packages (db/seed/catalogue.ts). */
const MUNICIPAL_PACKAGE_IDS = {
  ACUTE_FUNCTIONS: 'kommunale-akutfunktioner',
  PREVENTION_AND_REHABILITATION: 'kommunale-forebyggelses-og-rehabiliteringstilbud',
} as const;

function BookingRequest({
  booking,
  canAct,
  clusterId,
}: {
  booking: NonNullable<Cluster['packageBookings']>[number];
  canAct: boolean;
  clusterId: string;
}) {
  const accept = useAction(AcceptMeeting);
  // A meeting the municipality proposed on its own becomes the cluster's order when accepted, so KiAP sees it with every package.
  const order = useAction(OrderPackage);
  const decline = useAction(DeclineMeeting);
  const [slot, setSlot] = useState(booking.proposedSlots[0]?.startsAt ?? '');
  const [reason, setReason] = useState('');
  const [declining, setDeclining] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (declining)
      await decline.run({ input: { bookingId: booking.id, reason } }, 'Forslaget er afslået, og kommunen kan se begrundelsen.');
    else {
      const ordered = booking.order
        ? undefined
        : await order.run({
            input: { clusterId, packageId: MUNICIPAL_PACKAGE_IDS[booking.package], municipalityCode: booking.municipality.code },
          });
      if (!booking.order && !ordered) return;
      await accept.run(
        { input: { bookingId: booking.id, slotStartsAt: slot, orderId: ordered?.orderClusterPackage.order.id ?? null } },
        'Mødet er bekræftet.',
      );
    }
  };
  return (
    <article className="card" aria-label={`${label('municipalPackage', booking.package)} fra ${booking.municipality.name}`}>
      <header>
        <h3>
          {label('municipalPackage', booking.package)} · {booking.municipality.name} Kommune
        </h3>
        <span className={`badge status-${booking.status.toLowerCase()}`}>{label('bookingStatus', booking.status)}</span>
      </header>
      <p>
        Oplæg: {booking.talks.map((talk) => `${talk.title} (${talk.minutes} min.)`).join(', ')} ved {booking.presenter.name},{' '}
        {booking.presenter.jobTitle}. Formøde {formatDateTime(booking.preMeeting.startsAt)}.
      </p>
      {booking.confirmedSlot && <p>Aftalt: {formatDateTime(booking.confirmedSlot.startsAt)}</p>}
      {booking.status === 'REQUESTED' && canAct && (
        <form onSubmit={submit} className="inline-form">
          {declining ? (
            <TextField
              label="Begrundelse"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={decline.error?.fields.reason}
            />
          ) : (
            <SelectField
              label="Vælg tidspunkt"
              value={slot}
              onChange={(e) => setSlot(e.target.value)}
              options={booking.proposedSlots.map((s) => ({ value: s.startsAt, label: formatDateTime(s.startsAt) }))}
              error={accept.error?.fields.slotStartsAt}
            />
          )}
          <SubmitButton busy={accept.busy || order.busy || decline.busy}>{declining ? 'Afslå forslaget' : 'Bekræft mødet'}</SubmitButton>
          <button type="button" onClick={() => setDeclining(!declining)}>
            {declining ? 'Fortryd' : 'Afslå i stedet'}
          </button>
        </form>
      )}
      <FormMessage error={(order.error ?? accept.error ?? decline.error)?.message} success={accept.done ?? decline.done} />
    </article>
  );
}

function Inquiries({ cluster, canAct, pages }: { cluster: Cluster; canAct: boolean; pages: ServerPage }) {
  // A forward is known by its inquiry, which is also what the next page starts after.
  const { page: forwards, pager } = pages.pageOf(
    (cluster.forwardedInquiries ?? []).map((forward) => ({ ...forward, id: forward.inquiry.id })),
  );
  return (
    <section aria-labelledby="cluster-inquiries">
      <h2 id="cluster-inquiries">{counted('Henvendelser til klyngen', forwards.length, pager)}</h2>
      {forwards.length === 0 && <Empty>KiAP har ikke sendt klyngen nogen henvendelser.</Empty>}
      {forwards.map((forward) => (
        <ForwardedInquiry key={forward.id} forward={forward} canAct={canAct} />
      ))}
      {pager}
    </section>
  );
}

function ForwardedInquiry({ forward, canAct }: { forward: NonNullable<Cluster['forwardedInquiries']>[number]; canAct: boolean }) {
  const answer = useAction(AnswerInquiry);
  const [message, setMessage] = useState(forward.message ?? '');
  const send = (value: ClusterAnswer) =>
    void answer.run({ input: { inquiryId: forward.inquiry.id, answer: value, ...(message ? { message } : {}) } }, 'Svaret er sendt.');
  return (
    <article className="card" aria-label={forward.inquiry.title}>
      <header>
        <h3>{forward.inquiry.title}</h3>
        <span className="badge">{forward.answer ? label('clusterAnswer', forward.answer) : 'Ikke besvaret'}</span>
      </header>
      <p>
        Fra {forward.inquiry.party.name}: {forward.inquiry.purpose}
      </p>
      <p className="meta">Beder om: {forward.inquiry.asks.map((ask) => label('inquiryAsk', ask)).join(', ')}</p>
      {canAct && (
        <div className="inline-form">
          <TextField
            label="Besked til KiAP (valgfri)"
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            error={answer.error?.fields.message}
          />
          <button type="button" className="primary" disabled={answer.busy} onClick={() => send('INTERESTED')}>
            Vi er interesserede
          </button>
          <button type="button" disabled={answer.busy} onClick={() => send('NOT_INTERESTED')}>
            Ikke interesseret
          </button>
        </div>
      )}
      <FormMessage error={answer.error?.message} success={answer.done} />
    </article>
  );
}

function RegionalOffers({ cluster, canAct, pages }: { cluster: Cluster; canAct: boolean; pages: ServerPage }) {
  const requested = new Map((cluster.offerRequests ?? []).map((request) => [request.offer.id, request]));
  const { page: offers, pager } = pages.pageOf(cluster.regionalOffers);
  return (
    <section aria-labelledby="cluster-offers">
      <h2 id="cluster-offers">{counted(`Tilbud fra ${cluster.region.name}`, offers.length, pager)}</h2>
      {offers.length === 0 && <Empty>Regionen har ingen tilbud ude lige nu.</Empty>}
      {offers.map((offer) => (
        <RegionalOffer key={offer.id} offer={offer} request={requested.get(offer.id)} canAct={canAct} />
      ))}
      {pager}
    </section>
  );
}

function RegionalOffer({
  offer,
  request,
  canAct,
}: {
  offer: Cluster['regionalOffers'][number];
  request: NonNullable<Cluster['offerRequests']>[number] | undefined;
  canAct: boolean;
}) {
  const ask = useAction(RequestOffer);
  const [message, setMessage] = useState('');
  const full = offer.capacity != null && (offer.placesLeft ?? 0) === 0;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await ask.run({ input: { offerId: offer.id, message } }, 'Anmodningen er sendt til regionen.');
  };
  return (
    <article className="card" aria-label={offer.title}>
      <header>
        <h3>{offer.title}</h3>
        <span className="badge">
          {offer.capacity == null ? label('regionalOfferKind', offer.kind) : `${offer.placesLeft ?? 0} ledige pladser`}
        </span>
      </header>
      <p>{offer.description}</p>
      <p className="meta">
        {formatDate(offer.validFrom)} – {offer.validUntil ? formatDate(offer.validUntil) : 'indtil videre'}
      </p>
      {request ? (
        <p>
          Anmodet: <strong>{label('offerRequestStatus', request.status)}</strong>
          {request.reply && ` — "${request.reply}"`}
        </p>
      ) : (
        canAct &&
        !full && (
          <form onSubmit={submit} className="inline-form">
            <TextField
              label="Hvad ønsker klyngen?"
              value={message}
              onChange={(e) => setMessage(e.target.value)}
              error={ask.error?.fields.message}
            />
            <SubmitButton busy={ask.busy}>Anmod om tilbuddet</SubmitButton>
          </form>
        )
      )}
      <FormMessage error={ask.error?.message} success={ask.done} />
    </article>
  );
}

function Contacts({ cluster }: { cluster: Cluster }) {
  const officers = cluster.officers ?? [];
  return (
    <section aria-labelledby="cluster-contacts">
      <h2 id="cluster-contacts">Klyngens kontakter</h2>
      <p className="hint">Kun klyngen selv og KiAP kan se disse oplysninger.</p>
      <ul className="plain-list">
        {officers.map((officer) => (
          <li key={officer.id}>
            <strong>{label('officerRole', officer.role)}:</strong> {officer.name}
            {officer.email && ` · ${officer.email}`}
            {officer.phone && ` · ${officer.phone}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
