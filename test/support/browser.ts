import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sparticuz from '@sparticuz/chromium';
import axe from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where the browser tests write a screenshot of every screen they visit when SCREENSHOTS is set (git-ignored). */
export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../test-results/screenshots');

/**
 * Chromium from the npm registry (@sparticuz/chromium): this machine and CI cannot download
 * Playwright's own browser builds, and `npm ci` is all a fresh machine needs for it.
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: await sparticuz.executablePath(),
    // Not the package's own Lambda flags: those run one process (a closed context ends the
    // browser) and switch off web security, which would hide what the CSP and CORS do. No GPU
    // emulation either: drawing through SwiftShader's software GL took 45 s of CPU over the
    // console tests, plain software drawing 27 s.
    args: ['--no-sandbox', '--disable-setuid-sandbox', '--no-zygote', '--disable-gpu'],
    headless: true,
  });
}

/** A fresh browser profile (Danish, Copenhagen time) logged in through the hub's OpenID Connect log-in page. */
export async function logInAs(browser: Browser, baseUrl: string, who: RegExp): Promise<Page> {
  const context = await browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // A blocked script, style or request would be a CSP violation: the console must need none.
    if (message.type() === 'error' && /Content.Security.Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  // Nothing may leave the hub: no CDN, font service or analytics.
  page.on('request', (request) => {
    if (!request.url().startsWith(new URL(baseUrl).origin) && !request.url().startsWith('data:'))
      problems.push(`request to ${request.url()}`);
  });
  (page as Page & { problems: string[] }).problems = problems;
  const inFlight = new Set<unknown>();
  page.on('request', (request) => inFlight.add(request));
  page.on('requestfinished', (request) => inFlight.delete(request));
  page.on('requestfailed', (request) => inFlight.delete(request));
  (page as Page & { inFlight: Set<unknown> }).inFlight = inFlight;
  await page.goto(baseUrl);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.waitForURL(/\/oidc\/interaction\//);
  await page.getByRole('button', { name: who }).click();
  try {
    await page.getByRole('button', { name: 'Log ud' }).waitFor();
  } catch (error) {
    // Where the log-in stopped: a timeout alone did not say (CI saw it once in about ten runs).
    const text = await page
      .locator('body')
      .innerText({ timeout: 1000 })
      .catch(() => '(no page text)');
    const problems = pageProblems(page).join(' | ') || 'none';
    throw new Error(`Log-in as ${who} did not finish at ${page.url()}; the page said: ${text.slice(0, 500)}; problems: ${problems}`, {
      cause: error,
    });
  }
  return page;
}

/** Script errors and CSP violations the page reported so far. */
export function pageProblems(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

/**
 * Checks the screen as it is now: axe-core finds no serious or critical WCAG 2.1 A/AA
 * violation, no API error code shows as text; with SCREENSHOTS set, a screenshot is written.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  // Every request the screen made has been answered: Playwright's 'networkidle' waits half a
  // second more after that, on each of the twenty screens, and only after a navigation.
  const inFlight = (page as Page & { inFlight?: Set<unknown> }).inFlight;
  if (inFlight) await expect.poll(() => inFlight.size).toBe(0);
  else await page.waitForLoadState('networkidle');
  await expect.poll(() => page.locator('[role=status].loading').count()).toBe(0);
  // Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') does not apply.
  // Once per document: the console changes screens without loading a new one.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // Only violations are read: axe then stops collecting every node that passed.
      resultTypes: ['violations'],
    });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  });
  expect(violations, `accessibility of ${name}`).toEqual([]);
  expect(await page.locator('body').innerText()).not.toMatch(
    /\b(BAD_USER_INPUT|FORBIDDEN|NOT_FOUND|INTERNAL_SERVER_ERROR|UNAUTHENTICATED)\b/,
  );
  expect(pageProblems(page)).toEqual([]);
  // A full-page PNG takes a third of a second of both cores; they are for people, so on request.
  if (process.env.SCREENSHOTS) {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  }
}

/**
 * Moves the keyboard focus with Tab until the focused element's accessible name matches,
 * as a keyboard user would; fails when 80 presses do not get there.
 */
export async function tabTo(page: Page, name: RegExp): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element) return '';
      const labels = (element as HTMLInputElement).labels;
      const label = labels && labels.length > 0 ? labels[0]!.innerText : '';
      return [element.getAttribute('aria-label') ?? '', label, element.innerText ?? ''].join(' | ');
    });
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}
