// Accessibility and layout in a real browser: axe-core (WCAG 2.2 A and AA) on
// every page in every language, a keyboard-only pass, reflow at 320 px and at
// 200% zoom, target sizes, and screenshots for a person to look at.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness');

const env = h.useVoices({ before, after });
before(() => {
  fs.mkdirSync(h.SCREENSHOTS, { recursive: true });
});

/** A page in a context where axe may be injected (CSP bypassed for the tool only). */
async function axePage(options = {}) {
  return h.watchedPage(env.browser, { bypassCSP: true, ...options });
}

async function submitStory(page, lang, text) {
  await page.goto(`${env.voices.base}/${lang}/story`);
  await page.fill('#text', text);
  await page.check('#consent_use-team_only');
  await page.click('form.share button[type=submit]');
  await page.waitForSelector('.receipt-code');
  return (await page.textContent('.receipt-code')).trim();
}

describe('axe-core finds no WCAG 2.2 A or AA violation', () => {
  for (const lang of h.LANGUAGES) {
    it(`on every survivor page in ${lang}`, async () => {
      const w = await axePage();
      try {
        const problems = [];
        for (const name of h.SURVIVOR_PAGES) {
          await w.page.goto(`${env.voices.base}/${lang}/${name}`);
          for (const v of await h.axe(w.page)) problems.push(`/${lang}/${name}: ${v}`);
        }
        // Pages reached by doing things: errors, the receipt, its views, a 404.
        await w.page.goto(`${env.voices.base}/${lang}/story`);
        await w.page.click('form.share button[type=submit]');
        await w.page.waitForSelector('.error-summary');
        for (const v of await h.axe(w.page)) problems.push(`story errors: ${v}`);
        const code = await submitStory(w.page, lang, 'words for the accessibility check');
        for (const v of await h.axe(w.page)) problems.push(`receipt created: ${v}`);
        await w.page.goto(`${env.voices.base}/${lang}/receipt`);
        await w.page.fill('#code', code);
        await w.page.click('main form button[type=submit]');
        await w.page.waitForSelector('.their-words');
        for (const v of await h.axe(w.page)) problems.push(`receipt view: ${v}`);
        await w.page.click(`form[action="/${lang}/receipt/withdraw"] button`);
        await w.page.waitForSelector('input[name=confirm]', { state: 'attached' });
        for (const v of await h.axe(w.page)) problems.push(`withdraw confirm: ${v}`);
        await w.page.goto(`${env.voices.base}/${lang}/no-such-page`);
        for (const v of await h.axe(w.page)) problems.push(`404: ${v}`);
        assert.deepEqual(problems, []);
      } finally {
        await w.context.close();
      }
    });
  }

  it('on the staff pages', async () => {
    const w = await axePage();
    try {
      const problems = [];
      const token = env.voices.setupToken();
      await w.page.goto(`${env.voices.base}/setup/${token}`);
      for (const v of await h.axe(w.page)) problems.push(`setup: ${v}`);
      await w.page.goto(`${env.voices.base}/staff/login`);
      for (const v of await h.axe(w.page)) problems.push(`login: ${v}`);
      assert.deepEqual(problems, []);
    } finally {
      await w.context.close();
    }
  });
});

describe('keyboard only', () => {
  it('reaches every control of the story form in order, with visible focus and no trap', async () => {
    const w = await h.watchedPage(env.browser);
    try {
      const page = w.page;
      await page.goto(`${env.voices.base}/en/story`);
      const seen = [];
      for (let i = 0; i < 80; i += 1) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el || el === document.body) return null;
          const style = getComputedStyle(el);
          return {
            id: el.id || el.getAttribute('href') || el.tagName,
            tag: el.tagName,
            visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none',
          };
        });
        if (!focused) break;
        seen.push(focused);
      }
      const ids = seen.map((f) => f.id);
      assert.equal(ids[0], '#main', 'the skip link comes first');
      assert.ok(ids.includes('quick-exit'), 'the quick exit is reachable');
      assert.ok(ids.indexOf('text') < ids.indexOf('theme-not_listened_to'), 'text box before themes');
      assert.ok(ids.indexOf('theme-positive_experiences') < ids.findIndex((id) => id.startsWith('consent_use-')));
      assert.ok(!ids.includes('contact_extra'), 'the spam trap is never focused');
      assert.ok(ids.includes('BUTTON'), 'the send button is reachable');
      assert.ok(ids.some((id) => id === '/ar/story'), 'the language switcher is reachable after the form');
      const invisible = seen.filter((f) => !f.visible).map((f) => f.id);
      assert.deepEqual(invisible, [], 'every focused element shows its focus');
      assert.ok(seen.length < 80, 'tabbing leaves the page: no keyboard trap');
    } finally {
      await w.context.close();
    }
  });

  it('shares a story with the keyboard alone', async () => {
    const w = await h.watchedPage(env.browser);
    try {
      const page = w.page;
      await page.goto(`${env.voices.base}/en/story`);
      await page.focus('#text');
      await page.keyboard.type('Typed with the keyboard only.');
      await page.focus('#consent_use-team_only');
      await page.keyboard.press('Space');
      await page.focus('form.share button[type=submit]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.receipt-code');
    } finally {
      await w.context.close();
    }
  });
});

