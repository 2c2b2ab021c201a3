// The staff console, used by the people who work cases: each role signs in with the keyboard and
// gets the pages its role allows, and no other; a complaint taken by phone goes through triage,
// routing, assignment, an update, resolution and closure; a compliment taken at a counter is
// forwarded to the crew's supervisor and closed; a supervisor assigns ticked cases at once;
// axe-core finds no WCAG 2.1 A or AA violation on any page staff reach, in any state; and, with
// HEARD_SCREENSHOTS=1, the queue, a case and the intake form are photographed for
// docs/screenshots/. e2e/run creates the accounts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  launch, newPage, axeViolations, tabTo, skipToMain, pressAndWait, plain, message, mailTo, BASE,
} from '../lib.mjs';

const PASSWORD = process.env.HEARD_STAFF_PASSWORD;
if (!PASSWORD) throw new Error('HEARD_STAFF_PASSWORD is not set: run the tests with e2e/run');

const ROADS = 'Transportation Services: Road Operations';
const POTHOLE = 'T311-R0012';
const PLOWING = 'T311-R0026';
const TRACKING = /^\d{4}-\d{4}-\d{2}$/;
/** Changes each run, so that searches find this run's cases only. */
const RUN = Math.random().toString(36).slice(2, 8);

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** Signs `username` in from the sign-in page with the keyboard alone: Tab to each field, type,
 *  Enter. Returns the page and the answer to the sign-in. */
async function signIn(username, { password = PASSWORD, viewport } = {}) {
  const page = await newPage(browser, viewport);
  await page.goto('/staff/sign-in');
  await skipToMain(page);
  await tabTo(page, '#username');
  await page.keyboard.type(username);
  await tabTo(page, '#password');
  await page.keyboard.type(password);
  const response = await pressAndWait(page, 'Enter');
  return { page, response };
}

/** Signs in and checks that the console's front page, the queue, opened. */
async function staff(username, viewport) {
  const { page, response } = await signIn(username, { viewport });
  assert.equal(response.status(), 200, `${username} signs in`);
  assert.equal(new URL(page.url()).pathname, '/staff/queue');
  return page;
}

/** Opens a path; fails unless the answer has the status wanted. */
async function open(page, path, status = 200) {
  const response = await page.goto(path);
  assert.equal(response.status(), status, `GET ${path}`);
  return response;
}

async function noViolations(page, where) {
  assert.deepEqual(await axeViolations(page), [], `accessibility of ${where}`);
}

