// End-to-end test of the explorer in a real browser (Debian's Chromium,
// headless) against a real server and Neo4j loaded with testdata/articles:
// scripts/test starts both and sets NEWSGRAPH_URL. It walks what a person
// does — search, expand, read the evidence of a relation, open the article
// at the highlighted sentence, filter, find a path, export — takes
// screenshots (1280×800) and fails on any console error. The screenshots go
// to a temporary directory, so that a test run leaves the tree clean;
// NEWSGRAPH_SCREENSHOTS=docs/screenshots refreshes the README's.

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { launch, baseURL } from './browser.js';
import { validate } from './schema.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shots = process.env.NEWSGRAPH_SCREENSHOTS
  ? resolve(root, process.env.NEWSGRAPH_SCREENSHOTS)
  : join(tmpdir(), 'newsgraph-screenshots');
const exportSchema = JSON.parse(readFileSync(join(root, 'docs', 'export.schema.json'), 'utf8'));

let browser;
let page;
const problems = []; // console errors and page errors

// ready waits until the app has finished a load newer than `after`.
async function ready(after = 0) {
  await page.waitForFunction((n) => Number(document.body.dataset.ready || 0) > n, after, { timeout: 30000 });
  return Number(await page.evaluate(() => document.body.dataset.ready));
}

// settle waits until the layout has nearly stopped moving, so that screen
// positions hold while the mouse acts on them.
async function settle() {
  await page.waitForFunction(() => window.__newsgraph.view.alpha() < 0.04 && !window.__newsgraph.view.fitting, null, { timeout: 45000 });
}

// nodePoint is where node `name` is on screen, or null when it is hidden
// under a panel.
async function nodePoint(name) {
  return page.evaluate((nm) => {
    const v = window.__newsgraph.view;
    const n = v.shown.find((x) => x.name === nm);
    if (!n) return null;
    const r = v.canvas.getBoundingClientRect();
    const x = r.left + v.transform.applyX(n.x);
    const y = r.top + v.transform.applyY(n.y);
    return document.elementFromPoint(x, y) === v.canvas ? { x, y, id: n.id } : null;
  }, name);
}

async function screenshot(name) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, name) });
}