describe('layout', () => {
  for (const [label, viewport] of [['320 px wide', { width: 320, height: 640 }], ['200% zoom', { width: 640, height: 400 }]]) {
    it(`has no horizontal scrolling at ${label}`, async () => {
      const w = await h.watchedPage(env.browser, { viewport });
      try {
        const wide = [];
        for (const lang of ['en', 'ar', 'ti', 'vi']) {
          for (const name of h.SURVIVOR_PAGES) {
            await w.page.goto(`${env.voices.base}/${lang}/${name}`);
            const { scroll, client } = await w.page.evaluate(() => ({
              scroll: document.documentElement.scrollWidth,
              client: document.documentElement.clientWidth,
            }));
            if (scroll > client) wide.push(`/${lang}/${name}: ${scroll} > ${client}`);
          }
        }
        assert.deepEqual(wide, []);
      } finally {
        await w.context.close();
      }
    });
  }

  it('gives every control a target of at least 24 px, and the main actions 44 px', async () => {
    const w = await h.watchedPage(env.browser, { viewport: { width: 360, height: 740 } });
    try {
      const small = [];
      for (const name of h.SURVIVOR_PAGES) {
        await w.page.goto(`${env.voices.base}/en/${name}`);
        const found = await w.page.evaluate(() => {
          const out = [];
          for (const el of document.querySelectorAll('a, button, input, select, textarea')) {
            const box = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
            if (el.closest('.hp') || el.classList.contains('skip-link') || el.type === 'hidden') continue;
            // Links inside a sentence are exempt (WCAG 2.5.8, inline).
            const inline = el.tagName === 'A' && el.closest('p') && !el.classList.contains('button');
            const main = el.matches('.primary, #quick-exit, button[type=submit]');
            const min = main ? 44 : 24;
            if (!inline && (box.height < min - 0.5 || box.width < 24 - 0.5)) {
              out.push(`${el.tagName}#${el.id || el.getAttribute('href') || ''} ${Math.round(box.width)}x${Math.round(box.height)} (< ${min})`);
            }
          }
          return out;
        });
        for (const f of found) small.push(`/en/${name}: ${f}`);
      }
      assert.deepEqual(small, []);
    } finally {
      await w.context.close();
    }
  });
});

describe('screenshots for review', () => {
  for (const lang of ['en', 'ar', 'ti']) {
    it(`captures every survivor page in ${lang} at 360 and 1280 px`, async () => {
      for (const width of [360, 1280]) {
        const w = await h.watchedPage(env.browser, { viewport: { width, height: 800 } });
        try {
          for (const name of h.SURVIVOR_PAGES) {
            await w.page.goto(`${env.voices.base}/${lang}/${name}`);
            const file = path.join(h.SCREENSHOTS, `${lang}-${name || 'start'}-${width}.png`);
            await w.page.screenshot({ path: file, fullPage: true });
            assert.ok(fs.statSync(file).size > 1000);
          }
          await submitStory(w.page, lang, 'A screenshot of the receipt page.');
          await w.page.screenshot({ path: path.join(h.SCREENSHOTS, `${lang}-receipt-created-${width}.png`), fullPage: true });
        } finally {
          await w.context.close();
        }
      }
    });
  }
});
