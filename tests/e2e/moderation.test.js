// Moderation in a real browser, with JavaScript on and off: a moderator made
// with `voices staff add` finds a Vietnamese story in the queue without its
// words, claims it, passes the content warning, reads it with the phone number
// and the name highlighted, sends an edited version and a message; the survivor
// reads both on the receipt page and approves; the story appears on /vi/stories
// and disappears when the survivor withdraws. axe runs on every staff page in
// English and Arabic, signed in, with JavaScript on and off.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const fs = require('node:fs');
const h = require('./harness');

const ADMIN = 'Amira Haddad';
const ADMIN_PASS = 'quiet river under old lamps';
const MO = 'Mo Moderator';
const MO_PASS = 'moderating with care every day';
const LEAD = 'Sam Safeguarding';
const LEAD_PASS = 'safeguarding with care every day';

const STORY = 'Tên tôi là Thuỷ. Gọi cho tôi qua số 07700 900123. '
  + 'Họ bắt tôi làm việc ở tiệm nail mà không trả lương.';

// Evaluated through the browser's debugging protocol, which the page's
// Content-Security-Policy does not govern and which works with JavaScript off,
// so every page is checked exactly as it is served.
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const env = h.useVoices({ before, after, setup: createStaff });

/** Pages opened with JavaScript off: axe itself needs script to run. */
const NO_SCRIPT = new WeakSet();

/** A watched page, remembered when JavaScript is off. */
async function open(options) {
  const w = await h.watchedPage(env.browser, options);
  if (options.javaScript === false) NO_SCRIPT.add(w.page);
  return w;
}

async function runAxe(page) {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    TAGS,
  );
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Runs axe on the page as it is. A page without JavaScript is checked through
 * an exact copy of its HTML at the same address, with its styles and without
 * Voices' script, in a context where axe can run.
 */