/** Posts JSON to the public API; returns the answer's body. */
async function post(path, body) {
  const answer = await fetch(`${BASE}/api/v1${path}`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  assert.equal(answer.status, 201, `POST ${path}`);
  return answer.json();
}

/** A case a resident sent through the API, returning its tracking number. */
async function residentCase(category, email, description = 'Sent through the API for the staff tests.') {
  const body = await post('/cases', { kind: 'complaint', category, description, contact: { email } });
  return body.tracking_number;
}

/** Presses an action form's button on the case page and waits for the page it leads to. */
async function submit(page, slug) {
  const form = page.locator(`form[action$="/${slug}"]`);
  const [response] = await Promise.all([page.waitForNavigation(), form.locator('button[type=submit]').click()]);
  return response;
}

/** The problem the page shows, if any, without waiting for one to appear. */
async function problem(page) {
  const summary = page.locator('.error-summary');
  return (await summary.count()) > 0 ? summary.first().textContent() : '';
}

/** Takes an action on the case page, which must come back to the case without a problem. */
async function act(page, tracking, slug) {
  const response = await submit(page, slug);
  assert.equal(response.status(), 200, `${slug}: ${await problem(page)}`);
  assert.equal(new URL(page.url()).pathname, `/staff/cases/${tracking}`);
  assert.equal(await page.locator('.error-summary').count(), 0);
}

/** The case page's facts, by their name. */
function facts(page, list = 'dl.facts') {
  return page.locator(list).first().evaluate((dl) => Object.fromEntries(
    [...dl.querySelectorAll('dt')].map((dt) => [dt.textContent.trim(), dt.nextElementSibling.textContent.trim()])));
}

/** The action forms the case page offers, by the last part of their address. */
function forms(page) {
  return page.locator('form[action^="/staff/cases/"]').evaluateAll((fs) => fs.map((f) => f.getAttribute('action').split('/').pop()));
}

/** The lines of the case's history, as "who: what". */
function history(page) {
  return page.locator('ol.timeline li').evaluateAll((lis) => lis.map((li) =>
    li.textContent.replace(li.querySelector('strong')?.textContent ?? '', '').trim().replace(/^, /, '')));
}

/** Opens a case from the queue, following the pages of the queue until its link shows. */
async function openFromQueue(page, tracking, query = '') {
  await open(page, `/staff/queue${query}`);
  for (;;) {
    const link = page.locator(`table a[href="/staff/cases/${tracking}"]`);
    if (await link.count() > 0) {
      await Promise.all([page.waitForNavigation(), link.click()]);
      assert.equal(new URL(page.url()).pathname, `/staff/cases/${tracking}`);
      return;
    }
    const next = page.locator('a[rel=next]');
    assert.equal(await next.count(), 1, `case ${tracking} is not in the queue`);
    await Promise.all([page.waitForNavigation(), next.click()]);
  }
}

/** Fills the intake form: the channel, what it is, the service, the words, the person. */
async function fillIntake(page, { channel, kind, category, description, name, email, phone }) {
  await page.check(`#channel-${channel}`);
  await page.check(`#kind-${kind}`);
  await page.getByLabel('Service', { exact: true }).selectOption(category);
  await page.getByLabel("What happened, in the person's words").fill(description);
  if (name) await page.getByLabel('Name', { exact: true }).fill(name);
  if (email) await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill(email);
  if (phone) await page.getByRole('textbox', { name: 'Phone', exact: true }).fill(phone);
}

/** Ticks "notice read", records the case, and reads the tracking number from the read-back page. */
async function record(page) {
  await page.getByLabel('I told the person how the City uses their information').check();
  const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Record the case' }).click()]);
  assert.equal(response.status(), 200, `not recorded: ${await problem(page)}`);
  const tracking = plain(await page.textContent('.tracking-number')).trim();
  assert.match(tracking, TRACKING);
  assert.equal(new URL(page.url()).pathname, `/staff/intake/${tracking}`);
  return tracking;
}

// ---------------------------------------------------------------------------------------------
// Signing in, and what each role may open.

/** Each account e2e/run makes: the words for its role, its menu, and pages it may not open. */
const ROLES = {
  'e2e.agent': {
    role: '311 agent', queue: 'Triage queue',
    menu: ['Queue', 'Record a case', 'Search', 'Roles'],
    refused: ['/staff/notifications/dead', '/staff/dashboard'],
  },
  'e2e.roads': {
    role: 'Division staff', queue: `Queue of ${ROADS}`,
    menu: ['Queue', 'Record a case', 'Search', 'Roles'],
    refused: ['/staff/notifications/dead', '/staff/dashboard'],
  },
  'e2e.roads.lead': {
    role: 'Division supervisor', queue: `Queue of ${ROADS}`,
    menu: ['Queue', 'Record a case', 'Search', 'Dashboard', 'Undelivered messages', 'Roles'],
    refused: [],
  },
  'e2e.reviewer': {
    role: 'Escalation reviewer', queue: 'Triage queue',
    menu: ['Queue', 'Search', 'Roles'],
    refused: ['/staff/intake', '/staff/notifications/dead', '/staff/dashboard'],
  },
  'e2e.analyst': {
    role: 'Analyst', queue: 'Triage queue',
    menu: ['Queue', 'Dashboard', 'Roles'],
    refused: ['/staff/intake', '/staff/search', '/staff/search?q=pothole', '/staff/search.csv?q=pothole', '/staff/notifications/dead'],
  },
  'e2e.admin': {
    role: 'Administrator', queue: 'Triage queue',
    menu: ['Queue', 'Dashboard', 'Undelivered messages', 'Roles'],
    refused: ['/staff/intake', '/staff/search'],
  },
};

test('the console sends anyone not signed in to the sign-in page', async () => {
  const page = await newPage(browser);
  for (const path of ['/staff/queue', '/staff/intake', '/staff/roles']) {
    await page.goto(path);
    assert.equal(new URL(page.url()).pathname, '/staff/sign-in', path);
  }
  await page.context().close();
});

test('a wrong password is refused with the same words as an unknown name, and the name is kept', async () => {
  const { page, response } = await signIn('e2e.nobody', { password: 'not the password at all' });
  assert.equal(response.status(), 401);
  assert.equal(new URL(page.url()).pathname, '/staff/sign-in');
  assert.match(await page.locator('.error-summary[role=alert]').textContent(), /do not match an account/);
  assert.equal(await page.inputValue('#username'), 'e2e.nobody');
  await noViolations(page, 'the sign-in page with its error');
  await page.goto('/staff/sign-in');
  await noViolations(page, 'the sign-in page');
  await page.context().close();
});

for (const [username, { role, queue, menu, refused }] of Object.entries(ROLES)) {
  test(`${username} (${role}) signs in with the keyboard and opens only what the role allows`, async () => {
    const page = await staff(username);
    assert.equal(plain(await page.textContent('h1')), queue);
    const nav = page.getByRole('navigation', { name: 'Staff' });
    // Other parts of the console add their own links; those of this role must be there, and
    // no link to a page it is refused.
    const names = await nav.locator('a').allTextContents();
    for (const name of menu) assert.ok(names.includes(name), `${name} in ${names}`);
    const hrefs = await nav.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const path of refused) assert.ok(!hrefs.includes(path), `no link to ${path}`);
    assert.match(await nav.textContent(), new RegExp(`Signed in as ${username.replaceAll('.', '\\.')} \\(${role}\\)`));

    // Every page in the menu opens, and has no accessibility violation.
    for (const path of hrefs) {
      await open(page, path);
      await noViolations(page, `${path} for ${username}`);
    }
    // The others answer 403, with a page that says so.
    for (const path of refused) {
      await open(page, path, 403);
      assert.equal(await page.textContent('h1'), 'Not allowed', path);
      await noViolations(page, `the refusal of ${path} for ${username}`);
    }

    // Signing out ends the session: the queue asks to sign in again.
    await open(page, '/staff/queue');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL('**/staff/sign-in');
    await page.goto('/staff/queue');
    assert.equal(new URL(page.url()).pathname, '/staff/sign-in');
    await page.context().close();
  });
}

