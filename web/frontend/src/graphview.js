// GraphView draws a force-directed graph on a <canvas> (not SVG, so that a
// few thousand nodes stay smooth), with zoom, pan, drag-to-pin, hit testing
// for nodes and edges, and labels by level of detail.
//
// It never mutates the caller's data: setData copies nodes and links into
// its own objects (the simulation writes x, y, vx, vy into them), keeping
// the positions of nodes it already had. The tick handler only draws; the
// simulation stops in destroy().

import { makeSimulation, setGraph } from './layout.js';
import { zoom as d3zoom, zoomIdentity } from 'd3-zoom';
import { drag as d3drag } from 'd3-drag';
import { select } from 'd3-selection';
import { nodeStyle, linkStyle, radiusOf, traceShape, NODE_TYPES, LINK_TYPES } from './style.js';

const LABEL_FONT = '12px system-ui, -apple-system, "Segoe UI", sans-serif';

export class GraphView {
  constructor(canvas, handlers = {}) {
    this.canvas = canvas;
    // An opaque canvas (it paints its own background) is cheaper to composite.
    this.ctx = canvas.getContext('2d', { alpha: false });
    this.h = handlers;
    this.nodes = []; // own copies, also the simulation's nodes
    this.byId = new Map();
    this.links = []; // own copies of the API links
    this.edges = []; // drawn: one per node pair and type
    this.simLinks = []; // simulated: one per node pair
    this.shown = []; // the visible nodes, also the simulation's
    this.shownIds = new Set();
    this.labelOrder = [];
    this.visible = { node: () => true, link: () => true };
    this.highlight = null; // {nodes: Set, links: Set(edge keys)}
    this.selected = null; // {kind: 'node', id} | {kind: 'edge', a, b}
    this.hover = null;
    this.transform = zoomIdentity;
    this.frames = 0; // frames drawn, for benchmarks
    this.lastDrawMs = 0;
    this.width = 0;
    this.height = 0;
    this.dpr = window.devicePixelRatio || 1;
    this.fitPending = false;

    this.sim = makeSimulation().on('tick', () => this.onTick());
    this.ticks = 0; // layout ticks shown, for benchmarks

    this.zoom = d3zoom()
      .scaleExtent([0.05, 8])
      .on('zoom', (ev) => {
        if (ev.sourceEvent) this.fitPending = false; // the user took over
        this.transform = ev.transform;
        this.requestDraw();
      });
    this.dragger = d3drag()
      .container(canvas)
      .subject((ev) => this.dragSubject(ev))
      .on('start', (ev) => {
        if (!ev.active) this.setAlphaTarget(0.2);
        this.fix(ev.subject.node, ev.subject.node.x, ev.subject.node.y);
      })
      .on('drag', (ev) => {
        const n = ev.subject.node;
        this.fix(n, this.transform.invertX(ev.x), this.transform.invertY(ev.y));
        n.pinned = true;
        this.requestDraw();
      })
      .on('end', (ev) => {
        if (!ev.active) this.setAlphaTarget(0);
      });
    this.sel = select(canvas).call(this.dragger).call(this.zoom).on('dblclick.zoom', null);

    this.onClick = (ev) => this.click(ev);
    this.onDblClick = (ev) => this.dblclick(ev);
    this.onMove = (ev) => this.move(ev);
    canvas.addEventListener('click', this.onClick);
    canvas.addEventListener('dblclick', this.onDblClick);
    canvas.addEventListener('mousemove', this.onMove);
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(canvas.parentElement);
    this.resize();
  }

  destroy() {
    this.sim.stop();
    this.sim.on('tick', null);
    this.resizeObserver.disconnect();
    this.canvas.removeEventListener('click', this.onClick);
    this.canvas.removeEventListener('dblclick', this.onDblClick);
    this.canvas.removeEventListener('mousemove', this.onMove);
    this.sel.on('.zoom', null).on('.drag', null);
    if (this.raf) cancelAnimationFrame(this.raf);
  }

  resize() {
    const r = this.canvas.parentElement.getBoundingClientRect();
    this.width = Math.max(1, Math.floor(r.width));
    this.height = Math.max(1, Math.floor(r.height));
    this.dpr = window.devicePixelRatio || 1;
    this.canvas.width = Math.floor(this.width * this.dpr);
    this.canvas.height = Math.floor(this.height * this.dpr);
    this.canvas.style.width = `${this.width}px`;
    this.canvas.style.height = `${this.height}px`;
    this.requestDraw();
  }

