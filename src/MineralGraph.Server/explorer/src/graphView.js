import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { graphStyle } from './graphStyle.js';
import { relationWords } from './kinds.js';
import { amountWords } from './amount.js';

cytoscape.use(fcose);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The drawn network: entities as nodes, relations as edges. It only draws; what to draw comes from main.js.
 * Node data: { id, kind, label }; edge data: { id, source, target, kind, label, validity, since, until }.
 */
export class GraphView {
  constructor(container, { onNodeTap, onEdgeTap, onBackgroundTap }) {
    this.cy = cytoscape({
      container,
      style: graphStyle(),
      minZoom: 0.15,
      maxZoom: 3,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    /** Whether edges show if their dates settle the chosen day (only meaningful once a day is chosen). */
    this.showValidity = false;
    this.cy.on('tap', 'node', (event) => onNodeTap(event.target.id()));
    this.cy.on('tap', 'edge', (event) => onEdgeTap(event.target.id()));
    this.cy.on('tap', (event) => { if (event.target === this.cy) onBackgroundTap(); });
  }

  get isEmpty() { return this.cy.elements().empty(); }

  has(id) { return this.cy.getElementById(id).nonempty(); }

  nodeLabel(id) { return this.cy.getElementById(id).data('label'); }

  counts() { return { nodes: this.cy.nodes().length, edges: this.cy.edges().length }; }

  /**
   * Adds what is missing (nodes first, placed around `around`, then edges whose ends are drawn) and lays the graph
   * out again. Returns how many elements were added and how long adding + layout + the first frame took.
   */
  async merge(nodes, edges, { around = null } = {}) {
    const started = performance.now();
    const wasEmpty = this.isEmpty;
    const anchor = around && this.has(around) ? this.cy.getElementById(around).position() : { x: 0, y: 0 };
    const newNodes = nodes.filter((n) => !this.has(n.id));
    const newEdges = edges.filter((e) => !this.has(e.id));
    this.cy.batch(() => {
      for (const e of edges) {
        if (this.has(e.id)) this.cy.getElementById(e.id).data('validity', this.validityOf(e));
      }
      newNodes.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / Math.max(newNodes.length, 1);
        this.cy.add({
          group: 'nodes',
          data: { id: n.id, kind: n.kind, label: n.label ?? n.name },
          position: { x: anchor.x + 140 * Math.cos(angle), y: anchor.y + 140 * Math.sin(angle) },
        });
      });
      for (const e of newEdges) {
        if (!this.has(e.source) || !this.has(e.target)) continue;
        this.cy.add({ group: 'edges', data: { ...edgeData(e), validity: this.validityOf(e) }, classes: edgeClasses(e) });
      }
    });
    const added = newNodes.length + newEdges.length;
    const laying = performance.now();
    if (added > 0) await this.layout({ randomize: wasEmpty, animate: !wasEmpty });
    const drawing = performance.now();
    await nextFrame();
    const done = performance.now();
    return {
      addedNodes: newNodes.length,
      addedEdges: newEdges.length,
      ms: done - started,
      parts: { addMs: laying - started, layoutMs: drawing - laying, frameMs: done - drawing },
    };
  }

  validityOf(e) {
    return this.showValidity ? e.validity ?? 'VALID' : 'VALID';
  }

  /**
   * Makes the drawn ties exactly `edges` (e.g. after the date changed): ties not in it go, new ones come; nodes left
   * without ties go unless listed in `keep`.
   */
  async reconcile(nodes, edges, keep) {
    const started = performance.now();
    const edgeIds = new Set(edges.map((e) => e.id));
    const nodeIds = new Set([...nodes.map((n) => n.id), ...keep]);
    this.cy.batch(() => {
      this.cy.edges().filter((e) => !edgeIds.has(e.id())).remove();
      this.cy.nodes().filter((n) => !nodeIds.has(n.id()) && n.connectedEdges().empty()).remove();
    });
    const result = await this.merge(nodes.filter((n) => nodeIds.has(n.id)), edges);
    return { ...result, ms: performance.now() - started };
  }

  setClass(ids, className, on = true) {
    this.cy.batch(() => ids.forEach((id) => this.cy.getElementById(id).toggleClass(className, on)));
  }

  clearClass(className) { this.cy.elements(`.${className}`).removeClass(className); }

  select(id) {
    this.cy.elements(':selected').unselect();
    if (id && this.has(id)) this.cy.getElementById(id).select();
  }

  /** Brings `ids` and their neighbours into view; with `maxZoom`, no closer than that (one tie would fill the window). */
  focusOn(ids, { maxZoom = null } = {}) {
    const elements = this.cy.collection(ids.filter((id) => this.has(id)).map((id) => this.cy.getElementById(id)));
    if (elements.empty()) return;
    const eles = elements.closedNeighborhood();
    if (!maxZoom) {
      this.cy.animate({ fit: { eles, padding: 60 }, duration: 300 });
      return;
    }
    const box = eles.boundingBox();
    const [width, height] = [this.cy.width(), this.cy.height()];
    const zoom = Math.min((width - 120) / Math.max(box.w, 1), (height - 120) / Math.max(box.h, 1), maxZoom);
    const pan = { x: width / 2 - zoom * (box.x1 + box.w / 2), y: height / 2 - zoom * (box.y1 + box.h / 2) };
    this.cy.animate({ zoom, pan, duration: 300 });
  }

  fit() { this.cy.fit(undefined, 40); }

  layout({ randomize, animate }) {
    return new Promise((resolve) => {
      const layout = this.cy.layout({
        name: 'fcose',
        quality: 'default',
        randomize,
        animate,
        animationDuration: 350,
        fit: true,
        padding: 40,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: 120,
        nodeRepulsion: 9000,
        edgeElasticity: 0.4,
        numIter: 2500,
      });
      layout.one('layoutstop', () => {
        // A handful of nodes would otherwise be blown up to fill the window.
        if (this.cy.zoom() > 1.25) {
          this.cy.zoom(1.25);
          this.cy.center();
        }
        resolve();
      });
      layout.run();
    });
  }

  /** Where an element is drawn, in page coordinates (tests click there like a person would). */
  pagePoint(id) {
    const element = this.cy.getElementById(id);
    if (element.empty()) return null;
    const box = this.cy.container().getBoundingClientRect();
    const p = element.isEdge() ? element.renderedMidpoint() : element.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  }

  clear() { this.cy.elements().remove(); }
}

/** A denied claim is drawn struck through (grey, dashed, "not …"); a disputed one dashed red; both may apply. */
function edgeClasses(e) {
  return [e.disputed ? 'disputed' : '', e.denied ? 'denied' : ''].filter(Boolean).join(' ');
}

function edgeData(e) {
  const figure = amountWords(e.amount);
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    kind: e.kind,
    label: `${e.denied ? 'not ' : ''}${relationWords(e.kind)}${figure ? ` · ${figure}` : ''}`,
    since: e.since?.value ?? null,
    until: e.until?.value ?? null,
  };
}
