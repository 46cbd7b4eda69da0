import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { ConsoleMunicipalityBookingsQuery } from '../__generated__/graphql';
import { formatDateTime, label, optionsOf } from '../danish';
import { toUserError } from '../api';
import { useAction } from '../ui/action';
import { FormMessage, SelectField, SubmitButton, TextField } from '../ui/forms';
import { Empty, QueryState } from '../ui/status';
import { useServerPage } from '../ui/pager';
import { BookingReferrals, hasReferralComparison } from './booking-referrals';

const MunicipalityBookingsQuery = graphql(`
  query ConsoleMunicipalityBookings($code: ID!, $first: Int!, $after: ID) {
    municipality(code: $code) {
      code
      name
      packageBookings(first: $first, after: $after) {
        id
        status
        package
        cluster {
          id
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
        presenter {
          name
          jobTitle
        }
        declineReason
        cancellation {
          by
          reason
        }
        order {
          id
        }
      }
    }
    packageOrders(statuses: [ORDERED, PREPARING]) {
      id
      orderedAt
      wishes
      package {
        name
        municipalPackage
      }
      cluster {
        id
        name
      }
      booking {
        id
      }
    }
  }
`);

// Asked only once the form is opened: a municipality can have many clusters, and the bookings do not need them.
const MunicipalityClustersQuery = graphql(`
  query ConsoleMunicipalityClusters($code: ID!) {
    municipality(code: $code) {
      code
      clusters {
        id
        name
      }
    }
  }
`);

const RequestMeeting = graphql(`
  mutation ConsoleRequestPackageMeeting($input: RequestPackageMeetingInput!) {
    requestPackageMeeting(input: $input) {
      booking {
        id
        status
      }
    }
  }
`);

const CancelMeeting = graphql(`
  mutation ConsoleCancelPackageMeeting($input: CancelPackageMeetingInput!) {
    cancelPackageMeeting(input: $input) {
      booking {
        id
        status
        cancellation {
          by
          reason
        }
      }
    }
  }
`);

type Booking = NonNullable<NonNullable<ConsoleMunicipalityBookingsQuery['municipality']>['packageBookings']>[number];

