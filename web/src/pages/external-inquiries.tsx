import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { formatDate, label } from '../danish';
import { useAction } from '../ui/action';
import { FormMessage, SubmitButton, TextArea } from '../ui/forms';
import { Link } from '../ui/router';
import { useServerPage } from '../ui/pager';
import { Empty, QueryState } from '../ui/status';

const MyInquiriesQuery = graphql(`
  query ConsoleMyInquiries($first: Int!, $after: ID) {
    inquiries(first: $first, after: $after) {
      id
      title
      status
      submittedAt
      asks
      decision {
        kind
        reason
        nextStep
        decidedAt
      }
      informationRequests {
        question
      }
      interestedClusterCount
    }
  }
`);

const ProvideInformation = graphql(`
  mutation ConsoleProvideInquiryInformation($input: ProvideInquiryInformationInput!) {
    provideInquiryInformation(input: $input) {
      inquiry {
        id
        status
      }
    }
  }
`);

/** The party answers KiAP's question; the inquiry goes back to KiAP's review. */
function AnswerQuestion({ inquiryId, question, onAnswered }: { inquiryId: string; question: string; onAnswered: () => void }) {
  const provide = useAction(ProvideInformation);
  const [answer, setAnswer] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await provide.run({ input: { inquiryId, answer } })) onAnswered();
  };
  return (
    <form className="notice" onSubmit={submit} noValidate aria-label="Svar KiAP">
      <p>KiAP har spurgt: "{question}"</p>
      <TextArea label="Dit svar" value={answer} onChange={(e) => setAnswer(e.target.value)} error={provide.error?.fields.answer} />
      <SubmitButton busy={provide.busy}>Send svar</SubmitButton>
      <FormMessage error={provide.error?.message} />
    </form>
  );
}

/** An external party's inquiries: where each is in KiAP's process, and how many clusters are interested. */
export function ExternalInquiries() {
  const pages = useServerPage(10, '', 'Sider: mine henvendelser');
  const [result] = useQuery({ query: MyInquiriesQuery, variables: pages.variables });
  const inquiries = result.data?.inquiries ?? [];
  const { page, pager } = pages.pageOf(inquiries);
  const arrived = new URLSearchParams(window.location.search);
  // Answering moves the inquiry back to review and its form goes away, so the thanks are told here.
  const [answered, setAnswered] = useState(false);
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={result.data !== undefined}>
      {arrived.has('sendt') && (
        <p className="form-success" role="status">
          Tak. Henvendelsen er modtaget, og KiAP vurderer den.
        </p>
      )}
      {answered && (
        <p className="form-success" role="status">
          Tak. Svaret er sendt til KiAP, som vurderer henvendelsen videre.
        </p>
      )}
      {arrived.has('allerede') && (
        <p className="form-success" role="status">
          Den henvendelse havde KiAP allerede modtaget; den er ikke sendt igen.
        </p>
      )}
      <p className="lead">
        KiAP vurderer hver henvendelse og beslutter, om den skal i nyhedsbrevet til klyngerne, sendes til udvalgte klynger eller afvises.
        Her kan du følge med.
      </p>
      <p>
        <Link to="/ny-henvendelse" className="button primary">
          Send en ny henvendelse
        </Link>
      </p>
      {inquiries.length === 0 && <Empty>Du har ikke sendt nogen henvendelser endnu.</Empty>}
      {page.map((inquiry) => (
        <article className="card" key={inquiry.id} aria-label={inquiry.title}>
          <header>
            <h2>{inquiry.title}</h2>
            <span className="badge">{label('inquiryStatus', inquiry.status)}</span>
          </header>
          <dl className="facts">
            <dt>Sendt</dt>
            <dd>{formatDate(inquiry.submittedAt)}</dd>
            <dt>I beder om</dt>
            <dd>{inquiry.asks.map((ask) => label('inquiryAsk', ask)).join(', ')}</dd>
            {inquiry.decision && (
              <>
                <dt>Afgørelse</dt>
                <dd>
                  {label('decision', inquiry.decision.kind)}
                  {inquiry.decision.reason && `: ${inquiry.decision.reason}`}
                </dd>
                <dt>Næste skridt</dt>
                <dd>{inquiry.decision.nextStep}</dd>
              </>
            )}
            <dt>Interesserede klynger</dt>
            <dd>{inquiry.interestedClusterCount ?? 0}</dd>
          </dl>
          {inquiry.status === 'AWAITING_INFORMATION' && inquiry.informationRequests && inquiry.informationRequests.length > 0 && (
            <AnswerQuestion
              inquiryId={inquiry.id}
              question={inquiry.informationRequests[inquiry.informationRequests.length - 1]!.question}
              onAnswered={() => setAnswered(true)}
            />
          )}
        </article>
      ))}
      {pager}
    </QueryState>
  );
}
