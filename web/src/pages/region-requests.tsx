import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { formatDateTime, label } from '../danish';
import { useAction } from '../ui/action';
import { FormMessage, SubmitButton, TextField } from '../ui/forms';
import { useServerPage } from '../ui/pager';
import { Empty, QueryState } from '../ui/status';

const RequestsQuery = graphql(`
  query ConsoleRegionRequests($code: ID!, $first: Int!, $afterOpen: ID, $afterAnswered: ID) {
    region(code: $code) {
      code
      open: offerRequests(statuses: [REQUESTED], first: $first, after: $afterOpen) {
        ...ConsoleRegionRequest
      }
      answered: offerRequests(statuses: [ACCEPTED, DECLINED], first: $first, after: $afterAnswered) {
        ...ConsoleRegionRequest
      }
    }
  }

  fragment ConsoleRegionRequest on OfferRequest {
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
    offer {
      id
      title
      capacity
      placesLeft
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

/**
 * Requests from clusters for the unit's offers, of every offer and year, newest first: those
 * waiting for an answer, with the places left on each offer, and those answered. Each list
 * pages from the server.
 */
export function RegionRequests({ regionCode }: { regionCode: string }) {
  const pages = {
    open: useServerPage(10, regionCode, 'Sider: afventer svar'),
    answered: useServerPage(10, regionCode, 'Sider: besvaret'),
  };
  const [result] = useQuery({
    query: RequestsQuery,
    variables: {
      code: regionCode,
      first: pages.open.variables.first,
      afterOpen: pages.open.variables.after,
      afterAnswered: pages.answered.variables.after,
    },
  });
  const open = pages.open.pageOf(result.data?.region?.open ?? []);
  const answered = pages.answered.pageOf(result.data?.region?.answered ?? []);
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={result.data !== undefined}>
      <h2>Afventer svar</h2>
      {open.page.length === 0 && <Empty>Ingen anmodninger venter.</Empty>}
      {open.page.map((request) => (
        <RequestCard key={request.id} offer={request.offer} request={request} />
      ))}
      {open.pager}
      <h2>Besvaret</h2>
      {answered.page.length === 0 && <Empty>Ingen endnu.</Empty>}
      <ul className="plain-list">
        {answered.page.map((request) => (
          <li key={request.id}>
            <strong>{request.cluster.name}</strong> · {request.offer.title} · {label('offerRequestStatus', request.status)}{' '}
            {formatDateTime(request.answeredAt)}
            {request.reply && ` — "${request.reply}"`}
          </li>
        ))}
      </ul>
      {answered.pager}
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
