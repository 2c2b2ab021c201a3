// A resident who uses only the keyboard sends a case and follows it with its tracking number.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, tabTo, skipToMain, arrowToOption, pressAndWait, plain } from '../lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** From the home page to the case page, by keyboard only; returns what the case page shows. */
async function sendAndFollow(page, { kindKeys, category, description, email, digitsOnly = false }) {
  await page.goto('/');
  await skipToMain(page);
  await tabTo(page, 'main a[href="/submit"]');
  await pressAndWait(page, 'Enter');
  assert.equal(new URL(page.url()).pathname, '/submit');

  await skipToMain(page);
  await tabTo(page, 'input[name=kind]');
  for (const key of kindKeys) await page.keyboard.press(key);
  await tabTo(page, '#category');
  await arrowToOption(page, category);
  await tabTo(page, '#description');
  await page.keyboard.type(description);
  await tabTo(page, '#email');
  await page.keyboard.type(email);
  await tabTo(page, '#consent');
  await page.keyboard.press('Space');
  await tabTo(page, 'form button[type=submit]');
  const response = await pressAndWait(page, 'Enter');

  assert.equal(response.status(), 200);
  assert.match(new URL(page.url()).pathname, /^\/submitted\/\d{4}-\d{4}-\d{2}$/);
  const tracking = (await page.textContent('.tracking-number')).trim();
  assert.match(tracking, /^\d{4}-\d{4}-\d{2}$/);

  await tabTo(page, 'header a[href="/track"]'); // from the top, past the skip link
  await pressAndWait(page, 'Enter');
  await skipToMain(page);
  await tabTo(page, '#number');
  await page.keyboard.type(digitsOnly ? tracking.replaceAll('-', '') : tracking);
  await pressAndWait(page, 'Enter');

  assert.equal(new URL(page.url()).pathname, `/track/${tracking}`);
  const facts = await page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('dl.facts dt')].map((dt) => [dt.textContent, dt.nextElementSibling.textContent])));
  const unmarked = Object.fromEntries(Object.entries(facts).map(([k, v]) => [plain(k), plain(v)]));
  return { tracking, heading: plain(await page.textContent('h1')), facts: unmarked };
}

test('a keyboard user sends a complaint and follows it with its tracking number', async () => {
  const page = await newPage(browser);
  const { tracking, heading, facts } = await sendAndFollow(page, {
    kindKeys: ['Space'],
    category: 'T311-R0071',
    description: 'The leak at my water service line was reported in May and is still not fixed.',
    email: 'resident@example.ca',
  });
  assert.equal(heading, `Case ${tracking}`);
  assert.equal(facts.Type, 'Complaint');
  assert.equal(facts.Status, 'Received, waiting to be acknowledged');
  assert.equal(facts['Handled by'], 'Toronto Water');
  assert.equal(facts.About, 'Water Service Line-Leaking');
});

test('a keyboard user sends a compliment and follows it with its tracking number', async () => {
  const page = await newPage(browser);
  const { tracking, heading, facts } = await sendAndFollow(page, {
    kindKeys: ['ArrowDown'], // from the first choice, complaint, to the second, compliment
    category: 'T311-R0026',
    description: 'The plough crew cleared our street before six in the morning. Thank you!',
    email: 'thanks@example.ca',
    digitsOnly: true, // as typed on a phone's number pad
  });
  assert.equal(heading, `Case ${tracking}`);
  assert.equal(facts.Type, 'Compliment');
  assert.equal(facts.Status, 'Received, waiting to be acknowledged');
  assert.equal(facts['Handled by'], 'Transportation Services: Road Operations');
  assert.equal(facts.About, 'Road Plowing Request');
});