test("divisional staff cannot see another division's case: it answers 404, like no case", async () => {
  const water = await residentCase('T311-R0071', 'water@example.ca');
  for (const username of ['e2e.roads', 'e2e.roads.lead']) {
    const page = await staff(username);
    await open(page, `/staff/cases/${water}`, 404);
    assert.equal(await page.textContent('h1'), 'Not found');
    await page.context().close();
  }
  const agent = await staff('e2e.agent');
  await open(agent, `/staff/cases/${water}`);
  await agent.context().close();
});

test('a role without a permission is refused the action itself, not only its form', async () => {
  const tracking = await residentCase(POTHOLE, 'refused@example.ca');
  /** Posts an action form by hand, with the session's own token. */
  const postAction = (page, slug) => page.evaluate(async ([t, s]) => {
    const body = new URLSearchParams({ csrf: document.querySelector('input[name=csrf]').value, version: '1', text: 'x' });
    return (await fetch(`/staff/cases/${t}/${s}`, { method: 'POST', body })).status;
  }, [tracking, slug]);

  const analyst = await staff('e2e.analyst');
  await open(analyst, `/staff/cases/${tracking}`);
  assert.deepEqual(await forms(analyst), [], 'an analyst is offered no action');
  assert.match(await analyst.textContent('main'), /Your role does not show personal data/);
  assert.ok(!(await analyst.textContent('main')).includes('refused@example.ca'));
  await noViolations(analyst, 'the case page as an analyst sees it');
  assert.equal(await postAction(analyst, 'acknowledge'), 403);

  const agent = await staff('e2e.agent');
  await open(agent, `/staff/cases/${tracking}`);
  assert.ok(!(await forms(agent)).includes('close'), 'an agent is not offered Close');
  assert.equal(await postAction(agent, 'close'), 403);
  await open(agent, `/staff/cases/${tracking}`);
  assert.equal((await facts(agent)).Status, 'New', 'nothing changed');
  await analyst.context().close();
  await agent.context().close();
});