  // setData replaces the graph. Nodes already shown keep their position and
  // pin; a new node starts next to a shown neighbour (or near the centre).
  // opts.fit: zoom to fit once the layout has spread; opts.warm: ticks to
  // run before the first frame (a calmer first picture).
  setData(nodes, links, opts = {}) {
    const old = this.byId;
    this.byId = new Map();
    this.nodes = nodes.map((n) => {
      const o = old.get(n.id);
      const c = {
        id: n.id, type: n.type, name: n.name || n.id, degree: n.degree || 0, more: n.more || 0,
        properties: n.properties || {}, labels: n.labels || [],
      };
      c.r = radiusOf(c);
      if (o) {
        Object.assign(c, { x: o.x, y: o.y, vx: o.vx, vy: o.vy, fx: o.fx, fy: o.fy, pinned: o.pinned });
      }
      this.byId.set(c.id, c);
      return c;
    });
    this.links = links
      .filter((l) => this.byId.has(l.source) && this.byId.has(l.target))
      .map((l) => ({ ...l, evidence: { ...(l.evidence || {}) }, properties: { ...(l.properties || {}) } }));
    // Place new nodes next to a placed neighbour.
    const adj = new Map();
    for (const l of this.links) {
      if (!adj.has(l.source)) adj.set(l.source, []);
      if (!adj.has(l.target)) adj.set(l.target, []);
      adj.get(l.source).push(l.target);
      adj.get(l.target).push(l.source);
    }
    // A first view starts from d3's phyllotaxis spiral (nodes without x);
    // nodes added later start around a neighbour already shown.
    const around = new Map();
    if (old.size) {
      for (const n of this.nodes) {
        if (n.x !== undefined) continue;
        const nb = (adj.get(n.id) || []).map((id) => this.byId.get(id)).find((m) => m && m.x !== undefined);
        const c = nb || { id: '', x: 0, y: 0 };
        const j = (around.get(c.id) || 0) + 1;
        around.set(c.id, j);
        const a = j * 2.39996;
        const rad = 25 + 8 * Math.sqrt(j);
        n.x = c.x + rad * Math.cos(a);
        n.y = c.y + rad * Math.sin(a);
      }
    }
    this.rebuild(opts.alpha ?? (old.size ? 0.5 : 1), opts.warm || 0);
    if (opts.fit) this.fitPending = true;
    if (opts.fit && opts.warm) this.zoomToFit(0);
  }

  // setVisible sets the node and link predicates of the filters.
  setVisible(node, link) {
    this.visible = { node, link };
    this.rebuild(0.3, 0);
  }

