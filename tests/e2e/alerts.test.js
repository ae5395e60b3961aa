// Safeguarding alerts as an admin and a lead set them up in a real browser,
// against an SMTP server listening on 127.0.0.1: the admin's dashboard warns
// that nobody is told, the lead adds an address on their settings page, the
// admin sends a test message from the settings page and the server receives it.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const net = require('node:net');
const h = require('./harness');

const ADMIN = 'Amira Haddad';
const ADMIN_PASS = 'quiet river under old lamps';
const LEAD = 'Sam Safeguarding';
const LEAD_PASS = 'a long passphrase for the lead';
const LEAD_ADDRESS = 'sam.lead@example.org';

/** A small SMTP server that keeps what it is sent. */
function startSmtpSink() {
  const mails = [];
  const server = net.createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let mail = { to: [], data: '' };
    const say = (line) => socket.write(`${line}\r\n`);
    say('220 sink.test ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk;
      let at;
      while ((at = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            mails.push(mail);
            mail = { to: [], data: '' };
            say('250 queued');
          } else {
            mail.data += `${line.startsWith('..') ? line.slice(1) : line}\r\n`;
          }
          continue;
        }
        const upper = line.toUpperCase();
        if (upper.startsWith('EHLO') || upper.startsWith('HELO')) say('250-sink.test\r\n250 8BITMIME');
        else if (upper.startsWith('RCPT TO:')) { mail.to.push(line.slice(8).trim()); say('250 ok'); }
        else if (upper === 'DATA') { inData = true; say('354 go on'); }
        else if (upper === 'QUIT') { say('221 bye'); socket.end(); }
        else say('250 ok');
      }
    });
    socket.on('error', () => {});
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ port: server.address().port, mails, close: () => server.close() }));
  });
}

let smtp;
const env = h.useVoices({
  before,
  after,
  prepare: async () => {
    smtp = await startSmtpSink();
    return {
      VOICES_LEAD_ALERTS_SMTP_HOST: '127.0.0.1',
      VOICES_LEAD_ALERTS_SMTP_PORT: String(smtp.port),
      VOICES_LEAD_ALERTS_SMTP_TLS: 'none',
      VOICES_LEAD_ALERTS_FROM: 'Voices <voices@example.org>',
    };
  },
});

after(() => smtp?.close());

async function signIn(page, name, pass) {
  await page.goto(`${env.voices.base}/staff/login`);
  await page.fill('#name', name);
  await page.fill('#passphrase', pass);
  await Promise.all([page.waitForURL(`${env.voices.base}/staff`), page.click('main form button[type=submit]')]);
}

describe('safeguarding alerts', () => {
  it('a lead adds an address and the admin sends a test message that arrives', async () => {
    // The first admin, through the one-time link; a lead from the command line.
    // axe runs on these pages, so their contexts let its script in (the CSP
    // itself is checked by the other browser tests).
    const a = await h.watchedPage(env.browser, { viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const l = await h.watchedPage(env.browser, { viewport: { width: 360, height: 800 }, bypassCSP: true });
    try {
      await a.page.goto(`${env.voices.base}/setup/${env.voices.setupToken()}`);
      await a.page.fill('#name', ADMIN);
      await a.page.fill('#passphrase', ADMIN_PASS);
      await a.page.fill('#confirm', ADMIN_PASS);
      await Promise.all([a.page.waitForLoadState('load'), a.page.click('main form button[type=submit]')]);
      await env.voices.command(['staff', 'add', '--name', LEAD, '--role', 'safeguarding_lead'], {
        VOICES_ADMIN_NAME: ADMIN, VOICES_ADMIN_PASSPHRASE: ADMIN_PASS, VOICES_PASSPHRASE: LEAD_PASS,
      });

      // The admin's home page says nobody would be told yet.
      await signIn(a.page, ADMIN, ADMIN_PASS);
      assert.match(await a.page.textContent('#alerts-off'), /no safeguarding lead has given an e-mail address/);

      // The lead's home page asks for an address; they follow it (1 click),
      // type it and save (1 click).
      await signIn(l.page, LEAD, LEAD_PASS);
      assert.match(await l.page.textContent('#alerts-no-address'), /You get no e-mail/);
      let leadClicks = 0;
      await Promise.all([l.page.waitForURL(/\/staff\/preferences/), l.page.click('#alerts-no-address a')]);
      leadClicks += 1;
      assert.deepEqual(await h.axe(l.page), []);
      await l.page.fill('#alert_address', 'sam.lead at example');
      await Promise.all([l.page.waitForLoadState('load'), l.page.click('main form button[type=submit]')]);
      leadClicks += 1;
      assert.match(await l.page.textContent('.error-summary'), /not an e-mail address/);
      assert.equal(await l.page.inputValue('#alert_address'), 'sam.lead at example', 'what was typed is kept');
      await l.page.fill('#alert_address', LEAD_ADDRESS);
      await Promise.all([l.page.waitForURL(/done=1/), l.page.click('main form button[type=submit]')]);
      leadClicks += 1;
      assert.equal(await l.page.inputValue('#alert_address'), LEAD_ADDRESS);
      await l.page.screenshot({ path: `${h.SCREENSHOTS}/alerts-lead-preferences-360.png`, fullPage: true });

      // The admin: Settings (1 click), the test button (1 click).
      let adminClicks = 0;
      await a.page.goto(`${env.voices.base}/staff`);
      assert.equal(await a.page.locator('#alerts-off').count(), 0, 'the warning is gone');
      await Promise.all([a.page.waitForURL(/\/staff\/admin\/settings/), a.page.click('nav.staff-nav a[href="/staff/admin/settings"]')]);
      adminClicks += 1;
      const section = await a.page.textContent('#alerts');
      assert.match(section, /127\.0\.0\.1/);
      assert.match(section, /1 \/ 1/);
      assert.deepEqual(await h.axe(a.page), []);
      await Promise.all([a.page.waitForURL(/test=delivered/), a.page.click('#alerts form button')]);
      adminClicks += 1;
      assert.match(await a.page.textContent('#alerts-test-result'), /The test message was sent/);
      await a.page.screenshot({ path: `${h.SCREENSHOTS}/alerts-admin-settings-1280.png`, fullPage: true });
      assert.deepEqual(await h.axe(a.page), []);

      // The SMTP server got one message, to the lead, saying nothing about any item.
      for (let i = 0; i < 50 && smtp.mails.length < 1; i += 1) await new Promise((r) => setTimeout(r, 100));
      assert.equal(smtp.mails.length, 1);
      assert.deepEqual(smtp.mails[0].to, [`<${LEAD_ADDRESS}>`]);
      assert.match(smtp.mails[0].data, /This is a test from Voices\./);
      console.log(`clicks: lead ${leadClicks} (one a typing mistake), admin ${adminClicks}`);
      assert.ok(adminClicks <= 2 && leadClicks <= 3);
      for (const w of [a, l]) {
        assert.deepEqual(w.requests.filter((url) => h.urlOrigin(url) !== env.voices.base), []);
      }
    } finally {
      await a.context.close();
      await l.context.close();
    }
  });
});
