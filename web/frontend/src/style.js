// Visual vocabulary of the explorer: one colour and shape per node type, one
// colour and line style per relation type. The legend, the filters and the
// canvas renderer all read these tables.

export const NODE_TYPES = ['Person', 'Institution', 'Event', 'Place', 'Article'];
export const LINK_TYPES = ['SAID', 'MET', 'SANCTIONED', 'AFFILIATED_WITH', 'PARTICIPATED_IN', 'MENTIONED_IN'];

export const NODE_STYLE = {
  Person: { color: '#2f6fde', shape: 'circle', label: 'Person' },
  Institution: { color: '#d9822b', shape: 'square', label: 'Institution' },
  Event: { color: '#1f9d55', shape: 'diamond', label: 'Event' },
  Place: { color: '#8e5ad6', shape: 'hexagon', label: 'Place' },
  Article: { color: '#6b7688', shape: 'triangle', label: 'Article' },
};

export const LINK_STYLE = {
  SAID: { color: '#6b7688', dash: [6, 4], width: 1.2, label: 'said (in article)' },
  MET: { color: '#2f6fde', dash: [], width: 1.6, label: 'met' },
  SANCTIONED: { color: '#c0392b', dash: [], width: 2.4, label: 'sanctioned' },
  AFFILIATED_WITH: { color: '#d9822b', dash: [2, 3], width: 1.6, label: 'affiliated with' },
  PARTICIPATED_IN: { color: '#1f9d55', dash: [8, 3, 2, 3], width: 1.6, label: 'participated in' },
  MENTIONED_IN: { color: '#9aa3b2', dash: [1, 3], width: 1, label: 'mentioned in' },
};

export function nodeStyle(type) {
  return NODE_STYLE[type] || { color: '#444', shape: 'circle', label: type };
}

export function linkStyle(type) {
  return LINK_STYLE[type] || { color: '#888', dash: [], width: 1, label: type };
}

// radius of a node: by degree (relations other than MENTIONED_IN); articles small.
export function radiusOf(n) {
  if (n.type === 'Article') return 4.5;
  return Math.min(24, 5 + 2.2 * Math.sqrt(n.degree || 0));
}

// tracePath adds the node's shape, centred on x, y with radius r, to the
// current path of ctx.
export function traceShape(ctx, shape, x, y, r) {
  switch (shape) {
    case 'square': {
      const s = r * 0.9;
      ctx.moveTo(x - s, y - s);
      ctx.rect(x - s, y - s, 2 * s, 2 * s);
      break;
    }
    case 'diamond': {
      const s = r * 1.25;
      ctx.moveTo(x, y - s);
      ctx.lineTo(x + s, y);
      ctx.lineTo(x, y + s);
      ctx.lineTo(x - s, y);
      ctx.closePath();
      break;
    }
    case 'triangle': {
      const s = r * 1.3;
      ctx.moveTo(x, y - s);
      ctx.lineTo(x + s * 0.87, y + s * 0.5);
      ctx.lineTo(x - s * 0.87, y + s * 0.5);
      ctx.closePath();
      break;
    }
    case 'hexagon': {
      const s = r * 1.1;
      ctx.moveTo(x + s, y);
      for (let i = 1; i < 6; i++) {
        const a = (Math.PI / 3) * i;
        ctx.lineTo(x + s * Math.cos(a), y + s * Math.sin(a));
      }
      ctx.closePath();
      break;
    }
    default:
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
}

const SVG = 'http://www.w3.org/2000/svg';

// swatch returns a small SVG picture of a node type or a relation type, for
// the legend and the filters.
export function swatch(kind, type) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', kind === 'node' ? '18' : '30');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('swatch');
  if (kind === 'node') {
    const st = nodeStyle(type);
    const p = document.createElementNS(SVG, 'path');
    p.setAttribute('d', shapePath(st.shape, 9, 7, type === 'Article' ? 4.5 : 5.5));
    p.setAttribute('fill', st.color);
    p.setAttribute('stroke', '#fff');
    svg.append(p);
  } else {
    const st = linkStyle(type);
    const l = document.createElementNS(SVG, 'line');
    l.setAttribute('x1', '1'); l.setAttribute('x2', '29');
    l.setAttribute('y1', '7'); l.setAttribute('y2', '7');
    l.setAttribute('stroke', st.color);
    l.setAttribute('stroke-width', String(st.width + 0.4));
    if (st.dash.length) l.setAttribute('stroke-dasharray', st.dash.join(' '));
    svg.append(l);
  }
  return svg;
}

function shapePath(shape, x, y, r) {
  const parts = [];
  const ctx = {
    moveTo: (a, b) => parts.push(`M${a.toFixed(2)} ${b.toFixed(2)}`),
    lineTo: (a, b) => parts.push(`L${a.toFixed(2)} ${b.toFixed(2)}`),
    closePath: () => parts.push('Z'),
    rect: (a, b, w, h) => parts.push(`M${a} ${b}h${w}v${h}h${-w}Z`),
    arc: (cx, cy, rr) => parts.push(`M${cx - rr} ${cy}a${rr} ${rr} 0 1 0 ${2 * rr} 0a${rr} ${rr} 0 1 0 ${-2 * rr} 0`),
  };
  traceShape(ctx, shape, x, y, r);
  return parts.join('');
}
