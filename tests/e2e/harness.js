// Shared set-up for the browser tests: a Voices server on a temporary data
// directory and a free port, a "neutral site" for the quick exit, and Debian's
// chromium driven by playwright-core. Nothing here reaches beyond this machine.
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..', '..');
const BINARY = process.env.VOICES_BIN || path.join(ROOT, 'target', 'debug', 'voices');
const LANGUAGES = ['en', 'vi', 'ar', 'sq', 'ro', 'ti', 'fa', 'ps'];
const RTL = new Set(['ar', 'fa', 'ps']);
const SURVIVOR_PAGES = ['', 'story', 'feedback', 'receipt', 'safety', 'about', 'privacy', 'stories'];
const SCREENSHOTS = path.join(ROOT, 'target', 'e2e', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch (_) { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A tiny stand-in for the neutral site the quick exit leads to. */
async function startNeutralSite() {
  const port = await freePort();
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><title>Weather</title><h1>Weather today</h1></html>');
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}/weather`, origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** Starts Voices on a fresh data directory. Rate limits are off: the rate-limit
 *  pages are covered by the Rust tests, and here every request comes from one
 *  address. */
async function startVoices(neutralUrl, extraEnv = {}) {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'voices-e2e-'));
  const child = spawn(BINARY, ['serve'], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH,
      VOICES_CONFIG: path.join(dataDir, 'absent.toml'),
      VOICES_DATA_DIR: path.join(dataDir, 'data'),
      VOICES_PORT: String(port),
      VOICES_ADDRESS: '127.0.0.1',
      VOICES_MODERATION_DIR: path.join(ROOT, 'moderation'),
      VOICES_LIMITS_ENABLED: 'false',
      VOICES_QUICK_EXIT_URL: neutralUrl,
      VOICES_LOG: 'warn',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const base = `http://127.0.0.1:${port}`;
  const commandEnv = {
    PATH: process.env.PATH,
    VOICES_CONFIG: path.join(dataDir, 'absent.toml'),
    VOICES_DATA_DIR: path.join(dataDir, 'data'),
    VOICES_MODERATION_DIR: path.join(ROOT, 'moderation'),
    VOICES_LOG: 'warn',
  };
  try {
    await waitFor(`${base}/healthz`, 60000);
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${err.message}\n${output}`);
  }
  return {
    base,
    dataDir,
    output: () => output,
    setupToken: () => fs.readFileSync(path.join(dataDir, 'data', 'setup-token'), 'utf8').trim(),
    /** Runs the voices command on this installation; resolves with its output. */
    command(args, extraEnv = {}) {
      return new Promise((resolve, reject) => {
        const run = spawn(BINARY, args, { env: { ...commandEnv, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
        let out = '';
        run.stdout.on('data', (d) => { out += d; });
        run.stderr.on('data', (d) => { out += d; });
        run.on('error', reject);
        run.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`voices ${args.join(' ')}: ${code}\n${out}`))));
      });
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const AXE = require.resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe-core (WCAG 2.2 A and AA) on the page as it is and returns readable
 *  violations. The page's context must bypass CSP, for the tool only. */
async function axe(page) {
  // Styles and scripts first: a page checked before its stylesheet arrives
  // shows unstyled (small) targets.
  await page.waitForLoadState('load');
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
    AXE_TAGS,
  );
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

/**
 * A page that records every request it makes and every CSP complaint, so a test
 * can check that nothing left the origin and the policy was never violated.
 */
async function watchedPage(browser, options = {}) {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript !== false,
    viewport: options.viewport || { width: 390, height: 844 },
    deviceScaleFactor: options.deviceScaleFactor || 1,
    bypassCSP: options.bypassCSP === true,
    locale: options.locale || 'en-GB',
  });
  const page = await context.newPage();
  const requests = [];
  const cspViolations = [];
  page.on('request', (req) => requests.push(req.url()));
  page.on('console', (msg) => {
    if (/Content.Security.Policy|Refused to (load|execute|apply)/i.test(msg.text())) cspViolations.push(msg.text());
  });
  return { context, page, requests, cspViolations };
}

function urlOrigin(url) {
  try { return new URL(url).origin; } catch (_) { return url; }
}

/**
 * Registers node:test hooks that start a neutral site, a Voices server and the
 * browser before a file's tests and stop them after. The returned object's
 * fields are filled in once `before` has run.
 */
/**
 * Starts Voices, the neutral site and the browser before the file's tests, and
 * then runs `setup(env)` if given. node:test does not wait for one root-level
 * `before` hook before starting the next, so a file's own setup goes here.
 */
function useVoices({ before, after, setup, prepare }) {
  const env = {};
  before(async () => {
    env.neutral = await startNeutralSite();
    // `prepare(env)` may start servers Voices talks to and answer the extra
    // environment it needs for them.
    const extra = prepare ? await prepare(env) : {};
    env.voices = await startVoices(env.neutral.url, extra);
    env.browser = await launch();
    if (setup) await setup(env);
  });
  after(async () => {
    await env.browser?.close();
    await env.voices?.stop();
    env.neutral?.close();
  });
  return env;
}

module.exports = {
  LANGUAGES, RTL, SURVIVOR_PAGES, SCREENSHOTS, ROOT, AXE_TAGS,
  startVoices, startNeutralSite, launch, watchedPage, urlOrigin, useVoices, axe,
};
