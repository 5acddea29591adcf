// End-to-end test of the web UI in headless Debian Chromium driven by playwright-core:
// starts `khayt serve --demo` on a free port, loads the page, pastes the reference
// article, extracts it and checks that events and their highlighted spans appear; saves
// a screenshot to target/ui-screenshot.png. Run with `node --test` from this directory
// after `cargo build -p khayt` (KHAYT_BIN overrides the binary).
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '../../../..');
const BIN = process.env.KHAYT_BIN || path.join(ROOT, 'target/debug/khayt');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SEED = path.resolve(ROOT, '../shared/seed/article.jsonl');
const DEMO = path.join(ROOT, 'crates/khayt/assets/demo.jsonl');

// The article to paste: the reference article when ../shared is there, else the
// built-in demo article, so a fresh clone still exercises the whole page.
function articleToPaste() {
  const file = fs.existsSync(SEED) ? SEED : DEMO;
  if (file === DEMO) console.log(`# ${SEED} is absent: pasting the built-in demo article instead`);
  const line = fs.readFileSync(file, 'utf8').split('\n').find((l) => l.trim());
  return JSON.parse(line);
}

// Starts the server on port 0 and reads the address it prints.
function startServer(args = ['--demo']) {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN, ['serve', '--addr', '127.0.0.1:0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}${err}`)), 60000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/serving on (http:\/\/\S+)/);
      if (m) { clearTimeout(timer); resolve({ child, url: m[1] }); }
    });
    child.stderr.on('data', (d) => { err += d; });
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`server exited ${code}: ${err}`)); });
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
  });
}

function launch(profile) {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
  });
}