async function axe(page) {
  await page.waitForLoadState('load');
  if (!NO_SCRIPT.has(page)) return runAxe(page);
  const html = await page.content();
  const url = page.url();
  const context = await env.browser.newContext({ viewport: page.viewportSize() });
  try {
    const copy = await context.newPage();
    await copy.route((u) => u.pathname === '/static/voices.js', (r) => r.abort());
    await copy.route((u) => u.href === url, (r) => r.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    await copy.goto(url);
    return await runAxe(copy);
  } finally {
    await context.close();
  }
}

async function submit(page, selector) {
  await Promise.all([page.waitForLoadState('load'), page.click(selector)]);
}

async function signIn(page, name, pass) {
  await page.goto(`${env.voices.base}/staff/login`);
  await page.fill('#name', name);
  await page.fill('#passphrase', pass);
  await Promise.all([page.waitForURL(`${env.voices.base}/staff`), page.click('main form button[type=submit]')]);
}

/** The first admin, a moderator and a safeguarding lead who read Vietnamese. */
async function createStaff() {
  // The first admin, through the one-time link.
  const w = await h.watchedPage(env.browser);
  try {
    const page = w.page;
    await page.goto(`${env.voices.base}/setup/${env.voices.setupToken()}`);
    await page.fill('#name', ADMIN);
    await page.fill('#passphrase', ADMIN_PASS);
    await page.fill('#confirm', ADMIN_PASS);
    await submit(page, 'main form button[type=submit]');
  } finally {
    await w.context.close();
  }
  // A moderator and a safeguarding lead, from the command line.
  const admin = { VOICES_ADMIN_NAME: ADMIN, VOICES_ADMIN_PASSPHRASE: ADMIN_PASS };
  await env.voices.command(['staff', 'add', '--name', MO, '--role', 'moderator'], { ...admin, VOICES_PASSPHRASE: MO_PASS });
  await env.voices.command(['staff', 'add', '--name', LEAD, '--role', 'safeguarding_lead'], { ...admin, VOICES_PASSPHRASE: LEAD_PASS });
  // The admin says which languages they read, on the staff page.
  const a = await h.watchedPage(env.browser, { viewport: { width: 1280, height: 900 } });
  try {
    await signIn(a.page, ADMIN, ADMIN_PASS);
    await a.page.goto(`${env.voices.base}/staff/admin/staff`);
    for (const name of [MO, LEAD]) {
      const form = a.page.locator('details.staff-edit', { hasText: name });
      await form.locator('summary').click();
      await form.locator('input[name=languages][value=vi]').check();
      await form.locator('input[name=languages][value=en]').check();
      await Promise.all([a.page.waitForLoadState('load'), form.locator('button[value=update]').click()]);
    }
  } finally {
    await a.context.close();
  }
}

async function shareStory(page) {
  await page.goto(`${env.voices.base}/vi/story`);
  await page.fill('#text', STORY);
  await page.check('#consent_use-publish');
  await page.check('#quotes-yes');
  await submit(page, 'form.share button[type=submit]');
  await page.waitForSelector('.receipt-code');
  return (await page.textContent('.receipt-code')).trim();
}

async function openReceipt(page, code) {
  await page.goto(`${env.voices.base}/vi/receipt`);
  await page.fill('#code', code);
  await submit(page, 'main form button[type=submit]');
}

for (const javaScript of [true, false]) {
  const mode = javaScript ? 'with JavaScript' : 'without JavaScript';
  describe(`moderation ${mode}`, () => {
    it('takes a Vietnamese story from the queue to publication and back', async () => {
      const survivor = await open({ javaScript });
      const mo = await open({ javaScript, viewport: { width: 1280, height: 900 } });
      const problems = [];
      try {
        const code = await shareStory(survivor.page);

        await signIn(mo.page, MO, MO_PASS);
        await mo.page.goto(`${env.voices.base}/staff/queue`);
        for (const v of await axe(mo.page)) problems.push(`queue: ${v}`);
        const queueText = await mo.page.textContent('main');
        assert.ok(!queueText.includes('07700') && !queueText.includes('Thuỷ'), 'the queue shows no words');
        // The newest Vietnamese item: the queue lists the oldest first.
        const links = await mo.page.locator('main table a[href^="/staff/items/"]').evaluateAll(
          (els) => els.map((e) => e.getAttribute('href')),
        );
        const item = links[links.length - 1];
        await mo.page.goto(`${env.voices.base}${item}`);
        assert.ok(!(await mo.page.textContent('main')).includes('07700'), 'no words before the claim');
        // The warning comes first, without the words, with the claim that opens them.
        assert.ok(await mo.page.isVisible('#cw-heading'));
        for (const v of await axe(mo.page)) problems.push(`item: ${v}`);
        await submit(mo.page, 'button[value=claim]');
        const marks = await mo.page.locator('mark.detail').allTextContents();
        assert.ok(marks.some((m) => m.includes('07700 900123')), `the phone number is highlighted: ${marks}`);
        assert.ok(marks.some((m) => m.includes('Thuỷ')), `the name is highlighted: ${marks}`);
        for (const v of await axe(mo.page)) problems.push(`reading: ${v}`);

        // Confirm the review: every checklist item.
        for (const box of await mo.page.locator('input[name=checklist]').all()) await box.check();
        await submit(mo.page, 'button[value=review]');
        const edit = await mo.page.inputValue('#edit');
        assert.ok(!edit.includes('07700') && !edit.includes('Thuỷ'), `pre-filled without the details: ${edit}`);
        await mo.page.fill('#edit-message', 'Cảm ơn bạn. Bạn đọc bản này nhé.');
        await submit(mo.page, 'button[value=propose]');

        // The survivor reads the message and the edit, and approves.
        await openReceipt(survivor.page, code);
        assert.ok((await survivor.page.textContent('main')).includes('Cảm ơn bạn. Bạn đọc bản này nhé.'));
        assert.ok(await survivor.page.isVisible('.compare'));
        for (const v of await axe(survivor.page)) problems.push(`receipt with an edit: ${v}`);
        await submit(survivor.page, 'button[value=approve]');
        assert.ok(await survivor.page.isVisible('.notice.success'));

        // Publish, through its one confirmation, then read it as anyone would.
        await mo.page.goto(`${env.voices.base}${item}`);
        await submit(mo.page, `a[href="${item}/publish"]`);
        for (const v of await axe(mo.page)) problems.push(`publish confirmation: ${v}`);
        await submit(mo.page, 'button[value=publish]');
        const reader = await open({ javaScript });
        await reader.page.goto(`${env.voices.base}/vi/stories`);
        for (const v of await axe(reader.page)) problems.push(`stories: ${v}`);
        const storyLink = await reader.page.locator('a[href^="/vi/stories/"]').first().getAttribute('href');
        await reader.page.goto(`${env.voices.base}${storyLink}`);
        for (const v of await axe(reader.page)) problems.push(`story: ${v}`);
        const shown = await reader.page.textContent('main');
        assert.ok(shown.includes('tiệm nail') && !shown.includes('07700'), shown);
        await reader.context.close();

        // Withdrawal takes the story down at once.
        await openReceipt(survivor.page, code);
        await submit(survivor.page, 'form[action="/vi/receipt/withdraw"] button');
        await submit(survivor.page, 'form[action="/vi/receipt/withdraw"] button');
        const gone = await survivor.page.goto(`${env.voices.base}${storyLink}`);
        assert.equal(gone.status(), 404);
        assert.deepEqual(survivor.cspViolations, []);
        assert.deepEqual(await survivor.context.cookies(), [], 'survivor pages set no cookie');
        assert.deepEqual(problems, []);
      } finally {
        await survivor.context.close();
        await mo.context.close();
      }
    });
  });
}

const STAFF_PAGES = [
  '/staff', '/staff/queue', '/staff/guidelines', '/staff/preferences',
];
const LEAD_PAGES = ['/staff/safeguarding'];
const ADMIN_PAGES = ['/staff', '/staff/admin/staff', '/staff/admin/settings', '/staff/audit', '/staff/audit?chain=survivor', '/staff/preferences'];

async function chooseLanguage(page, lang) {
  await page.goto(`${env.voices.base}/staff/preferences`);
  await page.check(`#language-${lang}`);
  await submit(page, 'main form button[type=submit]');
}

describe('axe-core on every staff page, signed in', () => {
  for (const lang of ['en', 'ar']) {
    for (const javaScript of [true, false]) {
      it(`in ${lang} ${javaScript ? 'with' : 'without'} JavaScript`, async () => {
        const problems = [];
        for (const [name, pass, pages] of [[LEAD, LEAD_PASS, [...STAFF_PAGES, ...LEAD_PAGES]], [ADMIN, ADMIN_PASS, ADMIN_PAGES]]) {
          const w = await open({ javaScript, viewport: { width: 1280, height: 900 } });
          try {
            await signIn(w.page, name, pass);
            await chooseLanguage(w.page, lang);
            for (const p of pages) {
              await w.page.goto(`${env.voices.base}${p}`);
              assert.equal(await w.page.getAttribute('html', 'lang'), lang, p);
              assert.equal(await w.page.getAttribute('html', 'dir'), lang === 'ar' ? 'rtl' : 'ltr', p);
              for (const v of await axe(w.page)) problems.push(`${name} ${p}: ${v}`);
            }
            if (name === LEAD) {
              // An item page and its reading page, with a fresh story to claim.
              const s = await h.watchedPage(env.browser, { javaScript });
              await shareStory(s.page);
              await s.context.close();
              await w.page.goto(`${env.voices.base}/staff/queue`);
              const links = await w.page.locator('main table a[href^="/staff/items/"]').evaluateAll(
                (els) => els.map((e) => e.getAttribute('href')),
              );
              const item = links[links.length - 1];
              await w.page.goto(`${env.voices.base}${item}`);
              for (const v of await axe(w.page)) problems.push(`${name} item: ${v}`);
              await submit(w.page, 'button[value=claim]');
              await w.page.goto(`${env.voices.base}${item}/read`);
              for (const v of await axe(w.page)) problems.push(`${name} reading: ${v}`);
              const file = path.join(h.SCREENSHOTS, `staff-reading-${lang}-${javaScript ? 'js' : 'nojs'}.png`);
              fs.mkdirSync(h.SCREENSHOTS, { recursive: true });
              await w.page.screenshot({ path: file, fullPage: true });
              await submit(w.page, 'button[value=release]');
            }
            await chooseLanguage(w.page, 'en');
          } finally {
            await w.context.close();
          }
        }
        assert.deepEqual(problems, []);
      });
    }
  }
});

// The survivor reads an edited version; before they answer, the team sends
// another. Their click on the page they had open approves nothing: the page
// says calmly that the text changed, shows the new version and the same
// buttons, and one more click approves the words they now see.
for (const javaScript of [true, false]) {
  describe(`an edited version that changes while the survivor reads it, ${javaScript ? 'with' : 'without'} JavaScript`, () => {
    it('approves only the version on the page', async () => {
      const survivor = await open({ javaScript });
      const mo = await open({ javaScript, viewport: { width: 1280, height: 900 } });
      try {
        const code = await shareStory(survivor.page);
        await signIn(mo.page, MO, MO_PASS);
        await mo.page.goto(`${env.voices.base}/staff/queue`);
        const links = await mo.page.locator('main table a[href^="/staff/items/"]').evaluateAll(
          (els) => els.map((e) => e.getAttribute('href')),
        );
        const item = links[links.length - 1];
        await mo.page.goto(`${env.voices.base}${item}`);
        await submit(mo.page, 'button[value=claim]');
        await mo.page.goto(`${env.voices.base}${item}/read`);
        for (const box of await mo.page.locator('input[name=checklist]').all()) await box.check();
        await submit(mo.page, 'button[value=review]');
        await mo.page.fill('#edit', 'Phiên bản một: họ bắt tôi làm việc ở [nơi làm việc].');
        await submit(mo.page, 'button[value=propose]');

        // The survivor opens the page with version one...
        await openReceipt(survivor.page, code);
        assert.ok((await survivor.page.textContent('.compare')).includes('Phiên bản một'));

        // ...and the team replaces it before they answer.
        await mo.page.goto(`${env.voices.base}${item}`);
        await submit(mo.page, 'button[value=take_back]');
        await mo.page.goto(`${env.voices.base}${item}/read`);
        await mo.page.fill('#edit', 'Phiên bản hai: tôi làm việc mà không được trả lương.');
        await submit(mo.page, 'button[value=propose]');

        // Click 1: "yes" on the page that still shows version one.
        await submit(survivor.page, 'button[value=approve]');
        const notice = await survivor.page.textContent('#edit-changed');
        assert.equal(notice.trim(), 'Nhóm phụ trách đã thay đổi nội dung. Hãy đọc bản mới.');
        assert.ok(!(await survivor.page.isVisible('.notice.success')), 'nothing was approved');
        const compare = await survivor.page.textContent('.compare');
        assert.ok(compare.includes('Phiên bản hai') && !compare.includes('Phiên bản một'), compare);
        assert.deepEqual(await axe(survivor.page), []);
        fs.mkdirSync(h.SCREENSHOTS, { recursive: true });
        // What the survivor sees first after the click.
        await survivor.page.screenshot({
          path: path.join(h.SCREENSHOTS, `receipt-edit-changed-${javaScript ? 'js' : 'nojs'}.png`),
        });

        // Click 2: "yes" to the version they can now read.
        await submit(survivor.page, 'button[value=approve]');
        assert.ok(await survivor.page.isVisible('.notice.success'));
        assert.ok((await survivor.page.textContent('.compare')).includes('Phiên bản hai'));
        assert.deepEqual(survivor.cspViolations, []);
        assert.deepEqual(await survivor.context.cookies(), [], 'survivor pages set no cookie');
      } finally {
        await survivor.context.close();
        await mo.context.close();
      }
    });
  });
}
