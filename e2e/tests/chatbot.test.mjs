// The chatbot: a resident files a complaint in a conversation, with the keyboard and without
// JavaScript of our own, and gets a tracking number; axe-core checks the chat panel at every step.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, axeViolations, tabTo, pressAndWait, plain, focused } from '../lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Presses the step's button with this action using the keyboard; returns the response. */
async function press(page, action) {
  await page.focus(`button[name=action][value=${action}]`);
  return pressAndWait(page, 'Enter');
}

/** Checks the page with axe-core; `step` names it in the failure. */
async function accessible(page, step) {
  assert.deepEqual(await axeViolations(page), [], `axe on the chat at ${step}`);
}

/** The text of the assistant's newest message. */
async function latest(page) {
  return plain(await page.locator('#latest').textContent());
}

test('a resident files a complaint through the chatbot and gets a tracking number', async () => {
  const page = await newPage(browser);
  await page.goto('/');
  await tabTo(page, 'a[href="/chat"]');
  await pressAndWait(page, 'Enter');
  assert.equal(new URL(page.url()).pathname, '/chat');
  assert.equal(await page.getAttribute('.chat-log-region', 'aria-live'), 'polite');
  assert.equal(await page.getAttribute('.chat-log-region', 'role'), 'log');
  assert.match(await latest(page), /What happened\?/);
  await accessible(page, 'the greeting');

  await tabTo(page, '#text');
  await page.keyboard.type('The garbage truck skipped my street again and my green bin was not picked up. I reported it twice.');
  const sent = await press(page, 'send');
  assert.equal(sent.status(), 200);
  assert.ok(await focused(page, '#latest'), 'the page opens on the newest message');
  assert.match(await latest(page), /Here is what I understood/);
  assert.equal(await page.inputValue('#category'), 'T311-R0013');
  assert.ok(await page.isChecked('#kind-complaint'));
  await accessible(page, 'the proposal');

  await press(page, 'continue');
  assert.match(await latest(page), /Where did it happen\?/);
  await page.fill('#text', '40 Bay Mills Blvd');
  await press(page, 'send');
  assert.match(await latest(page), /What would you like the City to do/);
  await press(page, 'skip');
  assert.match(await latest(page), /How can the City reach you\?/);
  await accessible(page, 'the contact question');
  await page.fill('#name', 'Grace Chat');
  await page.fill('#email', 'grace.chat@example.ca');
  await press(page, 'continue');
  await page.selectOption('#language', 'en');
  await press(page, 'continue');
  assert.match(await latest(page), /Please check everything/);
  const summary = plain(await page.locator('dl.facts').textContent());
  assert.match(summary, /40 Bay Mills Blvd/);
  assert.match(summary, /grace\.chat@example\.ca/);
  await accessible(page, 'the summary');

  await tabTo(page, '#consent');
  await page.keyboard.press('Space');
  await press(page, 'file');
  const filed = await latest(page);
  const number = filed.match(/Your tracking number is (\d{4}-\d{4}-\d{2})/)?.[1];
  assert.ok(number, filed);
  await accessible(page, 'the tracking number');

  await page.click(`a[href="/track/${number}"]`);
  await page.waitForURL(`**/track/${number}`);
  assert.match(plain(await page.locator('main').textContent()), /Solid Waste Management Services/);
});

test('the chatbot answers the status of a case and explains the standards, in French too', async () => {
  const page = await newPage(browser, undefined, { locale: 'fr-CA' });
  await page.goto('/chat');
  await page.fill('#text', 'Où en est le dossier 0000-0000-00 ?');
  await press(page, 'send');
  assert.ok((await latest(page)).length > 0);
  await press(page, 'standards');
  assert.match(await latest(page), /jours ouvrables/);
  await accessible(page, 'the standards in French');
  await press(page, 'person');
  assert.match(await latest(page), /311/);
});

test('in Arabic the chat panel reads right to left and passes axe', async () => {
  const page = await newPage(browser, undefined, { locale: 'ar' });
  await page.goto('/chat');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await page.fill('#text', 'شكرا لفريق المياه');
  await press(page, 'send');
  assert.ok(await page.isChecked('#kind-compliment'), 'thanks in Arabic are read as a compliment');
  await accessible(page, 'the proposal in Arabic');
});
