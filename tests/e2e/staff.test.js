// Staff walkthrough in a real browser: the one-time setup link, sign in, the
// staff area, sign out. Extend as the moderation and digest pages arrive.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const h = require('./harness');

const NAME = 'Amira Haddad';
const PASSPHRASE = 'quiet river under old lamps';

const env = h.useVoices({ before, after });

describe('staff', () => {
  it('creates the first admin through the setup link, signs in and out', async () => {
    const w = await h.watchedPage(env.browser, { viewport: { width: 1280, height: 900 } });
    try {
      const page = w.page;
      const token = env.voices.setupToken();
      await page.goto(`${env.voices.base}/setup/${token}`);
      await page.fill('#name', NAME);
      await page.fill('#passphrase', 'short');
      assert.ok(await page.isVisible('#passphrase-strength'), 'the strength hint appears while typing');
      await page.fill('#passphrase', PASSPHRASE);
      await page.fill('#confirm', PASSPHRASE);
      await page.click('main form button[type=submit]');
      await page.waitForSelector('a.button.primary[href="/staff/login"]');

      // The link is spent.
      const again = await page.goto(`${env.voices.base}/setup/${token}`);
      assert.equal(again.status(), 404);

      await page.goto(`${env.voices.base}/staff/login`);
      await page.fill('#name', NAME);
      await page.fill('#passphrase', 'the wrong passphrase');
      await page.click('main form button[type=submit]');
      await page.waitForSelector('.error-summary');
      assert.equal(await page.inputValue('#name'), NAME, 'the name is kept');

      await page.fill('#passphrase', PASSPHRASE);
      await page.click('main form button[type=submit]');
      await page.waitForURL(`${env.voices.base}/staff`);
      assert.ok((await page.textContent('.staff-bar')).includes(NAME));
      const cookies = await w.context.cookies();
      const session = cookies.find((c) => c.name === 'voices_session');
      assert.ok(session, 'a session cookie');
      assert.equal(session.httpOnly, true);
      assert.equal(session.sameSite, 'Strict');
      assert.equal(session.expires, -1, 'ends with the browser session');

      await page.click('.staff-bar button');
      await page.waitForURL(`${env.voices.base}/staff/login`);
      await page.goto(`${env.voices.base}/staff`);
      assert.equal(page.url(), `${env.voices.base}/staff/login`, 'signed out');
      assert.deepEqual(w.cspViolations, []);
      const foreign = w.requests.filter((url) => h.urlOrigin(url) !== env.voices.base);
      assert.deepEqual(foreign, []);
    } finally {
      await w.context.close();
    }
  });
});
