// The article reader: the text with every evidence span marked, the one
// asked for (hl, UTF-8 byte offsets as stored) highlighted and scrolled to.

import { nodeStyle, linkStyle } from './style.js';

// utf16Index maps UTF-8 byte offsets of text to string (UTF-16) indices.
export function utf16Index(text) {
  const map = new Map();
  let b = 0;
  let i = 0;
  for (const ch of text) {
    map.set(b, i);
    const cp = ch.codePointAt(0);
    b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += ch.length;
  }
  map.set(b, i);
  return (off) => {
    if (map.has(off)) return map.get(off);
    // an offset inside a character: round down
    for (let o = off; o >= 0; o--) if (map.has(o)) return map.get(o);
    return 0;
  };
}

// renderArticle fills el with the article and returns the highlighted
// element (or null).
export function renderArticle(el, art, hl) {
  const at = utf16Index(art.text);
  el.replaceChildren();
  const head = document.createElement('header');
  const h = document.createElement('h2');
  h.id = 'article-title';
  h.textContent = art.title || '(untitled article)';
  const meta = document.createElement('p');
  meta.className = 'article-meta';
  meta.textContent = [art.published, art.byline, art.source || art.file].filter(Boolean).join(' · ');
  head.append(h, meta);
  el.append(head);

  // Cut the text at every span boundary and mark each piece with what covers it.
  const spans = art.spans.map((s) => ({ ...s, a: at(s.start), b: at(s.end) }));
  const hlA = hl ? at(hl[0]) : -1;
  const hlB = hl ? at(hl[1]) : -1;
  const cuts = new Set([0, art.text.length]);
  for (const s of spans) { cuts.add(s.a); cuts.add(s.b); }
  if (hl) { cuts.add(hlA); cuts.add(hlB); }
  const points = [...cuts].filter((x) => x >= 0 && x <= art.text.length).sort((p, q) => p - q);

  const body = document.createElement('div');
  body.className = 'article-text';
  let para = document.createElement('p');
  body.append(para);
  let first = null;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = art.text.slice(a, b);
    const rel = spans.filter((s) => s.kind === 'relation' && s.a <= a && s.b >= b);
    const men = spans.find((s) => s.kind === 'mention' && s.a <= a && s.b >= b);
    const isHl = hl && hlA <= a && hlB >= b;
    const parts = piece.split('\n');
    parts.forEach((part, j) => {
      if (j > 0) { // a line break: the text keeps one paragraph per line
        para = document.createElement('p');
        body.append(para);
      }
      if (!part) return;
      let node = document.createTextNode(part);
      if (men) {
        const m = document.createElement('a');
        m.className = 'mention';
        m.href = `#/?focus=${men.entity.id}`;
        m.title = `${men.entity.name} (${men.entity.type})`;
        m.dataset.type = men.entity.type;
        m.style.borderBottomColor = nodeStyle(men.entity.type).color;
        m.append(node);
        node = m;
      }
      if (rel.length || isHl) {
        const mark = document.createElement('mark');
        mark.className = isHl ? 'hl' : 'ev';
        mark.title = rel.map((s) => `${linkStyle(s.type).label}: ${s.entity.name}${s.other && s.type !== 'SAID' ? ` → ${s.other.name}` : ''}`).join('\n');
        mark.append(node);
        node = mark;
        if (isHl && !first) first = mark;
      }
      para.append(node);
    });
  }
  for (const p of [...body.querySelectorAll('p')]) if (!p.childNodes.length) p.remove();
  el.append(body);

  if (art.entities && art.entities.length) {
    const h3 = document.createElement('h3');
    h3.textContent = 'Mentioned';
    const ul = document.createElement('ul');
    ul.className = 'chips';
    for (const e of art.entities) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#/?focus=${e.id}`;
      a.textContent = e.name;
      a.title = e.type;
      li.append(a);
      ul.append(li);
    }
    el.append(h3, ul);
  }
  return first;
}
