import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { formatDate } from '../danish';
import { useAction } from '../ui/action';
import { FormMessage } from '../ui/forms';
import { Empty, QueryState } from '../ui/status';

const NewsletterQuery = graphql(`
  query ConsoleNewsletter {
    newsletterDraft {
      plainText
      inquiries {
        id
        title
        party {
          id
          name
        }
      }
    }
    newsletterSections {
      id
      number
      sentAt
      inquiries {
        id
        title
      }
    }
  }
`);

const MarkSent = graphql(`
  mutation ConsoleMarkNewsletterSent($input: MarkNewsletterSentInput!) {
    markNewsletterSent(input: $input) {
      section {
        id
        number
        sentAt
      }
    }
  }
`);

/** The next newsletter section as the clusters will read it, and the sections already sent. */
export function KiapNewsletter() {
  const [result] = useQuery({ query: NewsletterQuery });
  const markSent = useAction(MarkSent);
  const [copied, setCopied] = useState<{ success?: string; error?: string }>({});
  const draft = result.data?.newsletterDraft;
  const sent = result.data?.newsletterSections ?? [];
  return (
    <QueryState fetching={result.fetching} error={result.error} hasData={result.data !== undefined}>
      <section aria-labelledby="draft-heading" className="panel">
        <h2 id="draft-heading">Næste nyhedsbrev</h2>
        {!draft || draft.inquiries.length === 0 ? (
          <Empty>Ingen henvendelser venter på nyhedsbrevet.</Empty>
        ) : (
          <>
            <p>
              {draft.inquiries.length} henvendelse{draft.inquiries.length === 1 ? '' : 'r'}:{' '}
              {draft.inquiries.map((inquiry) => inquiry.title).join(' · ')}
            </p>
            <h3>Forhåndsvisning</h3>
            <pre className="preview" tabIndex={0} aria-label="Nyhedsbrevets tekst">
              {draft.plainText}
            </pre>
            {/* The newsletter goes out by e-mail from KiAP's own mail tool: the text is taken from here. */}
            <button
              type="button"
              onClick={() =>
                void navigator.clipboard.writeText(draft.plainText).then(
                  () => setCopied({ success: 'Teksten er kopieret. Sæt den ind i nyhedsbrevets e-mail.' }),
                  () => setCopied({ error: 'Teksten kunne ikke kopieres. Markér den i forhåndsvisningen, og kopiér den selv.' }),
                )
              }
            >
              Kopiér teksten
            </button>{' '}
            <button
              type="button"
              className="primary"
              disabled={markSent.busy}
              onClick={() =>
                void markSent.run(
                  { input: { inquiryIds: draft.inquiries.map((inquiry) => inquiry.id) } },
                  'Afsnittet er markeret som sendt, og henvendelserne er flyttet ud af kladden.',
                )
              }
            >
              Markér som sendt
            </button>
          </>
        )}
        <FormMessage error={copied.error} success={copied.success} />
        <FormMessage error={markSent.error?.message} success={markSent.done} />
      </section>
      <section aria-labelledby="sent-heading">
        <h2 id="sent-heading">Sendte afsnit ({sent.length})</h2>
        {sent.length === 0 && <Empty>Intet sendt endnu.</Empty>}
        <ul className="plain-list">
          {sent.map((section) => (
            <li key={section.id ?? section.number}>
              Nr. {section.number} · sendt {formatDate(section.sentAt)} · {section.inquiries.length} henvendelser
            </li>
          ))}
        </ul>
      </section>
    </QueryState>
  );
}
