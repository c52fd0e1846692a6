// The timeline strip: the selected entity's relations along a time axis,
// one lane per relation type, a dot per relation (coloured by type). A dot
// is a button: clicking it (or Enter on it) opens its evidence.

import { scaleTime } from 'd3-scale';
import { linkStyle, LINK_TYPES } from './style.js';

const SVG = 'http://www.w3.org/2000/svg';

function el(name, attrs = {}) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

export function renderTimeline(container, tl, entityName, onPick) {
  container.replaceChildren();
  const dated = tl.events.filter((e) => e.date);
  const head = document.createElement('div');
  head.className = 'tl-head';
  const undated = tl.events.length - dated.length;
  head.textContent = `Timeline of ${entityName}: ${dated.length} dated relation${dated.length === 1 ? '' : 's'}${undated ? `, ${undated} undated` : ''}`;
  container.append(head);
  if (!dated.length) return;
  const width = Math.max(300, container.clientWidth - 24);
  const types = LINK_TYPES.filter((t) => dated.some((e) => e.link.type === t));
  const lane = 14;
  const top = 6;
  const height = top + types.length * lane + 22;
  const days = dated.map((e) => new Date(`${e.date}T00:00:00Z`));
  let lo = new Date(Math.min(...days)); let hi = new Date(Math.max(...days));
  if (+lo === +hi) { lo = new Date(+lo - 15 * 864e5); hi = new Date(+hi + 15 * 864e5); }
  const x = scaleTime().domain([lo, hi]).range([110, width - 10]).nice();
  const svg = el('svg', { width, height, role: 'group', 'aria-label': `Timeline of ${entityName}` });
  types.forEach((t, i) => {
    const y = top + i * lane + lane / 2;
    const txt = el('text', { x: 4, y: y + 4, class: 'tl-lane' });
    txt.textContent = linkStyle(t).label;
    svg.append(txt, el('line', { x1: 110, x2: width - 10, y1: y, y2: y, class: 'tl-rule' }));
  });
  const axisY = top + types.length * lane + 4;
  svg.append(el('line', { x1: 110, x2: width - 10, y1: axisY, y2: axisY, class: 'tl-axis' }));
  const fmt = x.tickFormat(6);
  for (const t of x.ticks(6)) {
    const tx = x(t);
    svg.append(el('line', { x1: tx, x2: tx, y1: axisY, y2: axisY + 4, class: 'tl-axis' }));
    const label = el('text', { x: tx, y: axisY + 15, 'text-anchor': 'middle', class: 'tl-tick' });
    label.textContent = fmt(t);
    svg.append(label);
  }
  // Dots; several on one day and lane stack slightly.
  const stack = new Map();
  dated.forEach((ev, i) => {
    const li = types.indexOf(ev.link.type);
    const key = `${ev.date}|${li}`;
    const n = stack.get(key) || 0;
    stack.set(key, n + 1);
    const cx = x(days[i]) + n * 3;
    const cy = top + li * lane + lane / 2;
    const g = el('g', { tabindex: 0, role: 'button', class: 'tl-dot' });
    const label = `${ev.date}: ${linkStyle(ev.link.type).label} ${ev.direction === 'in' ? '←' : '→'} ${ev.other.name}`;
    g.setAttribute('aria-label', label);
    const c = el('circle', { cx, cy, r: 4.5, fill: linkStyle(ev.link.type).color });
    const title = el('title');
    title.textContent = label;
    g.append(c, title);
    g.addEventListener('click', () => onPick(ev));
    g.addEventListener('keydown', (k) => { if (k.key === 'Enter' || k.key === ' ') { k.preventDefault(); onPick(ev); } });
    svg.append(g);
  });
  container.append(svg);
}
