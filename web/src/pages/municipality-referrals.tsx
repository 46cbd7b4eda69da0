import { useMemo, useState, type ChangeEvent, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import { parseReferralCsv, referralTemplateCsv } from '../../../subgraphs/municipalities/referrals-csv';
import { formatMonth, reasonInDanish } from '../danish';
import { useAction } from '../ui/action';
import { FormMessage, SelectField, SubmitButton } from '../ui/forms';
import { QueryState } from '../ui/status';

const ReferralSetupQuery = graphql(`
  query ConsoleReferralSetup($code: ID!) {
    municipality(code: $code) {
      code
      name
      clusters {
        id
        name
      }
      offers {
        id
        name
        kind
      }
    }
  }
`);

const ClusterCountsQuery = graphql(`
  query ConsoleClusterReferralCounts($id: ID!, $fromMonth: String, $toMonth: String) {
    cluster(id: $id) {
      id
      referralCounts(fromMonth: $fromMonth, toMonth: $toMonth) {
        offer {
          id
        }
        month
        referrals
      }
    }
  }
`);

const SubmitCounts = graphql(`
  mutation ConsoleSubmitReferralCounts($input: SubmitReferralCountsInput!) {
    submitReferralCounts(input: $input) {
      created
      corrected
      unchanged
    }
  }
`);

/** Saving figures (typed in or uploaded) asks the grid's figures again: its payload holds only how many. */
const REFERRAL_COUNTS_CONTEXT = { additionalTypenames: ['ReferralCount'] };

/** The last `count` months up to this one, oldest first, as YYYY-MM. */
function recentMonths(count: number, today = new Date()): string[] {
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(today.getFullYear(), today.getMonth() - (count - 1 - index), 1));
    return date.toISOString().slice(0, 7);
  });
}

/** Referral counts per cluster, offer and month: typed into a grid, or uploaded as a CSV checked line by line. */
export function MunicipalityReferrals({ municipalityCode }: { municipalityCode: string }) {
  const [setup] = useQuery({ query: ReferralSetupQuery, variables: { code: municipalityCode } });
  const municipality = setup.data?.municipality;
  const [clusterId, setClusterId] = useState<string>();
  const selected = clusterId ?? municipality?.clusters[0]?.id;
  const countedOffers = (municipality?.offers ?? []).filter((offer) => offer.kind === 'PREVENTION_AND_REHABILITATION');
  return (
    <QueryState fetching={setup.fetching} error={setup.error} hasData={Boolean(municipality)}>
      <p className="lead">
        Hvor mange borgere klyngernes læger har henvist til kommunens forebyggelses- og rehabiliteringstilbud, måned for måned (tal for
        akutfunktioner indberettes ikke).
      </p>
      {municipality && selected && (
        <>
          <SelectField
            label="Klynge"
            value={selected}
            onChange={(event) => setClusterId(event.target.value)}
            options={municipality.clusters.map((cluster) => ({ value: cluster.id, label: cluster.name }))}
          />
          <ReferralGrid key={selected} clusterId={selected} offers={countedOffers} />
          <CsvUpload clusters={municipality.clusters} offers={countedOffers} />
        </>
      )}
    </QueryState>
  );
}

