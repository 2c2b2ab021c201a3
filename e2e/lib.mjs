// Shared helpers for the browser tests: one Chromium, the server's address, keyboard moves,
// and axe-core.
import { readFileSync, readdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const BASE = process.env.HEARD_BASE_URL;
if (!BASE) throw new Error('HEARD_BASE_URL is not set: run the tests with e2e/run');

export function launch() {
  return chromium.launch({
    executablePath: process.env.HEARD_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** A page in a fresh context (no cookies or history shared between tests); `options` adds
 *  to the context's, for example a `locale` that the browser asks for. */
export async function newPage(browser, viewport = { width: 1280, height: 900 }, options = {}) {
  // axe-core is injected as an inline script, which the site's Content-Security-Policy
  // rightly refuses; the test browser alone is told to let it run.
  const context = await browser.newContext({ viewport, baseURL: BASE, bypassCSP: true, ...options });
  return context.newPage();
}

/** The text of a one-line message without values from locales/<tag>/*.ftl, as the site
 *  writes it: the tests compare pages with the translations they must show. */
export function message(tag, id) {
  const folder = new URL(`../locales/${tag}/`, import.meta.url);
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ftl'))) {
    const line = readFileSync(new URL(file, folder), 'utf8').split('\n').find((l) => l.startsWith(`${id} = `));
    if (line) return line.slice(id.length + 3).trim();
  }
  throw new Error(`no message ${id} in ${tag}`);
}

/** The e-mails the SMTP sink received for `address` (e2e/run starts it) that `where`
 *  accepts, waiting up to `seconds` for at least one. */
export async function mailTo(address, seconds = 20, where = () => true) {
  const folder = process.env.HEARD_MAIL_DIR;
  if (!folder) throw new Error('HEARD_MAIL_DIR is not set: run the tests with e2e/run');
  for (let i = 0; i < seconds * 10; i++) {
    const found = readdirSync(folder).filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(`${folder}/${f}`, 'utf8')))
      .filter((m) => m.rcpt_tos.includes(address) && where(m));
    if (found.length > 0) return found;
    await new Promise((resolve) => { setTimeout(resolve, 100); });
  }
  throw new Error(`no e-mail reached ${address} within ${seconds} s`);
}

/** Text as a reader sees it: without the invisible Unicode isolation marks that pages put
 *  around values so that they keep their direction inside right-to-left text. */
export function plain(text) {
  return (text ?? '').replace(/[\u2068\u2069]/g, '');
}

/** Whether the focused element matches the selector. */
export function focused(page, selector) {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

/** Presses Tab until the element matching the selector has focus; fails if it never does. */
export async function tabTo(page, selector, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await focused(page, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Starts from the top of the page: the first Tab must land on the skip link, which
 *  moves focus to the main content. */
export async function skipToMain(page) {
  await page.keyboard.press('Tab');
  if (!(await focused(page, 'a.skip'))) throw new Error('the first Tab does not reach the skip link');
  await page.keyboard.press('Enter');
  if (!(await focused(page, 'main'))) throw new Error('the skip link does not move focus to main');
}

/** Moves a focused, closed <select> with ArrowDown until it shows the wanted option. */
export async function arrowToOption(page, value, max = 300) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((v) => document.activeElement.value === v, value)) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`ArrowDown never reached the option ${value}`);
}

/** Presses a key and waits for the navigation it causes; returns the main response. */
export async function pressAndWait(page, key) {
  const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press(key)]);
  return response;
}

const AXE = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

/** The WCAG 2.1 A and AA violations on the page, one line each with its targets. */
export async function axeViolations(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }));
  return result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help}; at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
