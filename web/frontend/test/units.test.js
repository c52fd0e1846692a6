// Unit tests of the explorer's pure modules (no browser): URL state,
// byte-offset mapping of the article reader, and the JSON export.
// Run with `node --test web/frontend/test/` (scripts/test does).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHash, formatHash, defaultState, DEFAULT_TYPES } from '../src/state.js';
import { utf16Index } from '../src/article.js';
import { buildExport, evidenceLinks } from '../src/exportview.js';

const A = '3f0c2a6e-7c1d-5b8e-9f10-2a3b4c5d6e7f';
const B = '63719cf4-2107-5558-9b8d-6df90df7b2d6';

test('the URL state round-trips', () => {
  const st = {
    ...defaultState(), focus: A, depth: 2, expanded: [B], types: ['MET', 'SAID'], labels: ['Person'],
    from: '2026-03-01', to: '2026-04-30', sel: `e:${A}~${B}`, path: `${A}~${B}`,
  };
  const h = formatHash(st);
  assert.equal(h, `#/?focus=${A}&depth=2&x=${B}&types=MET,SAID&labels=Person&from=2026-03-01&to=2026-04-30&sel=e:${A}~${B}&path=${A}~${B}`);
  assert.deepEqual(parseHash(h), st);
  assert.equal(formatHash(defaultState()), '#/');
  assert.deepEqual(parseHash('#/').types, DEFAULT_TYPES);
});

test('bad URL values fall back to defaults', () => {
  const st = parseHash(`#/?focus=nope&depth=9&types=KNOWS,MET&from=yesterday&sel=n:x&x=${A},bad`);
  assert.equal(st.focus, '');
  assert.equal(st.depth, 1);
  assert.deepEqual(st.types, ['MET']);
  assert.equal(st.from, '');
  assert.equal(st.sel, '');
  assert.deepEqual(st.expanded, [A]);
});

test('the article route carries the highlight in stored offsets', () => {
  const st = parseHash(`#/article/${A}?hl=10-42`);
  assert.equal(st.route, 'article');
  assert.equal(st.article, A);
  assert.deepEqual(st.hl, [10, 42]);
  assert.equal(formatHash(st), `#/article/${A}?hl=10-42`);
});

test('UTF-8 byte offsets map to string indices', () => {
  const text = 'Zürich – 東京 😀 end';
  const at = utf16Index(text);
  const bytes = Buffer.from(text, 'utf8');
  for (const word of ['Zürich', '東京', '😀', 'end']) {
    const b0 = bytes.indexOf(Buffer.from(word, 'utf8'));
    const b1 = b0 + Buffer.byteLength(word);
    assert.equal(text.slice(at(b0), at(b1)), word);
  }
  assert.equal(at(2), 1); // byte 2 is inside "ü" (bytes 1-2): rounds down to ü
});

test('the export of a view names every link end among its nodes', () => {
  const n = (id, type) => ({ id, type, name: id, labels: type === 'Article' ? ['Article'] : ['Entity', type], degree: 2, properties: { published: '2026-03-03', confidence: 0.5 } });
  const view = {
    shown: [n(A, 'Person'), n(B, 'Article')],
    edges: [{ links: [{ id: 'k1', source: A, target: B, type: 'SAID', directed: true, evidence: { article_id: B, start: 0, end: 5 }, properties: { key: 'k1' } }] }],
  };
  const doc = buildExport(view, { ...defaultState(), focus: A }, new Map([[A, 3]]));
  assert.equal(doc.meta.format, 'newsgraph-export');
  assert.equal(doc.meta.nodes, 2);
  assert.equal(doc.meta.links, 1);
  assert.equal(doc.more, 3);
  assert.deepEqual(doc.meta.options.seeds, [A]);
  assert.deepEqual(doc.meta.property_types, { published: 'date', confidence: 'float' });
  const ids = new Set(doc.nodes.map((x) => x.id));
  assert.ok(doc.links.every((l) => ids.has(l.source) && ids.has(l.target)));
});

test('the export of a view fetches the evidence of compact links, pair by pair', async () => {
  const C = '00000000-0000-5000-8000-0000000000cc';
  const summary = (source, target, type, count) => ({ id: `${type}:${source}:${target}`, source, target, type, directed: type !== 'MET', count, evidence: {}, properties: {} });
  const rel = (key, source, target, type) => ({ link: { id: key, source, target, type, directed: type !== 'MET', evidence: { article_id: B, evidence: `${key} sentence` }, properties: { key } } });
  const calls = [];
  const relations = async (a, b) => {
    calls.push(`${a}~${b}`);
    // Both directions and every type between the pair come back.
    if (a === A && b === C) return { relations: [rel('k1', A, C, 'MET'), rel('k2', A, C, 'MET'), rel('k3', A, C, 'SANCTIONED'), rel('k4', C, A, 'MET')] };
    return { relations: [] };
  };
  const withEvidence = { id: 'k9', source: C, target: A, type: 'AFFILIATED_WITH', directed: true, evidence: { article_id: B }, properties: {} };
  const edges = [
    { links: [summary(A, C, 'MET', 2)] },
    { links: [summary(A, C, 'SANCTIONED', 1)] },
    { links: [withEvidence] },
  ];
  const links = await evidenceLinks(edges, relations);
  assert.deepEqual(calls, [`${A}~${C}`], 'one request per node pair, none for links that have evidence');
  assert.deepEqual(links.map((l) => l.id).sort(), ['k1', 'k2', 'k3', 'k9'], 'the pair\'s relationships of the drawn types and direction');
  const n = (id, type) => ({ id, type, name: id, labels: ['Entity', type], degree: 1, properties: {} });
  const doc = buildExport({ shown: [n(A, 'Person'), n(C, 'Person')], edges }, { ...defaultState(), focus: A }, new Map(), links);
  assert.equal(doc.meta.links, 4);
  assert.ok(doc.links.every((l) => l.evidence.article_id === B));
});