function ReferralGrid({ clusterId, offers }: { clusterId: string; offers: { id: string; name: string }[] }) {
  const months = useMemo(() => recentMonths(6), []);
  const [counts] = useQuery({
    query: ClusterCountsQuery,
    variables: { id: clusterId, fromMonth: months[0]!, toMonth: months[months.length - 1]! },
    // Also while the cluster has no figures yet: an empty list names no type for urql to invalidate.
    context: REFERRAL_COUNTS_CONTEXT,
  });
  const saved = useMemo(() => {
    const map = new Map<string, number>();
    for (const count of counts.data?.cluster?.referralCounts ?? []) map.set(`${count.offer.id}|${count.month}`, count.referrals);
    return map;
  }, [counts.data]);
  const [edits, setEdits] = useState<Record<string, string>>({});
  const submit = useAction(SubmitCounts, { invalidates: REFERRAL_COUNTS_CONTEXT.additionalTypenames });
  const [message, submitDone] = useState<string>();
  const changed = Object.entries(edits).filter(([key, value]) => value !== '' && String(saved.get(key) ?? '') !== value);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const rows = changed.map(([key, value]) => {
      const [offerId, month] = key.split('|') as [string, string];
      return { clusterId, offerId, month, referrals: Number(value) };
    });
    const result = await submit.run({ input: { counts: rows } });
    if (result) {
      const { created, corrected } = result.submitReferralCounts;
      setEdits({});
      submitDone(`${countOf(created, 'nyt tal', 'nye tal')} og ${countOf(corrected, 'rettelse', 'rettelser')} er gemt.`);
    }
  };
  const rowProblems = submit.error?.rows ?? [];

  return (
    <QueryState fetching={counts.fetching} error={counts.error} hasData={counts.data !== undefined}>
      <form onSubmit={save} className="panel">
        <h2>Indtast tal</h2>
        <div className="table-scroll">
          <table className="grid">
            <caption className="visually-hidden">Henvisninger pr. tilbud og måned</caption>
            <thead>
              <tr>
                <th scope="col">Tilbud</th>
                {months.map((month) => (
                  <th scope="col" key={month}>
                    {formatMonth(month)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {offers.map((offer) => (
                <tr key={offer.id}>
                  <th scope="row">{offer.name}</th>
                  {months.map((month) => {
                    const key = `${offer.id}|${month}`;
                    return (
                      <td key={month}>
                        <input
                          type="number"
                          min={0}
                          max={5000}
                          inputMode="numeric"
                          aria-label={`${offer.name}, ${formatMonth(month)}`}
                          value={edits[key] ?? String(saved.get(key) ?? '')}
                          onChange={(event) => setEdits({ ...edits, [key]: event.target.value })}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {rowProblems.length > 0 && (
          <ul className="problems" aria-label="Fejl i tallene">
            {rowProblems.map((problem, index) => {
              const [offerId, month] = (changed[problem.row - 1]?.[0] ?? '|').split('|');
              const offer = offers.find((o) => o.id === offerId);
              return (
                <li key={index}>
                  {offer ? `${offer.name}, ${formatMonth(month!)}` : `Række ${problem.row}`}: {problem.field} {problem.reason}
                </li>
              );
            })}
          </ul>
        )}
        <SubmitButton busy={submit.busy}>Gem {changed.length > 0 ? `${changed.length} ændrede tal` : 'tal'}</SubmitButton>
        <FormMessage error={submit.error?.message} success={message} />
      </form>
    </QueryState>
  );
}

/** "1 nyt tal", "3 nye tal". */
function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

interface LineProblem {
  line: number;
  text: string;
}

function CsvUpload({ clusters, offers }: { clusters: { id: string; name: string }[]; offers: { id: string; name: string }[] }) {
  const submit = useAction(SubmitCounts, { invalidates: REFERRAL_COUNTS_CONTEXT.additionalTypenames });
  const [problems, setProblems] = useState<LineProblem[]>([]);
  const [message, setMessage] = useState<string>();
  const [fileName, setFileName] = useState<string>();
  /** The file line of each submitted row: the API numbers rows, the user knows lines. */
  const [lineOfRow, setLineOfRow] = useState<number[]>([]);
  // The month just ended: the one a municipality usually has figures for.
  const templateMonth = useMemo(() => recentMonths(2)[0]!, []);
  const template = useMemo(() => {
    const lines = clusters.flatMap((cluster) =>
      offers.map((offer) => ({ clusterId: cluster.id, clusterName: cluster.name, offerId: offer.id, offerName: offer.name })),
    );
    return `data:text/csv;charset=utf-8,${encodeURIComponent(referralTemplateCsv(lines, templateMonth))}`;
  }, [clusters, offers, templateMonth]);

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setMessage(undefined);
    setProblems([]);
    if (!file) return;
    setFileName(file.name);
    const text = await file.text();
    // Cleared, so the same file chosen again once corrected is read again: the browser only
    // reports a change of selection.
    event.target.value = '';
    const parsed = parseReferralCsv(text);
    setLineOfRow(parsed.lines);
    if (parsed.problems.length === 0 && parsed.rows.length === 0) {
      setProblems([{ line: 0, text: 'Filen har ingen udfyldte tal i kolonnen referrals.' }]);
      return;
    }
    if (parsed.problems.length > 0) {
      setProblems(
        parsed.problems.map((problem) => ({ line: problem.line, text: `Linje ${problem.line} ${reasonInDanish(problem.reason)}` })),
      );
      return;
    }
    const result = await submit.run({ input: { counts: parsed.rows as never } });
    if (result) {
      const { created, corrected, unchanged } = result.submitReferralCounts;
      const blank = parsed.skipped.length > 0 ? ` ${countOf(parsed.skipped.length, 'linje', 'linjer')} uden tal er sprunget over.` : '';
      setMessage(
        `Filen er gemt: ${countOf(created, 'nyt tal', 'nye tal')}, ${countOf(corrected, 'rettelse', 'rettelser')}, ${unchanged} uændrede.${blank}`,
      );
    }
  };
  const rowProblems = submit.error?.rows ?? [];
  return (
    <section className="panel" aria-labelledby="csv-heading">
      <h2 id="csv-heading">Upload en CSV-fil</h2>
      <p className="hint">
        Hent skabelonen: en linje for hver klynge og hvert tilbud for {formatMonth(templateMonth)}, med navnene ved siden af. Skriv antallet
        i kolonnen <code>referrals</code>, ret måneden (<code>ÅÅÅÅ-MM</code>) hvis det er en anden, og gem som CSV (semikolon eller komma).
        Linjer uden tal springes over. Er blot én linje forkert, gemmes intet, og alle fejl vises med linjenummer.
      </p>
      <p>
        <a className="button" href={template} download={`henvisninger-${templateMonth}.csv`}>
          Hent skabelon (CSV)
        </a>
      </p>
      <label className="file">
        Vælg fil
        <input type="file" accept=".csv,text/csv" onChange={(event) => void upload(event)} />
      </label>
      {fileName && <p>Fil: {fileName}</p>}
      {(problems.length > 0 || rowProblems.length > 0) && (
        <div role="alert">
          <p className="form-error">Filen blev ikke gemt. Ret disse linjer og upload den igen:</p>
          <ul className="problems">
            {problems.map((problem) => (
              <li key={problem.line}>{problem.text}</li>
            ))}
            {rowProblems.map((problem, index) => (
              <li key={`row-${index}`}>
                {problem.row > 0 ? `Linje ${lineOfRow[problem.row - 1] ?? problem.row}` : 'Filen'}: {problem.field} {problem.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {submit.error && rowProblems.length === 0 && <FormMessage error={submit.error.message} />}
      <FormMessage success={message} />
    </section>
  );
}
