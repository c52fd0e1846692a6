// Export of the current view in the format of `newsgraph export`
// (docs/export.schema.json, graph.Subgraph with meta): the nodes and links
// shown, with the options that chose them.

const dayRE = /^\d{4}-\d{2}-\d{2}$/;
const dateTimeRE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

// propertyType names the stored type JSON would lose ("date", "datetime",
// "float"), or "".
function propertyType(key, v) {
  if (Array.isArray(v)) {
    for (const x of v) { const t = propertyType(key, x); if (t) return t; }
    return '';
  }
  if (typeof v === 'number' && !Number.isInteger(v)) return 'float';
  if (typeof v === 'string' && dateTimeRE.test(v)) return 'datetime';
  if (typeof v === 'string' && dayRE.test(v) && (key === 'published' || key === 'date')) return 'date';
  return '';
}

// evidenceLinks returns the links of the drawn edges with their evidence.
// A neighbourhood's links are compact (a count per node pair and type, no
// sentence), so their relationships are fetched by pair with
// relations(a, b) (GET /api/relations), a few pairs at a time; links that
// already carry evidence (those of a path) are kept as they are.
export async function evidenceLinks(edges, relations, { concurrency = 4 } = {}) {
  const out = new Map();
  const pairs = new Map(); // "a~b" -> {a, b, types: Set}
  for (const e of edges || []) {
    for (const l of e.links) {
      if (l.evidence && l.evidence.article_id) {
        out.set(l.id, l);
        continue;
      }
      const k = `${l.source}~${l.target}`;
      if (!pairs.has(k)) pairs.set(k, { a: l.source, b: l.target, types: new Set() });
      pairs.get(k).types.add(l.type);
    }
  }
  const todo = [...pairs.values()];
  const worker = async () => {
    while (todo.length) {
      const p = todo.shift();
      // A relationship starts at an entity: ask from the source's side.
      const res = await relations(p.a, p.b);
      for (const r of res.relations || []) {
        const l = r.link;
        if (p.types.has(l.type) && l.source === p.a && l.target === p.b) out.set(l.id, l);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, worker));
  return [...out.values()];
}

// buildExport builds the export document of the view; links, when given,
// replace the edges' own (evidenceLinks fills in compact ones).
export function buildExport(view, state, more, links) {
  const types = {};
  const note = (props) => {
    for (const [k, v] of Object.entries(props || {})) {
      const t = propertyType(k, v);
      if (t && !(k in types)) types[k] = t;
    }
  };
  const nodes = (view.shown || []).map((n) => {
    note(n.properties);
    const out = { id: n.id, labels: [...n.labels], type: n.type, name: n.name, properties: { ...n.properties } };
    if (n.degree) out.degree = n.degree;
    return out;
  });
  const out = [];
  const shownIds = new Set(nodes.map((n) => n.id));
  for (const l of links || (view.edges || []).flatMap((e) => e.links)) {
    if (!shownIds.has(l.source) || !shownIds.has(l.target)) continue;
    note(l.properties);
    out.push({ id: l.id, source: l.source, target: l.target, type: l.type, directed: l.directed, evidence: { ...l.evidence }, properties: { ...l.properties } });
  }
  links = out;
  nodes.sort((a, b) => (b.degree || 0) - (a.degree || 0) || (a.id < b.id ? -1 : 1));
  links.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let moreTotal = 0;
  for (const v of (more || new Map()).values()) moreTotal += v;
  const seeds = [state.focus, ...state.expanded].filter(Boolean);
  return {
    meta: {
      format: 'newsgraph-export',
      version: 1,
      generator: 'newsgraph explorer',
      exported_at: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      options: {
        seeds,
        depth: seeds.length ? state.depth : 0,
        labels: [...state.labels],
        types: [...state.types],
        from: state.from || '',
        to: state.to || '',
        limit: Math.max(1, nodes.length),
      },
      nodes: nodes.length,
      links: links.length,
      property_types: types,
    },
    nodes,
    links,
    more: moreTotal,
  };
}

export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 5000);
}