  // rebuild recomputes the drawn edges and the simulated links from the
  // visible nodes and links, and restarts the simulation.
  rebuild(alpha, warm) {
    const vn = this.nodes.filter((n) => this.visible.node(n));
    const vset = new Set(vn.map((n) => n.id));
    const edgeMap = new Map();
    const pairMap = new Map();
    for (const l of this.links) {
      if (!vset.has(l.source) || !vset.has(l.target) || !this.visible.link(l)) continue;
      const [a, b] = l.source < l.target ? [l.source, l.target] : [l.target, l.source];
      const ek = `${a}~${b}~${l.type}`;
      let e = edgeMap.get(ek);
      if (!e) {
        e = { key: ek, pair: `${a}~${b}`, a, b, type: l.type, s: this.byId.get(l.source), t: this.byId.get(l.target), count: 0, directed: l.directed, links: [] };
        edgeMap.set(ek, e);
      }
      e.count += l.count || 1; // a neighbourhood link stands for count relationships
      e.links.push(l);
      if (!pairMap.has(e.pair)) {
        const art = l.type === 'SAID' || l.type === 'MENTIONED_IN';
        pairMap.set(e.pair, { source: a, target: b, distance: art ? 45 : 90, strength: art ? 0.5 : 0.7 });
      }
    }
    // Several relation types between one pair are drawn side by side.
    const byPair = new Map();
    for (const e of edgeMap.values()) {
      if (!byPair.has(e.pair)) byPair.set(e.pair, []);
      byPair.get(e.pair).push(e);
    }
    for (const list of byPair.values()) {
      list.forEach((e, i) => { e.offset = (i - (list.length - 1) / 2) * 3; });
    }
    this.edges = [...edgeMap.values()];
    this.edgesByType = new Map(LINK_TYPES.map((t) => [t, []]));
    for (const e of this.edges) {
      if (!this.edgesByType.has(e.type)) this.edgesByType.set(e.type, []);
      this.edgesByType.get(e.type).push(e);
    }
    // Nodes with no visible link are hidden unless the caller keeps them
    // (the focus and expanded nodes, path ends).
    const linked = new Set();
    for (const e of this.edges) { linked.add(e.a); linked.add(e.b); }
    this.shown = vn.filter((n) => linked.has(n.id) || (this.h.keep && this.h.keep(n.id)));
    this.shownIds = new Set(this.shown.map((n) => n.id));
    this.edges = this.edges.filter((e) => this.shownIds.has(e.a) && this.shownIds.has(e.b));
    for (const [t, list] of this.edgesByType) this.edgesByType.set(t, list.filter((e) => this.shownIds.has(e.a) && this.shownIds.has(e.b)));
    this.simLinks = [...pairMap.values()].filter((l) => this.shownIds.has(l.source) && this.shownIds.has(l.target));
    this.shownByType = new Map(NODE_TYPES.map((t) => [t, []]));
    for (const n of this.shown) {
      if (!this.shownByType.has(n.type)) this.shownByType.set(n.type, []);
      this.shownByType.get(n.type).push(n);
    }
    this.labelOrder = [...this.shown].sort((p, q) => q.r - p.r || q.degree - p.degree);
    setGraph(this.sim, this.shown, this.simLinks);
    this.sim.alpha(alpha);
    if (warm > 0) this.sim.tick(warm);
    this.sim.restart();
    this.requestDraw();
  }

  // --- the layout ---

  // fix pins node n at x, y (graph units), or releases it (x null).
  fix(n, x, y) {
    n.fx = x;
    n.fy = y;
    if (x !== null) { n.x = x; n.y = y; }
  }

  setAlphaTarget(t) {
    if (t > 0) this.sim.alphaTarget(t).restart();
    else this.sim.alphaTarget(0);
  }

  reheat(alpha) {
    this.sim.alpha(Math.max(this.sim.alpha(), alpha)).restart();
  }

  // alpha is the layout's heat: it runs while above alphaMin (0.001).
  alpha() {
    return this.sim.alpha();
  }

  onTick() {
    // only draw: the layout is the simulation's business
    this.ticks++;
    this.draw();
    if (this.fitPending && this.alpha() < 0.05) {
      this.fitPending = false;
      this.zoomToFit(400);
    }
  }

  requestDraw() {
    if (this.raf) return;
    this.raf = requestAnimationFrame(() => {
      this.raf = 0;
      this.draw();
    });
  }

  isRunning() {
    return this.sim.alpha() > this.sim.alphaMin();
  }

  zoomToFit(duration = 300) {
    const ns = this.shown && this.shown.length ? this.shown : this.nodes;
    if (!ns.length) return;
    let x0 = Infinity; let y0 = Infinity; let x1 = -Infinity; let y1 = -Infinity;
    for (const n of ns) {
      x0 = Math.min(x0, n.x - n.r); y0 = Math.min(y0, n.y - n.r);
      x1 = Math.max(x1, n.x + n.r); y1 = Math.max(y1, n.y + n.r);
    }
    const pad = 40;
    const bottom = this.h.bottomInset ? this.h.bottomInset() : 0; // the timeline strip
    const hgt = Math.max(100, this.height - bottom);
    const k = Math.min(1.4, Math.max(0.05, Math.min((this.width - 2 * pad) / (x1 - x0 || 1), (hgt - 2 * pad) / (y1 - y0 || 1))));
    const t = zoomIdentity.translate(this.width / 2, hgt / 2).scale(k).translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    if (duration > 0) {
      this.fitting = true; // positions on screen move until the transition ends
      this.sel.transition().duration(duration).call(this.zoom.transform, t)
        .on('end interrupt', () => { this.fitting = false; });
    } else {
      this.sel.call(this.zoom.transform, t);
    }
  }