describe('explorer', () => {
  before(async () => {
    browser = await launch({ width: 1280, height: 800 });
    page = browser.context.pages()[0] || (await browser.context.newPage());
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message} ${(e.stack || '').split('\n').slice(1, 3).join(' ')}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  });

  after(async () => {
    if (browser) await browser.close();
  });

  it('serves the page with a strict Content-Security-Policy', async () => {
    const res = await page.goto(`${baseURL()}/`);
    assert.equal(res.status(), 200);
    const h = res.headers();
    assert.match(h['content-security-policy'], /script-src 'self'/);
    assert.match(h['content-security-policy'], /frame-ancestors 'none'/);
    assert.doesNotMatch(h['content-security-policy'], /unsafe-inline/);
    assert.equal(h['x-content-type-options'], 'nosniff');
    assert.ok(h['referrer-policy']);
    await page.waitForSelector('#welcome-top li');
    assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
  });

  it('searches with autocomplete and shows the neighbourhood', async () => {
    const input = page.locator('#search-input');
    await input.focus();
    await input.pressSequentially('koval', { delay: 30 });
    const option = page.locator('#search-list [role=option]').first();
    await option.waitFor();
    assert.match(await option.textContent(), /Marina Koval/);
    const before = Number(await page.evaluate(() => document.body.dataset.ready || 0));
    await input.press('Enter'); // keyboard: the first suggestion is active
    await ready(before);
    assert.match(page.url(), /focus=[0-9a-f-]{36}/);
    const shown = await page.evaluate(() => window.__newsgraph.view.shown.map((n) => n.name));
    assert.ok(shown.includes('Marina Koval'), `Marina Koval drawn: ${shown.join(', ')}`);
    assert.ok(shown.length >= 5, `neighbourhood has ${shown.length} nodes`);
    await page.locator('#panel-title', { hasText: 'Marina Koval' }).waitFor();
    await page.locator('#timeline .tl-dot').first().waitFor();
    await settle();
    assert.ok(await page.evaluate(() => window.__newsgraph.view.frames > 0), 'the canvas was drawn');
  });

  it('expands a node on double-click', async () => {
    const before = await page.evaluate(() => window.__newsgraph.view.shown.length);
    const p = await nodePoint('Daniel Okafor');
    assert.ok(p, 'Daniel Okafor is on screen');
    const seq = Number(await page.evaluate(() => document.body.dataset.ready));
    await page.mouse.dblclick(p.x, p.y);
    await ready(seq);
    assert.match(page.url(), new RegExp(`x=${p.id}`));
    const afterN = await page.evaluate(() => window.__newsgraph.view.shown.length);
    assert.ok(afterN > before, `expanding added nodes: ${before} -> ${afterN}`);
    await settle();
    await page.click('#btn-fit');
    await settle();
    await screenshot('explorer-graph.png');
  });

  it('shows the evidence of an edge and opens the article at the sentence', async () => {
    await page.click('#panel-close');
    await page.waitForFunction(() => {
      const v = window.__newsgraph.view;
      return Math.abs(v.width - v.canvas.parentElement.getBoundingClientRect().width) < 2;
    });
    // An edge between two people (MET), its midpoint clear of nodes. The
    // layout may still drift a little: try again if the click missed.
    let pt = null;
    for (let attempt = 0; attempt < 3 && !/sel=e:/.test(page.url()); attempt++) {
      if (attempt) await page.waitForTimeout(300);
      pt = await page.evaluate(() => {
        const v = window.__newsgraph.view;
        const r = v.canvas.getBoundingClientRect();
        for (const e of v.edges) {
          if (e.type !== 'MET') continue;
          const mx = (v.transform.applyX(e.s.x) + v.transform.applyX(e.t.x)) / 2;
          const my = (v.transform.applyY(e.s.y) + v.transform.applyY(e.t.y)) / 2;
          if (v.nodeAt(mx, my) || v.edgeAt(mx, my) !== e) continue;
          if (document.elementFromPoint(r.left + mx, r.top + my) !== v.canvas) continue;
          return { x: r.left + mx, y: r.top + my, a: e.s.name, b: e.t.name };
        }
        return null;
      });
      assert.ok(pt, 'a MET edge is clickable');
      await page.mouse.click(pt.x, pt.y);
    }
    assert.match(page.url(), /sel=e:/);
    const item = page.locator('#panel-body .ev-item').first();
    await item.waitFor();
    const sentence = (await item.locator('.sentence').textContent()).trim();
    assert.ok(sentence.length > 20, `evidence sentence: ${sentence}`);
    assert.match(await page.locator('#panel-title').textContent(), new RegExp(`${pt.a}|${pt.b}`));
    await screenshot('explorer-evidence.png');

    await item.locator('a.ev-link').click();
    await page.waitForURL(/#\/article\/[0-9a-f-]{36}\?hl=\d+-\d+/);
    const mark = page.locator('#article-body mark.hl');
    await mark.first().waitFor();
    const marked = (await mark.allTextContents()).join('').replace(/\s+/g, ' ').trim();
    assert.equal(marked, sentence.replace(/\s+/g, ' '), 'the highlighted text is the evidence sentence');
    assert.ok(await mark.first().isVisible());
    await screenshot('explorer-article.png');

    await page.keyboard.press('Escape'); // back to the graph
    await page.waitForSelector('#article-view', { state: 'hidden' });
    assert.ok(await page.evaluate(() => window.__newsgraph.view.shown.length > 5));
  });

  it('filters by relation type and node type, and keeps them in the URL', async () => {
    const count = (type) => page.evaluate((t) => window.__newsgraph.view.shown.filter((n) => n.type === t).length, type);
    assert.ok((await count('Article')) > 0, 'articles shown before filtering');
    await page.click('label[for=ft-SAID]');
    await page.waitForFunction(() => !window.__newsgraph.view.shown.some((n) => n.type === 'Article'));
    assert.match(page.url(), /types=MET,SANCTIONED,AFFILIATED_WITH,PARTICIPATED_IN/);
    assert.equal(await count('Article'), 0);
    const inst = await count('Institution');
    assert.ok(inst > 0);
    await page.click('label[for=fl-Institution]');
    await page.waitForFunction(() => !window.__newsgraph.view.shown.some((n) => n.type === 'Institution'));
    assert.match(page.url(), /labels=Person,Event,Place,Article/);

    // A link reopens the same view.
    const url = page.url();
    const seq = Number(await page.evaluate(() => document.body.dataset.ready));
    await page.reload();
    await ready(0);
    assert.equal(page.url(), url);
    assert.equal(await page.isChecked('#ft-SAID'), false);
    assert.equal(await page.isChecked('#fl-Institution'), false);
    assert.equal(await count('Institution'), 0);
    assert.ok(seq > 0);

    await page.click('label[for=ft-SAID]');
    await page.click('label[for=fl-Institution]');
    await page.waitForFunction(() => window.__newsgraph.view.shown.some((n) => n.type === 'Institution'));
  });

  it('narrows the date range with the time slider', async () => {
    const all = await page.evaluate(() => window.__newsgraph.view.edges.length);
    const seq = Number(await page.evaluate(() => document.body.dataset.ready));
    const slider = page.locator('#date-to');
    await slider.focus();
    for (let i = 0; i < 60; i++) await slider.press('ArrowLeft');
    await ready(seq);
    assert.match(page.url(), /to=\d{4}-\d{2}-\d{2}/);
    const fewer = await page.evaluate(() => window.__newsgraph.view.edges.length);
    assert.ok(fewer < all, `date filter: ${all} -> ${fewer} relations`);
    const seq2 = Number(await page.evaluate(() => document.body.dataset.ready));
    await page.click('#date-reset');
    await ready(seq2);
    assert.doesNotMatch(page.url(), /to=/);
  });

  it('finds the shortest path between two entities', async () => {
    await page.click('#btn-path');
    const from = page.locator('#path-from');
    await from.fill('');
    await from.pressSequentially('okafor', { delay: 30 });
    await page.locator('#path-from-list [role=option]').first().waitFor();
    await from.press('Enter');
    const to = page.locator('#path-to');
    await to.pressSequentially('min-jun', { delay: 30 });
    await page.locator('#path-to-list [role=option]', { hasText: 'Min-jun Lee' }).first().waitFor();
    await to.press('Enter');
    const seq = Number(await page.evaluate(() => document.body.dataset.ready));
    await page.click('#path-go');
    await ready(seq);
    assert.match(page.url(), /path=[0-9a-f-]{36}~[0-9a-f-]{36}/);
    await page.locator('#path-result ol.paths li').first().waitFor();
    const path = await page.locator('#path-result ol.paths li').first().textContent();
    assert.match(path, /^Daniel Okafor → .* → Min-jun Lee$/);
    const hl = await page.evaluate(() => {
      const h = window.__newsgraph.view.highlight;
      return h ? { nodes: h.nodes.size, links: h.links.size } : null;
    });
    assert.ok(hl && hl.nodes >= 3 && hl.links >= 2, `path highlighted: ${JSON.stringify(hl)}`);
    await settle();
    await page.click('#btn-fit');
    await settle();
    await screenshot('explorer-path.png');
  });

  it('exports the view as JSON in the export format, as GraphML and as PNG', async () => {
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#btn-export-json')]);
    assert.match(dl.suggestedFilename(), /\.json$/);
    const doc = JSON.parse(readFileSync(await dl.path(), 'utf8'));
    assert.ok(Array.isArray(doc.nodes) && Array.isArray(doc.links) && doc.meta, 'nodes, links, meta');
    assert.equal(doc.meta.format, 'newsgraph-export');
    assert.equal(doc.meta.nodes, doc.nodes.length);
    assert.equal(doc.meta.links, doc.links.length);
    const ids = new Set(doc.nodes.map((n) => n.id));
    for (const l of doc.links) {
      assert.ok(ids.has(l.source) && ids.has(l.target), `link ${l.id} ends in the export`);
    }
    const shown = await page.evaluate(() => window.__newsgraph.view.shown.length);
    assert.equal(doc.nodes.length, shown);
    assert.deepEqual(validate(exportSchema, doc), [], 'valid against docs/export.schema.json');

    const [gml] = await Promise.all([page.waitForEvent('download'), page.click('#btn-export-graphml')]);
    assert.match(gml.suggestedFilename(), /\.graphml$/);
    const xml = readFileSync(await gml.path(), 'utf8');
    assert.match(xml, /<graphml[\s\S]*<node id="[0-9a-f-]{36}"[\s\S]*<edge /, 'GraphML with nodes and edges');

    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#btn-export-png')]);
    const bytes = readFileSync(await png.path());
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG');
    assert.ok(bytes.length > 5000);
  });

  it('is usable from the keyboard: Escape closes, arrows walk the graph', async () => {
    await page.keyboard.press('Escape'); // the path finder
    await page.waitForSelector('#pathfinder', { state: 'hidden' });
    await page.focus('#graph');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('#panel:not([hidden])');
    assert.match(page.url(), /sel=n:/);
    await page.keyboard.press('Escape');
    await page.waitForSelector('#panel', { state: 'hidden' });
    // On a fresh page, Tab reaches the skip link first, which leads to the search box.
    const fresh = await browser.context.newPage();
    fresh.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    fresh.on('pageerror', (e) => problems.push(`page error: ${e.message} ${(e.stack || '').split('\n').slice(1, 3).join(' ')}`));
    await fresh.goto(`${baseURL()}/`);
    await fresh.waitForSelector('#welcome-top li');
    await fresh.keyboard.press('Tab');
    assert.equal(await fresh.evaluate(() => document.activeElement.className), 'skip');
    await fresh.keyboard.press('Enter');
    assert.equal(await fresh.evaluate(() => document.activeElement.id), 'search-input');
    await fresh.close();
  });

  it('logged no console error', () => {
    assert.deepEqual(problems, []);
  });
});
