// The newsgraph explorer: search an entity, see its neighbourhood as a
// force-directed graph, expand it, read the evidence of a relation and the
// article it comes from, filter, find paths, export. The view's state lives
// in the URL hash (state.js), so a link reopens it.

import './app.css';
import { api } from './api.js';
import { GraphView } from './graphview.js';
import { Combobox } from './combobox.js';
import { renderArticle } from './article.js';
import { renderTimeline } from './timeline.js';
import { buildExport, evidenceLinks, download } from './exportview.js';
import { parseHash, formatHash, defaultState } from './state.js';
import { NODE_TYPES, LINK_TYPES, swatch, linkStyle, nodeStyle } from './style.js';

const FOCUS_LIMIT = 300; // nodes of the focus's neighbourhood
const EXPAND_LIMIT = 120; // nodes added by one expansion

const $ = (sel) => document.querySelector(sel);

// present drops the empty children (null, undefined, false, '') that
// conditional markup leaves.
function present(list) {
  return list.flat().filter((c) => c !== null && c !== undefined && c !== false && c !== '');
}

function h(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of present(children)) e.append(c);
  return e;
}

class App {
  constructor() {
    this.state = defaultState();
    this.applied = null; // the state last applied
    this.cache = new Map(); // neighbourhood fetches by key
    this.names = new Map(); // entity id -> name, for labels of things not loaded
    this.loadSeq = 0;
    this.lastGraphHash = '#/';
    this.view = new GraphView($('#graph'), {
      selectNode: (id) => this.navigate({ sel: `n:${id}` }, false),
      selectEdge: (a, b) => this.navigate({ sel: `e:${a}~${b}` }, false),
      background: () => this.navigate({ sel: '' }, false),
      expand: (id) => this.expand(id),
      bottomInset: () => ($('#timeline').hidden ? 0 : $('#timeline').offsetHeight),
      keep: (id) => id === this.state.focus || this.state.expanded.includes(id) || this.pathNodes.has(id),
    });
    this.pathNodes = new Set();
    this.search = new Combobox($('#search-input'), $('#search-list'), (e) => {
      this.names.set(e.id, e.name);
      this.navigate({ focus: e.id, expanded: [], sel: `n:${e.id}`, path: '' }, true);
    });
    this.pathFrom = new Combobox($('#path-from'), $('#path-from-list'), () => {});
    this.pathTo = new Combobox($('#path-to'), $('#path-to-list'), () => {});
    this.buildFilters();
    this.wire();
    window.addEventListener('hashchange', () => this.fromURL());
    this.fromURL();
  }

  // --- state and URL ---

  fromURL() {
    const st = parseHash(location.hash);
    this.apply(st);
  }

  // navigate changes the state, records it in the URL (a new history entry
  // when push) and applies it.
  navigate(patch, push) {
    const st = { ...this.state, ...patch, route: patch.route || 'graph' };
    if (st.route !== 'article') { st.article = ''; st.hl = null; }
    const hash = formatHash(st);
    if (hash !== location.hash) {
      if (push) history.pushState(null, '', hash);
      else history.replaceState(null, '', hash);
    }
    this.apply(st);
  }

  async apply(st) {
    const prev = this.applied || defaultState();
    this.state = st;
    this.applied = st;
    if (st.route === 'article') {
      await this.showArticle(st.article, st.hl);
      return;
    }
    this.lastGraphHash = formatHash(st);
    this.hideArticle();
    this.syncControls();
    this.syncGraphML();
    const needLoad = st.focus !== prev.focus || st.depth !== prev.depth || st.from !== prev.from || st.to !== prev.to ||
      st.expanded.join() !== prev.expanded.join() || st.path !== prev.path ||
      st.types.includes('MENTIONED_IN') !== prev.types.includes('MENTIONED_IN') || !this.loadedOnce;
    const filtersChanged = st.types.join() !== prev.types.join() || st.labels.join() !== prev.labels.join();
    if (st.focus !== prev.focus) this.dayRange = null;
    if (needLoad) await this.load();
    else if (filtersChanged) this.applyFilters();
    this.showSelection();
  }

