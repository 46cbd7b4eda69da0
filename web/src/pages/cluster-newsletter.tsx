import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { ClusterAnswer } from '../__generated__/graphql';
import { formatDate, label } from '../danish';
import { useAction } from '../ui/action';
import { FormMessage } from '../ui/forms';
import { Empty, QueryState } from '../ui/status';

const NewsletterQuery = graphql(`
  query ConsoleClusterNewsletter {
    newsletterSections {
      id
      number
      sentAt
      inquiries {
        id
        title
        purpose
        asks
        party {
          id
          name
        }
        viewerClusterAnswer
      }
    }
  }
`);

const AnswerItem = graphql(`
  mutation ConsoleAnswerNewsletterItem($input: AnswerForwardedInquiryInput!) {
    answerForwardedInquiry(input: $input) {
      forward {
        answer
        answeredAt
        inquiry {
          id
        }
      }
    }
  }
`);

/** KiAP's newsletter as the coordinator and board read it, with "interested" on each item. */
export function ClusterNewsletter() {
  const [result] = useQuery({ query: NewsletterQuery });
  const sections = result.data?.newsletterSections ?? [];
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={result.data !== undefined}>
      <p className="lead">
        Henvendelser fra forskere, patientforeninger og virksomheder, som KiAP har bragt i nyhedsbrevet. Er klyngen interesseret, får KiAP
        besked og sætter jer i forbindelse med afsenderen.
      </p>
      {sections.length === 0 && <Empty>KiAP har ikke sendt noget nyhedsbrev endnu.</Empty>}
      {sections.map((section) => (
        <section key={section.id ?? section.number} aria-labelledby={`section-${section.number}`}>
          <h2 id={`section-${section.number}`}>
            Nyhedsbrev nr. {section.number} · {formatDate(section.sentAt)}
          </h2>
          {section.inquiries.map((inquiry) => (
            <NewsletterItem key={inquiry.id} inquiry={inquiry} answer={inquiry.viewerClusterAnswer ?? null} />
          ))}
        </section>
      ))}
    </QueryState>
  );
}

function NewsletterItem({
  inquiry,
  answer,
}: {
  inquiry: { id: string; title: string; purpose: string; asks: readonly string[]; party: { name: string } };
  answer: ClusterAnswer | null;
}) {
  const send = useAction(AnswerItem);
  const choose = (value: ClusterAnswer) =>
    void send.run(
      { input: { inquiryId: inquiry.id, answer: value } },
      value === 'INTERESTED' ? 'KiAP har fået besked om, at klyngen er interesseret.' : 'Svaret er sendt.',
    );
  return (
    <article className="card" aria-label={inquiry.title}>
      <header>
        <h3>{inquiry.title}</h3>
        <span className="badge">{answer ? label('clusterAnswer', answer) : 'Ikke besvaret'}</span>
      </header>
      <p>
        Fra {inquiry.party.name}: {inquiry.purpose}
      </p>
      <p className="meta">Beder om: {inquiry.asks.map((ask) => label('inquiryAsk', ask)).join(', ')}</p>
      <div className="actions">
        <button type="button" className="primary" disabled={send.busy} onClick={() => choose('INTERESTED')}>
          Vi er interesserede
        </button>
        <button type="button" disabled={send.busy} onClick={() => choose('NOT_INTERESTED')}>
          Ikke interesseret
        </button>
      </div>
      <FormMessage error={send.error?.message} success={send.done} />
    </article>
  );
}
