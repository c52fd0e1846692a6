// Benchmark: frames per second of the explorer's canvas renderer while the
// force layout runs, on a synthetic graph (default 2,000 nodes, 5,000
// links) injected into the page's GraphView. Not a test: it prints numbers
// for docs/web-performance.md.
//
//   NEWSGRAPH_URL=http://127.0.0.1:8080 node web/e2e/bench/render.js [nodes] [links] [seconds]

import { launch, baseURL } from '../browser.js';

const N = Number(process.argv[2] || 2000);
const L = Number(process.argv[3] || 5000);
const SECONDS = Number(process.argv[4] || 8);

const b = await launch({ width: 1280, height: 800 });
try {
  const page = b.context.pages()[0] || (await b.context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${baseURL()}/`);
  await page.waitForFunction(() => window.__newsgraph && window.__newsgraph.view);
  const res = await page.evaluate(async ({ N, L, SECONDS }) => {
    const types = ['Person', 'Institution', 'Event', 'Place', 'Article'];
    const rels = ['MET', 'SAID', 'SANCTIONED', 'AFFILIATED_WITH', 'PARTICIPATED_IN'];
    let seed = 42;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const nodes = Array.from({ length: N }, (_, i) => ({
      id: `n${i}`, type: types[i % 5], name: `Node ${i}`, labels: ['Entity', types[i % 5]], degree: 0, properties: {},
    }));
    const links = [];
    for (let i = 0; i < L; i++) {
      // preferential-ish attachment: a few hubs, many leaves
      const a = Math.floor(rnd() ** 2 * N);
      let t = Math.floor(rnd() * N);
      if (t === a) t = (t + 1) % N;
      nodes[a].degree++; nodes[t].degree++;
      links.push({ id: `l${i}`, source: nodes[a].id, target: nodes[t].id, type: rels[i % 5], directed: true, evidence: { article_id: 'x' }, properties: {} });
    }
    document.querySelector('#welcome').hidden = true;
    const v = window.__newsgraph.view;
    const t0 = performance.now();
    v.setData(nodes, links, { fit: true });
    const setDataMs = performance.now() - t0;
    // Count the frames the browser shows (rAF) and the ones the renderer
    // draws, over SECONDS while the simulation runs.
    // Frames drawn from here until the layout stops (or SECONDS pass).
    const f0 = v.frames;
    const t0ticks = v.ticks;
    const start = performance.now();
    let raf = 0;
    const draws = [];
    let stopAt = 0;
    let running = true;
    const loop = () => {
      raf++;
      draws.push(v.lastDrawMs);
      if (!stopAt && !v.isRunning()) stopAt = performance.now();
      if (running) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    await new Promise((r) => {
      const check = () => (stopAt || performance.now() - start > SECONDS * 1000 ? r() : setTimeout(check, 20));
      check();
    });
    running = false;
    const f1 = v.frames;
    const ticks = v.ticks - t0ticks;
    const secs = ((stopAt || performance.now()) - start) / 1000;
    const alpha = v.alpha();
    draws.sort((p, q) => p - q);
    return {
      nodes: v.shown.length, links: v.edges.length, setDataMs: Math.round(setDataMs),
      seconds: +secs.toFixed(2), fps: +((f1 - f0) / secs).toFixed(1), ticksPerSecond: +(ticks / secs).toFixed(1), rafFps: +(raf / secs).toFixed(1),
      drawMsP50: +draws[Math.floor(draws.length / 2)].toFixed(2), drawMsP95: +draws[Math.floor(draws.length * 0.95)].toFixed(2),
      stillRunning: v.isRunning(), alphaAtEnd: +alpha.toFixed(3),
    };
  }, { N, L, SECONDS });
  console.log(JSON.stringify({ bench: 'render', ...res, errors }, null, 1));
} finally {
  await b.close();
}
