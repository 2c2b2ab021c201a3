// The dashboard for analysts and supervisors and the public report: axe-core finds no WCAG 2.1
// A or AA violation on them, in the states staff and residents reach; an analyst follows a
// count to the cases behind it and downloads a table; and, with HEARD_SCREENSHOTS=1, both pages
// are photographed for docs/screenshots/ (scripts/report-screenshots does it after importing
// the published 311 records). e2e/run creates the accounts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, newPage, axeViolations, pressAndWait, plain, BASE } from '../lib.mjs';

const PASSWORD = process.env.HEARD_STAFF_PASSWORD;
if (!PASSWORD) throw new Error('HEARD_STAFF_PASSWORD is not set: run the tests with e2e/run');

const wanted = process.env.HEARD_SCREENSHOTS === '1';
const folder = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

let browser;
before(async () => {
  browser = await launch();
  if (wanted) mkdirSync(folder, { recursive: true });
});
after(async () => { await browser?.close(); });

/** A page signed in as `username`. */
async function staff(username, viewport) {
  const page = await newPage(browser, viewport);
  await page.goto('/staff/sign-in');
  await page.fill('#username', username);
  await page.fill('#password', PASSWORD);
  const response = await pressAndWait(page, 'Enter');
  assert.equal(response.status(), 200, `${username} signs in`);
  return page;
}

async function open(page, path, status = 200) {
  const response = await page.goto(path);
  assert.equal(response.status(), status, `GET ${path}`);
}

test('the dashboard, a drill-down and the filters with errors have no accessibility violation', async () => {
  const page = await staff('e2e.analyst');
  await open(page, '/staff/dashboard');
  assert.deepEqual(await axeViolations(page), [], 'the dashboard');
  assert.ok(await page.locator('svg.chart').count() > 0, 'a chart is drawn');

  await Promise.all([page.waitForNavigation(), page.click('#summary a')]);
  assert.match(new URL(page.url()).pathname, /^\/staff\/dashboard\/cases$/);
  assert.match(plain(await page.textContent('main')), /cases? (is|are) counted/);
  assert.deepEqual(await axeViolations(page), [], 'the drill-down');

  await open(page, '/staff/dashboard?from=2026-13-01&kind=letter', 400);
  assert.equal(await page.locator('.error-summary li').count(), 2);
  assert.deepEqual(await axeViolations(page), [], 'the filters with errors');
  await page.context().close();
});

test('a division supervisor sees only their division on the dashboard', async () => {
  const page = await staff('e2e.roads.lead');
  await open(page, '/staff/dashboard?division=toronto-water');
  assert.match(await page.textContent('#division'), /Road Operations \(your division\)/);
  assert.deepEqual(await axeViolations(page), []);
  await page.context().close();
});

test('every table of the dashboard downloads as CSV with the same cells', async () => {
  const page = await staff('e2e.analyst');
  await open(page, '/staff/dashboard');
  const table = await page.$$eval('#summary tr', (rows) =>
    rows.map((r) => [...r.children].map((c) => c.textContent.trim()).join(',')));
  const answer = await page.request.get('/staff/dashboard.csv?table=summary');
  assert.equal(answer.status(), 200);
  const csv = (await answer.text()).trim().split('\n').map((l) => l.replace(/"/g, ''));
  assert.deepEqual(csv, table);
  await page.context().close();
});

test('the public report is linked from every page and has no accessibility violation', async () => {
  const page = await newPage(browser);
  await open(page, '/');
  await Promise.all([page.waitForNavigation(), page.click('header nav a[href="/reports"]')]);
  assert.equal(new URL(page.url()).pathname, '/reports');
  assert.deepEqual(await axeViolations(page), []);
  for (const tag of ['fr', 'ar', 'zh-Hans']) {
    const other = await newPage(browser, undefined, { locale: tag });
    await open(other, '/reports?quarter=nonsense');
    assert.deepEqual(await axeViolations(other), [], `the report in ${tag}`);
    await other.context().close();
  }
  await page.context().close();
});

test('the dashboard and the public report are photographed', { skip: !wanted && 'set HEARD_SCREENSHOTS=1' }, async () => {
  const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
  for (const [width, viewport] of Object.entries(widths)) {
    const page = await staff('e2e.analyst', viewport);
    await open(page, '/staff/dashboard');
    await page.screenshot({ path: `${folder}dashboard-${width}.png`, fullPage: true });
    await page.context().close();

    const report = await newPage(browser, viewport);
    await open(report, '/reports');
    await report.screenshot({ path: `${folder}reports-${width}.png`, fullPage: true });
    await report.context().close();
  }
});