// ---------------------------------------------------------------------------------------------
// A complaint by phone, from the call to its close.

const complaint = {
  description: `Caller ${RUN}: the pothole outside 12 Wychwood Ave has burst two tires this week.`,
  phone: '416-555-0142',
  route: 'The caller describes a pothole on a city road.',
  update: 'A crew is booked to fill the pothole on Thursday.',
  reasons: 'The pothole was filled on Thursday and the road inspected the next day.',
};
let phoned; // its tracking number

test('an agent records a phone complaint in Tamil, with an interpreter, and reads the number back', async () => {
  const page = await staff('e2e.agent');
  await page.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Record a case' }).click();
  await page.waitForURL('**/staff/intake');
  assert.equal(await page.isChecked('#channel-phone'), true, 'a phone call is the usual channel');
  await noViolations(page, 'the empty intake form');

  // The agent cannot tell which service it is: "Not sure" sends it to triage.
  await fillIntake(page, { channel: 'phone', kind: 'complaint', category: 'not_sure', ...complaint });
  assert.equal(await page.getByRole('group', { name: 'How did it come to you?' }).getByLabel('Phone call').isChecked(), true);

  // The language spoken: typing part of its name narrows the list to the one entry, which is
  // then chosen. Headless Chromium draws no datalist pop-up to pick it from with the arrow
  // keys, so the entry the list offers for what was typed is filled in, as choosing it would.
  const spoken = page.getByLabel('Language the person spoke');
  await spoken.focus();
  await page.keyboard.type('Tamil');
  const offered = await page.locator('#spoken-languages option').evaluateAll((os, typed) =>
    os.map((o) => o.value).filter((v) => v.toLowerCase().includes(typed.toLowerCase())), await spoken.inputValue());
  assert.deepEqual(offered, ['Tamil — தமிழ் [tam]']);
  await spoken.fill(offered[0]);
  await page.getByLabel('An interpreter helped').check();

  phoned = await record(page);
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Recorded');
  const digits = phoned.replaceAll('-', '').split('');
  const read = (await page.locator('.spoken-group').allTextContents()).map((g) => g.split(' ')).flat();
  assert.deepEqual(read, digits, 'the number is shown digit by digit to read aloud');
  await noViolations(page, 'the read-back page');

  // The case as recorded.
  await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Open the case' }).click()]);
  const seen = await facts(page);
  assert.equal(seen.Status, 'New');
  assert.equal(seen.Type, 'complaint');
  assert.equal(seen.Division, '311 Toronto');
  assert.equal(seen.Category, 'Not sure (to triage)');
  assert.equal(seen.Channel, 'phone');
  const person = await facts(page, 'h2:has-text("The resident") + dl.facts');
  assert.equal(person.Phone, complaint.phone);
  assert.match(person.Interpreter, /tam|Tamil/);
  await page.context().close();
});

test('triage: the agent finds it in the triage queue and routes it to the road division, with a reason', async () => {
  assert.ok(phoned, 'the complaint was recorded');
  const page = await staff('e2e.agent');
  await noViolations(page, 'the triage queue');
  await openFromQueue(page, phoned);
  assert.ok((await forms(page)).includes('reroute'), 'an agent may route');
  await page.getByLabel('Send to the division that handles').selectOption(POTHOLE);
  await page.getByLabel('Why it goes there').fill(complaint.route);
  await act(page, phoned, 'reroute');
  const seen = await facts(page);
  assert.equal(seen.Division, ROADS);
  assert.equal(seen.Category, 'Road - Pot hole');
  assert.equal(seen.Status, 'New');
  await page.context().close();
});

