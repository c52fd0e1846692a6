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

export function buildExport(view, state, more) {
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
  const links = [];
  for (const e of view.edges || []) {
    for (const l of e.links) {
      note(l.properties);
      links.push({ id: l.id, source: l.source, target: l.target, type: l.type, directed: l.directed, evidence: { ...l.evidence }, properties: { ...l.properties } });
    }
  }
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
