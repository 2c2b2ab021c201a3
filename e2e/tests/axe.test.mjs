// axe-core finds no WCAG 2.1 A or AA violation on any public page, in any state a resident
// can reach.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, axeViolations, BASE } from '../lib.mjs';

/** Posts JSON to the API; returns the answer's body. */
async function post(path, body, status) {
  const answer = await fetch(`${BASE}/api/v1${path}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  assert.equal(answer.status, status, `POST ${path}`);
  return answer.json();
}

const complaint = {
  kind: 'complaint', category: 'T311-R0012',
  description: 'Pothole reported twice, still there.', contact: { email: 'axe@example.ca' },
};

let browser;
let tracking;
let withdrawn;
before(async () => {
  browser = await launch();
  tracking = (await post('/cases', complaint, 201)).tracking_number;
  withdrawn = (await post('/cases', complaint, 201)).tracking_number;
  await post(`/cases/${withdrawn}/withdrawal`, { reason: 'Fixed this morning.', confirm: 'axe@example.ca' }, 200);
});
after(async () => { await browser?.close(); });

const pages = {
  'the home page': '/',
  'the service standards': '/standards',
  "a division's standards": '/standards/toronto-water',
  'the helper, first question': '/help',
  'the helper, a service request': '/help?need=request',
  'the helper, search': '/help?need=complaint',
  'the helper, search results': '/help?need=complaint&q=water',
  'the helper, no result': '/help?need=compliment&q=zzzz',
  'the empty form': '/submit',
  'the follow form': '/track',
  'the follow form with a wrong number': '/track?number=12',
  'the public report': '/reports',
  'the public report, an earlier quarter': '/reports?quarter=2025-Q1',
  'a page that does not exist': '/standards/no-such-division',
};

for (const [name, path] of Object.entries(pages)) {
  test(`${name} (${path}) has no accessibility violation`, async () => {
    const page = await newPage(browser);
    await page.goto(path);
    assert.deepEqual(await axeViolations(page), []);
  });
}

test('the form showing its errors has no accessibility violation', async () => {
  const page = await newPage(browser);
  await page.goto('/submit');
  await page.fill('#description', 'Only this is filled in.');
  const [response] = await Promise.all([page.waitForNavigation(), page.press('form button[type=submit]', 'Enter')]);
  assert.equal(response.status(), 422);
  assert.deepEqual(await axeViolations(page), []);
});

test('the confirmation and the case page have no accessibility violation', async () => {
  const page = await newPage(browser);
  await page.goto(`/submitted/${tracking}`);
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(`/track/${tracking}`);
  assert.deepEqual(await axeViolations(page), []);
});

test('the page of a withdrawn case has no accessibility violation', async () => {
  const page = await newPage(browser);
  await page.goto(`/track/${withdrawn}`);
  assert.match(await page.textContent('dl.facts'), /Closed|Withdrawn/i);
  assert.deepEqual(await axeViolations(page), []);
});