  zoomBy(f) {
    this.sel.call(this.zoom.scaleBy, f);
  }

  centerOn(id) {
    const n = this.byId.get(id);
    if (!n) return;
    const k = this.transform.k;
    this.sel.call(this.zoom.transform, zoomIdentity.translate(this.width / 2 - n.x * k, this.height / 2 - n.y * k).scale(k));
  }

  // --- hit testing (graph coordinates) ---

  pointer(ev) {
    const r = this.canvas.getBoundingClientRect();
    return [ev.clientX - r.left, ev.clientY - r.top];
  }

  nodeAt(sx, sy) {
    const [x, y] = this.transform.invert([sx, sy]);
    const slack = 3 / this.transform.k;
    let best = null; let bestD = Infinity;
    for (const n of this.shown || []) {
      const dx = n.x - x; const dy = n.y - y;
      const d = dx * dx + dy * dy;
      const rr = (n.r + slack) * (n.r + slack);
      if (d <= rr && d < bestD) { best = n; bestD = d; }
    }
    return best;
  }

  edgeAt(sx, sy) {
    const [x, y] = this.transform.invert([sx, sy]);
    const tol = 5 / this.transform.k;
    let best = null; let bestD = tol;
    for (const e of this.edges) {
      const d = segDist(x, y, e.s.x, e.s.y, e.t.x, e.t.y);
      if (d < bestD) { best = e; bestD = d; }
    }
    return best;
  }

  dragSubject(ev) {
    const n = this.nodeAt(ev.x, ev.y);
    if (!n) return null;
    return { node: n, x: this.transform.applyX(n.x), y: this.transform.applyY(n.y) };
  }

  click(ev) {
    if (ev.defaultPrevented) return;
    const [sx, sy] = this.pointer(ev);
    const n = this.nodeAt(sx, sy);
    if (n) {
      this.h.selectNode && this.h.selectNode(n.id);
      return;
    }
    const e = this.edgeAt(sx, sy);
    if (e) {
      this.h.selectEdge && this.h.selectEdge(e.a, e.b, e.type);
      return;
    }
    this.h.background && this.h.background();
  }

  dblclick(ev) {
    const [sx, sy] = this.pointer(ev);
    const n = this.nodeAt(sx, sy);
    if (n && this.h.expand) this.h.expand(n.id);
  }

  move(ev) {
    const [sx, sy] = this.pointer(ev);
    const n = this.nodeAt(sx, sy);
    const e = n ? null : this.edgeAt(sx, sy);
    const hov = n ? `n:${n.id}` : e ? `e:${e.key}` : null;
    this.canvas.style.cursor = n ? 'grab' : e ? 'pointer' : 'default';
    if (hov !== this.hover) {
      this.hover = hov;
      this.hoverNode = n;
      this.hoverEdge = e;
      this.canvas.title = n ? `${n.name} (${n.type})` : e ? `${linkStyle(e.type).label}${e.count > 1 ? ` ×${e.count}` : ''}: ${e.s.name} – ${e.t.name}` : '';
      this.requestDraw();
    }
  }

  setSelected(sel) {
    this.selected = sel;
    this.requestDraw();
  }

  setHighlight(h) {
    this.highlight = h;
    this.requestDraw();
  }

  pin(id, on) {
    const n = this.byId.get(id);
    if (!n) return;
    n.pinned = on;
    if (on) this.fix(n, n.x, n.y);
    else this.fix(n, null, null);
    if (!on) this.reheat(0.1);
    this.requestDraw();
  }

  unpinAll() {
    for (const n of this.nodes) {
      n.pinned = false;
      if (n.fx != null) this.fix(n, null, null);
    }
    this.reheat(0.3);
  }

  // --- drawing ---

  draw() {
    const t0 = performance.now();
    const { ctx, transform: tr, dpr } = this;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, this.width, this.height);
    ctx.fillStyle = '#fbfcfe';
    ctx.fillRect(0, 0, this.width, this.height);
    ctx.setTransform(dpr * tr.k, 0, 0, dpr * tr.k, dpr * tr.x, dpr * tr.y);
    const k = tr.k;
    const hl = this.highlight;
    const dim = hl && (hl.nodes.size || hl.links.size);
    const selEdgePair = this.selected && this.selected.kind === 'edge' ? `${this.selected.a}~${this.selected.b}` : null;

