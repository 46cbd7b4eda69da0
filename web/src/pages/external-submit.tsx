import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../__generated__';
import type { InquiryAsk, InquiryReach } from '../__generated__/graphql';
import { LABELS, optionsOf } from '../danish';
import { useAction } from '../ui/action';
import { FormMessage, SelectField, SubmitButton, TextArea, TextField } from '../ui/forms';
import { navigate } from '../ui/router';

const RegionsQuery = graphql(`
  query ConsoleRegionsAndMunicipalities {
    regions {
      code
      name
      municipalities {
        code
        name
      }
    }
  }
`);

const SubmitInquiry = graphql(`
  mutation ConsoleSubmitInquiry($input: SubmitInquiryInput!) {
    submitInquiry(input: $input) {
      alreadySubmitted
      inquiry {
        id
        status
      }
    }
  }
`);

/** An external party's inquiry to the clusters, with the rules explained before they are met. */
export function ExternalSubmit() {
  const [regions] = useQuery({ query: RegionsQuery });
  const submit = useAction(SubmitInquiry);
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState('');
  const [description, setDescription] = useState('');
  const [asks, setAsks] = useState<InquiryAsk[]>([]);
  const [reach, setReach] = useState<InquiryReach>('ALL_CLUSTERS');
  const [regionCode, setRegionCode] = useState('');
  const [municipalityCodes, setMunicipalityCodes] = useState<string[]>([]);
  const [usesData, setUsesData] = useState(false);
  const [dataDescription, setDataDescription] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [funding, setFunding] = useState('');
  const [commercialInterest, setCommercialInterest] = useState(false);
  const [commercialInterestNote, setCommercialInterestNote] = useState('');
  const fields = submit.error?.fields ?? {};
  const allRegions = regions.data?.regions ?? [];

  const send = async (event: FormEvent) => {
    event.preventDefault();
    const data = await submit.run({
      input: {
        title,
        purpose,
        description,
        asks,
        reach,
        ...(reach === 'REGION' ? { regionCode } : {}),
        ...(reach === 'MUNICIPALITIES' ? { municipalityCodes } : {}),
        usesData,
        ...(usesData ? { dataDescription } : {}),
        ...(startsOn ? { startsOn } : {}),
        ...(endsOn ? { endsOn } : {}),
        funding,
        commercialInterest,
        ...(commercialInterest ? { commercialInterestNote } : {}),
      },
    });
    if (data) navigate(data.submitInquiry.alreadySubmitted ? '/?allerede=1' : '/?sendt=1');
  };

  return (
    <form onSubmit={send} noValidate className="panel" aria-label="Ny henvendelse">
      <div className="notice">
        <p>
          <strong>Godt at vide:</strong> KiAP læser alle henvendelser og svarer som regel inden for et par uger. Din organisation kan sende
          højst 5 henvendelser om dagen. Sender du den samme henvendelse to gange (fx ved et dobbeltklik), bliver den kun modtaget én gang.
        </p>
      </div>
      <TextField label="Titel" value={title} onChange={(e) => setTitle(e.target.value)} error={fields.title} maxLength={200} />
      <TextArea label="Formål" value={purpose} onChange={(e) => setPurpose(e.target.value)} error={fields.purpose} />
      <TextArea
        label="Beskrivelse"
        hint="Hvad skal klyngerne gøre, hvor meget tid tager det, og hvad får de ud af det?"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        error={fields.description}
      />
      <fieldset aria-describedby={fields.asks ? 'asks-error' : undefined}>
        <legend>Hvad beder I klyngerne om?</legend>
        {fields.asks && (
          <p className="field-error" id="asks-error">
            {fields.asks}
          </p>
        )}
        <div className="checkbox-list">
          {(Object.entries(LABELS.inquiryAsk) as [InquiryAsk, string][]).map(([value, text]) => (
            <label key={value}>
              <input
                type="checkbox"
                checked={asks.includes(value)}
                onChange={(e) => setAsks(e.target.checked ? [...asks, value] : asks.filter((a) => a !== value))}
              />
              {text}
            </label>
          ))}
        </div>
      </fieldset>
      <SelectField
        label="Hvilke klynger henvender I jer til?"
        value={reach}
        onChange={(e) => setReach(e.target.value as InquiryReach)}
        options={optionsOf('inquiryReach')}
      />
      {reach === 'REGION' && (
        <SelectField
          label="Region"
          value={regionCode}
          onChange={(e) => setRegionCode(e.target.value)}
          options={[{ value: '', label: 'Vælg region' }, ...allRegions.map((region) => ({ value: region.code, label: region.name }))]}
          error={fields.regionCode}
        />
      )}
      {reach === 'MUNICIPALITIES' && (
        <fieldset>
          <legend>Kommuner</legend>
          {fields.municipalityCodes && <p className="field-error">{fields.municipalityCodes}</p>}
          {allRegions.map((region) => (
            <details key={region.code}>
              <summary>{region.name}</summary>
              <div className="checkbox-list">
                {region.municipalities.map((municipality) => (
                  <label key={municipality.code}>
                    <input
                      type="checkbox"
                      checked={municipalityCodes.includes(municipality.code)}
                      onChange={(e) =>
                        setMunicipalityCodes(
                          e.target.checked
                            ? [...municipalityCodes, municipality.code]
                            : municipalityCodes.filter((c) => c !== municipality.code),
                        )
                      }
                    />
                    {municipality.name}
                  </label>
                ))}
              </div>
            </details>
          ))}
        </fieldset>
      )}
      <label className="checkbox">
        <input type="checkbox" checked={usesData} onChange={(e) => setUsesData(e.target.checked)} /> Projektet bruger data fra praksis
      </label>
      {usesData && (
        <TextArea
          label="Hvilke data?"
          value={dataDescription}
          onChange={(e) => setDataDescription(e.target.value)}
          error={fields.dataDescription}
        />
      )}
      <TextField
        label="Start (valgfri)"
        type="date"
        value={startsOn}
        onChange={(e) => setStartsOn(e.target.value)}
        error={fields.startsOn}
      />
      <TextField label="Slut (valgfri)" type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} error={fields.endsOn} />
      <TextField
        label="Finansiering"
        hint="Hvem betaler projektet?"
        value={funding}
        onChange={(e) => setFunding(e.target.value)}
        error={fields.funding}
      />
      <label className="checkbox">
        <input type="checkbox" checked={commercialInterest} onChange={(e) => setCommercialInterest(e.target.checked)} /> Der er en
        kommerciel interesse
      </label>
      {commercialInterest && (
        <TextArea
          label="Beskriv den kommercielle interesse"
          value={commercialInterestNote}
          onChange={(e) => setCommercialInterestNote(e.target.value)}
          error={fields.commercialInterestNote}
        />
      )}
      <SubmitButton busy={submit.busy}>Send henvendelsen</SubmitButton>
      <FormMessage error={submit.error?.message} />
    </form>
  );
}