/** A municipality books its two packages with clusters, follows each booking and cancels when it must. */
export function MunicipalityBookings({ municipalityCode }: { municipalityCode: string }) {
  const paging = useServerPage(10, municipalityCode);
  const [result] = useQuery({ query: MunicipalityBookingsQuery, variables: { code: municipalityCode, ...paging.variables } });
  const municipality = result.data?.municipality;
  const bookings = municipality?.packageBookings ?? [];
  const { page, pager } = paging.pageOf(bookings);
  const orders = (result.data?.packageOrders ?? []).filter((order) => order.booking === null && order.package.municipalPackage);
  // Which meeting the form books: one a cluster ordered, the municipality's own ('own'), or none while it is closed.
  const [booking, setBooking] = useState<BookingFor | 'own' | null>(null);
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={Boolean(municipality)}>
      <p className="lead">
        {municipality?.name} Kommunes møder med klyngerne om de kommunale klyngepakker. Klyngen vælger et af de foreslåede tidspunkter.
      </p>
      {orders.length > 0 && (
        <section aria-labelledby="orders-heading">
          <h2 id="orders-heading">Klynger, der har bestilt en kommunal klyngepakke</h2>
          <p>Klyngen har bestilt pakken hos KiAP og inviteret kommunen. Foreslå tidspunkter, formøde og oplæg.</p>
          <ul className="plain">
            {orders.map((order) => (
              <li key={order.id}>
                <strong>{order.cluster.name}</strong>: {order.package.name}
                {order.wishes && ` — "${order.wishes}"`}{' '}
                <button
                  type="button"
                  onClick={() => {
                    setBooking({
                      orderId: order.id,
                      cluster: order.cluster,
                      package: order.package.municipalPackage!,
                    });
                    // The form below is now for this order: take the user there.
                    requestAnimationFrame(() => document.getElementById('book-heading')?.focus());
                  }}
                >
                  Book mødet
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="bookings-heading">
        <h2 id="bookings-heading">Bookinger</h2>
        {bookings.length === 0 ? (
          <Empty>Ingen bookinger endnu.</Empty>
        ) : (
          page.map((booking) => <BookingCard key={booking.id} booking={booking} />)
        )}
        {pager}
      </section>
      {booking === null ? (
        <button type="button" className="primary" onClick={() => setBooking('own')}>
          Book et møde med en klynge
        </button>
      ) : (
        <BookingForm
          key={booking === 'own' ? 'own' : booking.orderId}
          municipalityCode={municipalityCode}
          forOrder={booking === 'own' ? null : booking}
          onClose={() => setBooking(null)}
        />
      )}
    </QueryState>
  );
}

function BookingCard({ booking }: { booking: Booking }) {
  const cancel = useAction(CancelMeeting);
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState(false);
  const cancellable = booking.status === 'REQUESTED' || booking.status === 'CONFIRMED';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await cancel.run({ input: { bookingId: booking.id, reason } }, 'Mødet er aflyst, og klyngen kan se det.');
  };
  return (
    <article className="card" aria-label={`${label('municipalPackage', booking.package)} med ${booking.cluster.name}`}>
      <header>
        <h3>
          {label('municipalPackage', booking.package)} · {booking.cluster.name}
        </h3>
        <span className={`badge status-${booking.status.toLowerCase()}`}>{label('bookingStatus', booking.status)}</span>
      </header>
      <dl className="facts">
        <dt>Oplægsholder</dt>
        <dd>
          {booking.presenter.name}, {booking.presenter.jobTitle}
        </dd>
        {booking.confirmedSlot ? (
          <>
            <dt>Tidspunkt</dt>
            <dd>{formatDateTime(booking.confirmedSlot.startsAt)}</dd>
          </>
        ) : (
          <>
            <dt>Foreslåede tidspunkter</dt>
            <dd>{booking.proposedSlots.map((slot) => formatDateTime(slot.startsAt)).join(' · ')}</dd>
          </>
        )}
        {booking.declineReason && (
          <>
            <dt>Klyngens begrundelse</dt>
            <dd>{booking.declineReason}</dd>
          </>
        )}
        {booking.cancellation && (
          <>
            <dt>Aflyst af {booking.cancellation.by === 'CLUSTER' ? 'klyngen' : 'kommunen'}</dt>
            <dd>{booking.cancellation.reason}</dd>
          </>
        )}
      </dl>
      {hasReferralComparison(booking) && <BookingReferrals bookingId={booking.id} />}
      {cancellable && !open && (
        <button type="button" onClick={() => setOpen(true)}>
          Aflys mødet
        </button>
      )}
      {cancellable && open && (
        <form onSubmit={submit} className="inline-form">
          <TextField
            label="Begrundelse for aflysning"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={cancel.error?.fields.reason}
            required
          />
          <SubmitButton busy={cancel.busy}>Aflys mødet</SubmitButton>
          <button type="button" onClick={() => setOpen(false)}>
            Fortryd
          </button>
        </form>
      )}
      <FormMessage error={cancel.error?.message} success={cancel.done} />
    </article>
  );
}

/** Local date and time from a datetime-local control as an instant. */
function instant(local: string): string {
  return new Date(local).toISOString();
}

function addMinutes(local: string, minutes: number): string {
  return new Date(new Date(local).getTime() + minutes * 60_000).toISOString();
}

/** The order a meeting is booked for: the cluster ordered the package and invited the municipality. */
interface BookingFor {
  orderId: string;
  cluster: { id: string; name: string };
  package: 'ACUTE_FUNCTIONS' | 'PREVENTION_AND_REHABILITATION';
}

function BookingForm({
  municipalityCode,
  forOrder,
  onClose,
}: {
  municipalityCode: string;
  forOrder: BookingFor | null;
  onClose: () => void;
}) {
  const request = useAction(RequestMeeting);
  const [options] = useQuery({ query: MunicipalityClustersQuery, variables: { code: municipalityCode }, pause: forOrder !== null });
  // An order's meeting is with the cluster that ordered it; the municipality's own may be with any cluster it has.
  const clusters = forOrder ? [forOrder.cluster] : (options.data?.municipality?.clusters ?? []);
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [chosenClusterId, setClusterId] = useState('');
  const clusterId = chosenClusterId || clusters[0]?.id || '';
  const [pkg, setPackage] = useState<'ACUTE_FUNCTIONS' | 'PREVENTION_AND_REHABILITATION'>(forOrder?.package ?? 'ACUTE_FUNCTIONS');
  const [slots, setSlots] = useState(['', '', '']);
  const [minutes, setMinutes] = useState('90');
  const [preMeeting, setPreMeeting] = useState('');
  const [presenterName, setPresenterName] = useState('');
  const [presenterTitle, setPresenterTitle] = useState('');
  const [talkTitle, setTalkTitle] = useState('');
  const [talkMinutes, setTalkMinutes] = useState('30');
  const [missing, setMissing] = useState<Record<string, string>>({});
  const fields = { ...(request.error?.fields ?? {}), ...missing };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = slots.filter(Boolean);
    const gaps: Record<string, string> = {};
    if (chosen.length === 0) gaps['proposedSlots[0].startsAt'] = 'Foreslå mindst ét tidspunkt';
    if (!preMeeting) gaps['preMeeting.startsAt'] = 'Vælg et tidspunkt til formødet';
    setMissing(gaps);
    if (Object.keys(gaps).length > 0) return;
    const data = await request.run(
      {
        input: {
          idempotencyKey,
          clusterId,
          package: pkg,
          proposedSlots: chosen.map((start) => ({ startsAt: instant(start), endsAt: addMinutes(start, Number(minutes)) })),
          preMeeting: { startsAt: instant(preMeeting), endsAt: addMinutes(preMeeting, 30) },
          presenter: { name: presenterName, jobTitle: presenterTitle },
          talks: [{ title: talkTitle, minutes: Number(talkMinutes) }],
          orderId: forOrder?.orderId ?? null,
        },
      },
      'Mødet er foreslået. Klyngen får besked og vælger et tidspunkt.',
    );
    if (data) {
      setIdempotencyKey(crypto.randomUUID());
      setSlots(['', '', '']);
      setPreMeeting('');
    }
  };

  return (
    <section aria-labelledby="book-heading" className="panel">
      <h2 id="book-heading" tabIndex={-1}>
        {forOrder ? 'Book mødet for klyngens bestilling' : 'Book et møde med en klynge'}
      </h2>
      <form onSubmit={submit} noValidate>
        <SelectField
          label="Klynge"
          disabled={forOrder !== null}
          value={clusterId}
          onChange={(event) => setClusterId(event.target.value)}
          options={clusters.map((cluster) => ({ value: cluster.id, label: cluster.name }))}
          error={fields.clusterId}
        />
        <SelectField
          label="Klyngepakke"
          disabled={forOrder !== null}
          value={pkg}
          onChange={(event) => setPackage(event.target.value as typeof pkg)}
          options={optionsOf('municipalPackage')}
          error={fields.package}
        />
        <fieldset>
          <legend>Foreslåede tidspunkter (ét til tre)</legend>
          {slots.map((slot, index) => (
            <TextField
              key={index}
              label={`Tidspunkt ${index + 1}`}
              type="datetime-local"
              value={slot}
              onChange={(event) => setSlots(slots.map((s, i) => (i === index ? event.target.value : s)))}
              error={
                fields[`proposedSlots[${index}].startsAt`] ??
                fields[`proposedSlots[${index}].endsAt`] ??
                (index === 0 ? fields.proposedSlots : undefined)
              }
            />
          ))}
          <SelectField
            label="Mødets længde"
            value={minutes}
            onChange={(event) => setMinutes(event.target.value)}
            options={['60', '90', '120', '150'].map((value) => ({ value, label: `${value} minutter` }))}
          />
        </fieldset>
        <TextField
          label="Formøde med klyngens koordinator (30 minutter)"
          hint="Skal ligge før det første foreslåede tidspunkt."
          type="datetime-local"
          value={preMeeting}
          onChange={(event) => setPreMeeting(event.target.value)}
          error={fields['preMeeting.startsAt'] ?? fields.preMeeting}
        />
        <TextField
          label="Oplægsholderens navn"
          value={presenterName}
          onChange={(e) => setPresenterName(e.target.value)}
          error={fields['presenter.name']}
        />
        <TextField
          label="Oplægsholderens stilling"
          value={presenterTitle}
          onChange={(e) => setPresenterTitle(e.target.value)}
          error={fields['presenter.jobTitle']}
        />
        <TextField
          label="Oplæggets titel"
          value={talkTitle}
          onChange={(e) => setTalkTitle(e.target.value)}
          error={fields['talks[0].title'] ?? fields.talks}
        />
        <TextField
          label="Oplæggets længde i minutter"
          type="number"
          min={1}
          max={60}
          value={talkMinutes}
          onChange={(e) => setTalkMinutes(e.target.value)}
          error={fields['talks[0].minutes']}
        />
        <div className="actions">
          <SubmitButton busy={request.busy}>Send forslag til klyngen</SubmitButton>
          <button type="button" onClick={onClose}>
            Luk
          </button>
        </div>
        <FormMessage error={request.error?.message ?? (options.error && toUserError(options.error).message)} success={request.done} />
      </form>
    </section>
  );
}