    // Big views draw 1-device-pixel (hairline) strokes, which a software
    // rasteriser draws many times faster than wider ones (see
    // docs/web-performance.md); small views get the nicer widths.
    const fast = this.edges.length > 1200 || this.shown.length > 800;
    // Edges, one stroke per relation type.
    ctx.lineCap = fast ? 'butt' : 'round';
    for (const [type, list] of this.edgesByType || []) {
      if (!list.length) continue;
      const st = linkStyle(type);
      ctx.strokeStyle = st.color;
      ctx.globalAlpha = dim ? 0.18 : 0.75;
      ctx.lineWidth = fast ? 1 / k : st.width / Math.sqrt(k);
      ctx.setLineDash(st.dash.map((d) => d / Math.sqrt(k)));
      ctx.beginPath();
      for (const e of list) traceEdge(ctx, e, k);
      ctx.stroke();
    }
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
    // Arrowheads on directed edges when zoomed in enough to read them.
    if (k > 0.9 && this.edges.length < 1500) {
      for (const [type, list] of this.edgesByType || []) {
        const st = linkStyle(type);
        ctx.fillStyle = st.color;
        ctx.globalAlpha = dim ? 0.2 : 0.8;
        ctx.beginPath();
        for (const e of list) if (e.directed) traceArrow(ctx, e, k);
        ctx.fill();
      }
      ctx.globalAlpha = 1;
    }
    // Highlighted (path) and selected edges on top.
    const strong = [];
    for (const e of this.edges) {
      if ((hl && hl.links.has(e.pair)) || e.pair === selEdgePair || (this.hoverEdge === e)) strong.push(e);
    }
    for (const e of strong) {
      const st = linkStyle(e.type);
      ctx.strokeStyle = e.pair === selEdgePair ? '#111' : hl && hl.links.has(e.pair) ? '#e0a000' : st.color;
      ctx.lineWidth = (st.width + 2.5) / Math.sqrt(k);
      ctx.setLineDash(st.dash.map((d) => d / Math.sqrt(k)));
      ctx.beginPath();
      traceEdge(ctx, e, k);
      ctx.stroke();
    }
    ctx.setLineDash([]);

    // Nodes, one fill per type.
    ctx.lineWidth = fast ? 1 / k : 1.2 / k;
    ctx.strokeStyle = '#ffffff';
    for (const [type, list] of this.shownByType || []) {
      if (!list.length) continue;
      const st = nodeStyle(type);
      ctx.fillStyle = st.color;
      ctx.globalAlpha = dim ? 0.3 : 1;
      ctx.beginPath();
      for (const n of list) traceShape(ctx, st.shape, n.x, n.y, n.r);
      ctx.fill();
      if (!fast) ctx.stroke(); // white outlines: only small views can afford them
    }
    ctx.globalAlpha = 1;
    // Path nodes, pins, the selection, hover.
    if (dim) {
      for (const n of this.shown) {
        if (!hl.nodes.has(n.id)) continue;
        const st = nodeStyle(n.type);
        ctx.fillStyle = st.color;
        ctx.strokeStyle = '#e0a000';
        ctx.lineWidth = 3 / k;
        ctx.beginPath();
        traceShape(ctx, st.shape, n.x, n.y, n.r);
        ctx.fill();
        ctx.stroke();
      }
    }
    ctx.fillStyle = '#1d2430';
    for (const n of this.shown || []) {
      if (n.pinned) {
        ctx.beginPath();
        ctx.arc(n.x + n.r * 0.75, n.y - n.r * 0.75, 2.5 / Math.sqrt(k), 0, 2 * Math.PI);
        ctx.fill();
      }
    }
    const selNode = this.selected && this.selected.kind === 'node' ? this.byId.get(this.selected.id) : null;
    for (const n of [selNode, this.hoverNode]) {
      if (!n || !this.shownIds.has(n.id)) continue;
      ctx.strokeStyle = n === selNode ? '#111' : '#555';
      ctx.lineWidth = 2.5 / k;
      ctx.beginPath();
      traceShape(ctx, nodeStyle(n.type).shape, n.x, n.y, n.r + 3 / k);
      ctx.stroke();
    }