test('the road division finds the complaint in its queue and works it: acknowledge, assign, update, resolve', async () => {
  assert.ok(phoned, 'the complaint was recorded');
  const page = await staff('e2e.roads');
  await noViolations(page, "the road division's queue");
  await openFromQueue(page, phoned);
  assert.deepEqual(await forms(page), ['acknowledge', 'assign', 'note', 'update', 'request-information', 'resolve', 'close']);
  await noViolations(page, 'a new case with its forms');

  // A second tab left open on the same case, to be used after it has changed.
  const stale = await page.context().newPage();
  await stale.goto(`/staff/cases/${phoned}`);

  await act(page, phoned, 'acknowledge');
  assert.equal((await facts(page)).Status, 'Acknowledged');
  assert.ok(!(await forms(page)).includes('acknowledge'));

  assert.equal(await page.getByLabel('Assign to (user name)').inputValue(), 'e2e.roads', 'offered to the one acting');
  await act(page, phoned, 'assign');
  assert.equal((await facts(page))['Assigned to'], 'e2e.roads');
  assert.equal((await facts(page)).Status, 'In progress');

  await page.getByLabel('Update to the resident').fill(complaint.update);
  await act(page, phoned, 'update');
  await noViolations(page, 'a case in progress, with its history and messages');

  // The tab opened before all this shows the case as it was: its note is refused, and the
  // page says why and shows the case as it now is.
  await stale.getByLabel('Internal note (staff only)').fill('Written on an old page.');
  const conflict = await submit(stale, 'note');
  assert.equal(conflict.status(), 409);
  assert.match(await stale.locator('.error-summary[role=alert]').textContent(), /someone else changed the case/);
  assert.equal((await facts(stale)).Status, 'In progress');
  await noViolations(stale, 'the case page with a refused action');

  await page.getByLabel('Outcome').selectOption('upheld');
  await page.getByLabel('Reasons (the resident reads them)').fill(complaint.reasons);
  await act(page, phoned, 'resolve');
  assert.equal((await facts(page)).Status, 'Resolved');
  assert.deepEqual(await forms(page), ['assign', 'note', 'update', 'request-information', 'close']);
  await noViolations(page, 'a resolved case');
  await page.context().close();
});

test('the supervisor closes it; the history shows every step in order, and the resident sees it closed', async () => {
  assert.ok(phoned, 'the complaint was recorded');
  const page = await staff('e2e.roads.lead');
  await openFromQueue(page, phoned, '?status=resolved');
  assert.ok((await forms(page)).includes('reopen'), 'a supervisor may reopen');
  await noViolations(page, "a resolved case as the supervisor sees it, with every supervisor's form");
  await act(page, phoned, 'close');

  const seen = await facts(page);
  assert.equal(seen.Status, 'Closed');
  assert.ok(seen.Closed, 'the close is dated');
  assert.deepEqual(await forms(page), ['reopen'], 'a closed case can only be reopened');
  assert.deepEqual(await history(page), [
    `e2e.agent: Received: ${complaint.description}`,
    `e2e.agent: Re-routed to transportation-road-operations: ${complaint.route}`,
    'e2e.roads: Acknowledged',
    'e2e.roads: Assigned to e2e.roads',
    `e2e.roads: Update sent to the resident: ${complaint.update}`,
    `e2e.roads: Resolved (upheld): ${complaint.reasons}`,
    'e2e.roads.lead: Closed',
  ]);
  await noViolations(page, 'a closed case');

  // The messages to the resident were written, one for each step, for their phone.
  const notices = await page.locator('table:has(caption:has-text("Messages to the resident")) tbody tr').count();
  assert.ok(notices >= 4, `messages written: ${notices}`);

  const resident = await newPage(browser);
  await open(resident, `/track/${phoned}`);
  const shown = await facts(resident);
  const status = Object.entries(shown).find(([k]) => plain(k) === message('en', 'case-status'));
  assert.equal(plain(status[1]), message('en', 'status-closed'));
  assert.match(plain(await resident.textContent('main')), new RegExp(complaint.update));
  await resident.context().close();
  await page.context().close();
});

// ---------------------------------------------------------------------------------------------
// A compliment given at a counter, to its close.

