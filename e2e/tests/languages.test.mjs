// A resident sends a complaint in French, Chinese and Arabic: every page they see, the
// e-mail they get, and the page's direction are in their language, and no page has an
// accessibility violation, right to left included.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, newPage, axeViolations, message, mailTo, plain } from '../lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const phone = { width: 390, height: 844 };

/** Each language, how the resident comes to it, and what they write. */
const residents = [
  {
    tag: 'fr', dir: 'ltr', how: 'browser', locale: 'fr-CA',
    description: 'Le nid-de-poule devant chez moi est toujours là après deux signalements. Ça coûte cher en pneus !',
  },
  {
    tag: 'zh-Hans', dir: 'ltr', how: 'menu',
    description: '我家门前的坑洞报告了两次，还是没有修好。🚗',
  },
  {
    tag: 'ar', dir: 'rtl', how: 'menu',
    description: 'الحفرة أمام منزلي ما زالت موجودة بعد بلاغين. أرجو إصلاحها قريبًا.',
  },
];

/** Chooses the language from the menu on the home page, with the keyboard. */
async function chooseFromMenu(page, tag) {
  await page.goto('/');
  await page.focus('details.languages summary');
  await page.keyboard.press('Enter');
  const link = page.locator(`details.languages a[hreflang="${tag}"]`);
  assert.equal(await link.getAttribute('lang'), tag, 'each language is named in itself');
  await link.focus();
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
}

/** The page's language and direction. */
function langAndDir(page) {
  return page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
}

for (const r of residents) {
  test(`a complaint in ${r.tag}: the form, the confirmation, the tracking page and the e-mail`, async () => {
    const page = await newPage(browser, phone, r.locale ? { locale: r.locale } : {});
    if (r.how === 'menu') {
      await chooseFromMenu(page, r.tag);
    }

    await page.goto('/submit');
    assert.deepEqual(await langAndDir(page), [r.tag, r.dir]);
    assert.equal(plain(await page.textContent('h1')), message(r.tag, 'form-heading'));
    assert.equal(plain(await page.textContent('label[for=description]')), message(r.tag, 'form-description'));
    assert.equal(await page.inputValue('#preferred_language'), r.tag, 'messages default to the page language');
    assert.deepEqual(await axeViolations(page), [], 'the form');

    const email = `e2e-${r.tag.toLowerCase()}-${Date.now()}@example.ca`;
    await page.check('#kind-complaint');
    await page.selectOption('#category', 'T311-R0012');
    await page.fill('#description', r.description);
    await page.fill('#email', email);
    await page.check('#consent');
    const [sent] = await Promise.all([page.waitForNavigation(), page.click('form button[type=submit]')]);
    assert.equal(sent.status(), 200);

    assert.deepEqual(await langAndDir(page), [r.tag, r.dir]);
    assert.equal(plain(await page.textContent('.success p')), message(r.tag, 'submitted-number'));
    const tracking = (await page.textContent('.tracking-number')).trim();
    assert.match(tracking, /^\d{4}-\d{4}-\d{2}$/);
    assert.deepEqual(await axeViolations(page), [], 'the confirmation');

    await page.goto(`/track/${tracking}`);
    assert.deepEqual(await langAndDir(page), [r.tag, r.dir]);
    const facts = await page.evaluate(() => [...document.querySelectorAll('dl.facts dt')]
      .map((dt) => [dt.textContent, dt.nextElementSibling.textContent]));
    const byTerm = Object.fromEntries(facts.map(([k, v]) => [plain(k), plain(v)]));
    assert.equal(byTerm[message(r.tag, 'case-status')], message(r.tag, 'status-received'));
    assert.equal(await page.locator('li[data-due=acknowledge]').count(), 1, 'a due date is shown');
    assert.deepEqual(await axeViolations(page), [], 'the tracking page');

    const [mail] = await mailTo(email);
    assert.ok(mail.subject.includes(tracking), mail.subject);
    assert.ok(mail.text.startsWith(message(r.tag, 'greeting')), mail.text);
    assert.ok(mail.text.includes(`/track/${tracking}`), 'the e-mail links to the tracking page');
    assert.ok(!mail.text.includes(r.description), 'the e-mail does not repeat what the resident wrote');
  });
}

test('the layout is mirrored right to left, not just the text', async () => {
  const page = await newPage(browser, phone);
  await chooseFromMenu(page, 'ar');
  await page.goto('/submit');

  // Where the words themselves are drawn, not the boxes (which span the width).
  const [brand, label] = await page.evaluate(() => ['.brand', 'label[for=description]'].map((s) => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector(s));
    const r = range.getBoundingClientRect();
    return { left: r.left, right: r.right };
  }));
  const width = phone.width;
  // Text starts at the right edge: the gap to the right is smaller than the gap to the left.
  assert.ok(width - brand.right < brand.left, JSON.stringify(brand));
  assert.ok(width - label.right < label.left, JSON.stringify(label));
  const notice = await page.evaluate(() => getComputedStyle(document.querySelector('.notice')).borderRightWidth);
  assert.equal(notice, '5px', 'the notice bar moves to the right side');
});

test('the choice of language is kept across pages, and a page can always switch back', async () => {
  const page = await newPage(browser, phone, { locale: 'ar' });
  await page.goto('/standards');
  assert.deepEqual(await langAndDir(page), ['ar', 'rtl'], 'the browser asks for Arabic');

  await chooseFromMenu(page, 'zh-Hant');
  await page.goto('/track');
  assert.deepEqual(await langAndDir(page), ['zh-Hant', 'ltr'], 'the choice wins over the browser');
  assert.equal(plain(await page.textContent('h1')), message('zh-Hant', 'track-title'));

  await page.goto('/help?need=complaint');
  await page.focus('details.languages summary');
  await page.keyboard.press('Enter');
  await page.locator('details.languages a[hreflang="en"]').focus();
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, '/help?need=complaint', 'back to the same page');
  assert.deepEqual(await langAndDir(page), ['en', 'ltr']);
});

const ALL = ['en', 'fr', 'zh-Hans', 'zh-Hant', 'tl', 'es', 'pt', 'it', 'ta', 'pa', 'ur', 'fa', 'ar', 'ko', 'ru', 'vi'];

test('in every one of the sixteen languages, the home page and the form have no accessibility violation', async () => {
  const page = await newPage(browser, phone);
  for (const tag of ALL) {
    await page.goto(`/language?lang=${encodeURIComponent(tag)}&back=/`);
    assert.deepEqual(await langAndDir(page), [tag, ['ar', 'fa', 'ur'].includes(tag) ? 'rtl' : 'ltr']);
    assert.deepEqual(await axeViolations(page), [], `home in ${tag}`);
    await page.goto('/submit');
    assert.equal(plain(await page.textContent('h1')), message(tag, 'form-heading'));
    assert.deepEqual(await axeViolations(page), [], `form in ${tag}`);
  }
});