    this.drawLabels(selNode);
    this.frames++;
    this.lastDrawMs = performance.now() - t0;
  }

  // drawLabels writes names by level of detail: biggest nodes first, only
  // when their radius on screen is large enough, never overlapping. The
  // selected, hovered and highlighted nodes always get theirs.
  drawLabels(selNode) {
    const { ctx, transform: tr, dpr } = this;
    const k = tr.k;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.font = LABEL_FONT;
    ctx.textBaseline = 'middle';
    const placed = [];
    const hl = this.highlight;
    const must = new Set();
    if (selNode) must.add(selNode);
    if (this.hoverNode) must.add(this.hoverNode);
    if (hl) for (const id of hl.nodes) { const n = this.byId.get(id); if (n && this.shownIds.has(id)) must.add(n); }
    const order = [...must, ...(this.labelOrder || [])];
    // a label budget by screen area keeps big views from a soup of names
    const maxLabels = Math.max(20, Math.min(160, Math.round((this.width * this.height) / 14000)));
    const seen = new Set();
    for (const n of order) {
      if (seen.has(n) || placed.length >= maxLabels) continue;
      seen.add(n);
      const rs = n.r * k;
      const forced = must.has(n);
      if (!forced && (rs < 7 || (n.type === 'Article' && k < 1.6))) continue;
      const x = tr.applyX(n.x) + rs + 4;
      const y = tr.applyY(n.y);
      if (!forced && (x > this.width || y < 0 || y > this.height || x + 10 < 0)) continue;
      let text = n.name;
      if (text.length > 40) text = `${text.slice(0, 38)}…`;
      if (n.more) text += `  +${n.more} more`;
      n.labelW = n.labelText === text ? n.labelW : ctx.measureText(text).width;
      n.labelText = text;
      const box = [x - 2, y - 8, x + n.labelW + 2, y + 8];
      if (!forced && placed.some((b) => box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3])) continue;
      placed.push(box);
      // a halo keeps the text readable over lines without hiding them
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      ctx.strokeStyle = 'rgba(251,252,254,0.9)';
      ctx.strokeText(text, x, y);
      ctx.fillStyle = forced ? '#000' : '#1d2430';
      ctx.fillText(text, x, y);
    }
  }

  toBlob() {
    return new Promise((resolve) => this.canvas.toBlob(resolve, 'image/png'));
  }
}

function traceEdge(ctx, e, k) {
  if (!e.offset) {
    ctx.moveTo(e.s.x, e.s.y);
    ctx.lineTo(e.t.x, e.t.y);
    return;
  }
  const dx = e.t.x - e.s.x; const dy = e.t.y - e.s.y;
  const len = Math.hypot(dx, dy) || 1;
  const o = e.offset / Math.sqrt(k);
  const ox = (-dy / len) * o; const oy = (dx / len) * o;
  ctx.moveTo(e.s.x + ox, e.s.y + oy);
  ctx.lineTo(e.t.x + ox, e.t.y + oy);
}

function traceArrow(ctx, e, k) {
  const dx = e.t.x - e.s.x; const dy = e.t.y - e.s.y;
  const len = Math.hypot(dx, dy);
  if (len < e.t.r + 8) return;
  const ux = dx / len; const uy = dy / len;
  const o = (e.offset || 0) / Math.sqrt(k);
  const tipX = e.t.x - ux * (e.t.r + 2) - uy * o;
  const tipY = e.t.y - uy * (e.t.r + 2) + ux * o;
  const s = 6 / Math.sqrt(k);
  ctx.moveTo(tipX, tipY);
  ctx.lineTo(tipX - ux * s - uy * s * 0.5, tipY - uy * s + ux * s * 0.5);
  ctx.lineTo(tipX - ux * s + uy * s * 0.5, tipY - uy * s - ux * s * 0.5);
  ctx.closePath();
}

function segDist(px, py, x1, y1, x2, y2) {
  const dx = x2 - x1; const dy = y2 - y1;
  const l2 = dx * dx + dy * dy;
  let t = l2 ? ((px - x1) * dx + (py - y1) * dy) / l2 : 0;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
}
