// The view's state lives in the URL hash, so a link reopens the same view:
//   #/?focus=ID&depth=1&x=ID,ID&types=MET,SAID&labels=Person&from=&to=&sel=n:ID&path=ID~ID
//   #/article/ID?hl=START-END   (START, END: UTF-8 byte offsets, as stored)

import { LINK_TYPES, NODE_TYPES } from './style.js';

export const DEFAULT_TYPES = LINK_TYPES.filter((t) => t !== 'MENTIONED_IN');

export function defaultState() {
  return {
    route: 'graph', // or 'article'
    article: '', hl: null,
    focus: '', depth: 1, expanded: [],
    types: [...DEFAULT_TYPES], labels: [...NODE_TYPES],
    from: '', to: '', sel: '', path: '',
  };
}

const idRE = /^[0-9a-f-]{36}$/i;
const dayRE = /^\d{4}-\d{2}-\d{2}$/;

export function parseHash(hash) {
  const st = defaultState();
  const h = (hash || '').replace(/^#/, '');
  const [path, qs] = h.split('?');
  const q = new URLSearchParams(qs || '');
  const m = /^\/article\/([0-9a-f-]{36})$/i.exec(path || '');
  if (m) {
    st.route = 'article';
    st.article = m[1].toLowerCase();
    const hl = /^(\d+)-(\d+)$/.exec(q.get('hl') || '');
    if (hl) st.hl = [Number(hl[1]), Number(hl[2])];
    return st;
  }
  const focus = q.get('focus') || '';
  if (idRE.test(focus)) st.focus = focus.toLowerCase();
  const d = Number(q.get('depth'));
  if (d >= 1 && d <= 3) st.depth = d;
  st.expanded = (q.get('x') || '').split(',').filter((x) => idRE.test(x)).map((x) => x.toLowerCase());
  if (q.has('types')) st.types = (q.get('types') || '').split(',').filter((t) => LINK_TYPES.includes(t));
  if (q.has('labels')) st.labels = (q.get('labels') || '').split(',').filter((t) => NODE_TYPES.includes(t));
  if (dayRE.test(q.get('from') || '')) st.from = q.get('from');
  if (dayRE.test(q.get('to') || '')) st.to = q.get('to');
  st.sel = /^(n:[0-9a-f-]{36}|e:[0-9a-f-]{36}~[0-9a-f-]{36})$/i.test(q.get('sel') || '') ? q.get('sel') : '';
  st.path = /^[0-9a-f-]{36}~[0-9a-f-]{36}$/i.test(q.get('path') || '') ? q.get('path') : '';
  return st;
}

function same(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function formatHash(st) {
  if (st.route === 'article') {
    return `#/article/${st.article}${st.hl ? `?hl=${st.hl[0]}-${st.hl[1]}` : ''}`;
  }
  const q = new URLSearchParams();
  if (st.focus) q.set('focus', st.focus);
  if (st.depth !== 1) q.set('depth', String(st.depth));
  if (st.expanded.length) q.set('x', st.expanded.join(','));
  if (!same(st.types, DEFAULT_TYPES)) q.set('types', st.types.join(','));
  if (!same(st.labels, NODE_TYPES)) q.set('labels', st.labels.join(','));
  if (st.from) q.set('from', st.from);
  if (st.to) q.set('to', st.to);
  if (st.sel) q.set('sel', st.sel);
  if (st.path) q.set('path', st.path);
  const s = q.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7E/g, '~');
  return `#/${s ? `?${s}` : ''}`;
}
