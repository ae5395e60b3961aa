// Theme digests in a real browser, on the material `voices demo` makes through
// the real paths: axe-core (WCAG 2.2 A and AA) on the digest list, a digest and
// "you said, we did" in English and Arabic; charts that name themselves and sit
// beside a table of the same numbers; right to left in Arabic; a print layout
// without the site's navigation; and every published count safe to publish.
'use strict';

const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const h = require('./harness');

before(() => {
  fs.mkdirSync(h.SCREENSHOTS, { recursive: true });
});

const env = h.useVoices({
  before,
  after,
  // The demo shares, moderates and publishes a few hundred items over six
  // months and releases their digests, on the running server's database.
  setup: async (e) => { await e.voices.command(['demo']); },
});

async function json(url) {
  const res = await fetch(url);
  assert.equal(res.status, 200, url);
  return res.json();
}

/** Every `count` anywhere in a digest's JSON, with where it is. */
function counts(value, where, out) {
  if (Array.isArray(value)) value.forEach((v, i) => counts(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    if ('count' in value && 'suppressed' in value) out.push([where, value.count, value.suppressed]);
    for (const [k, v] of Object.entries(value)) counts(v, `${where}.${k}`, out);
  }
  return out;
}

describe('theme digests', () => {
  it('publish only counts of at least 10 in steps of 5, in JSON, CSV and Atom', async () => {
    const list = await json(`${env.voices.base}/digests.json`);
    assert.ok(list.length >= 6, `the demo releases six months and their quarters: ${JSON.stringify(list)}`);
    let published = 0;
    for (const { period } of list) {
      const cells = counts(await json(`${env.voices.base}/digests/${period}.json`), period, []);
      assert.ok(cells.length > 50, `${period} has its cells`);
      for (const [where, count, suppressed] of cells) {
        assert.equal(count === null, suppressed, where);
        if (count !== null) {
          assert.ok(Number.isInteger(count) && count >= 10 && count % 5 === 0, `${where}: ${count}`);
          published += 1;
        }
      }
      const csv = await fetch(`${env.voices.base}/digests/${period}.csv`);
      assert.equal(csv.status, 200);
      assert.match(csv.headers.get('content-type'), /text\/csv/);
      assert.ok((await csv.text()).split('\n').length > 50);
    }
    assert.ok(published > 0, 'some figures are large enough to publish');
    const atom = await fetch(`${env.voices.base}/digests.atom`);
    assert.equal(atom.status, 200);
    const feed = await atom.text();
    assert.equal((feed.match(/<entry>/g) || []).length, list.length);
  });

  for (const lang of ['en', 'ar']) {
    it(`pass axe and read ${h.RTL.has(lang) ? 'right to left' : 'left to right'} in ${lang}`, async () => {
      const w = await h.watchedPage(env.browser, { bypassCSP: true, viewport: { width: 1024, height: 900 } });
      try {
        const problems = [];
        await w.page.goto(`${env.voices.base}/${lang}/digests`);
        for (const v of await h.axe(w.page)) problems.push(`/${lang}/digests: ${v}`);
        assert.equal(await w.page.getAttribute('html', 'lang'), lang);
        assert.equal(await w.page.getAttribute('html', 'dir'), h.RTL.has(lang) ? 'rtl' : 'ltr');
        const links = await w.page.$$eval('.digest-list a', (as) => as.map((a) => a.getAttribute('href')));
        assert.ok(links.length >= 6, `digests listed: ${links}`);

        await w.page.goto(`${env.voices.base}${links[0]}`);
        for (const v of await h.axe(w.page)) problems.push(`${links[0]}: ${v}`);
        // Each chart is an image with a title and a description, and the same
        // numbers are in a table beside it.
        const charts = await w.page.$$eval('svg.digest-chart', (svgs) => svgs.map((s) => ({
          role: s.getAttribute('role'),
          labelled: s.getAttribute('aria-labelledby').split(' ').map((id) => document.getElementById(id)?.textContent || ''),
          values: [...s.querySelectorAll('.chart-value')].map((t) => t.textContent.trim()),
          table: [...s.closest('section').querySelectorAll('table.digest-table td')].map((td) => td.textContent.trim()),
        })));
        assert.ok(charts.length >= 2, 'theme and age charts');
        for (const chart of charts) {
          assert.equal(chart.role, 'img');
          assert.ok(chart.labelled.every((t) => t.length > 0), 'title and description');
          for (const value of chart.values) assert.ok(chart.table.includes(value), `${value} is in the table too`);
        }
        // Right to left: in Arabic the heading's words start at the right edge
        // of its box; in English at the left.
        const box = await w.page.$eval('main h1', (e) => {
          const range = document.createRange();
          range.selectNodeContents(e);
          const text = range.getBoundingClientRect();
          const block = e.getBoundingClientRect();
          return { startGap: text.left - block.left, endGap: block.right - text.right };
        });
        if (h.RTL.has(lang)) assert.ok(box.endGap < 2 && box.startGap > 20, `heading starts on the right: ${JSON.stringify(box)}`);
        else assert.ok(box.startGap < 2 && box.endGap > 20, `heading starts on the left: ${JSON.stringify(box)}`);
        await w.page.screenshot({ path: path.join(h.SCREENSHOTS, `digest-${lang}.png`), fullPage: true });
        await (await w.page.$('svg.digest-chart')).screenshot({ path: path.join(h.SCREENSHOTS, `digest-chart-${lang}.png`) });

        // Printed, the digest keeps its figures and drops the site's navigation.
        await w.page.emulateMedia({ media: 'print' });
        const printed = await w.page.evaluate(() => ({
          nav: [...document.querySelectorAll('.quick-exit, .languages, .skip-link, .site-footer')]
            .filter((e) => getComputedStyle(e).display !== 'none').length,
          tables: [...document.querySelectorAll('table.digest-table')]
            .filter((e) => getComputedStyle(e).display !== 'none').length,
        }));
        await w.page.emulateMedia({ media: 'screen' });
        assert.equal(printed.nav, 0, 'no navigation on paper');
        assert.ok(printed.tables > 0, 'the tables print');

        await w.page.goto(`${env.voices.base}/${lang}/you-said-we-did`);
        for (const v of await h.axe(w.page)) problems.push(`/${lang}/you-said-we-did: ${v}`);
        assert.deepEqual(problems, []);
      } finally {
        await w.context.close();
      }
    });
  }

  it('show the tables instead of the charts on a 360 px screen, readable in Arabic', async () => {
    const w = await h.watchedPage(env.browser, { bypassCSP: true, viewport: { width: 360, height: 780 } });
    try {
      await w.page.goto(`${env.voices.base}/ar/digests`);
      const link = await w.page.$eval('.digest-list a', (a) => a.getAttribute('href'));
      await w.page.goto(`${env.voices.base}${link}`);
      const seen = await w.page.evaluate(() => ({
        charts: [...document.querySelectorAll('svg.digest-chart')].filter((e) => getComputedStyle(e).display !== 'none').length,
        tables: [...document.querySelectorAll('table.digest-table')].map((t) => {
          const r = t.getBoundingClientRect();
          const cell = t.querySelector('td, th');
          return { left: r.left, right: r.right, font: cell ? parseFloat(getComputedStyle(cell).fontSize) : 0 };
        }),
      }));
      assert.equal(seen.charts, 0, 'no chart with 7 px labels on a narrow screen');
      assert.ok(seen.tables.length >= 2, 'the same numbers, as tables');
      for (const t of seen.tables) {
        assert.ok(t.font >= 14, `table text is readable: ${t.font}px`);
        assert.ok(t.left >= -1 && t.right <= 361, `the table fits the screen: ${JSON.stringify(t)}`);
      }
      assert.deepEqual(await h.axe(w.page), []);
      await w.page.screenshot({ path: path.join(h.SCREENSHOTS, 'digest-ar-360.png'), fullPage: true });
    } finally {
      await w.context.close();
    }
  });

  it('answer a period that does not exist with a page, not an error', async () => {
    for (const [url, status] of [['/en/digests/2099-01', 404], ['/en/digests/not-a-period', 404], ['/digests/2099-01.json', 404]]) {
      const res = await fetch(`${env.voices.base}${url}`);
      assert.ok([status, 400].includes(res.status), `${url}: ${res.status}`);
    }
  });
});
