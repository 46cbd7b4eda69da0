import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { formatDateTime, label } from '../danish';
import { useAction } from '../ui/action';
import { FormMessage, SubmitButton, TextField } from '../ui/forms';
import { Empty, QueryState } from '../ui/status';

const RequestsQuery = graphql(`
  query ConsoleRegionRequests($code: ID!) {
    region(code: $code) {
      code
      offers(statuses: [PUBLISHED, ARCHIVED]) {
        id
        title
        capacity
        placesLeft
        requests {
          id
          status
          message
          requestedAt
          reply
          answeredAt
          cluster {
            id
            name
          }
        }
      }
    }
  }
`);

const AnswerRequest = graphql(`
  mutation ConsoleAnswerOfferRequest($input: AnswerOfferRequestInput!) {
    answerOfferRequest(input: $input) {
      request {
        id
        status
        reply
        answeredAt
        offer {
          id
          placesLeft
        }
      }
    }
  }
`);

/** Requests from clusters for the unit's offers, open ones first, with the places left on each offer. */
export function RegionRequests({ regionCode }: { regionCode: string }) {
  const [result] = useQuery({ query: RequestsQuery, variables: { code: regionCode } });
  const offers = result.data?.region?.offers ?? [];
  const requests = offers.flatMap((offer) => (offer.requests ?? []).map((request) => ({ offer, request })));
  const open = requests.filter(({ request }) => request.status === 'REQUESTED');
  const answered = requests.filter(({ request }) => request.status !== 'REQUESTED');
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={result.data !== undefined}>
      <h2>Afventer svar ({open.length})</h2>
      {open.length === 0 && <Empty>Ingen anmodninger venter.</Empty>}
      {open.map(({ offer, request }) => (
        <RequestCard key={request.id} offer={offer} request={request} />
      ))}
      <h2>Besvaret ({answered.length})</h2>
      {answered.length === 0 && <Empty>Ingen endnu.</Empty>}
      <ul className="plain-list">
        {answered.map(({ offer, request }) => (
          <li key={request.id}>
            <strong>{request.cluster.name}</strong> · {offer.title} · {label('offerRequestStatus', request.status)}{' '}
            {formatDateTime(request.answeredAt)}
            {request.reply && ` — "${request.reply}"`}
          </li>
        ))}
      </ul>
    </QueryState>
  );
}

interface RequestCardProps {
  offer: { id: string; title: string; capacity?: number | null; placesLeft?: number | null };
  request: { id: string; message: string; requestedAt: string; cluster: { name: string } };
}

function RequestCard({ offer, request }: RequestCardProps) {
  const answer = useAction(AnswerRequest);
  const [reply, setReply] = useState('');
  const send = (accept: boolean) => async (event?: FormEvent) => {
    event?.preventDefault();
    await answer.run(
      { input: { requestId: request.id, accept, reply } },
      accept ? 'Anmodningen er accepteret.' : 'Anmodningen er afslået.',
    );
  };
  return (
    <article className="card" aria-label={`${request.cluster.name} anmoder om ${offer.title}`}>
      <header>
        <h3>
          {request.cluster.name} · {offer.title}
        </h3>
        <span className="badge">
          {offer.capacity == null ? 'Ubegrænsede pladser' : `${offer.placesLeft ?? 0} af ${offer.capacity} pladser ledige`}
        </span>
      </header>
      <p>"{request.message}"</p>
      <p className="meta">Modtaget {formatDateTime(request.requestedAt)}</p>
      <form onSubmit={send(true)} className="inline-form">
        <TextField label="Svar til klyngen" value={reply} onChange={(e) => setReply(e.target.value)} error={answer.error?.fields.reply} />
        <SubmitButton busy={answer.busy}>Acceptér</SubmitButton>
        <button type="button" onClick={() => void send(false)()} disabled={answer.busy}>
          Afslå
        </button>
      </form>
      <FormMessage error={answer.error?.message} success={answer.done} />
    </article>
  );
}
