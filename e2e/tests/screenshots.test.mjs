// Screenshots of each public page at phone and desktop widths, for docs/screenshots/. They
// are rewritten only when HEARD_SCREENSHOTS=1, so that CI leaves the committed files alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, newPage, BASE } from '../lib.mjs';

const wanted = process.env.HEARD_SCREENSHOTS === '1';
const folder = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
const widths = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };

let browser;
let tracking;
before(async () => {
  if (!wanted) return;
  mkdirSync(folder, { recursive: true });
  browser = await launch();
  const answer = await fetch(`${BASE}/api/v1/cases`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'complaint', category: 'T311-R0012',
      description: 'Pothole reported twice, still there.', contact: { email: 'me@example.ca' },
    }),
  });
  assert.equal(answer.status, 201);
  tracking = (await answer.json()).tracking_number;
});
after(async () => { await browser?.close(); });

/** Each page by file name, with how to reach it. */
const pages = {
  home: (p) => p.goto('/'),
  standards: (p) => p.goto('/standards'),
  division: (p) => p.goto('/standards/toronto-water'),
  help: (p) => p.goto('/help'),
  'help-search': (p) => p.goto('/help?need=complaint&q=water'),
  submit: (p) => p.goto('/submit'),
  'submit-errors': async (p) => {
    await p.goto('/submit?kind=complaint');
    await p.fill('#email', 'not-an-address');
    await Promise.all([p.waitForNavigation(), p.press('form button[type=submit]', 'Enter')]);
  },
  submitted: (p) => p.goto(`/submitted/${tracking}`),
  track: (p) => p.goto('/track'),
  case: (p) => p.goto(`/track/${tracking}`),
};

for (const [name, open] of Object.entries(pages)) {
  test(`the ${name} page is photographed at phone and desktop widths`, { skip: !wanted && 'set HEARD_SCREENSHOTS=1' }, async () => {
    for (const [width, viewport] of Object.entries(widths)) {
      const page = await newPage(browser, viewport);
      await open(page);
      await page.screenshot({ path: `${folder}${name}-${width}.png`, fullPage: true });
      await page.context().close();
    }
  });
}

/** The form and the tracking page in a right-to-left and a CJK language, at phone width. */
const translated = {
  'submit-ar': ['ar', (p) => p.goto('/submit')],
  'submit-zh-Hans': ['zh-Hans', (p) => p.goto('/submit')],
  'case-ar': ['ar', (p) => p.goto(`/track/${tracking}`)],
  'home-ar-languages': ['ar', async (p) => {
    await p.goto('/');
    await p.click('details.languages summary');
  }],
};

for (const [name, [tag, open]] of Object.entries(translated)) {
  test(`the ${name} page is photographed at phone width`, { skip: !wanted && 'set HEARD_SCREENSHOTS=1' }, async () => {
    const page = await newPage(browser, widths.phone, { locale: tag });
    await open(page);
    await page.screenshot({ path: `${folder}${name}-phone.png`, fullPage: true });
    await page.context().close();
  });
}
