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
   * out again. Returns how many elements were added and how long adding + layout + the first frame took. With
   * `refresh` (an answer that carries every field of a tie, as the neighbourhood's does), what is drawn already is
   * brought up to date too.
   */
  async merge(nodes, edges, { around = null, refresh = false } = {}) {
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
      if (refresh) {
        // What is drawn already takes a full answer's word for it: a name changed, a tie now disputed or re-pointed.
        for (const n of nodes) this.relabel(n.id, n.label ?? n.name);
        for (const e of edges) {
          if (this.has(e.id)) this.refreshEdge(e);
        }
      }
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

  /** An entity's new name (after a curator renamed it), if it is drawn. */
  relabel(id, label) {
    const node = this.cy.getElementById(id);
    if (node.nonempty() && label && node.data('label') !== label) node.data('label', label);
  }

  /** A drawn tie as the API now gives it: its words, dates, classes and, if a merge re-pointed it, its ends. */
  refreshEdge(e) {
    let edge = this.cy.getElementById(e.id);
    if ((e.source && edge.data('source') !== e.source) || (e.target && edge.data('target') !== e.target)) {
      if (!this.has(e.source) || !this.has(e.target)) {
        edge.remove();
        return;
      }
      edge = edge.move({ source: e.source, target: e.target });
    }
    const data = edgeData(e);
    delete data.id;
    delete data.source;
    delete data.target;
    edge.data({ ...data, validity: this.validityOf(e) });
    // Only the claim's own classes: the page's (on a path, common ties) stay.
    edge.toggleClass('disputed', Boolean(e.disputed));
    edge.toggleClass('denied', Boolean(e.denied));
  }

  /**
   * Takes a tie off the drawing, with each end it leaves without ties unless `keep` lists it (an entity the reader
   * opened stays). Returns the ids removed.
   */
  removeTie(id, keep) {
    const edge = this.cy.getElementById(id);
    if (edge.empty()) return [];
    const ends = edge.connectedNodes();
    const removed = [id];
    this.cy.batch(() => {
      edge.remove();
      ends.filter((n) => n.connectedEdges().empty() && !keep.includes(n.id())).forEach((n) => {
        removed.push(n.id());
        n.remove();
      });
    });
    return removed;
  }

  /**
   * One entity merged into another: the survivor takes the merged one's place (drawn there if it was not drawn) and
   * its ties, so the entity is drawn once.
   */
  replaceNode(mergedId, survivor) {
    const merged = this.cy.getElementById(mergedId);
    if (merged.empty()) return;
    this.cy.batch(() => {
      if (!this.has(survivor.id)) {
        this.cy.add({ group: 'nodes', data: { id: survivor.id, kind: merged.data('kind'), label: survivor.label ?? merged.data('label') }, position: { ...merged.position() } });
      }
      merged.connectedEdges().forEach((edge) => {
        edge.move({
          source: edge.data('source') === mergedId ? survivor.id : edge.data('source'),
          target: edge.data('target') === mergedId ? survivor.id : edge.data('target'),
        });
      });
      // Classes the page set on the merged entity (expanded, on a path) now belong to the survivor.
      this.cy.getElementById(survivor.id).addClass(merged.classes().join(' '));
      merged.remove();
    });
  }

  /** The two ends of a drawn tie, or null. */
  endsOf(id) {
    const edge = this.cy.getElementById(id);
    return edge.nonempty() && edge.isEdge() ? [edge.data('source'), edge.data('target')] : null;
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
