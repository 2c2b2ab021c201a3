// Training mode in a real browser: an agent turns their training switch on, records a phone
// complaint, sees the chosen service's guidance beside the form (without JavaScript's help),
// and the case queues no message and is left out of open data. The new pages are axe-clean.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  launch, newPage, axeViolations, plain, BASE,
} from '../lib.mjs';

const PASSWORD = process.env.HEARD_STAFF_PASSWORD;
if (!PASSWORD) throw new Error('HEARD_STAFF_PASSWORD is not set: run the tests with e2e/run');

const TRAINEE = 'e2e.trainee';
const TRACKING = /^\d{4}-\d{4}-\d{2}$/;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function signIn(username) {
  const page = await newPage(browser);
  await page.goto('/staff/sign-in');
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Sign in' }).click()]);
  assert.equal(new URL(page.url()).pathname, '/staff/queue', `${username} signs in`);
  return page;
}

async function noViolations(page, where) {
  assert.deepEqual(await axeViolations(page), [], `accessibility of ${where}`);
}

test('a case recorded in training mode shows its guidance, queues no message and is not published', async () => {
  const page = await signIn(TRAINEE);

  await page.goto(`/staff/users/${TRAINEE}`);
  await noViolations(page, 'the staff member page');
  const turnOn = page.getByRole('button', { name: 'Turn training mode on' });
  if (await turnOn.count() > 0) {
    await Promise.all([page.waitForNavigation(), turnOn.click()]);
  }
  assert.match(await page.textContent('.training-banner'), /Training mode/);

  await page.goto('/staff/intake');
  assert.match(await page.textContent('.training-banner'), /Training mode/, 'the intake page says so');
  await page.check('#channel-phone');
  await page.check('#kind-complaint');
  await page.getByLabel('Service', { exact: true }).selectOption('T311-R0012');
  const words = 'Practice call: the pothole at Queen and Bathurst is still there.';
  await page.getByLabel("What happened, in the person's words").fill(words);
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill('trainee.caller@example.ca');
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name: 'Show guidance for this service' }).click(),
  ]);

  const guidance = page.locator('#guidance');
  assert.match(await guidance.textContent(), /Guidance: Potholes and damaged roads/);
  assert.match(await guidance.textContent(), /How big is it, roughly/);
  assert.match(await guidance.textContent(), /within 10 business days/);
  assert.equal(await page.getByLabel("What happened, in the person's words").inputValue(), words, 'kept as typed');
  await noViolations(page, 'the intake page with guidance');

  await page.getByLabel('I told the person how the City uses their information').check();
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Record the case' }).click()]);
  const tracking = plain(await page.textContent('.tracking-number')).trim();
  assert.match(tracking, TRACKING);

  await page.goto(`/staff/cases/${tracking}`);
  assert.match(await page.textContent('main'), /Training case\./);
  assert.match(await page.textContent('main'), /No message was written to the resident about this case\./);
  assert.match(await page.textContent('main'), /roads-potholes/, 'the guidance shown is recorded');
  await noViolations(page, 'a training case');

  const published = await (await fetch(`${BASE}/open-data/cases.csv`)).text();
  assert.ok(!published.includes(tracking), 'open data leaves the training case out');

  await page.goto('/staff/knowledge?q=pothole');
  assert.ok(await page.getByRole('link', { name: 'Potholes and damaged roads' }).count() > 0);
  await noViolations(page, 'the knowledge base search');
  await page.goto('/staff/knowledge/roads-potholes');
  await noViolations(page, 'a knowledge article');

  // Back to real work: the switch is per user and stays as left.
  await page.goto(`/staff/users/${TRAINEE}`);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Turn training mode off' }).click()]);
  assert.equal(await page.locator('.training-banner').count(), 0);
  await page.close();
});

test('the training report and the roles page pass axe', async () => {
  const page = await signIn('e2e.admin');
  await page.goto('/staff/reports/training');
  assert.match(await page.textContent('h1'), /Training completed/);
  await noViolations(page, 'the training report');
  await page.goto('/staff/roles');
  await noViolations(page, 'the roles page');
  await page.close();
});
