// Building DOM nodes from data. Text always goes in as text (never as HTML): names and quotes come from documents.

/** el('div', { class: 'x', onclick }, child, 'text', …) */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

/** A small inline SVG of a kind's shape, for the legend and lists (kept in step with the Cytoscape shapes). */
export function kindIcon(kind, colour, shape, size = 14) {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('width', size);
  svg.setAttribute('height', size);
  svg.setAttribute('viewBox', '0 0 20 20');
  svg.setAttribute('aria-hidden', 'true');
  svg.classList.add('kind-icon');
  const points = {
    'round-hexagon': '10,1 18,5.5 18,14.5 10,19 2,14.5 2,5.5',
    'round-diamond': '10,1 19,10 10,19 1,10',
    'round-triangle': '10,2 19,18 1,18',
    'round-octagon': '6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6',
    star: '10,1 12.6,7.2 19,7.6 14,11.8 15.6,18.4 10,14.8 4.4,18.4 6,11.8 1,7.6 7.4,7.2',
    'round-tag': '1,3 13,3 19,10 13,17 1,17',
  }[shape];
  let shapeNode;
  if (points) {
    shapeNode = document.createElementNS(ns, 'polygon');
    shapeNode.setAttribute('points', points);
    shapeNode.setAttribute('stroke-linejoin', 'round');
  } else if (shape === 'ellipse') {
    shapeNode = document.createElementNS(ns, 'circle');
    shapeNode.setAttribute('cx', 10);
    shapeNode.setAttribute('cy', 10);
    shapeNode.setAttribute('r', 9);
  } else {
    shapeNode = document.createElementNS(ns, 'rect');
    const round = shape === 'round-rectangle' || shape === 'barrel';
    shapeNode.setAttribute('x', 1.5);
    shapeNode.setAttribute('y', shape === 'barrel' ? 3 : 2);
    shapeNode.setAttribute('width', 17);
    shapeNode.setAttribute('height', shape === 'barrel' ? 14 : 16);
    if (round) shapeNode.setAttribute('rx', shape === 'barrel' ? 6 : 4);
  }
  shapeNode.setAttribute('fill', colour);
  shapeNode.setAttribute('stroke', '#ffffff');
  shapeNode.setAttribute('stroke-width', 1.5);
  svg.append(shapeNode);
  svg.dataset.kind = kind;
  return svg;
}
