// Benchmark: latency of the search and neighbourhood endpoints of a running
// server (sequential requests, bounded in number), p50 and p95.
//
//   NEWSGRAPH_URL=… node web/e2e/bench/api.js ENTITY_ID [requests] [depth] [limit]

import { baseURL } from '../browser.js';

const ID = process.argv[2];
const REQUESTS = Math.min(2000, Number(process.argv[3] || 200));
const DEPTH = Number(process.argv[4] || 2);
const LIMIT = Number(process.argv[5] || 300);
if (!ID) throw new Error('usage: api.js ENTITY_ID [requests] [depth] [limit]');

async function measure(name, urls) {
  const ms = [];
  let bytes = 0;
  let nodes = 0;
  for (const u of urls) {
    const t0 = performance.now();
    const res = await fetch(u);
    const body = await res.text();
    ms.push(performance.now() - t0);
    if (!res.ok) throw new Error(`${u}: ${res.status} ${body}`);
    bytes = body.length;
    if (name === 'neighbourhood') nodes = JSON.parse(body).nodes.length;
  }
  ms.sort((p, q) => p - q);
  const q = (f) => +ms[Math.min(ms.length - 1, Math.floor(ms.length * f))].toFixed(1);
  return { endpoint: name, requests: ms.length, p50: q(0.5), p95: q(0.95), max: q(1), bytes, ...(nodes ? { nodes } : {}) };
}

const base = baseURL();
const words = ['ko', 'kov', 'koval', 'mar', 'lant', 'arslan', 'okafor', 'united', 'rus', 'hub'];
const search = Array.from({ length: REQUESTS }, (_, i) => `${base}/api/search?q=${encodeURIComponent(words[i % words.length])}&limit=8`);
const nb = Array.from({ length: REQUESTS }, () => `${base}/api/entities/${ID}/neighbourhood?depth=${DEPTH}&limit=${LIMIT}`);
await measure('warm-up', search.slice(0, 20));
const out = [await measure('search', search), await measure('neighbourhood', nb)];
console.log(JSON.stringify({ bench: 'api', depth: DEPTH, limit: LIMIT, results: out }, null, 1));
