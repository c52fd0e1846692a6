// Benchmark: time from choosing a search suggestion (Enter) to the first
// frame that draws the entity's neighbourhood, in headless Chromium against
// a running server. Repeats RUNS times with the cache of a fresh page.
//
//   NEWSGRAPH_URL=… node web/e2e/bench/search.js QUERY [min-nodes] [runs]

import { launch, baseURL } from '../browser.js';

const QUERY = process.argv[2] || 'koval';
const MIN = Number(process.argv[3] || 1);
const RUNS = Number(process.argv[4] || 5);

const b = await launch({ width: 1280, height: 800 });
const times = [];
let nodes = 0;
try {
  for (let i = 0; i < RUNS; i++) {
    const page = await b.context.newPage();
    await page.goto(`${baseURL()}/`);
    await page.waitForSelector('#welcome-top li');
    const input = page.locator('#search-input');
    await input.fill(QUERY);
    await page.locator('#search-list [role=option]').first().waitFor();
    await page.evaluate(() => {
      const v = window.__newsgraph.view;
      window.__bench = { f0: v.frames, t0: 0 };
      document.querySelector('#search-input').addEventListener('keydown', (e) => {
        if (e.key === 'Enter') window.__bench.t0 = performance.now();
      }, { capture: true, once: true });
    });
    await input.press('Enter');
    const handle = await page.waitForFunction((min) => {
      const v = window.__newsgraph.view;
      if (document.body.dataset.ready && v.shown.length >= min && v.frames > window.__bench.f0) {
        return { ms: performance.now() - window.__bench.t0, nodes: v.shown.length, loadMs: Number(document.body.dataset.loadMs) };
      }
      return false;
    }, MIN, { polling: 'raf', timeout: 30000 });
    const r = await handle.jsonValue();
    times.push(r.ms);
    nodes = r.nodes;
    await page.close();
  }
} finally {
  await b.close();
}
times.sort((p, q) => p - q);
console.log(JSON.stringify({ bench: 'search-to-draw', query: QUERY, nodes, runs: RUNS,
  msMedian: Math.round(times[Math.floor(times.length / 2)]), msMax: Math.round(times[times.length - 1]), all: times.map(Math.round) }, null, 1));
