// The form's answers to mistakes, to markup in what residents type, and to a second send.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, focused, tabTo, skipToMain, pressAndWait, plain } from '../lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Presses the form's Send button; returns the response. */
async function send(page) {
  await page.focus('form button[type=submit]');
  return pressAndWait(page, 'Enter');
}

/** The text of each error message beside a field, by the field's id. */
function messagesBeside(page) {
  return page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('.error-message')].map((p) => [p.id.replace(/-error$/, ''), p.textContent])));
}

test('an empty form comes back with a summary of every problem and a message beside each field', async () => {
  const page = await newPage(browser);
  await page.goto('/submit');
  await skipToMain(page);
  await tabTo(page, 'form button[type=submit]');
  const response = await pressAndWait(page, 'Enter');

  assert.equal(response.status(), 422);
  assert.match(await page.title(), /^Error: /);
  const summary = page.locator('.error-summary[role=alert]');
  assert.match(plain(await summary.locator('h2').textContent()), /Please fix 4 things below/);
  const links = await summary.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(links, ['#kind', '#description', '#contact', '#consent']);

  const beside = await messagesBeside(page);
  assert.deepEqual(Object.keys(beside).sort(), ['consent', 'contact', 'description', 'kind']);
  assert.equal(await page.getAttribute('#description', 'aria-invalid'), 'true');
  assert.match(await page.getAttribute('#description', 'aria-describedby'), /\bdescription-error\b/);
  assert.equal(await page.getAttribute('#kind', 'aria-describedby'), 'kind-error');

  // Focus starts on the summary, whose links take keyboard users to the field to fix.
  await page.waitForFunction(() => document.activeElement?.id === 'error-summary');
  await page.keyboard.press('Tab');
  assert.ok(await focused(page, '.error-summary a[href="#kind"]'));
  await tabTo(page, '.error-summary a[href="#description"]');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Now I say what happened.');
  assert.equal(await page.inputValue('#description'), 'Now I say what happened.');
});

test('a form with only some fields wrong keeps everything the resident typed', async () => {
  const page = await newPage(browser);
  await page.goto('/submit?kind=complaint');
  await page.selectOption('#category', 'T311-R0012');
  await page.fill('#description', 'The pothole on Queen Street\nis still there after two reports.');
  await page.fill('#address', '100 Queen St W');
  await page.fill('#email', 'not-an-address');
  await page.fill('#name', 'Ada Lovelace');
  await page.check('#consent');
  const response = await send(page);

  assert.equal(response.status(), 422);
  assert.deepEqual(Object.keys(await messagesBeside(page)), ['email']);
  assert.equal(await page.isChecked('#kind-complaint'), true);
  assert.equal(await page.inputValue('#category'), 'T311-R0012');
  assert.equal(await page.inputValue('#description'), 'The pothole on Queen Street\nis still there after two reports.');
  assert.equal(await page.inputValue('#address'), '100 Queen St W');
  assert.equal(await page.inputValue('#name'), 'Ada Lovelace');
  assert.equal(await page.inputValue('#email'), 'not-an-address');
  assert.equal(await page.isChecked('#consent'), true);
});

test('markup and script typed into the form are shown as text, never run', async () => {
  const page = await newPage(browser);
  const description = '<script>window.__pwned=1</script><b>bold</b>';
  const name = '"><script>window.__pwned=2</script><img src=x onerror="window.__pwned=3">';
  await page.goto('/submit');
  await page.fill('#description', description);
  await page.fill('#name', name);
  const response = await send(page); // no kind, no consent: the form comes back

  assert.equal(response.status(), 422);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.inputValue('#description'), description);
  assert.equal(await page.inputValue('#name'), name);
  assert.equal(await page.locator('main b, main img, main script').count(), 0);
  const html = await response.text();
  const lt = '(&lt;|&#60;|&#x3c;)';
  const gt = '(&gt;|&#62;|&#x3e;)';
  assert.match(html, new RegExp(`${lt}script${gt}window.__pwned=1${lt}/script${gt}${lt}b${gt}bold`, 'i'), 'the description is escaped');
  assert.ok(!html.includes('<script>window.__pwned'), 'no script from the resident reaches the page');
});

/** Fills a complete complaint on the page. */
async function fillComplaint(page, description) {
  await page.goto('/submit');
  await page.check('#kind-complaint');
  await page.selectOption('#category', 'T311-R0012');
  await page.fill('#description', description);
  await page.fill('#email', 'twice@example.ca');
  await page.check('#consent');
}

test('sending the form again after going back gives the same tracking number', async () => {
  const page = await newPage(browser);
  await fillComplaint(page, 'Sent, then sent again after pressing Back.');
  const id = await page.inputValue('input[name=submission_id]');
  await send(page);
  const first = new URL(page.url()).pathname;
  assert.match(first, /^\/submitted\/\d{4}-\d{4}-\d{2}$/);

  await page.goBack();
  assert.equal(new URL(page.url()).pathname, '/submit');
  assert.equal(await page.inputValue('input[name=submission_id]'), id, 'Back shows the same filled form');
  await send(page);
  assert.equal(new URL(page.url()).pathname, first);
});

test('a double click on Send, two posts of the same form at once, gives one tracking number', async () => {
  const page = await newPage(browser);
  await fillComplaint(page, 'Sent twice at the same moment.');
  const urls = await page.evaluate(async () => {
    const form = document.querySelector('form[method=post]');
    const send = () => fetch(form.action, { method: 'POST', body: new FormData(form) });
    const answers = await Promise.all([send(), send()]);
    return answers.map((a) => new URL(a.url).pathname);
  });
  assert.match(urls[0], /^\/submitted\/\d{4}-\d{4}-\d{2}$/);
  assert.equal(urls[1], urls[0]);
});