test("a compliment given at a counter goes to the praised crew's supervisor, is closed, and the person is thanked", async () => {
  const email = `thanks.${RUN}@example.ca`;
  const words = `Visitor ${RUN}: the plough crew cleared Elm Street before six, thank you to them.`;
  const thanks = `Thank you, ${RUN}: we passed your words to the crew and their supervisor.`;
  const agent = await staff('e2e.agent');
  await open(agent, '/staff/intake');
  await fillIntake(agent, {
    channel: 'in_person', kind: 'compliment', category: PLOWING, name: 'Grace Hopper', email, description: words,
  });
  const tracking = await record(agent);
  await agent.context().close();

  const page = await staff('e2e.roads');
  await openFromQueue(page, tracking, '?status=received');
  const seen = await facts(page);
  assert.equal(seen.Type, 'compliment');
  assert.equal(seen.Channel, 'in_person');
  assert.ok((await forms(page)).includes('forward'), 'a compliment is forwarded');
  assert.match(await page.locator('#thanks-hint').textContent(), /Needed/, 'they left an e-mail, so they are thanked');
  await noViolations(page, 'a compliment with its forms');

  // Forwarding without the thank-you they asked for is refused, and says why.
  await page.getByLabel('Forward to the supervisor of the staff it praises (user name)').fill('e2e.roads.lead');
  await page.locator('#thanks').evaluate((t) => t.removeAttribute('required'));
  const refused = await submit(page, 'forward');
  assert.equal(refused.status(), 422);
  assert.match(await page.locator('.error-summary[role=alert]').textContent(), /the person asked for a reply/);
  await noViolations(page, 'a compliment whose forward was refused');

  await page.getByLabel('Forward to the supervisor of the staff it praises (user name)').fill('e2e.roads.lead');
  await page.getByLabel('Thank-you to the resident (shown on their tracking page)').fill(thanks);
  await act(page, tracking, 'forward');
  const done = await facts(page);
  assert.equal(done.Status, 'Closed');
  assert.equal(done['Assigned to'], 'e2e.roads.lead');
  assert.deepEqual(await forms(page), [], 'a forwarded compliment is closed: only a supervisor may reopen it');
  assert.deepEqual(await history(page), [
    `e2e.agent: Received: ${words}`,
    `e2e.roads: Forwarded to e2e.roads.lead, and closed; thanked the resident: ${thanks}`,
  ]);
  await noViolations(page, 'a forwarded compliment');
  await page.context().close();

  // The supervisor finds it among their division's closed cases, assigned to them.
  const lead = await staff('e2e.roads.lead');
  await openFromQueue(lead, tracking, '?status=closed');
  assert.equal((await facts(lead))['Assigned to'], 'e2e.roads.lead');
  await lead.context().close();

  const resident = await newPage(browser);
  await open(resident, `/track/${tracking}`);
  assert.match(plain(await resident.textContent('dl.facts')), new RegExp(message('en', 'status-closed')));
  assert.match(plain(await resident.textContent('main')), new RegExp(thanks));
  await resident.context().close();
  const mails = await mailTo(email);
  assert.ok(mails.some((m) => `${m.subject}\n${m.text}`.includes(tracking)), 'the person hears of their compliment');
  await mailTo(email, 20, (m) => (m.text ?? '').includes(`Thank you, ${RUN}`)); // fails unless the thank-you arrives
});

test('the supervisor ticks two new cases in the queue and assigns them to one person at once', async () => {
  const ticked = [await residentCase(POTHOLE, 'bulk.one@example.ca'), await residentCase(POTHOLE, 'bulk.two@example.ca')];
  const page = await staff('e2e.roads.lead');
  await open(page, '/staff/queue?status=received');
  for (const tracking of ticked) await page.getByLabel(`Tick case ${tracking}`).check();
  await noViolations(page, 'the queue with cases ticked');
  await page.getByLabel('Assign the ticked cases to (user name)').fill('e2e.roads');
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Assign the ticked cases' }).click()]);
  assert.match(await page.locator('[role=status]').textContent(), /2 cases assigned to e2e\.roads\./);
  await noViolations(page, 'the queue after a bulk assignment');
  for (const tracking of ticked) {
    await open(page, `/staff/cases/${tracking}`);
    assert.equal((await facts(page))['Assigned to'], 'e2e.roads');
  }
  await page.context().close();
});

// ---------------------------------------------------------------------------------------------
// Every other page staff reach, in the states they reach it, checked by axe-core.

