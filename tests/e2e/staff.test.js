// Staff walkthrough in a real browser: the one-time setup link, sign in, the
// staff area, sign out. Extend as the moderation and digest pages arrive.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');

const NAME = 'Amira Haddad';
const PASSPHRASE = 'quiet river under old lamps';

let voices;
let neutral;
let browser;

before(async () => {
  neutral = await h.startNeutralSite();
  voices = await h.startVoices(neutral.url);
  browser = await h.launch();
});

after(async () => {
  await browser?.close();
  await voices?.stop();
  neutral?.close();
});

describe('staff', () => {
  it('creates the first admin through the setup link, signs in and out', async () => {
    const w = await h.watchedPage(browser, { viewport: { width: 1280, height: 900 } });
    try {
      const page = w.page;
      const token = voices.setupToken();
      await page.goto(`${voices.base}/setup/${token}`);
      await page.fill('#name', NAME);
      await page.fill('#passphrase', 'short');
      assert.ok(await page.isVisible('#passphrase-strength'), 'the strength hint appears while typing');
      await page.fill('#passphrase', PASSPHRASE);
      await page.fill('#confirm', PASSPHRASE);
      await page.click('main form button[type=submit]');
      await page.waitForSelector('a.button.primary[href="/staff/login"]');

      // The link is spent.
      const again = await page.goto(`${voices.base}/setup/${token}`);
      assert.equal(again.status(), 404);

      await page.goto(`${voices.base}/staff/login`);
      await page.fill('#name', NAME);
      await page.fill('#passphrase', 'the wrong passphrase');
      await page.click('main form button[type=submit]');
      await page.waitForSelector('.error-summary');
      assert.equal(await page.inputValue('#name'), NAME, 'the name is kept');

      await page.fill('#passphrase', PASSPHRASE);
      await page.click('main form button[type=submit]');
      await page.waitForURL(`${voices.base}/staff`);
      assert.ok((await page.textContent('.staff-bar')).includes(NAME));
      const cookies = await w.context.cookies();
      const session = cookies.find((c) => c.name === 'voices_session');
      assert.ok(session, 'a session cookie');
      assert.equal(session.httpOnly, true);
      assert.equal(session.sameSite, 'Strict');
      assert.equal(session.expires, -1, 'ends with the browser session');

      await page.click('.staff-bar button');
      await page.waitForURL(`${voices.base}/staff/login`);
      await page.goto(`${voices.base}/staff`);
      assert.equal(page.url(), `${voices.base}/staff/login`, 'signed out');
      assert.deepEqual(w.cspViolations, []);
      const foreign = w.requests.filter((url) => h.urlOrigin(url) !== voices.base);
      assert.deepEqual(foreign, []);
    } finally {
      await w.context.close();
    }
  });
});
