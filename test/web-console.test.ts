import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../platform/database.js';
import type { DemoUser } from '../platform/auth/dev-identity.js';
import { devIssuerFiles, TokenIssuer } from '../platform/auth/dev-issuer.js';
import { checkScreen, launchChromium, logInAs, tabTo } from './support/browser.js';
import { launchHub, pressCtrlC, type LaunchedHub } from './support/launcher.js';
import { templateCopy } from './support/template-copy.js';

/**
 * The console in a real Chromium against the real hub as `npm start` runs it (the launcher,
 * the services' process with the gateway and the four subgraphs, the development OpenID
 * Connect provider), on a copy of the seeded template database: one test per kind of user,
 * each a complete flow, with axe-core on every screen.
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'klyngehub-console-'));
let database: Awaited<ReturnType<typeof templateCopy>>;
let hub: LaunchedHub;
let browser: Browser;
let baseUrl: string;
let users: DemoUser[];

const MUNICIPALITY = /Aarhus Kommune — sundhedskonsulent/;
const REGION = /Region Midtjylland — kvalitetsenhed/;
const KIAP = /KiAP — sekretariat/;
const COORDINATOR = /— koordinator/;
const MEMBER = /— praktiserende læge/;
const RESEARCHER = /Ekstern — forsker/;

beforeAll(async () => {
  // The console as `npm start` serves it, built into web/dist by the tests' global setup.
  database = await templateCopy('klyngehub_console');
  [hub, browser] = await Promise.all([
    launchHub({ DATA_DIR: dataDir, DATABASE_URL: database.url }, { subgraphPorts: 'any' }),
    launchChromium(),
  ]);
  baseUrl = `http://localhost:${hub.ports.gateway}`;
  users = JSON.parse(readFileSync(devIssuerFiles(dataDir).users, 'utf8')) as DemoUser[];
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (hub) await pressCtrlC(hub);
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The GraphQL API as one of the demo users, for checking what the browser did. */
async function api<T>(who: RegExp, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const user = users.find((candidate) => who.test(candidate.label))!;
  const issuer = TokenIssuer.fromJson(JSON.parse(readFileSync(devIssuerFiles(dataDir).issuer, 'utf8')));
  const token = await issuer.sign(user.viewer, { expiresIn: '5m' });
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

function coordinatorsCluster(): string {
  const coordinator = users.find((user) => COORDINATOR.test(user.label))!;
  return coordinator.viewer.kind === 'cluster' ? coordinator.viewer.clusterId : '';
}

/** A datetime-local value `days` from now at `hour`:00. */
function daysAhead(days: number, hour: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  return `${date.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
}

async function closePage(page: Page) {
  await page.context().close();
}

describe('the web console', () => {
  it('serves the console and the log-in under strict security headers, and answers CORS by configuration', async () => {
    const index = await fetch(`${baseUrl}/`);
    expect(index.status).toBe(200);
    const csp = index.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await index.text()).not.toMatch(/<script(?![^>]*src="\/assets\/)/); // no inline script, no CDN
    expect((await fetch(`${baseUrl}/assets/nothing-here.js`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/%2e%2e/package.json`)).status).toBe(404);
    const discovery = (await (await fetch(`${baseUrl}/oidc/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({ issuer: `${baseUrl}/oidc`, code_challenge_methods_supported: ['S256'] });
    const config = (await (await fetch(`${baseUrl}/console-config.json`)).json()) as Record<string, unknown>;
    expect(config).toMatchObject({ authority: `${baseUrl}/oidc`, developmentLogin: true });
    // Another origin may not call the API from a browser unless configured.
    const preflight = await fetch(`${baseUrl}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('checks each screen strictly: an unlabelled button or an API error code on screen fails it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const screen = (body: string) => page.setContent(`<html lang="da"><title>Prøve</title><body><main>${body}</main></body></html>`);
    await screen('<h1>Klynger</h1><button></button>');
    await expect(checkScreen(page, 'unlabelled')).rejects.toThrow(/button-name/);
    await screen('<h1>Klynger</h1><p>Fejl: FORBIDDEN</p>');
    await expect(checkScreen(page, 'error code')).rejects.toThrow(/FORBIDDEN/);
    await screen('<h1>Klynger</h1><button>Gem</button>');
    await checkScreen(page, 'clean');
    await context.close();
  });

  it('developer: a browser opening /graphql gets the bundled GraphiQL with a token picker (not in production)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('pageerror', (error) => failures.push(error.message));
    page.on('requestfailed', (request) => failures.push(request.url()));
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) failures.push(`left the hub: ${request.url()}`);
    });
    const response = await page.goto(`${baseUrl}/graphql`);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByText('Klyngehub GraphiQL').waitFor();
    await page.getByLabel('Spørg som').selectOption({ label: 'KiAP — sekretariat' });
    await expect.poll(() => page.getByPlaceholder('eyJ…').inputValue()).toMatch(/^eyJ/);
    await page.locator('.graphiql-execute-button').waitFor();
    expect(failures).toEqual([]);
    // An API client is not shown the page.
    const api = await fetch(`${baseUrl}/graphql?query=%7Bregions%7Bcode%7D%7D`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(((await api.json()) as { data: { regions: unknown[] } }).data.regions).toHaveLength(5);
    await context.close();
  }, 60_000);

  it('municipal representative: edits the catalogue, books a meeting, enters referral counts; a bad CSV saves nothing, a filled-in template saves its figures', async () => {
    const page = await logInAs(browser, baseUrl, MUNICIPALITY);
    await checkScreen(page, 'kommune-klyngepakker');
    await expect.poll(() => page.getByText('Henvisninger 6 måneder før og efter mødet').count()).toBeGreaterThan(0);

    // A booking with a missing presenter name is refused by the API, and the field says so in Danish.
    await page.getByRole('button', { name: 'Book et møde med en klynge' }).click();
    const form = page.getByRole('region', { name: 'Book et møde med en klynge' });
    await form.getByLabel('Klynge', { exact: true }).selectOption({ label: 'Klynge Aarhus Midtbyen' });
    await form.getByLabel('Klyngepakke').selectOption({ label: 'Forebyggelse og rehabilitering' });
    await form.getByLabel('Tidspunkt 1').fill(daysAhead(21, 14));
    await form.getByLabel('Tidspunkt 2').fill(daysAhead(28, 14));
    await form.getByLabel(/Formøde/).fill(daysAhead(14, 10));
    await form.getByLabel('Oplægsholderens stilling').fill('Sygeplejerske');
    await form.getByLabel('Oplæggets titel').fill('Kommunens rehabiliteringstilbud');
    await form.getByRole('button', { name: 'Send forslag til klyngen' }).click();
    await expect.poll(() => form.getByText('Oplægsholderens navn skal udfyldes').count()).toBeGreaterThan(0);
    await expect.poll(() => form.getByLabel('Oplægsholderens navn').getAttribute('aria-invalid')).toBe('true');
    await checkScreen(page, 'kommune-booking-fejl');
    await form.getByLabel('Oplægsholderens navn').fill('Else Rehab');
    await form.getByRole('button', { name: 'Send forslag til klyngen' }).click();
    await form.getByText('Mødet er foreslået').waitFor();
    const card = page.getByRole('article', { name: 'Forebyggelse og rehabilitering med Klynge Aarhus Midtbyen' });
    await expect.poll(() => card.getByText('Afventer klyngen').count()).toBe(1);

    // The catalogue: a bad e-mail address is named at its field; a good offer is added and edited.
    await page.getByRole('link', { name: 'Tilbudskatalog' }).click();
    await checkScreen(page, 'kommune-tilbudskatalog');
    await page.getByRole('button', { name: 'Tilføj tilbud' }).click();
    const offerForm = page.getByRole('form', { name: 'Nyt tilbud' });
    await offerForm.getByLabel('Navn').fill('Gåhold for borgere med KOL');
    await offerForm.getByLabel('Beskrivelse').fill('Ugentligt gåhold med fysioterapeut.');
    await offerForm.getByLabel('Målgruppe').fill('Borgere med KOL');
    await offerForm.getByLabel('Sådan henviser lægen').fill('Henvisning via EDI-fact.');
    await offerForm.getByLabel('Kontakt-e-mail').fill('ikke en adresse');
    await offerForm.getByRole('button', { name: 'Tilføj tilbud' }).click();
    await expect.poll(() => offerForm.getByText('Kontakt-e-mail er ikke gyldig').count()).toBeGreaterThan(0);
    await offerForm.getByLabel('Kontakt-e-mail').fill('gaahold@aarhus.dk');
    await offerForm.getByRole('button', { name: 'Tilføj tilbud' }).click();
    const offer = page.getByRole('article', { name: 'Gåhold for borgere med KOL' });
    await offer.waitFor();
    await offer.getByRole('button', { name: 'Rediger' }).click();
    const editForm = page.getByRole('form', { name: 'Rediger Gåhold for borgere med KOL' });
    await editForm.getByLabel('Navn').fill('Gåhold for borgere med KOL og hjertesygdom');
    await editForm.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByRole('article', { name: 'Gåhold for borgere med KOL og hjertesygdom' }).waitFor();

    // Referral counts: one figure typed into the grid is saved.
    await page.getByRole('link', { name: 'Henvisningstal' }).click();
    await page.getByLabel('Klynge').selectOption({ label: 'Klynge Aarhus Midtbyen' });
    const cell = page.getByRole('spinbutton').first();
    await cell.fill('17');
    await page.getByRole('button', { name: /Gem 1 ændrede tal/ }).click();
    await expect.poll(() => page.getByText(/1 nyt tal og 0 rettelser er gemt|0 nye tal og 1 rettelse er gemt/).count()).toBe(1);
    // The grid shows what was stored, asked again (the payload says only how many were saved).
    await expect.poll(() => cell.inputValue()).toBe('17');
    await checkScreen(page, 'kommune-henvisningstal');

    // A CSV with one bad line (3) is refused with that line's number, and its good line is not saved.
    const clusterId = coordinatorsCluster();
    const { municipality } = await api<{ municipality: { offers: { id: string; kind: string }[] } }>(
      MUNICIPALITY,
      'query($code: ID!) { municipality(code: $code) { offers { id kind } } }',
      { code: '751' },
    );
    const offerId = municipality.offers.find((offer) => offer.kind === 'PREVENTION_AND_REHABILITATION')!.id;
    const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
    const csv = path.join(dataDir, 'henvisninger.csv');
    writeFileSync(csv, `cluster_id,offer_id,month,referrals\n${clusterId},${offerId},${lastMonth},4\n${clusterId},${offerId},2099-01,5\n`);
    await page.getByLabel('Vælg fil').setInputFiles(csv);
    await expect.poll(() => page.getByText(/Linje 3: Måned skal være en tidligere eller den aktuelle måned/).count()).toBe(1);
    await page.getByText('Filen blev ikke gemt').waitFor();
    const counts = await api<{ cluster: { referralCounts: { month: string; offer: { id: string } }[] } }>(
      MUNICIPALITY,
      'query($id: ID!, $month: String) { cluster(id: $id) { referralCounts(fromMonth: $month, toMonth: $month) { month offer { id } } } }',
      { id: clusterId, month: lastMonth },
    );
    expect(counts.cluster.referralCounts.filter((count) => count.offer.id === offerId)).toEqual([]);
    await checkScreen(page, 'kommune-csv-fejl');

    // The template: a line for each of the municipality's clusters and offers for last month, the
    // figures blank. One filled in, the file saved as it is under the refused file's name (chosen
    // again, it is read again): that figure is stored, the rest skipped.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent skabelon (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe(`henvisninger-${lastMonth}.csv`);
    const template = readFileSync(await download.path(), 'utf8');
    const blankLine = `${clusterId};${offerId};${lastMonth};;`;
    expect(template).toContain(blankLine);
    const lines = template.trim().split('\r\n').length - 1;
    writeFileSync(csv, template.replace(blankLine, `${clusterId};${offerId};${lastMonth};6;`));
    await page.getByLabel('Vælg fil').setInputFiles(csv);
    await page.getByText(`Filen er gemt: 1 nyt tal, 0 rettelser, 0 uændrede. ${lines - 1} linjer uden tal er sprunget over.`).waitFor();
    const saved = await api<{ cluster: { referralCounts: { referrals: number; offer: { id: string } }[] } }>(
      MUNICIPALITY,
      'query($id: ID!, $month: String) { cluster(id: $id) { referralCounts(fromMonth: $month, toMonth: $month) { referrals offer { id } } } }',
      { id: clusterId, month: lastMonth },
    );
    expect(saved.cluster.referralCounts.filter((count) => count.offer.id === offerId).map((count) => count.referrals)).toEqual([6]);
    await checkScreen(page, 'kommune-csv-skabelon');
    await closePage(page);
  }, 90_000);

  it('cluster coordinator: accepts the booking with the keyboard alone; the municipality sees it confirmed and can cancel it', async () => {
    const page = await logInAs(browser, baseUrl, COORDINATOR);
    await checkScreen(page, 'klynge-overblik');
    // The dashboard renders from one GraphQL request.
    const operations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql'))
        operations.push(String((request.postDataJSON() as { operationName?: string })?.operationName));
    });
    await page.reload();
    await page.getByRole('heading', { name: /Møder med kommunen/ }).waitFor();
    await page.waitForLoadState('networkidle');
    // (Chromium under a loaded machine has been seen to send the same query twice; what counts
    // is that no second operation is needed for the screen.)
    expect(new Set(operations)).toEqual(new Set(['ConsoleClusterDashboard']));
    const card = page.getByRole('article', { name: /Forebyggelse og rehabilitering fra Aarhus/ });
    await card.waitFor();
    await tabTo(page, /Vælg tidspunkt/);
    await page.keyboard.press('ArrowDown'); // the second proposed time
    await tabTo(page, /Bekræft mødet/);
    await page.keyboard.press('Enter');
    await card.getByText('Mødet er bekræftet.').waitFor();
    await closePage(page);

    const municipality = await logInAs(browser, baseUrl, MUNICIPALITY);
    const booking = municipality.getByRole('article', { name: 'Forebyggelse og rehabilitering med Klynge Aarhus Midtbyen' });
    await booking.getByText('Bekræftet').waitFor();
    await booking.getByRole('button', { name: 'Aflys mødet' }).click();
    await booking.getByLabel('Begrundelse for aflysning').fill('Oplægsholderen er syg');
    await booking.getByRole('button', { name: 'Aflys mødet' }).click();
    await booking.getByText('Aflyst', { exact: true }).waitFor();
    await closePage(municipality);
  }, 60_000);

  it('external party, KiAP and cluster: the party submits by keyboard, KiAP assesses and forwards, the cluster answers, the party sees the count', async () => {
    const party = await logInAs(browser, baseUrl, RESEARCHER);
    await checkScreen(party, 'ekstern-henvendelser');
    // KiAP's question on one of the party's demo inquiries is answered on the page.
    const question = party.getByRole('form', { name: 'Svar KiAP' }).first();
    await question.getByLabel('Dit svar').fill('Cirka ti minutter.');
    await question.getByRole('button', { name: 'Send svar' }).click();
    await party.getByText('Tak. Svaret er sendt til KiAP').waitFor();
    await party.getByRole('link', { name: 'Ny henvendelse', exact: true }).click();
    await checkScreen(party, 'ekstern-ny-henvendelse');
    const title = 'Afprøvning af app til hjemmeblodtryk';
    await tabTo(party, /^ \| Titel/);
    await party.keyboard.type(title);
    await tabTo(party, /^ \| Formål/);
    await party.keyboard.type('At afprøve en app til hjemmeblodtryk.');
    await tabTo(party, /^ \| Beskrivelse/);
    await party.keyboard.type('Fem praksis afprøver appen i tre måneder.');
    await tabTo(party, /Afprøvning af materiale/);
    await party.keyboard.press('Space');
    await tabTo(party, /^ \| Finansiering/);
    await party.keyboard.type('Forskningsrådet');
    await tabTo(party, /Send henvendelsen/);
    await party.keyboard.press('Enter');
    await party.getByText('Tak. Henvendelsen er modtaget').waitFor();
    // The same inquiry again (a double click, a retry) is not a second one.
    await party.getByRole('link', { name: 'Ny henvendelse', exact: true }).click();
    await party.getByLabel('Titel').fill(title);
    await party.getByLabel('Formål').fill('At afprøve en app til hjemmeblodtryk.');
    await party.getByLabel('Beskrivelse', { exact: true }).fill('Fem praksis afprøver appen i tre måneder.');
    await party.getByLabel('Afprøvning af materiale').check();
    await party.getByLabel('Finansiering').fill('Forskningsrådet');
    await party.getByRole('button', { name: 'Send henvendelsen' }).click();
    await party.getByText('allerede modtaget').waitFor();

    const kiap = await logInAs(browser, baseUrl, KIAP);
    await checkScreen(kiap, 'kiap-henvendelser');
    await kiap.getByLabel('Vis').selectOption('RECEIVED');
    await kiap.getByRole('button', { name: new RegExp(title) }).click();
    await kiap.getByRole('button', { name: 'Start vurdering' }).click();
    const assessment = kiap.getByRole('form', { name: 'Vurdering' });
    await assessment.getByLabel('Begrundelse for relevans').fill('Relevant for klynger med fokus på hypertension.');
    await assessment.getByRole('button', { name: 'Gem vurdering' }).click();
    const decision = kiap.getByRole('form', { name: 'Afgørelse' });
    await decision.waitFor();
    await decision.getByLabel('Søg klynge eller region').fill('Aarhus Midtbyen');
    await decision.getByLabel(/Klynge Aarhus Midtbyen/).check();
    await checkScreen(kiap, 'kiap-afgoerelse');
    await decision.getByRole('button', { name: 'Gem afgørelse' }).click();
    await kiap.getByText('Klyngernes svar: 0 interesserede af 1').waitFor();

    const cluster = await logInAs(browser, baseUrl, COORDINATOR);
    const forwarded = cluster.getByRole('article', { name: title });
    await forwarded.getByRole('button', { name: 'Vi er interesserede' }).click();
    await expect.poll(() => forwarded.innerText()).toContain('Svaret er sendt.');
    await closePage(cluster);

    await kiap.reload();
    await kiap.getByLabel('Vis').selectOption('DECIDED');
    await kiap.getByRole('button', { name: new RegExp(title) }).click();
    await kiap.getByText('Klyngernes svar: 1 interesserede af 1').waitFor();
    await closePage(kiap);

    await party.getByRole('link', { name: 'Mine henvendelser' }).click();
    const mine = party.getByRole('article', { name: title });
    await expect.poll(() => mine.innerText()).toMatch(/Interesserede klynger\s+1$/);
    expect(await mine.innerText()).toContain('KiAP sætter jer i forbindelse med de klynger, der er interesserede.');
    await closePage(party);
  }, 90_000);

  it('regional quality unit: drafts and publishes an offer, the cluster requests it, the unit accepts, edits (a new version) and archives', async () => {
    const region = await logInAs(browser, baseUrl, REGION);
    await checkScreen(region, 'region-tilbud');
    await region.getByRole('button', { name: 'Nyt tilbud' }).click();
    const form = region.getByRole('form', { name: 'Nyt tilbud' });
    const title = 'Temadag om type 2-diabetes';
    await form.getByLabel('Slags tilbud').selectOption({ label: 'Kursus eller temadag' });
    await form.getByLabel('Titel').fill(title);
    await form.getByLabel('Beskrivelse').fill('En dag om type 2-diabetes i almen praksis.');
    await form.getByLabel(/Antal pladser/).fill('2');
    await form.getByLabel('Kontakt-e-mail').fill('kvalitet@rm.dk');
    await form.getByRole('button', { name: 'Gem kladde' }).click();
    const draft = region.getByRole('article', { name: title });
    await draft.getByText('Kladde').waitFor();
    await draft.getByRole('button', { name: 'Offentliggør' }).click();
    await region.getByText(`"${title}" er offentliggjort, og klyngerne kan se det.`).waitFor();
    await region
      .getByRole('region', { name: /Offentliggjort/ })
      .getByRole('article', { name: title })
      .waitFor();

    const cluster = await logInAs(browser, baseUrl, COORDINATOR);
    const offer = cluster.getByRole('article', { name: title });
    await offer.getByLabel('Hvad ønsker klyngen?').fill('Vi vil gerne deltage med fire læger.');
    await offer.getByRole('button', { name: 'Anmod om tilbuddet' }).click();
    await offer.getByText('Anmodningen er sendt til regionen.').waitFor();
    await closePage(cluster);

    await region.getByRole('link', { name: 'Anmodninger fra klynger' }).click();
    await checkScreen(region, 'region-anmodninger');
    const request = region.getByRole('article', { name: new RegExp(`anmoder om ${title}`) });
    await expect.poll(() => request.innerText()).toMatch(/\d af 2 pladser ledige/);
    await request.getByLabel('Svar til klyngen').fill('Velkommen!');
    await request.getByRole('button', { name: 'Acceptér' }).click();
    await region.getByText(/Accepteret/).waitFor();

    await region.getByRole('link', { name: 'Tilbud' }).click();
    const published = region.getByRole('article', { name: title });
    await published.getByRole('button', { name: 'Rediger' }).click();
    const edit = region.getByRole('form', { name: `Rediger ${title}` });
    await edit.getByLabel('Titel').fill(`${title} (ny dato)`);
    await edit.getByRole('button', { name: 'Gem ændringer' }).click();
    const edited = region.getByRole('article', { name: `${title} (ny dato)` });
    await edited.getByText('Tidligere versioner (1)').waitFor();
    await edited.getByRole('button', { name: 'Arkivér' }).click();
    await region.getByText(`"${title} (ny dato)" er arkiveret.`).waitFor();
    await closePage(region);
  }, 90_000);

  it('KiAP: previews the newsletter and marks it sent; looks up a cluster contact, told that the read is logged', async () => {
    const kiap = await logInAs(browser, baseUrl, KIAP);
    await kiap.getByRole('link', { name: 'Nyhedsbrev' }).click();
    await checkScreen(kiap, 'kiap-nyhedsbrev');
    const text = await kiap.getByLabel('Nyhedsbrevets tekst').innerText();
    expect(text).toContain('Henvendelser til klyngerne');
    // The text goes out from KiAP's own mail tool: one click puts it on the clipboard, as shown.
    await kiap.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await kiap.getByRole('button', { name: 'Kopiér teksten' }).click();
    await kiap.getByText('Teksten er kopieret').waitFor();
    expect((await kiap.evaluate(() => navigator.clipboard.readText())).trim()).toBe(text.trim());
    await kiap.getByRole('button', { name: 'Markér som sendt' }).click();
    await kiap.getByText('Afsnittet er markeret som sendt').waitFor();

    // The coordinator reads the sent newsletter in the hub and answers an item.
    const cluster = await logInAs(browser, baseUrl, COORDINATOR);
    await cluster.getByRole('link', { name: 'Nyhedsbrev' }).click();
    const item = cluster.getByRole('article').first();
    await item.getByRole('button', { name: 'Vi er interesserede' }).click();
    await item.getByText('KiAP har fået besked om, at klyngen er interesseret.').waitFor();
    await expect.poll(() => item.locator('.badge').innerText()).toBe('Interesseret');
    await checkScreen(cluster, 'klynge-nyhedsbrev');
    await closePage(cluster);
    await kiap.getByRole('link', { name: 'Klyngernes kontakter' }).click();
    await kiap.getByLabel('Søg klynge eller region').fill('Aarhus Midtbyen');
    await kiap.getByRole('button', { name: /Klynge Aarhus Midtbyen/ }).click();
    await kiap.getByText(/bliver opslaget logget/).waitFor();
    await kiap.getByRole('button', { name: 'Vis kontaktoplysninger (logges)' }).click();
    await kiap.getByText('Dette opslag er logget.').waitFor();
    const coordinator = users.find((user) => COORDINATOR.test(user.label))!;
    await kiap.getByRole('link', { name: coordinator.id }).waitFor();
    // The record of reads, this one at the top.
    await kiap.locator('summary', { hasText: 'Opslag i klyngens kontaktoplysninger' }).click();
    const kiapUser = users.find((user) => KIAP.test(user.label))!;
    await expect.poll(() => kiap.locator('details').getByRole('row').nth(1).innerText()).toContain(`KiAP (${kiapUser.viewer.subject})`);
    await checkScreen(kiap, 'kiap-kontakter');
    const log = await api<{ contactAccessLog: { readerRole: string }[] }>(
      KIAP,
      'query($id: ID) { contactAccessLog(clusterId: $id, first: 5) { readerRole } }',
      {
        id: coordinatorsCluster(),
      },
    );
    expect(log.contactAccessLog.map((record) => record.readerRole)).toContain('kiap');
    await closePage(kiap);

    // What KiAP's page promised: the cluster sees who read its contact details.
    const reader = await logInAs(browser, baseUrl, COORDINATOR);
    await reader.getByRole('link', { name: 'Klyngens register' }).click();
    const reads = reader.getByRole('region', { name: 'Hvem har set jeres kontaktoplysninger' });
    await expect.poll(() => reads.getByRole('row').nth(1).innerText()).toContain(`KiAP (${kiapUser.viewer.subject})`);
    // Where, in the console's words: KiAP's contacts page, not the operation's name.
    await expect.poll(() => reads.getByRole('row').nth(1).innerText()).toContain('Klyngernes kontakter (KiAP)');
    // Whose detail: the coordinator's own e-mail among those KiAP read.
    await reads
      .getByRole('cell', { name: `e-mail (${coordinator.name})`, exact: true })
      .first()
      .waitFor();
    await checkScreen(reader, 'klynge-kontaktopslag');
    // With its own reads (this register page's, of its members' names and e-mails) the newest are the coordinator's.
    await reads.getByLabel('Vis også jeres egne opslag').check();
    await expect.poll(() => reads.getByRole('row').nth(1).innerText()).toContain(`Klyngen (${coordinator.viewer.subject})`);
    await expect.poll(() => reads.getByRole('row').nth(1).innerText()).toContain('Klyngens register');
    await closePage(reader);
  }, 60_000);

  it('cluster member: sees the dashboard without the officers’ actions; the coordinator keeps the register', async () => {
    const member = await logInAs(browser, baseUrl, MEMBER);
    await checkScreen(member, 'medlem-overblik');
    await member.getByText('Som medlem kan du se klyngens aftaler').waitFor();
    expect(await member.getByRole('button', { name: /Bekræft mødet|Vi er interesserede|Anmod om tilbuddet/ }).count()).toBe(0);
    await closePage(member);

    const coordinator = await logInAs(browser, baseUrl, COORDINATOR);
    await coordinator.getByRole('link', { name: 'Klyngens register' }).click();
    await checkScreen(coordinator, 'klynge-register');
    const add = coordinator.getByRole('form', { name: 'Tilføj medlem' });
    await add.getByLabel('Navn').fill('Ny Læge');
    await add.getByLabel(/E-mail/).fill('ny.laege@example.org');
    await add.getByRole('button', { name: 'Tilføj medlem' }).click();
    await add.getByText('Ny Læge er tilføjet.').waitFor();
    await coordinator.getByRole('button', { name: /Bekræft registret for/ }).click();
    await coordinator
      .getByText(/Registret for \d{4} er bekræftet/)
      .first()
      .waitFor();
    await closePage(coordinator);
  }, 60_000);

  it('a package from order to follow-up: the GP answers the questionnaire, the coordinator orders and follows up, KiAP takes the order', async () => {
    const member = await logInAs(browser, baseUrl, MEMBER);
    await member.getByRole('link', { name: 'Klyngepakker og spørgeskemaer' }).click();
    const acute = member.getByRole('article', { name: "Almen praksis' samarbejde med kommunale akutfunktioner" });
    const form = acute.getByRole('form', { name: 'Besvar spørgeskemaet' });
    await form.waitFor();
    for (const scale of await form.locator('.scale').all()) await scale.getByRole('radio').first().check();
    await form.getByRole('button', { name: 'Send svar' }).click();
    await form.getByText('Tak for dit svar').waitFor();
    // The held package's closed round shows its results, with small figures hidden.
    const held = member.getByRole('article', { name: 'Samarbejde og fællesskab', exact: true });
    await held.getByText(/^Resultater \(\d+ spørgsmål og udsagn\)$/).click();
    await held.getByText(/Tal for færre end 5 svar vises ikke/).waitFor();
    expect(await held.getByRole('cell', { name: '–', exact: true }).count()).toBeGreaterThan(0);
    await checkScreen(member, 'medlem-klyngepakker');
    await closePage(member);

    const coordinator = await logInAs(browser, baseUrl, COORDINATOR);
    await coordinator.getByRole('link', { name: 'Klyngepakker og spørgeskemaer' }).click();
    const order = coordinator.getByRole('form', { name: 'Bestil en klyngepakke' });
    await order.getByLabel('Klyngepakke').selectOption({ label: 'KOL' });
    await order.getByLabel('Klyngens ønsker til mødet').fill('Vi vil sammenligne vores KOL-kontroller.');
    await order.getByRole('button', { name: 'Bestil' }).click();
    await order.getByText('Pakken er bestilt.').waitFor();
    const samarbejde = coordinator.getByRole('article', { name: 'Samarbejde og fællesskab', exact: true });
    await samarbejde.getByText(/tid til opfølgning/).waitFor();
    await samarbejde.getByRole('button', { name: 'Bestil opfølgning' }).click();
    await samarbejde.getByText('Opfølgningen er bestilt.').waitFor();
    // Facilitation by the region's unit, for the follow-up meeting itself.
    const followUp = coordinator.getByRole('article', { name: 'Samarbejde og fællesskab (opfølgning)' });
    // The follow-up shows what the first meeting agreed.
    await followUp.getByRole('heading', { name: /Indsatsområder fra mødet .*, som der følges op på/ }).waitFor();
    await followUp.getByRole('button', { name: 'Bed regionen om facilitering af mødet' }).click();
    await followUp.getByText('Kvalitetsenheden har fået jeres anmodning om facilitering.').waitFor();
    await checkScreen(coordinator, 'klynge-klyngepakker');
    await closePage(coordinator);

    const clusterName = users.find((user) => COORDINATOR.test(user.label))!.label.split(' — ')[0]!;
    const kiap = await logInAs(browser, baseUrl, KIAP);
    await kiap.getByRole('link', { name: 'Klyngepakker' }).click();
    await kiap.getByRole('heading', { name: 'Opfølgning, der er tid til' }).waitFor();
    const kol = kiap.getByRole('article', { name: `${clusterName}: KOL` });
    await kol.getByText('Tag bestillingen').click();
    await kol.getByLabel('Konsulent').fill('Lene Kjær');
    await kol.getByRole('button', { name: 'Gem' }).click();
    await kol.getByText('Bestillingen er opdateret.').waitFor();
    await kol.getByText('Under forberedelse').waitFor();
    await checkScreen(kiap, 'kiap-klyngepakker');
    // Older orders are a page further, asked of the server.
    const deskPages = kiap.getByRole('navigation', { name: 'Sider: bestillinger' });
    await deskPages.getByRole('button', { name: 'Næste' }).click();
    await deskPages.getByText('Side 2').waitFor();
    await expect.poll(() => kol.count()).toBe(0);
    await expect.poll(() => kiap.getByRole('article').count()).toBeGreaterThan(0);
    await closePage(kiap);
  }, 90_000);

  it('KiAP: pages a long queue from the server, twelve at a time, forward and back', async () => {
    // Fourteen more received inquiries, copies of one with titles of their own, newest of all.
    const admin = connect(database.url, { applicationName: 'test', maxConnections: 1 });
    await admin`
      insert into inquiries.inquiries
      select (jsonb_populate_record(null::inquiries.inquiries, to_jsonb(i) || jsonb_build_object(
        'id', gen_random_uuid(), 'title', 'Sidetest ' || n, 'content_hash', md5('sidetest' || n),
        'submitted_at', now() + n * interval '1 minute', 'status', 'RECEIVED'))).*
      from inquiries.inquiries i, generate_series(1, 14) n
      where i.id = (select id from inquiries.inquiries order by submitted_at limit 1)`;
    await admin.end();
    const kiap = await logInAs(browser, baseUrl, KIAP);
    await kiap.getByLabel('Vis').selectOption('RECEIVED');
    // The titles shown; polled, because the pager moves at the click and the rows when the page arrives.
    const titles = () => kiap.locator('ul.queue > li strong').allInnerTexts();
    const newestTwelve = Array.from({ length: 12 }, (_, i) => `Sidetest ${14 - i}`);
    await expect.poll(titles).toEqual(newestTwelve);
    await kiap.getByText('Side 1').waitFor();
    await kiap.getByRole('button', { name: 'Næste' }).click();
    await kiap.getByText('Side 2').waitFor();
    await expect.poll(async () => (await titles()).slice(0, 2)).toEqual(['Sidetest 2', 'Sidetest 1']);
    expect((await titles()).filter((title) => newestTwelve.includes(title))).toEqual([]);
    await kiap.getByRole('button', { name: 'Forrige' }).click();
    await kiap.getByText('Side 1').waitFor();
    await expect.poll(titles).toEqual(newestTwelve);
    await closePage(kiap);
  }, 60_000);

  it("cluster coordinator: pages the region's offers on the dashboard, ten at a time, forward and back", async () => {
    // Twelve more offers in the coordinator's region, published and valid today.
    const admin = connect(database.url, { applicationName: 'test', maxConnections: 1 });
    await admin`
      insert into offers.regional_offers (region_code, kind, title, description, valid_from, contact_email, status, published_at)
      select c.region_code, 'MEETING_FACILITATION', 'Sidetilbud ' || n, 'Til sidetesten', current_date, 'enhed@example.org', 'PUBLISHED', now()
      from generate_series(1, 12) n, (select region_code from clusters.clusters where id = ${coordinatorsCluster()}) c`;
    await admin.end();
    const all = await api<{ cluster: { regionalOffers: { title: string }[] } }>(
      COORDINATOR,
      'query($id: ID!) { cluster(id: $id) { regionalOffers { title } } }',
      { id: coordinatorsCluster() },
    );
    expect(all.cluster.regionalOffers.length).toBeGreaterThan(12);

    const page = await logInAs(browser, baseUrl, COORDINATOR);
    const offers = page.getByRole('region', { name: /Tilbud fra/ });
    // The titles shown; polled, because the pager moves at the click and the rows when the page arrives.
    const titles = () => offers.locator('article h3').allInnerTexts();
    await expect.poll(async () => (await titles()).length).toBe(10);
    const first = await titles();
    expect(first).toEqual(all.cluster.regionalOffers.slice(0, 10).map((offer) => offer.title));
    await offers.getByRole('navigation', { name: 'Sider: regionens tilbud' }).getByRole('button', { name: 'Næste' }).click();
    await offers.getByText('Side 2').waitFor();
    await expect.poll(titles).toEqual(all.cluster.regionalOffers.slice(10, 20).map((offer) => offer.title));
    await offers.getByRole('button', { name: 'Forrige' }).click();
    await expect.poll(titles).toEqual(first);
    await closePage(page);
  }, 60_000);
});
