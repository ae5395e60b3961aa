// The moderator's day in a real browser, walked the way people walk it and
// counted in clicks (a press on a link, a button or a box; typing is not a
// click): a Vietnamese story with a name and a phone number goes from sign-in
// to an edited version, the survivor approves it on their receipt page, and the
// approved item is published from its page through one confirmation that shows
// the exact words and where they will appear; then /vi/stories and withdrawal.
// Then: a bulk action that leaves a concern item alone, a lead bringing back an
// item declined by mistake, the Arabic queue and reading page at 360 px, the
// practitioner's navigation, and an error summary that takes focus.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness');

const ADMIN = 'Amira Haddad';
const ADMIN_PASS = 'quiet river under old lamps';
const MO = 'Mo Moderator';
const MO_PASS = 'moderating with care every day';
const LEAD = 'Sam Safeguarding';
const LEAD_PASS = 'safeguarding with care every day';
const PRAC = 'Pat Practitioner';
const PRAC_PASS = 'reading digests with care daily';

const STORY = 'Tên tôi là Thuỷ. Gọi cho tôi qua số 07700 900123. '
  + 'Họ bắt tôi làm việc ở tiệm nail mà không trả lương.';

const env = h.useVoices({ before, after, setup: createStaff });

/** Presses that count, and the wait for the page they lead to. */
function clicker(page) {
  const counter = { clicks: 0 };
  counter.go = async (selector) => {
    counter.clicks += 1;
    await Promise.all([page.waitForEvent('framenavigated'), page.click(selector)]);
    await page.waitForLoadState('load');
  };
  counter.tick = async (selector) => {
    counter.clicks += 1;
    await page.click(selector);
  };
  return counter;
}

/** Text as read, without Fluent's invisible isolation marks. */
function text(s) {
  return s.replace(/[\u2068\u2069]/g, '');
}

async function post(page, selector) {
  await Promise.all([page.waitForEvent('framenavigated'), page.click(selector)]);
  await page.waitForLoadState('load');
}

async function createStaff() {
  const w = await h.watchedPage(env.browser);
  try {
    await w.page.goto(`${env.voices.base}/setup/${env.voices.setupToken()}`);
    await w.page.fill('#name', ADMIN);
    await w.page.fill('#passphrase', ADMIN_PASS);
    await w.page.fill('#confirm', ADMIN_PASS);
    await post(w.page, 'main form button[type=submit]');
  } finally {
    await w.context.close();
  }
  const admin = { VOICES_ADMIN_NAME: ADMIN, VOICES_ADMIN_PASSPHRASE: ADMIN_PASS };
  await env.voices.command(['staff', 'add', '--name', MO, '--role', 'moderator'], { ...admin, VOICES_PASSPHRASE: MO_PASS });
  await env.voices.command(['staff', 'add', '--name', LEAD, '--role', 'safeguarding_lead'], { ...admin, VOICES_PASSPHRASE: LEAD_PASS });
  await env.voices.command(['staff', 'add', '--name', PRAC, '--role', 'practitioner'], { ...admin, VOICES_PASSPHRASE: PRAC_PASS });
  const a = await h.watchedPage(env.browser, { viewport: { width: 1280, height: 900 } });
  try {
    await signIn(a.page, ADMIN, ADMIN_PASS);
    await a.page.goto(`${env.voices.base}/staff/admin/staff`);
    for (const name of [MO, LEAD]) {
      const form = a.page.locator('details.staff-edit', { hasText: name });
      await form.locator('summary').click();
      await form.locator('input[name=languages][value=vi]').check();
      await form.locator('input[name=languages][value=en]').check();
      await Promise.all([a.page.waitForEvent('framenavigated'), form.locator('button[value=update]').click()]);
    }
  } finally {
    await a.context.close();
  }
}

async function signIn(page, name, pass, counter) {
  await page.goto(`${env.voices.base}/staff/login`);
  await page.fill('#name', name);
  await page.fill('#passphrase', pass);
  if (counter) await counter.go('main form button[type=submit]');
  else await post(page, 'main form button[type=submit]');
  assert.equal(new URL(page.url()).pathname, '/staff');
}

async function share(page, lang, text) {
  await page.goto(`${env.voices.base}/${lang}/story`);
  await page.fill('#text', text);
  await page.check('#consent_use-publish');
  await page.check('#quotes-yes');
  await post(page, 'form.share button[type=submit]');
  await page.waitForSelector('.receipt-code');
  return (await page.textContent('.receipt-code')).trim();
}

