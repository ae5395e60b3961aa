// Survivor walkthroughs in a real browser, each with JavaScript on and off.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness');

/** Single-line messages from a language's Fluent file. */
function messages(lang) {
  const text = fs.readFileSync(path.join(h.ROOT, 'locales', lang, 'main.ftl'), 'utf8');
  const out = {};
  for (const line of text.split('\n')) {
    const m = /^([a-z0-9-]+) = (.+)$/.exec(line);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

const STORIES = {
  en: 'They moved me to a new placement and nobody asked me what I wanted.',
  ar: 'لم يصدقني أحد عندما أخبرتهم بما حدث لي.',
  ti: 'ሓደ ሰብ እኳ ኣይሰምዓንን። ብቋንቋይ ክዛረብ ኣይከኣልኩን።',
};

const env = h.useVoices({ before, after });

/** Checks what must hold after any survivor walkthrough. */
async function assertClean(w, { allowNeutral = false } = {}) {
  const allowed = new Set([h.urlOrigin(env.voices.base)]);
  if (allowNeutral) allowed.add(env.neutral.origin);
  const foreign = w.requests.filter((url) => !allowed.has(h.urlOrigin(url)));
  assert.deepEqual(foreign, [], 'every request stays on the origin');
  assert.deepEqual(await w.context.cookies(), [], 'no cookie is stored');
  assert.deepEqual(w.cspViolations, [], 'no Content-Security-Policy violation');
}

async function shareStory(page, lang, text) {
  await page.goto(`${env.voices.base}/${lang}/story`);
  await page.fill('#text', text);
  await page.check('#theme-not_believed');
  await page.check('#consent_use-publish');
  await page.check('#quotes-yes');
  await Promise.all([page.waitForLoadState('load'), page.click('form.share button[type=submit]')]);
  await page.waitForSelector('.receipt-code');
  return (await page.textContent('.receipt-code')).trim();
}

async function openReceipt(page, lang, typed) {
  await page.goto(`${env.voices.base}/${lang}/receipt`);
  await page.fill('#code', typed);
  await page.click('main form button[type=submit]');
  await page.waitForLoadState('load');
}

for (const javaScript of [true, false]) {
  const mode = javaScript ? 'with JavaScript' : 'without JavaScript';

  describe(`survivor journeys ${mode}`, () => {
    for (const lang of ['en', 'ar', 'ti']) {
      it(`shares a story in ${lang} and reads it back with the code typed loosely`, async () => {
        const w = await h.watchedPage(env.browser, { javaScript });
        try {
          const code = await shareStory(w.page, lang, STORIES[lang]);
          assert.match(code, /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
          assert.equal(await w.page.getAttribute('html', 'lang'), lang);
          assert.equal(await w.page.getAttribute('html', 'dir'), h.RTL.has(lang) ? 'rtl' : 'ltr');
          assert.ok(!w.page.url().includes(code.slice(0, 4)), 'the code is not in the URL');
          await openReceipt(w.page, lang, code.toLowerCase().replace(/-/g, ' '));
          assert.equal((await w.page.textContent('.their-words')).trim(), STORIES[lang]);
          assert.equal((await w.page.textContent('p.status')).trim(), messages(lang)['status-received']);
          await assertClean(w);
        } finally {
          await w.context.close();
        }
      });
    }

    it('gives service feedback in Vietnamese', async () => {
      const w = await h.watchedPage(env.browser, { javaScript });
      try {
        const page = w.page;
        await page.goto(`${env.voices.base}/vi/feedback`);
        await page.check('#service-interpreter');
        await page.selectOption('#region', 'london');
        await page.check('#answer_overall-bad');
        await page.check('#answer_listened-a_little');
        await page.check('#answer_own_language-not_needed');
        await page.fill('#text', 'Người phiên dịch nói sai phương ngữ của tôi.');
        await page.check('#age_band-16_17');
        await page.check('#helped-worker');
        await page.check('#consent_use-themes_only');
        await page.click('form.share button[type=submit]');
        await page.waitForSelector('.receipt-code');
        const code = (await page.textContent('.receipt-code')).trim();
        await openReceipt(page, 'vi', code);
        assert.equal((await page.textContent('.their-words')).trim(), 'Người phiên dịch nói sai phương ngữ của tôi.');
        // The service's label comes from moderation/feedback.toml.
        assert.ok((await page.content()).includes('Phiên dịch viên'));
        await assertClean(w);
      } finally {
        await w.context.close();
      }
    });

    it('keeps every field when the form comes back with an error', async () => {
      const w = await h.watchedPage(env.browser, { javaScript });
      try {
        const page = w.page;
        await page.goto(`${env.voices.base}/en/story`);
        const text = 'Line one <b>not bold</b>\nLine two & more';
        await page.fill('#text', text);
        await page.check('#theme-education');
        // Publishing chosen, the quotes question left unanswered.
        await page.check('#consent_use-publish');
        await page.click('form.share button[type=submit]');
        await page.waitForSelector('.error-summary');
        assert.equal(await page.inputValue('#text'), text);
        assert.ok(await page.isChecked('#theme-education'));
        assert.ok(await page.isChecked('#consent_use-publish'));
        assert.ok(await page.isVisible('#quotes'), 'the quotes question shows with its error');
        assert.ok((await page.textContent('#quotes')).includes(messages('en')['consent-quotes-missing']));
        await assertClean(w);
      } finally {
        await w.context.close();
      }
    });

    it('withdraws everything after a confirmation', async () => {
      const w = await h.watchedPage(env.browser, { javaScript });
      try {
        const page = w.page;
        const code = await shareStory(page, 'en', 'Please delete this one.');
        await openReceipt(page, 'en', code);
        await page.click('form[action="/en/receipt/withdraw"] button');
        await page.waitForSelector('input[name=confirm]', { state: 'attached' });
        await page.click('form:has(input[name=confirm]) button');
        await page.waitForLoadState('load');
        assert.equal((await page.textContent('h1')).trim(), messages('en')['withdrawn-heading']);
        await openReceipt(page, 'en', code);
        assert.equal((await page.textContent('p.status')).trim(), messages('en')['status-withdrawn']);
        assert.equal(await page.$('.their-words'), null, 'the words are gone');
        await assertClean(w);
      } finally {
        await w.context.close();
      }
    });

    it('leaves through the quick exit', async () => {
      const w = await h.watchedPage(env.browser, { javaScript });
      try {
        const page = w.page;
        await page.goto(`${env.voices.base}/en/`);
        await page.goto(`${env.voices.base}/en/story`);
        await page.fill('#text', 'half-written');
        await Promise.all([page.waitForURL(env.neutral.url), page.click('#quick-exit')]);
        assert.equal(page.url(), env.neutral.url);
        if (javaScript) {
          // location.replace: the form is no longer in the history.
          await page.goBack();
          assert.ok(!page.url().endsWith('/en/story'), `back returned to ${page.url()}`);
        }
        await assertClean(w, { allowNeutral: true });
      } finally {
        await w.context.close();
      }
    });
  });
}

describe('quick exit keyboard shortcut', () => {
  it('leaves after Shift pressed three times, and typing capitals does not', async () => {
    const w = await h.watchedPage(env.browser, { javaScript: true });
    try {
      const page = w.page;
      await page.goto(`${env.voices.base}/en/`);
      await page.goto(`${env.voices.base}/en/story`);
      await page.click('#text');
      await page.keyboard.type('ABC DEF GHI');
      assert.ok(page.url().endsWith('/en/story'), 'capital letters do not trigger the exit');
      await Promise.all([
        page.waitForURL(env.neutral.url),
        (async () => {
          for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
        })(),
      ]);
      await page.goBack();
      assert.ok(!page.url().endsWith('/en/story'));
      await assertClean(w, { allowNeutral: true });
    } finally {
      await w.context.close();
    }
  });
});

describe('survivor pages on a small phone (360 px)', () => {
  for (const lang of ['en', 'ar', 'ti']) {
    it(`keeps the quick exit, the danger line and the languages in reach in ${lang}`, async () => {
      const w = await h.watchedPage(env.browser, { javaScript: true, viewport: { width: 360, height: 640 } });
      try {
        const page = w.page;
        await page.goto(`${env.voices.base}/${lang}/story`);
        // In the first screen: the quick exit, the danger line, the languages.
        for (const selector of ['#quick-exit', 'p.danger-now a[href="tel:999"]', 'header nav.languages']) {
          const box = await page.locator(selector).boundingBox();
          assert.ok(box && box.y >= 0 && box.y + box.height <= 640, `${selector} in the first screen: ${JSON.stringify(box)}`);
        }
        // Scrolled to the bottom, the quick exit is still on screen (sticky).
        await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
        const exit = await page.locator('#quick-exit').boundingBox();
        assert.ok(exit && exit.y >= 0 && exit.y < 640, `quick exit after scrolling: ${JSON.stringify(exit)}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 360, `no sideways scrolling: ${width}`);
        await assertClean(w);
      } finally {
        await w.context.close();
      }
    });
  }

  it('asks about quotes only once publishing is chosen', async () => {
    const w = await h.watchedPage(env.browser, { javaScript: true, viewport: { width: 360, height: 640 } });
    try {
      const page = w.page;
      await page.goto(`${env.voices.base}/en/story`);
      assert.equal(await page.isVisible('#quotes'), false, 'hidden before a choice');
      await page.check('#consent_use-themes_only');
      assert.equal(await page.isVisible('#quotes'), false, 'hidden for themes only');
      await page.check('#consent_use-publish');
      assert.ok(await page.isVisible('#quotes'), 'shown with publishing');
      await page.check('#consent_use-team_only');
      assert.equal(await page.isVisible('#quotes'), false, 'hidden again');
      await assertClean(w);
    } finally {
      await w.context.close();
    }
  });
});
