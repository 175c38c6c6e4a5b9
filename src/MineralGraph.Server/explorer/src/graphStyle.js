import { ENTITY_KINDS, DISPUTED_COLOUR, DENIED_COLOUR } from './kinds.js';

// The Cytoscape.js stylesheet: nodes by kind (colour + shape), edges labelled by relation kind, disputed ties dashed
// red, denied claims grey, dotted and ending in a bar, ties whose dates cannot settle the chosen day dotted, the current path highlighted.
export function graphStyle() {
  const byKind = Object.entries(ENTITY_KINDS).map(([kind, k]) => ({
    selector: `node[kind = "${kind}"]`,
    style: { 'background-color': k.colour, shape: k.shape },
  }));
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 30,
        height: 30,
        'font-family': 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
        'font-size': 11,
        color: '#1d2733',
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'wrap',
        'text-max-width': 130,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': 2,
        'text-background-shape': 'round-rectangle',
        'border-width': 2,
        'border-color': '#ffffff',
        'overlay-padding': 4,
      },
    },
    ...byKind,
    { selector: 'node.expanded', style: { width: 38, height: 38, 'font-weight': 600 } },
    { selector: 'node.has-more', style: { 'border-color': '#1d2733', 'border-style': 'dashed', 'border-width': 2 } },
    { selector: 'node:selected', style: { 'border-color': '#f2b705', 'border-width': 4 } },
    {
      selector: 'edge',
      style: {
        label: 'data(label)',
        width: 1.6,
        'curve-style': 'bezier',
        'line-color': '#8a99a8',
        'target-arrow-color': '#8a99a8',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        'font-size': 9,
        color: '#4a5a6a',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': 1,
        'text-events': 'yes',
      },
    },
    { selector: 'edge[validity = "UNKNOWN"]', style: { 'line-style': 'dotted' } },
    {
      selector: 'edge.disputed',
      style: {
        'line-color': DISPUTED_COLOUR,
        'target-arrow-color': DISPUTED_COLOUR,
        'line-style': 'dashed',
        'line-dash-pattern': [6, 4],
        color: DISPUTED_COLOUR,
        width: 2.2,
      },
    },
    {
      selector: 'edge.denied',
      style: {
        'line-color': DENIED_COLOUR,
        'target-arrow-color': DENIED_COLOUR,
        'target-arrow-shape': 'tee',
        'line-style': 'dashed',
        'line-dash-pattern': [2, 5],
        color: DENIED_COLOUR,
      },
    },
    { selector: 'edge.on-path', style: { 'line-color': '#f2b705', 'target-arrow-color': '#f2b705', width: 4, 'z-index': 10 } },
    { selector: 'node.on-path', style: { 'border-color': '#f2b705', 'border-width': 4 } },
    { selector: 'edge.on-common', style: { 'line-color': '#7b3fb5', 'target-arrow-color': '#7b3fb5', width: 3, 'z-index': 9 } },
    { selector: 'node.on-common', style: { 'border-color': '#7b3fb5', 'border-width': 4 } },
    { selector: 'edge:selected', style: { width: 4, 'line-color': '#1d2733', 'target-arrow-color': '#1d2733', color: '#1d2733', 'z-index': 20 } },
    { selector: 'edge.disputed:selected', style: { 'line-color': DISPUTED_COLOUR, 'target-arrow-color': DISPUTED_COLOUR } },
    { selector: '.faded', style: { opacity: 0.25 } },
  ];
}