async function openReceipt(page, code) {
  await page.goto(`${env.voices.base}/vi/receipt`);
  await page.fill('#code', code);
  await post(page, 'main form button[type=submit]');
}

async function chooseLanguage(page, lang) {
  await page.goto(`${env.voices.base}/staff/preferences`);
  await page.check(`#language-${lang}`);
  await post(page, 'main form button[type=submit]');
}

describe('the path to publication, counted in clicks', () => {
  it('signs in, reads, sends an edited version in ten clicks and publishes the approved words in two', async () => {
    const survivor = await h.watchedPage(env.browser);
    const mo = await h.watchedPage(env.browser, { bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const problems = [];
    try {
      const code = await share(survivor.page, 'vi', STORY);

      // Sign-in to a proposed edited version.
      const toProposal = clicker(mo.page);
      await signIn(mo.page, MO, MO_PASS, toProposal);
      await toProposal.go('nav.staff-nav a[href="/staff/queue"]');
      assert.match(await mo.page.title(), /Review queue/);
      // The queue lists the oldest first: the story just shared is last.
      const hrefs = await mo.page.locator('main table .item-link a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const item = hrefs.sort((a, b) => Number(a.split('/').pop()) - Number(b.split('/').pop())).pop();
      await toProposal.go(`main table .item-link a[href="${item}"]`);
      // The warning first, before the words, naming what is known.
      const warning = await mo.page.textContent('section.content-warning');
      assert.ok(!warning.includes('07700'), 'no words before the claim');
      assert.ok(await mo.page.isVisible('button[value=claim]'));
      for (const v of await h.axe(mo.page)) problems.push(`item: ${v}`);
      await toProposal.go('button[value=claim]');
      assert.equal(new URL(mo.page.url()).pathname, `${item}/read`);
      const marks = await mo.page.locator('mark.detail').allTextContents();
      assert.ok(marks.some((m) => m.includes('07700 900123')) && marks.some((m) => m.includes('Thuỷ')), `${marks}`);
      // Themes, warnings and level come pre-chosen from the suggestions; the
      // checklist is the moderator's own judgment, one box at a time.
      for (const box of await mo.page.locator('input[name=checklist]').all()) {
        if (!(await box.isChecked())) await toProposal.tick(`#${await box.getAttribute('id')}`);
      }
      // The edited version starts with the details replaced; sending it saves
      // the review above it too.
      const edit = await mo.page.inputValue('#edit');
      assert.ok(!edit.includes('07700') && !edit.includes('Thuỷ'), edit);
      await mo.page.fill('#edit-message', 'Cảm ơn bạn. Bạn đọc bản này nhé.');
      await toProposal.go('button[value=propose]');
      assert.ok(toProposal.clicks <= 10, `sign-in to a proposed edited version: ${toProposal.clicks} clicks`);
      assert.match(text(await mo.page.textContent('main')), /Sent an edited version/);

      // A message after it: the page comes back at the messages, with its notice there.
      await mo.page.goto(`${env.voices.base}${item}/read`);
      await mo.page.fill('#message', 'Bạn cứ từ từ đọc nhé.');
      await post(mo.page, 'button[value=message]');
      assert.equal(new URL(mo.page.url()).hash, '#messages-heading', 'back in the messages section');
      assert.ok(await mo.page.isVisible('section[aria-labelledby=messages-heading] .notice.success'));

      // The survivor approves on their receipt page.
      await openReceipt(survivor.page, code);
      await post(survivor.page, 'button[value=approve]');
      assert.ok(await survivor.page.isVisible('.notice.success'));

      // From opening the approved item to published.
      await mo.page.goto(`${env.voices.base}${item}`);
      const toPublished = clicker(mo.page);
      assert.ok(await mo.page.isVisible('#publish-heading'), 'an approved item offers publication');
      const claims = await mo.page.locator('button[value=claim]').allTextContents();
      assert.ok(claims.every((t) => t.trim() !== 'Take this item'), `publishing needs no claim: ${claims}`);
      await toPublished.go(`a[href="${item}/publish"]`);
      const confirm = text(await mo.page.textContent('main'));
      assert.ok(confirm.includes('[') && confirm.includes('tiệm nail') && !confirm.includes('07700'), confirm);
      assert.ok(confirm.includes('/vi/stories'), 'where the words will appear');
      assert.ok(confirm.includes('The survivor said yes to these exact words on'), 'the approval is a fact, not a box');
      for (const v of await h.axe(mo.page)) problems.push(`publish confirmation: ${v}`);
      await toPublished.go('button[value=publish]');
      assert.ok(toPublished.clicks <= 3, `approved item to published: ${toPublished.clicks} clicks`);
      console.log(`# clicks: sign-in → proposed edited version: ${toProposal.clicks}; approved item → published: ${toPublished.clicks}`);

      const reader = await h.watchedPage(env.browser);
      await reader.page.goto(`${env.voices.base}/vi/stories`);
      const story = await reader.page.locator('a[href^="/vi/stories/"]').first().getAttribute('href');
      await reader.page.goto(`${env.voices.base}${story}`);
      const shown = await reader.page.textContent('main');
      assert.ok(shown.includes('tiệm nail') && !shown.includes('07700') && !shown.includes('Thuỷ'), shown);
      await reader.context.close();

      // Withdrawal takes it down at once.
      await openReceipt(survivor.page, code);
      await post(survivor.page, 'form[action="/vi/receipt/withdraw"] button');
      await post(survivor.page, 'form[action="/vi/receipt/withdraw"] button');
      const gone = await survivor.page.goto(`${env.voices.base}${story}`);
      assert.equal(gone.status(), 404);
      // Back onto the spent receipt page: a calm notice and the way back in.
      await survivor.page.goto(`${env.voices.base}/vi/receipt`);
      assert.deepEqual(problems, []);
    } finally {
      await survivor.context.close();
      await mo.context.close();
    }
  });
});

describe('nothing declined unread', () => {
  it('leaves a concern item and an unread item out of a bulk decline, after a confirmation, and a lead can bring an item back', async () => {
    const s = await h.watchedPage(env.browser);
    const mo = await h.watchedPage(env.browser, { bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const lead = await h.watchedPage(env.browser, { viewport: { width: 1280, height: 900 } });
    try {
      // A concern (the safeguarding phrases see it at intake), an unread item,
      // and one the moderator has read.
      await share(s.page, 'vi', 'Tôi bị đánh và không được trả lương ở tiệm nail.');
      await share(s.page, 'vi', 'Đây là một tin nhắn thử.');
      await share(s.page, 'vi', 'Đây là một tin nhắn thử khác.');
      await signIn(mo.page, MO, MO_PASS);
      await mo.page.goto(`${env.voices.base}/staff/queue?view=all`);
      const hrefs = await mo.page.locator('main table .item-link a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      // The three newest, in the order they were shared.
      const id = (href) => Number(href.split('/').pop());
      const [concern, unread, read] = hrefs.sort((a, b) => id(a) - id(b)).slice(-3);
      await mo.page.goto(`${env.voices.base}${read}`);
      await post(mo.page, 'button[value=claim]');
      await post(mo.page, 'button[value=release]');

      await mo.page.goto(`${env.voices.base}/staff/queue?view=all`);
      for (const href of [concern, unread, read]) await mo.page.check(`#select-${href.split('/').pop()}`);
      await mo.page.check('#bulk-decline_spam');
      await post(mo.page, 'form[action="/staff/queue"] button[type=submit]:has-text("Do it")');
      const confirm = text(await mo.page.textContent('main'));
      assert.match(confirm, /This item will not be published/);
      assert.match(confirm, /These 2 items are left out/);
      assert.match(confirm, /a safeguarding concern/);
      assert.match(confirm, /nobody has read it yet/);
      assert.deepEqual(await h.axe(mo.page), []);
      await post(mo.page, 'main form button.danger');
      assert.match(text(await mo.page.textContent('main')), /Done for 1/);

      // The concern is still on the lead's list; the declined item comes back.
      await signIn(lead.page, LEAD, LEAD_PASS);
      await lead.page.goto(`${env.voices.base}/staff/safeguarding`);
      assert.equal(await lead.page.locator(`main a[href="${concern}"]`).count(), 1, 'the concern is on the list');
      await lead.page.goto(`${env.voices.base}${read}`);
      await post(lead.page, 'button[value=reopen]');
      assert.match(await lead.page.textContent('main'), /back in the queue/);
    } finally {
      await s.context.close();
      await mo.context.close();
      await lead.context.close();
    }
  });
});

describe('Arabic staff pages at 360 px', () => {
  it('keep the link to an item and who has it on screen, stack the reading page and keep dates whole', async () => {
    const s = await h.watchedPage(env.browser);
    const w = await h.watchedPage(env.browser, { bypassCSP: true, viewport: { width: 360, height: 780 } });
    try {
      await share(s.page, 'vi', STORY);
      await signIn(w.page, LEAD, LEAD_PASS);
      await chooseLanguage(w.page, 'ar');
      await w.page.goto(`${env.voices.base}/staff/queue`);
      assert.equal(await w.page.getAttribute('html', 'dir'), 'rtl');
      const hrefs = await w.page.locator('main table .item-link a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const newest = hrefs.sort((a, b) => Number(a.split('/').pop()) - Number(b.split('/').pop())).pop();
      const link = w.page.locator(`main table .item-link a[href="${newest}"]`);
      const box = await link.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `the item's link is on screen: ${JSON.stringify(box)}`);
      const holder = await w.page.locator('main table td[data-label]').last().boundingBox();
      assert.ok(holder && holder.x >= 0 && holder.x + holder.width <= 361, `who has it is on screen: ${JSON.stringify(holder)}`);
      assert.deepEqual(await h.axe(w.page), []);
      await w.page.screenshot({ path: path.join(h.SCREENSHOTS, 'queue-ar-360.png'), fullPage: true });

      const href = await link.getAttribute('href');
      await w.page.goto(`${env.voices.base}${href}`);
      await post(w.page, 'button[value=claim]');
      // Label above answer: each answer has the width of the screen.
      const widths = await w.page.$$eval('dl.facts dd', (dds) => dds.map((d) => d.getBoundingClientRect().width));
      assert.ok(widths.length > 0 && widths.every((px) => px > 250), `answers are not squeezed: ${widths}`);
      // A date is one unbroken piece.
      // (One box per direction run; the runs of one line share their top.)
      const dates = await w.page.$$eval('time.date', (ts) => ts.map((t) => ({
        text: t.textContent,
        lines: new Set([...t.getClientRects()].map((r) => Math.round(r.top))).size,
      })));
      assert.ok(dates.length > 0 && dates.every((d) => d.lines === 1), JSON.stringify(dates));
      assert.deepEqual(await h.axe(w.page), []);
      fs.mkdirSync(h.SCREENSHOTS, { recursive: true });
      await w.page.screenshot({ path: path.join(h.SCREENSHOTS, 'reading-ar-360.png'), fullPage: true });
      await post(w.page, 'button[value=release]');
      await chooseLanguage(w.page, 'en');
    } finally {
      await s.context.close();
      await w.context.close();
    }
  });
});

describe('the rest of the day', () => {
  it('gives a practitioner the digests from their navigation, and nothing meant for others', async () => {
    const w = await h.watchedPage(env.browser, { viewport: { width: 1280, height: 900 } });
    try {
      await signIn(w.page, PRAC, PRAC_PASS);
      const nav = await w.page.locator('nav.staff-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      assert.ok(nav.includes('/en/digests'), `${nav}`);
      assert.ok(!nav.includes('/staff/queue'));
      assert.ok(!(await w.page.isVisible('#languages')) && !(await w.page.isVisible('#organisation-missing')));
      await post(w.page, 'nav.staff-nav a[href="/en/digests"]');
      assert.equal(new URL(w.page.url()).pathname, '/en/digests');
    } finally {
      await w.context.close();
    }
  });

  it('puts the focus on an error summary, which names every missing field of an invitation', async () => {
    const w = await h.watchedPage(env.browser, { viewport: { width: 1280, height: 900 } });
    try {
      await signIn(w.page, ADMIN, ADMIN_PASS);
      await w.page.goto(`${env.voices.base}/staff/admin/staff`);
      assert.match(await w.page.title(), /Staff/);
      await w.page.fill('#name', '');
      await post(w.page, 'button[value=invite]');
      assert.equal(await w.page.evaluate(() => document.activeElement && document.activeElement.id), 'error-summary');
      const summary = text(await w.page.textContent('#error-summary'));
      assert.match(summary, /Please type a name/);
      assert.match(summary, /Please choose at least one role/);
    } finally {
      await w.context.close();
    }
  });
});