test('intake showing its errors has no accessibility violation and keeps what was typed', async () => {
  const page = await staff('e2e.roads');
  await open(page, '/staff/intake');
  await page.getByLabel("What happened, in the person's words").fill('Only this, and a bad e-mail.');
  await page.getByRole('textbox', { name: 'E-mail', exact: true }).fill('not-an-address');
  await page.getByLabel('Language the person spoke').fill('Klingonese');
  const [response] = await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Record the case' }).click()]);
  assert.equal(response.status(), 422);
  assert.match(await page.title(), /^Error: /);
  const links = await page.locator('.error-summary[role=alert] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const id of ['#kind', '#spoken_language', '#notice_read', '#email']) assert.ok(links.includes(id), `${id} in ${links}`);
  for (const href of links) assert.equal(await page.locator(href).count(), 1, `the summary's link ${href} leads to the field`);
  assert.equal(await page.inputValue('#description'), 'Only this, and a bad e-mail.');
  await noViolations(page, 'the intake form with its errors');
  await page.context().close();
});

test('search finds cases, and the page of results has no accessibility violation', async () => {
  assert.ok(phoned, 'the complaint was recorded');
  const page = await staff('e2e.agent');
  await page.getByRole('navigation', { name: 'Staff' }).getByRole('link', { name: 'Search' }).click();
  await page.waitForURL('**/staff/search');
  await page.getByLabel('Tracking number, words, name, e-mail, phone or address').fill(RUN);
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  const found = await page.locator('table tbody th a').allTextContents();
  assert.ok(found.includes(phoned), `found ${found}`);
  await noViolations(page, 'the search results');

  await open(page, `/staff/search?q=${encodeURIComponent('zzzz-nothing-matches')}`);
  assert.match(await page.textContent('main'), /No case matches/);
  await noViolations(page, 'a search that found nothing');
  await page.context().close();
});

test('undelivered messages are listed for the administrator and can be sent again', async () => {
  // The test mail server refuses recipients named nobody@ for good.
  const tracking = await residentCase(POTHOLE, 'nobody@example.ca', 'Sent to an address that refuses mail.');
  const page = await staff('e2e.admin');
  const row = page.locator(`table tbody tr:has(a[href="/staff/cases/${tracking}"])`);
  // The worker gives the receipt up in the background: open the list again until it shows it.
  const deadline = Date.now() + 20000;
  await open(page, '/staff/notifications/dead');
  while ((await row.count()) === 0 && Date.now() < deadline) {
    await page.waitForTimeout(250);
    await open(page, '/staff/notifications/dead');
  }
  assert.equal(await row.count(), 1, 'the refused receipt is listed');
  await noViolations(page, 'the undelivered messages');

  await Promise.all([page.waitForNavigation(), row.getByRole('button', { name: /Try again/ }).click()]);
  assert.match(await page.locator('[role=status]').textContent(), /is waiting to be sent again/);
  await noViolations(page, 'the undelivered messages after one is sent again');

  // The road division's supervisor sees it too: it is their division's.
  const lead = await staff('e2e.roads.lead');
  await open(lead, '/staff/notifications/dead');
  await noViolations(lead, "the undelivered messages of the supervisor's division");
  await lead.context().close();
  await page.context().close();
});

// ---------------------------------------------------------------------------------------------
// Screenshots, when HEARD_SCREENSHOTS=1.

const wanted = process.env.HEARD_SCREENSHOTS === '1';
const folder = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

test('the queue, a case and intake are photographed at phone and desktop widths', { skip: !wanted && 'set HEARD_SCREENSHOTS=1' }, async () => {
  mkdirSync(folder, { recursive: true });
  // A case in progress, with an update, so that the page shows its history and messages.
  const tracking = await residentCase(POTHOLE, 'photo@example.ca', 'The pothole at Queen and Bathurst is a foot wide and getting deeper.');
  const worker = await staff('e2e.roads');
  await open(worker, `/staff/cases/${tracking}`);
  await act(worker, tracking, 'assign');
  await worker.getByLabel('Update to the resident').fill('A crew is booked for Thursday.');
  await act(worker, tracking, 'update');
  await worker.context().close();

  for (const [width, viewport] of Object.entries(widths)) {
    const page = await staff('e2e.roads', viewport);
    await page.screenshot({ path: `${folder}staff-queue-${width}.png`, fullPage: true });
    await open(page, `/staff/cases/${tracking}`);
    await page.screenshot({ path: `${folder}staff-case-${width}.png`, fullPage: true });
    await open(page, '/staff/intake');
    await page.screenshot({ path: `${folder}staff-intake-${width}.png`, fullPage: true });
    await page.context().close();
  }
});
