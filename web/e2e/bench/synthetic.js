// Writes a synthetic graph in the export format (docs/export.schema.json)
// for the benchmarks: one hub person ("Benchmark Hub") related to HUB
// entities (MET, AFFILIATED_WITH, SANCTIONED), plus links among those
// entities and a few articles stating them. Load it into a scratch database
// with `newsgraph import --force FILE`; search "benchmark hub".
//
//   node web/e2e/bench/synthetic.js [hub-neighbours] > /tmp/synthetic.json

const HUB = Number(process.argv[2] || 350);
const uuid = (kind, i) => `00000000-0000-5000-8${kind}00-${i.toString(16).padStart(12, '0')}`;
const types = ['Person', 'Institution', 'Event', 'Place'];
const nodes = [];
const links = [];
const day = (i) => new Date(Date.UTC(2025, 0, 1) + (i % 365) * 864e5).toISOString().slice(0, 10);
const ARTICLES = 40;
for (let a = 0; a < ARTICLES; a++) {
  nodes.push({ id: uuid(1, a), labels: ['Article'], type: 'Article', name: `Synthetic article ${a}`,
    properties: { title: `Synthetic article ${a}`, published: day(a * 9), text: 'Synthetic. '.repeat(40), file: `synthetic-${a}.txt`, words: 80 } });
}
const entity = (i, type, name) => ({ id: uuid(2, i), labels: ['Entity', type], type, name,
  properties: { name, type, aliases: [], mentions: 1, articles: 1 } });
nodes.push(entity(0, 'Person', 'Benchmark Hub'));
for (let i = 1; i <= HUB; i++) nodes.push(entity(i, types[i % 4], `Synthetic ${types[i % 4]} ${i}`));
let k = 0;
const link = (s, t, type, a) => {
  k++;
  links.push({ id: k.toString(16).padStart(40, '0'), source: uuid(2, s), target: uuid(2, t), type, directed: type !== 'MET',
    evidence: { article_id: uuid(1, a % ARTICLES), evidence: `Synthetic sentence ${k}.`, sentence: 0, start: 0, end: 10, date: day(k) },
    properties: { key: k.toString(16).padStart(40, '0') } });
};
for (let i = 1; i <= HUB; i++) {
  const t = types[i % 4];
  link(0, i, t === 'Person' ? 'MET' : t === 'Institution' ? 'AFFILIATED_WITH' : t === 'Event' ? 'PARTICIPATED_IN' : 'MET', i);
}
for (let i = 1; i <= HUB; i++) {
  const j = 1 + ((i * 7) % HUB);
  if (j !== i) link(i, j, 'MET', i + 3);
}
process.stdout.write(JSON.stringify({
  meta: { format: 'newsgraph-export', version: 1, generator: 'newsgraph bench', exported_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    options: { seeds: [], depth: 0, labels: ['Person', 'Institution', 'Event', 'Place', 'Article'], types: ['SAID', 'MET', 'SANCTIONED', 'AFFILIATED_WITH', 'PARTICIPATED_IN', 'MENTIONED_IN'], from: '', to: '', limit: 100000 },
    nodes: nodes.length, links: links.length, property_types: { published: 'date' } },
  nodes, links, more: 0,
}));