test('the page shows the store and highlights the events of a pasted article', { timeout: 180000 }, async (t) => {
  if (!fs.existsSync(CHROMIUM)) {
    t.skip(`${CHROMIUM} is not installed`);
    return;
  }
  assert.ok(fs.existsSync(BIN), `${BIN} not built (run cargo build -p khayt)`);
  const { child, url } = await startServer();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'khayt-ui-'));
  let context;
  try {
    context = await launch(profile);
    const page = context.pages()[0] || (await context.newPage());
    // The UI must work offline: any request that leaves the server fails the test.
    const foreign = [];
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(url)) return route.continue();
      foreign.push(route.request().url());
      return route.abort();
    });
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));

    await page.goto(url);
    // The store view: the demo's events in the table, on the map, in the timeline and graph.
    // Table, map, timeline and graph are drawn one after the other: wait for all of them.
    await page.waitForSelector('body[data-loaded="1"]', { timeout: 30000 });
    const rows = await page.locator('#events tbody tr').count();
    assert.ok(rows >= 3, `expected the demo events in the table, got ${rows}`);
    assert.ok(await page.locator('#map path.country').count() >= 2, 'country outlines drawn');
    assert.ok(await page.locator('#map circle').count() >= 1, 'events on the map');
    assert.ok(await page.locator('#timeline rect').count() >= 1, 'timeline bars');
    const allEdges = await page.locator('#graph path.edge').count();
    assert.ok(allEdges >= 1, 'relation edges');
    // The time slider: at its first month fewer relations are drawn than over all dates.
    await page.locator('#time-slider').fill('0');
    const early = await page.locator('#graph path.edge').count();
    assert.ok(early < allEdges, `edges change with the slider (${early} of ${allEdges})`);
    assert.match(await page.locator('#slider-label').textContent(), /^\d{4}-\d{2}$/);
    const max = await page.locator('#time-slider').getAttribute('max');
    await page.locator('#time-slider').fill(max);
    assert.equal(await page.locator('#graph path.edge').count(), allEdges);

    // Incidents: one click narrows the events to the incident's reports.
    assert.ok(await page.locator('#incidents tbody tr').count() >= 1, 'incidents listed');
    await page.locator('#incidents a.incident-link').first().click();
    await page.waitForFunction((n) => document.querySelectorAll('#events tbody tr').length < n, rows, { timeout: 30000 });
    await page.waitForSelector('body[data-loaded="1"]', { timeout: 30000 });

    // Evidence of a stored event, one click away.
    await page.locator('#events a.evidence-link').first().click();
    await page.waitForSelector('#evidence:not([hidden]) mark.hl-trigger');

    // Paste an article and extract it.
    const art = articleToPaste();
    await page.fill('#article-text', art.text);
    if (art.date) await page.fill('#article-date', art.date);
    await page.click('#extract-btn');
    await page.waitForSelector('#extract-result .event-card', { timeout: 60000 });
    const cards = await page.locator('#extract-result .event-card').count();
    assert.ok(cards >= 1, 'events listed beside the article');

    // The highlights must fall on the very words the API reports (byte offsets converted
    // correctly): every event's trigger text appears as a highlighted trigger.
    const res = await (await fetch(url + 'api/extract', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: art.text, date: art.date || null }),
    })).json();
    assert.equal(cards, res.events.length, 'one card per event');
    const triggers = await page.locator('#extract-result mark.hl-trigger').allTextContents();
    for (const ev of res.events) {
      assert.ok(triggers.some((x) => ev.evidence.trigger.includes(x) || x.includes(ev.evidence.trigger)),
        `trigger ${ev.evidence.trigger} highlighted (got ${triggers.join(' | ')})`);
    }
    const actors = await page.locator('#extract-result mark.hl-actor').allTextContents();
    const withActor = res.events.filter((e) => e.actor);
    if (withActor.length) assert.ok(actors.includes(withActor[0].actor.text), `actor ${withActor[0].actor.text} highlighted`);
    const dir = await page.locator('#extract-result .article-text').getAttribute('dir');
    assert.equal(dir, 'rtl');

    fs.mkdirSync(path.join(ROOT, 'target'), { recursive: true });
    const shot = path.join(ROOT, 'target/ui-screenshot.png');
    await page.screenshot({ path: shot, fullPage: true });
    console.log(`# screenshot: ${shot}`);
    assert.deepEqual(foreign, [], 'no request left the server');
    assert.deepEqual(pageErrors, [], 'no script errors');
  } finally {
    if (context) await context.close();
    child.kill();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

// A database written by `khayt ingest` keeps evidence sentences, not whole texts: the
// evidence view then shows the sentence, with spans shifted by the sentence's offset.
test('evidence of an ingested article is highlighted within its sentence', { timeout: 180000 }, async (t) => {
  if (!fs.existsSync(CHROMIUM)) {
    t.skip(`${CHROMIUM} is not installed`);
    return;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khayt-ui-db-'));
  const db = path.join(dir, 'khayt.db');
  const ingest = require('node:child_process').spawnSync(BIN, ['ingest', '--db', db, DEMO], { encoding: 'utf8' });
  assert.equal(ingest.status, 0, ingest.stderr);
  const { child, url } = await startServer(['--db', db]);
  const profile = path.join(dir, 'profile');
  let context;
  try {
    context = await launch(profile);
    const page = context.pages()[0] || (await context.newPage());
    const pageErrors = [];
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(url);
    await page.waitForSelector('body[data-loaded="1"]', { timeout: 30000 });
    const links = page.locator('#events a.evidence-link');
    const n = await links.count();
    assert.ok(n >= 1);
    for (let i = 0; i < n; i++) {
      const trigger = (await links.nth(i).textContent()).trim();
      await links.nth(i).click();
      // The view is filled asynchronously and still shows the previous evidence until
      // then: wait for this trigger rather than for any highlight.
      const shown = await page.waitForFunction((tr) => {
        const marks = [...document.querySelectorAll('#evidence:not([hidden]) mark.hl-trigger')];
        return marks.map((m) => m.textContent).join('').includes(tr);
      }, trigger, { timeout: 10000 }).then(() => true, () => false);
      const marked = await page.locator('#evidence mark.hl-trigger').allTextContents();
      assert.ok(shown, `trigger ${trigger} highlighted in its sentence (got ${marked})`);
    }
    assert.deepEqual(pageErrors, []);
  } finally {
    if (context) await context.close();
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
