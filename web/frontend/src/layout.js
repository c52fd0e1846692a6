// The force layout of the explorer's graph view.

import { forceSimulation, forceLink, forceManyBody, forceX, forceY, forceCollide } from 'd3-force';

// BIG is the number of shown nodes above which the layout is coarser: no
// collision force, θ = 1.2.
export const BIG = 1000;

export function makeSimulation() {
  return forceSimulation([])
    .force('link', forceLink([]).id((d) => d.id).distance((l) => l.distance).strength((l) => l.strength))
    .force('charge', forceManyBody().strength((d) => (d.type === 'Article' ? -50 : -180)).theta(0.9).distanceMax(500))
    .force('x', forceX(0).strength(0.04))
    .force('y', forceY(0).strength(0.04))
    .alphaDecay(0.03)
    .stop();
}

const collide = forceCollide((d) => d.r + 2).iterations(1);

// setGraph gives sim its nodes and links. Large graphs: a coarser
// Barnes–Hut approximation and no collision force keep each tick short
// (docs/web-performance.md).
export function setGraph(sim, nodes, links) {
  const big = nodes.length > BIG;
  sim.force('charge').theta(big ? 1.2 : 0.9);
  sim.force('collide', big ? null : collide);
  sim.nodes(nodes);
  sim.force('link').links(links);
}