  // --- loading ---

  neighbourhoodParams(depth, limit) {
    const st = this.state;
    return { depth, limit, from: st.from, to: st.to, mentions: st.types.includes('MENTIONED_IN') ? 'true' : '' };
  }

  async fetchCached(key, fn) {
    if (!this.cache.has(key)) {
      const p = fn();
      this.cache.set(key, p);
      p.catch(() => this.cache.delete(key));
    }
    return this.cache.get(key);
  }

  async load() {
    const st = this.state;
    const seq = ++this.loadSeq;
    this.loadedOnce = true;
    $('#welcome').hidden = !!st.focus;
    if (!st.focus) {
      this.view.setData([], []);
      this.setStatus('');
      this.renderPathResult(null);
      return;
    }
    this.setStatus('Loading…', true);
    const t0 = performance.now();
    const jobs = [];
    const p = this.neighbourhoodParams(st.depth, FOCUS_LIMIT);
    jobs.push(this.fetchCached(`${st.focus}|${JSON.stringify(p)}`, () => api.neighbourhood(st.focus, p)).then((g) => ({ id: st.focus, g })));
    for (const id of st.expanded) {
      const q = this.neighbourhoodParams(1, EXPAND_LIMIT);
      jobs.push(this.fetchCached(`${id}|${JSON.stringify(q)}`, () => api.neighbourhood(id, q)).then((g) => ({ id, g })));
    }
    let pathRes = null;
    if (st.path) {
      const [a, b] = st.path.split('~');
      jobs.push(this.fetchCached(`path|${st.path}`, () => api.paths(a, b, LINK_TYPES.filter((t) => t !== 'MENTIONED_IN'))).then((g) => { pathRes = g; return { id: null, g }; }));
    }
    let results;
    try {
      results = await Promise.all(jobs.map((j) => j.catch((e) => ({ error: e }))));
    } catch (e) {
      results = [];
    }
    if (seq !== this.loadSeq) return;
    const nodes = new Map();
    const links = new Map();
    const more = new Map();
    let linksMore = 0;
    let failed = null;
    // Neighbourhood links are compact (one per node pair and type, with a
    // count); a path's links are single relationships with evidence and
    // are added only where no neighbourhood link stands for them already.
    const summarised = (l) => links.has(`${l.type}:${l.source}:${l.target}`);
    for (const r of results) {
      if (r.error) { failed = r.error; continue; }
      for (const n of r.g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
      for (const l of r.g.links) {
        if (links.has(l.id) || (l.count === undefined && summarised(l))) continue;
        links.set(l.id, l);
      }
      if (r.id && r.g.more) more.set(r.id, r.g.more);
      if (r.id === st.focus && r.g.links_more) linksMore = r.g.links_more;
    }
    for (const n of nodes.values()) this.names.set(n.id, n.name);
    this.more = more;
    this.data = { nodes: [...nodes.values()].map((n) => ({ ...n, more: more.get(n.id) || 0 })), links: [...links.values()] };
    this.pathRes = pathRes;
    this.pathNodes = new Set(pathRes ? pathRes.nodes.map((n) => n.id) : []);
    this.updateDateBounds();
    const first = this.view.nodes.length === 0 || !this.view.byId.has(st.focus);
    this.view.setData(this.data.nodes, this.data.links, { fit: first, warm: first && nodes.size <= 800 ? 60 : 0 });
    this.applyFilters(true);
    this.renderPathResult(pathRes);
    const focusNode = nodes.get(st.focus);
    if (failed && !focusNode) {
      this.setStatus(failed.message, false, true);
      return;
    }
    const m = more.get(st.focus);
    this.setStatus(`${focusNode ? focusNode.name : ''}: ${this.view.shown.length} nodes, ${this.view.edges.length} relations shown` +
      `${m ? ` (+${m} more not loaded: limit ${FOCUS_LIMIT})` : ''}` +
      `${linksMore ? ` (+${linksMore} weaker links not loaded)` : ''}${failed ? ` — ${failed.message}` : ''}`);
    document.body.dataset.loadMs = String(Math.round(performance.now() - t0));
    document.body.dataset.ready = String(seq);
  }

  expand(id) {
    if (id === this.state.focus || this.state.expanded.includes(id)) {
      this.setStatus('Already expanded.');
      return;
    }
    const n = this.view.byId.get(id);
    if (n && n.type === 'Article') {
      this.setStatus('Articles are not expanded: open the article from the panel.');
      return;
    }
    this.navigate({ expanded: [...this.state.expanded, id], sel: `n:${id}` }, true);
  }

  // --- filters ---

  buildFilters() {
    const types = $('#f-types');
    for (const t of LINK_TYPES) {
      const id = `ft-${t}`;
      types.append(h('label', { class: 'check', for: id },
        h('input', { type: 'checkbox', id, value: t, 'data-kind': 'type' }), swatch('link', t), h('span', { text: linkStyle(t).label })));
    }
    const labels = $('#f-labels');
    for (const t of NODE_TYPES) {
      const id = `fl-${t}`;
      labels.append(h('label', { class: 'check', for: id },
        h('input', { type: 'checkbox', id, value: t, 'data-kind': 'label' }), swatch('node', t), h('span', { text: nodeStyle(t).label })));
    }
    $('#filters').addEventListener('change', (ev) => {
      const kind = ev.target.dataset.kind;
      if (kind === 'type') this.navigate({ types: LINK_TYPES.filter((t) => $(`#ft-${t}`).checked) }, false);
      if (kind === 'label') this.navigate({ labels: NODE_TYPES.filter((t) => $(`#fl-${t}`).checked) }, false);
    });
    let timer = 0;
    const onRange = () => {
      let a = Number($('#date-from').value);
      let b = Number($('#date-to').value);
      if (a > b) [a, b] = [b, a];
      this.showRangeLabels(a, b);
      clearTimeout(timer);
      timer = setTimeout(() => {
        this.navigate({ from: a <= 0 ? '' : this.dayOf(a), to: b >= this.bounds.days ? '' : this.dayOf(b) }, false);
      }, 250);
    };
    $('#date-from').addEventListener('input', onRange);
    $('#date-to').addEventListener('input', onRange);
    $('#date-reset').addEventListener('click', () => this.navigate({ from: '', to: '' }, false));
    this.bounds = { lo: Date.UTC(2020, 0, 1), days: 365 * 7 };
  }

  // syncGraphML points the GraphML link at the server's export of the
  // view's seeds (focus and expanded entities) with its depth and dates.
  syncGraphML() {
    const st = this.state;
    const q = new URLSearchParams({ format: 'graphml' });
    const seeds = [st.focus, ...st.expanded].filter(Boolean);
    if (seeds.length) { q.set('seeds', seeds.join(',')); q.set('depth', String(st.depth)); }
    if (st.from) q.set('from', st.from);
    if (st.to) q.set('to', st.to);
    q.set('types', st.types.join(','));
    q.set('labels', st.labels.join(','));
    const a = $('#btn-export-graphml');
    a.href = `/api/export?${q}`;
    a.hidden = !seeds.length;
  }

  dayOf(i) {
    return new Date(this.bounds.lo + i * 864e5).toISOString().slice(0, 10);
  }

  indexOf(day) {
    return Math.round((Date.parse(`${day}T00:00:00Z`) - this.bounds.lo) / 864e5);
  }

  // updateDateBounds sets the slider's range to the days in the data seen
  // so far (article publication dates, relation dates), a few days wider.
  updateDateBounds() {
    const days = [];
    const add = (d) => { if (d && /^\d{4}-\d{2}-\d{2}$/.test(d)) days.push(Date.parse(`${d}T00:00:00Z`)); };
    for (const n of this.data.nodes) add(n.properties && n.properties.published);
    for (const l of this.data.links) { add(l.first); add(l.last); add(l.evidence && l.evidence.date); }
    add(this.state.from); add(this.state.to);
    if (this.dayRange) days.push(...this.dayRange);
    if (!days.length) return;
    this.dayRange = [Math.min(...days), Math.max(...days)];
    const lo = this.dayRange[0] - 3 * 864e5;
    this.bounds = { lo, days: Math.round((this.dayRange[1] + 3 * 864e5 - lo) / 864e5) };
    this.syncControls();
  }

  showRangeLabels(a, b) {
    const full = a <= 0 && b >= this.bounds.days;
    $('#date-label').textContent = full ? 'any date' : `${this.dayOf(a)} – ${this.dayOf(b)}`;
  }

  syncControls() {
    const st = this.state;
    for (const t of LINK_TYPES) $(`#ft-${t}`).checked = st.types.includes(t);
    for (const t of NODE_TYPES) $(`#fl-${t}`).checked = st.labels.includes(t);
    $('#depth').value = String(st.depth);
    for (const id of ['#date-from', '#date-to']) $(id).max = String(this.bounds.days);
    const a = st.from ? Math.max(0, this.indexOf(st.from)) : 0;
    const b = st.to ? Math.min(this.bounds.days, this.indexOf(st.to)) : this.bounds.days;
    $('#date-from').value = String(a);
    $('#date-to').value = String(b);
    this.showRangeLabels(a, b);
  }

  applyFilters(quiet) {
    const st = this.state;
    const labels = new Set(st.labels);
    const types = new Set(st.types);
    this.view.setVisible((n) => labels.has(n.type) || n.id === st.focus, (l) => types.has(l.type));
    if (!quiet && this.view.shown) {
      this.setStatus(`${this.view.shown.length} nodes, ${this.view.edges.length} relations shown`);
    }
    this.highlightPath();
  }

  // --- selection and panels ---

  async showSelection() {
    const sel = this.state.sel;
    if (sel.startsWith('n:')) {
      const id = sel.slice(2);
      this.view.setSelected({ kind: 'node', id });
      await this.showNode(id);
    } else if (sel.startsWith('e:')) {
      const [a, b] = sel.slice(2).split('~');
      this.view.setSelected({ kind: 'edge', a, b });
      await this.showEdge(a, b);
    } else {
      this.view.setSelected(null);
      this.closePanel(false);
    }
  }

  openPanel(title) {
    const panel = $('#panel');
    panel.hidden = false;
    $('#panel-title').textContent = title;
    const body = $('#panel-body');
    body.replaceChildren(h('p', { class: 'muted', text: 'Loading…' }));
    return body;
  }

  closePanel(updateURL = true) {
    $('#panel').hidden = true;
    $('#timeline').hidden = true;
    this.panelFor = '';
    if (updateURL && this.state.sel) this.navigate({ sel: '' }, false);
  }

  async showNode(id) {
    if (this.panelFor === `n:${id}`) return;
    this.panelFor = `n:${id}`;
    const vn = this.view.byId.get(id);
    const body = this.openPanel(vn ? vn.name : this.names.get(id) || 'Entity');
    if (vn && vn.type === 'Article') {
      $('#timeline').hidden = true;
      const p = vn.properties || {};
      body.replaceChildren(...present([
        h('p', { class: 'kind' }, swatch('node', 'Article'), ' Article', p.published ? ` · ${p.published}` : ''),
        h('p', {}, h('a', { href: `#/article/${id}`, class: 'button', text: 'Read the article' })),
        this.linksList(id),
      ]));
      return;
    }
    let d;
    try {
      d = await api.entity(id);
    } catch (e) {
      if (this.panelFor === `n:${id}`) body.replaceChildren(h('p', { class: 'error', text: e.message }));
      return;
    }
    if (this.panelFor !== `n:${id}`) return;
    $('#panel-title').textContent = d.name;
    const pinned = vn && vn.pinned;
    const more = this.more && this.more.get(id);
    const expanded = id === this.state.focus || this.state.expanded.includes(id);
    body.replaceChildren(...present([
      h('p', { class: 'kind' }, swatch('node', d.type), ` ${d.type}`, d.properties.kind ? ` · ${d.properties.kind}` : '',
        ` · ${d.article_count} article${d.article_count === 1 ? '' : 's'}`, d.first_seen ? ` · ${d.first_seen}${d.last_seen !== d.first_seen ? ` – ${d.last_seen}` : ''}` : ''),
      h('div', { class: 'actions' },
        id !== this.state.focus ? h('button', { type: 'button', onclick: () => this.navigate({ focus: id, expanded: [], sel: `n:${id}`, path: '' }, true), text: 'Focus' }) : null,
        h('button', { type: 'button', disabled: expanded, onclick: () => this.expand(id), text: expanded ? 'Expanded' : 'Expand' }),
        vn ? h('button', { type: 'button', 'aria-pressed': String(!!pinned), onclick: (ev) => { const on = !(this.view.byId.get(id) || {}).pinned; this.view.pin(id, on); ev.target.setAttribute('aria-pressed', String(on)); ev.target.textContent = on ? 'Unpin' : 'Pin'; }, text: pinned ? 'Unpin' : 'Pin' }) : null,
        h('button', { type: 'button', onclick: () => this.openPathFinder(id), text: 'Path from here' }),
      ),
      more ? h('p', { class: 'more', text: `+${more} more not shown (limit ${id === this.state.focus ? FOCUS_LIMIT : EXPAND_LIMIT} nodes)` }) : null,
      d.aliases && d.aliases.length ? h('section', {}, h('h3', { text: 'Also called' }), h('p', { text: d.aliases.join(', ') })) : null,
      d.roles.length ? h('section', {}, h('h3', { text: 'Roles' }), h('ul', {}, d.roles.map((r) => h('li', {}, r.role ? `${r.role}, ` : '', this.entityLink(r.id, r.name))))) : null,
      d.members.length ? h('section', {}, h('h3', { text: 'Members' }), h('ul', {}, d.members.slice(0, 30).map((r) => h('li', {}, this.entityLink(r.id, r.name), r.role ? `, ${r.role}` : '')))) : null,
      Object.keys(d.relations).length ? h('section', {}, h('h3', { text: 'Relations' }), h('ul', { class: 'counts' },
        Object.entries(d.relations).map(([t, c]) => h('li', {}, swatch('link', t), ` ${linkStyle(t).label}: ${c.total}`)))) : null,
      this.linksList(id),
      d.articles.length ? h('section', {}, h('h3', { text: `Articles (${d.article_count})` }), h('ul', { class: 'articles' },
        d.articles.map((a) => h('li', {}, h('a', { href: `#/article/${a.id}`, text: a.title }), a.published ? h('span', { class: 'muted', text: ` ${a.published}` }) : null)))) : null,
    ]));
    this.showTimeline(id, d.name);
  }

  entityLink(id, name) {
    return h('a', { href: `#/?focus=${id}`, text: name });
  }

  // linksList lists the node's relations in the view, each a button that
  // opens the evidence.
  linksList(id) {
    const seen = new Map();
    for (const e of this.view.edges) {
      if (e.a !== id && e.b !== id) continue;
      const other = e.a === id ? e.t.id === id ? e.s : e.t : e.s.id === id ? e.t : e.s;
      const k = `${e.a}~${e.b}`;
      if (!seen.has(k)) seen.set(k, { a: e.a, b: e.b, other, types: [] });
      seen.get(k).types.push(`${linkStyle(e.type).label}${e.count > 1 ? ` ×${e.count}` : ''}`);
    }
    if (!seen.size) return null;
    const items = [...seen.values()].sort((p, q) => p.other.name.localeCompare(q.other.name)).slice(0, 60);
    return h('section', {}, h('h3', { text: `In view (${seen.size})` }), h('ul', { class: 'rels' },
      items.map((x) => h('li', {}, h('button', { type: 'button', class: 'link', onclick: () => this.navigate({ sel: `e:${x.a}~${x.b}` }, false), text: x.other.name }),
        h('span', { class: 'muted', text: ` ${x.types.join(', ')}` })))));
  }

  async showEdge(a, b) {
    const key = `e:${a}~${b}`;
    if (this.panelFor === key) return;
    this.panelFor = key;
    $('#timeline').hidden = true;
    const na = this.names.get(a) || 'entity';
    const nb = this.names.get(b) || 'entity';
    const body = this.openPanel(`${na} – ${nb}`);
    // Relationships start at an entity: ask from the end that is one.
    const an = this.view.byId.get(a);
    const [x, y] = an && an.type === 'Article' ? [b, a] : [a, b];
    let res;
    try {
      res = await api.relations(x, y);
    } catch (e) {
      if (this.panelFor === key) body.replaceChildren(h('p', { class: 'error', text: e.message }));
      return;
    }
    if (this.panelFor !== key) return;
    const rels = res.relations.filter((r) => this.state.types.includes(r.link.type));
    body.replaceChildren(...present([
      h('p', { class: 'muted', text: `${rels.length} relation${rels.length === 1 ? '' : 's'}, each with the sentence that states it.` }),
      h('ol', { class: 'evidence' }, rels.map((r) => this.evidenceItem(r))),
    ]));
  }

  evidenceItem(r) {
    const l = r.link;
    const ev = l.evidence || {};
    const src = this.names.get(l.source) || '';
    const tgt = this.names.get(l.target) || (r.article ? r.article.title : '');
    const href = ev.article_id ? `#/article/${ev.article_id}${ev.start !== undefined && ev.end !== undefined ? `?hl=${ev.start}-${ev.end}` : ''}` : null;
    return h('li', { class: 'ev-item' },
      h('p', { class: 'ev-head' }, swatch('link', l.type), ' ',
        h('strong', { text: `${src} ${linkStyle(l.type).label}${l.type === 'SAID' ? '' : ` ${tgt}`}` }),
        l.properties.role ? ` (${l.properties.role})` : '', ev.date ? h('span', { class: 'muted', text: ` · ${ev.date}` }) : ''),
      l.properties.quote ? h('blockquote', { text: `“${l.properties.quote}”` }) : null,
      ev.evidence ? h('p', { class: 'sentence', text: ev.evidence }) : null,
      r.article ? h('p', { class: 'source' }, href ? h('a', { href, class: 'ev-link', text: `${r.article.title}` }) : r.article.title,
        r.article.published ? h('span', { class: 'muted', text: ` · ${r.article.published}` }) : null) : null,
    );
  }

  async showTimeline(id, name) {
    const box = $('#timeline');
    let tl;
    try {
      tl = await api.timeline(id);
    } catch (e) {
      box.hidden = true;
      return;
    }
    if (this.panelFor !== `n:${id}`) return;
    box.hidden = false;
    renderTimeline($('#timeline-body'), tl, name, (ev) => {
      const other = ev.other.id;
      this.names.set(other, ev.other.name);
      this.navigate({ sel: `e:${ev.link.source}~${ev.link.target}` }, false);
    });
  }

  // --- article view ---

  async showArticle(id, hl) {
    const view = $('#article-view');
    view.hidden = false;
    document.body.classList.add('reading');
    const body = $('#article-body');
    body.replaceChildren(h('p', { class: 'muted', text: 'Loading the article…' }));
    $('#article-back').href = this.lastGraphHash;
    let art;
    try {
      art = await api.article(id);
    } catch (e) {
      body.replaceChildren(h('p', { class: 'error', text: e.message }));
      return;
    }
    if (this.state.route !== 'article' || this.state.article !== id) return;
    const mark = renderArticle(body, art, hl);
    if (mark) {
      mark.id = 'highlight';
      mark.tabIndex = -1;
      mark.scrollIntoView({ block: 'center' });
      mark.focus({ preventScroll: true });
    } else {
      $('#article-title').tabIndex = -1;
      $('#article-title').focus();
    }
  }

  hideArticle() {
    $('#article-view').hidden = true;
    document.body.classList.remove('reading');
  }

  // --- path finder ---

  openPathFinder(fromId) {
    const box = $('#pathfinder');
    box.hidden = false;
    $('#btn-path').setAttribute('aria-expanded', 'true');
    const id = fromId || this.state.focus;
    if (id) this.pathFrom.set({ id, name: this.names.get(id) || '' });
    (this.pathFrom.chosen ? $('#path-to') : $('#path-from')).focus();
  }

  closePathFinder() {
    $('#pathfinder').hidden = true;
    $('#btn-path').setAttribute('aria-expanded', 'false');
  }

  findPath() {
    const a = this.pathFrom.chosen;
    const b = this.pathTo.chosen;
    if (!a || !b) {
      $('#path-result').textContent = 'Choose both entities from the suggestions.';
      return;
    }
    if (a.id === b.id) {
      $('#path-result').textContent = 'Choose two different entities.';
      return;
    }
    this.names.set(a.id, a.name);
    this.names.set(b.id, b.name);
    const patch = { path: `${a.id}~${b.id}`, sel: '' };
    if (!this.state.focus) patch.focus = a.id;
    this.navigate(patch, true);
  }

  renderPathResult(res) {
    const out = $('#path-result');
    if (!this.state.path) { out.replaceChildren(); this.highlightPath(); return; }
    $('#pathfinder').hidden = false;
    if (!res) { out.textContent = 'Could not find paths.'; return; }
    if (!res.paths.length) {
      out.textContent = 'No path between them (up to 6 relations).';
      this.highlightPath();
      return;
    }
    const names = new Map(res.nodes.map((n) => [n.id, n.name]));
    // Paths through the same nodes by different relationships read the same: list each once.
    const routes = [...new Set(res.paths.map((p) => p.nodes.map((id) => names.get(id) || id).join(' → ')))];
    out.replaceChildren(h('p', { text: `${routes.length} shortest route${routes.length === 1 ? '' : 's'} of ${res.length} relation${res.length === 1 ? '' : 's'} (${res.paths.length} path${res.paths.length === 1 ? '' : 's'}):` }),
      h('ol', { class: 'paths' }, routes.slice(0, 8).map((r) => h('li', { text: r }))),
      h('button', { type: 'button', onclick: () => this.navigate({ path: '' }, false), text: 'Clear path' }));
    this.highlightPath();
  }

  highlightPath() {
    const res = this.state.path ? this.pathRes : null;
    if (!res || !res.paths || !res.paths.length) { this.view.setHighlight(null); return; }
    const nodes = new Set();
    const links = new Set();
    for (const p of res.paths) {
      p.nodes.forEach((id, i) => {
        nodes.add(id);
        if (i > 0) {
          const a = p.nodes[i - 1];
          links.add(a < id ? `${a}~${id}` : `${id}~${a}`);
        }
      });
    }
    this.view.setHighlight({ nodes, links });
  }

  // --- wiring ---

  wire() {
    $('#depth').addEventListener('change', (ev) => this.navigate({ depth: Number(ev.target.value), expanded: [] }, true));
    $('#btn-path').addEventListener('click', () => ($('#pathfinder').hidden ? this.openPathFinder() : this.closePathFinder()));
    $('#path-go').addEventListener('click', () => this.findPath());
    $('#path-close').addEventListener('click', () => this.closePathFinder());
    $('#panel-close').addEventListener('click', () => this.closePanel());
    $('#btn-fit').addEventListener('click', () => this.view.zoomToFit());
    $('#btn-unpin').addEventListener('click', () => this.view.unpinAll());
    $('#btn-export-json').addEventListener('click', async () => {
      // The view's links are counts; the export carries each relationship
      // with its evidence, fetched now.
      this.setStatus('Fetching the evidence of the links shown…', true);
      let links;
      try {
        links = await evidenceLinks(this.view.edges, (a, b) => api.relations(a, b));
      } catch (e) {
        this.setStatus(e.message, false, true);
        return;
      }
      const visible = new Set(this.state.types);
      const doc = buildExport(this.view, this.state, this.more, links.filter((l) => visible.has(l.type)));
      download(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }), `newsgraph-view-${stamp()}.json`);
      this.setStatus(`Exported ${doc.meta.nodes} nodes and ${doc.meta.links} relations.`);
    });
    $('#btn-export-png').addEventListener('click', async () => {
      this.view.draw();
      const blob = await this.view.toBlob();
      if (blob) download(blob, `newsgraph-view-${stamp()}.png`);
    });
    document.addEventListener('keydown', (ev) => {
      if (ev.key !== 'Escape' || ev.defaultPrevented) return;
      if (this.state.route === 'article') { location.hash = this.lastGraphHash; return; }
      if (!$('#pathfinder').hidden) { this.closePathFinder(); return; }
      if (!$('#panel').hidden) { this.closePanel(); $('#graph').focus(); }
    });
    $('#graph').addEventListener('keydown', (ev) => this.canvasKey(ev));
    this.welcome();
  }

  // canvasKey makes the graph usable from the keyboard: arrows walk the
  // nodes (largest first), Enter expands, + and - zoom, 0 fits.
  canvasKey(ev) {
    const order = this.view.labelOrder || [];
    if (!order.length) return;
    const cur = this.state.sel.startsWith('n:') ? order.findIndex((n) => n.id === this.state.sel.slice(2)) : -1;
    let next = -1;
    switch (ev.key) {
      case 'ArrowRight': case 'ArrowDown': next = (cur + 1) % order.length; break;
      case 'ArrowLeft': case 'ArrowUp': next = (cur - 1 + order.length) % order.length; break;
      case 'Enter': if (cur >= 0) this.expand(order[cur].id); ev.preventDefault(); return;
      case '+': case '=': this.view.zoomBy(1.3); ev.preventDefault(); return;
      case '-': this.view.zoomBy(1 / 1.3); ev.preventDefault(); return;
      case '0': this.view.zoomToFit(); ev.preventDefault(); return;
      default: return;
    }
    ev.preventDefault();
    this.navigate({ sel: `n:${order[next].id}` }, false);
    this.view.centerOn(order[next].id);
  }

  async welcome() {
    try {
      const [top, stats] = await Promise.all([api.top(12), api.stats()]);
      $('#welcome-stats').textContent = `${stats.articles} articles, ${stats.people} people, ${stats.institutions} institutions, ${stats.events} events; ` +
        `${stats.said} statements, ${stats.met} meetings, ${stats.sanctioned} sanctions.`;
      $('#welcome-top').replaceChildren(...top.results.map((e) => h('li', {}, h('a', { href: `#/?focus=${e.id}`, class: 'chip' }, swatch('node', e.type), ` ${e.name}`))));
    } catch (e) {
      $('#welcome-stats').textContent = e.message;
    }
  }

  setStatus(text, busy, error) {
    const s = $('#status');
    s.textContent = text;
    s.classList.toggle('error', !!error);
    document.body.classList.toggle('busy', !!busy);
  }
}

function stamp() {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
}

function start() {
  const app = new App();
  // For the end-to-end tests and benchmarks (web/e2e): the renderer and app.
  window.__newsgraph = { app, view: app.view };
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
