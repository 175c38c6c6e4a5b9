import { gql, graphiqlHref, NEIGHBOURHOOD, MORE_RELATIONS, ENTITY, RELATION, PATHS, LATEST_SEQUENCE } from './api.js';
import { GraphView } from './graphView.js';
import { attachSearch } from './search.js';
import { readPermalink, writePermalink } from './permalink.js';
import { DateControl } from './dateControl.js';
import { el, clear } from './dom.js';
import * as panels from './panels.js';
import { attachCommonTies } from './commonTies.js';
import { watchChanges } from './live.js';
import { applyChange, renameEntity } from './liveChange.js';

import { DocumentView } from './documentView.js';
import { TimelinePanel, MAX_IDS } from './timelinePanel.js';

// The explorer: what is drawn, what is selected and which day is asked about, kept in `state` and in the URL.
// Every fact comes from the public GraphQL API (api.js).

const PAGE = 20; // ties drawn for an entity at first, and added by each "Show more ties"
const API_LIMIT = 100; // the API's largest limitPerNode; past it, ties are paged with relation cursors

const state = {
  focus: [], // entities whose ties are drawn, in the order they were opened
  expansions: new Map(), // entity id → { limit, truncated, nodes, edges, cursor }
  selected: null, // an entity or relation id
  asOf: null, // YYYY-MM-DD or null
  from: null,
  to: null,
  paths: [],
  shownPath: 0,
  lastQuery: null, // { query, variables }: what "Open in GraphiQL" shows
  document: null, // { source, at }: the document open and the tie whose passage is current
  timeline: false, // whether the timeline panel is open
  busy: 0,
};
const timings = { draws: [], lastDraw: null };

const $ = (id) => document.getElementById(id);
const panel = $('panel-body');
const status = $('status');

const graph = new GraphView($('graph'), {
  onNodeTap: (id) => run(() => (state.expansions.has(id) ? selectEntity(id) : openEntity(id))),
  onEdgeTap: (id) => run(() => selectRelation(id)),
  onBackgroundTap: () => { state.selected = null; graph.select(null); showSummary(); sync(); },
});

const search = attachSearch($('search'), $('search-suggestions'), {
  onPick: (entity) => run(() => openEntity(entity.id, { focus: true })),
  onError: showError,
});
const pathFrom = attachSearch($('path-from'), $('path-from-suggestions'), { onPick: (e) => { state.from = e.id; }, onError: showError });
const pathTo = attachSearch($('path-to'), $('path-to-suggestions'), { onPick: (e) => { state.to = e.id; }, onError: showError });

const common = attachCommonTies($('common-panel'), {
  ask: gql,
  asOfVariable: () => asOfVariable(),
  draw: async (nodes, edges, ids) => {
    const asked = performance.now();
    const drawn = await graph.merge(nodes, edges, { around: nodes[0]?.id });
    graph.clearClass('on-common');
    graph.setClass(ids, 'on-common');
    recordDraw('common ties', performance.now() - asked, drawn);
    graph.focusOn(nodes.map((n) => n.id));
  },
  onEntity: (id) => run(() => openEntity(id, { focus: true })),
  onRelation: (id) => run(() => selectRelation(id)),
  onRead: (...args) => readDocument(...args),
  run: (action) => run(action),
  onAsked: (query) => { state.lastQuery = query; sync(); },
});

// Live: a curator's change to what is on screen is applied to the drawing and the panel (liveChange.js), with a notice.
const live = watchChanges({
  onChange: (change) => run(() => applyChange(change, {
    state,
    graph,
    ask: gql,
    redraw: (id) => expand(id, state.expansions.get(id)?.limit ?? PAGE),
    repath: async () => {
      // The path list is drawn again; the reader's focus stays where it was (a change is not their action).
      const active = document.activeElement;
      await findPaths();
      if (active && active !== document.body) active.focus({ preventScroll: true });
    },
    showSelected: () => (state.selected.startsWith('rel/') ? selectRelation(state.selected) : selectEntity(state.selected)),
    closeSelected: (text) => {
      state.selected = null;
      graph.select(null);
      showPanel(el('section', { class: 'panel-section' }, el('p', { class: 'notice', id: 'panel-notice', role: 'status' }, text)));
    },
    notice: (text) => live.notice(text),
    sync,
  })),
});

const documentView = new DocumentView($('document-pane'), {
  ask: gql,
  // A passage clicked in the document: its tie is drawn (with its ends, if absent) and selected.
  onRelation: (id) => run(async () => {
    state.document = { source: documentView.sourceId, at: id };
    await selectRelation(id);
    graph.focusOn([id], { maxZoom: 1.25 });
  }),
  onClose: () => {
    state.document = null;
    layoutPanes();
    sync();
    if (!document.activeElement || document.activeElement === document.body) panel.focus({ preventScroll: true });
  },
});

const timeline = new TimelinePanel($('timeline-panel'), {
  ask: gql,
  run: (action) => run(action),
  onRelation: (id) => run(async () => {
    await selectRelation(id);
    graph.focusOn([id], { maxZoom: 1.25 });
  }),
  onEntity: (id) => run(async () => {
    if (!graph.has(id)) return openEntity(id, { focus: true });
    await selectEntity(id);
    graph.focusOn([id], { maxZoom: 1.25 });
  }),
  onToggle: (open) => {
    state.timeline = open;
    $('timeline-toggle').setAttribute('aria-expanded', String(open));
    layoutPanes();
    sync();
  },
});
$('timeline-toggle').addEventListener('click', () => timeline.toggle());

const dates = new DateControl({
  slider: $('asof-slider'),
  label: $('asof-label'),
  input: $('asof-date'),
  reset: $('asof-reset'),
  onChange: (day) => run(() => setAsOf(day)),
  onShow: (day) => timeline.moveMarker(day),
});

$('legend').append(panels.legend());
$('legend-toggle').addEventListener('click', () => {
  legendFolded = true;
  const open = $('legend').hidden;
  $('legend').hidden = !open;
  $('legend-toggle').setAttribute('aria-expanded', String(open));
});
$('path-toggle').addEventListener('click', () => togglePathPanel());
$('path-form').addEventListener('submit', (event) => {
  event.preventDefault();
  state.from = pathFrom.id;
  state.to = pathTo.id;
  if (!state.from || !state.to) {
    showError(new Error('Pick both ends of the path from the suggestions.'));
    return;
  }
  run(() => findPaths());
});
$('path-swap').addEventListener('click', () => {
  const from = { id: pathFrom.id, name: $('path-from').value };
  const to = { id: pathTo.id, name: $('path-to').value };
  pathFrom.set(to.id ? to : null);
  pathTo.set(from.id ? from : null);
});
$('copy-link').addEventListener('click', async () => {
  const href = window.location.href;
  try {
    await navigator.clipboard.writeText(href);
    setStatus('Link copied: it reopens this exact view.');
  } catch {
    window.prompt('Copy this link:', href);
  }
});
$('fit').addEventListener('click', () => graph.fit());
$('clear').addEventListener('click', () => {
  Object.assign(state, { focus: [], selected: null, from: null, to: null, paths: [], lastQuery: null });
  state.expansions.clear();
  graph.clear();
  clear($('path-results'));
  search.set(null);
  showWelcome();
  sync();
});

// ---------------------------------------------------------------------------------------------------- actions

/** Draws an entity's ties (if not drawn yet) and shows it in the panel. */
async function openEntity(id, { focus = false } = {}) {
  if (!state.expansions.has(id)) await expand(id, PAGE);
  await selectEntity(id);
  if (focus) graph.focusOn([id]);
}

async function expand(id, limit) {
  const variables = { id, depth: 1, limitPerNode: limit, ...asOfVariable() };
  const asked = performance.now();
  const data = await gql(NEIGHBOURHOOD, variables);
  const queryMs = performance.now() - asked;
  const n = data.neighbourhood;
  if (!n) throw new Error(`There is no entity ${id} in the graph.`);
  // An id merged into another (an old link) resolves to the survivor: the page then holds the survivor's id.
  if (n.center.id !== id) renameEntity(state, id, n.center.id);
  const centre = n.center.id;
  const previous = state.expansions.get(centre);
  state.expansions.set(centre, { limit, truncated: n.truncated, nodes: n.nodes, edges: n.edges, cursor: previous?.cursor ?? null });
  if (!state.focus.includes(centre)) state.focus.push(centre);
  state.lastQuery = { query: NEIGHBOURHOOD, variables };
  collapseLegendOnce();
  const drawn = await graph.merge(n.nodes, n.edges, { around: centre, refresh: true });
  markExpanded(centre);
  recordDraw(`ties of ${n.center.name}`, queryMs, drawn);
}

/** A hub's next ties: a larger limitPerNode up to the API's limit, then pages of its relations by cursor. */
async function more(id) {
  const expansion = state.expansions.get(id);
  if (!expansion) return openEntity(id);
  if (expansion.limit < API_LIMIT) {
    await expand(id, Math.min(expansion.limit + PAGE, API_LIMIT));
  } else {
    const asked = performance.now();
    if (!expansion.cursor) {
      const first = await gql(MORE_RELATIONS, { id, first: API_LIMIT, ...asOfVariable() });
      expansion.cursor = first.node.relations.pageInfo.endCursor;
    }
    const variables = { id, first: PAGE, after: expansion.cursor, ...asOfVariable() };
    const page = (await gql(MORE_RELATIONS, variables)).node.relations;
    state.lastQuery = { query: MORE_RELATIONS, variables };
    const nodes = page.edges.map((e) => ({ id: e.other.id, kind: e.other.kind, label: e.other.name }));
    const edges = page.edges.map((e) => ({ ...e.node, source: e.node.fromId, target: e.node.toId }));
    expansion.nodes.push(...nodes);
    expansion.edges.push(...edges);
    expansion.cursor = page.pageInfo.endCursor ?? expansion.cursor;
    expansion.truncated = page.pageInfo.hasNextPage;
    const drawn = await graph.merge(nodes, edges, { around: id });
    markExpanded(id);
    recordDraw('more ties', performance.now() - asked - drawn.ms, drawn);
  }
  await selectEntity(id);
}


/** The legend starts open on the empty page and folds away once something is drawn (its button reopens it). */
let legendFolded = false;
function collapseLegendOnce() {
  if (legendFolded) return;
  legendFolded = true;
  $('legend').hidden = true;
  $('legend-toggle').setAttribute('aria-expanded', 'false');
}

function markExpanded(id) {
  graph.setClass([id], 'expanded');
  graph.setClass([id], 'has-more', Boolean(state.expansions.get(id)?.truncated));
}

async function selectEntity(id) {
  state.selected = id;
  graph.select(id);
  sync();
  const data = await gql(ENTITY, { id, ...asOfVariable() });
  if (state.selected !== id) return; // another click came first
  const entity = data.node;
  if (!entity) throw new Error(`There is no entity ${id} in the graph.`);
  if (entity.id !== id) {
    // An id merged into another (an old link): the survivor is what is drawn and selected.
    renameEntity(state, id, entity.id);
    id = entity.id;
    graph.select(id);
  }
  const expansion = state.expansions.get(id);
  const drawn = graph.cy.getElementById(id).connectedEdges().length;
  const total = entity.relations?.totalCount ?? null;
  showPanel(panels.entityPanel(entity, {
    drawn,
    total,
    hasMore: Boolean(expansion?.truncated) || (total !== null && drawn < total),
    onMore: () => run(() => more(id)),
    onPathFrom: () => { pathFrom.set(entity); state.from = id; togglePathPanel(true); },
    onPathTo: () => { pathTo.set(entity); state.to = id; togglePathPanel(true); },
    onCommon: () => common.add(entity),
    onEntity: (other) => run(() => openEntity(other, { focus: true })),
    exportHref: exportHref('gexf', { id }),
  }));
  if (!state.lastQuery || state.lastQuery.variables?.id !== id) state.lastQuery = { query: NEIGHBOURHOOD, variables: { id, depth: 1, limitPerNode: expansion?.limit ?? PAGE, ...asOfVariable() } };
  sync();
}

async function selectRelation(id) {
  state.selected = id;
  graph.select(id);
  sync();
  const variables = { id };
  const data = await gql(RELATION, variables);
  if (state.selected !== id) return;
  const relation = data.relation;
  if (!relation) throw new Error(`There is no tie ${id} in the graph.`);
  if (!graph.has(id)) {
    // A disputing claim not drawn yet: draw it beside the claim it disputes.
    await graph.merge(
      [relation.from, relation.to].map((e) => ({ id: e.id, kind: e.kind, label: e.name })),
      [{ ...relation, source: relation.from.id, target: relation.to.id }],
      { around: relation.from.id });
    graph.select(id);
  }
  state.lastQuery = { query: RELATION, variables };
  showPanel(panels.relationPanel(relation, {
    onEntity: (entityId) => run(() => openEntity(entityId, { focus: true })),
    onRelation: (relationId) => run(() => selectRelation(relationId)),
    onRead: readDocument,
  }));
  sync();
}

/** "Read in the document": the source's held text, at the tie's passage. */
function readDocument(sourceId, relationId, quote, opener) {
  run(() => openDocument(sourceId, relationId, { quote, opener }));
}

async function openDocument(sourceId, relationId, { quote = null, opener = null } = {}) {
  await documentView.open(sourceId, { relationId, quote, opener });
  state.document = { source: sourceId, at: documentView.relationId ?? relationId };
  layoutPanes();
  sync();
}

/**
 * What the live feed watches, most wanted first (it takes 20): the entities opened, the latest first, the path's ends,
 * then the others drawn. A change to a tie counts for both its ends, so the ties among them are followed too.
 */
function watchedIds() {
  const drawn = graph.cy.nodes().map((n) => n.id());
  return [...state.focus].reverse().concat([state.from, state.to].filter(Boolean), drawn);
}

/** The entities the timeline covers: those the reader opened first, then the others drawn, at most MAX_IDS. */
function timelineIds() {
  const drawn = graph.cy.nodes().map((n) => n.id());
  const ids = [...new Set([...state.focus.filter((id) => graph.has(id)), ...drawn])];
  return { ids: ids.slice(0, MAX_IDS), onScreen: ids.length };
}

/** The graph gives room to the document pane (left) and the timeline (bottom) while they are open. */
function layoutPanes() {
  const area = document.querySelector('.graph-area');
  const before = area.className;
  area.classList.toggle('with-document', documentView.isOpen);
  area.classList.toggle('with-timeline', timeline.isOpen);
  if (area.className === before) return;
  graph.cy.resize();
  if (!graph.isEmpty) graph.fit();
}

async function findPaths() {
  const variables = { from: state.from, to: state.to, maxHops: Number($('path-hops').value), first: 3, ...throughVariable(), ...asOfVariable() };
  const asked = performance.now();
  const data = await gql(PATHS, variables);
  const queryMs = performance.now() - asked;
  state.paths = data.paths ?? [];
  state.shownPath = 0;
  state.lastQuery = { query: PATHS, variables };
  const drawn = await drawPaths();
  renderPaths();
  if (state.paths.length) {
    recordDraw('paths', queryMs, drawn);
    graph.focusOn(state.paths[0].steps.flatMap((s) => [s.from.id, s.to.id]));
  } else {
    setStatus('No path found.');
  }
  sync();
}

async function drawPaths() {
  const { nodes, edges } = pathElements();
  const drawn = await graph.merge(nodes, edges, { around: state.from });
  highlightPath();
  return drawn;
}

function pathElements() {
  const nodes = new Map();
  const edges = new Map();
  for (const path of state.paths) {
    for (const step of path.steps) {
      for (const e of [step.from, step.to]) nodes.set(e.id, { id: e.id, kind: e.kind, label: e.name });
      edges.set(step.relation.id, { ...step.relation, source: step.relation.fromId, target: step.relation.toId });
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

function highlightPath() {
  graph.clearClass('on-path');
  const path = state.paths[state.shownPath];
  if (!path) return;
  graph.setClass(path.steps.flatMap((s) => [s.from.id, s.to.id, s.relation.id]), 'on-path');
}

function renderPaths() {
  const names = { from: $('path-from').value || state.from, to: $('path-to').value || state.to };
  showPathPanel();
  clear($('path-results')).append(panels.pathResults(state.paths, {
    ...names,
    selectedIndex: state.shownPath,
    onShow: (index) => { state.shownPath = index; highlightPath(); renderPaths(); },
    onStep: (relationId) => run(() => selectRelation(relationId)),
    onRead: readDocument,
  }));
}

/** Asks again for everything drawn, as of the new day, and draws exactly what the API now returns. */
async function setAsOf(day) {
  state.asOf = day;
  graph.showValidity = Boolean(day);
  dates.set(day);
  const asked = performance.now();
  const nodes = new Map();
  const edges = new Map();
  const answers = await Promise.all(state.focus.map((id) =>
    gql(NEIGHBOURHOOD, { id, depth: 1, limitPerNode: state.expansions.get(id).limit, ...asOfVariable() })));
  state.focus.forEach((id, i) => {
    const n = answers[i].neighbourhood;
    Object.assign(state.expansions.get(id), { truncated: n.truncated, nodes: n.nodes, edges: n.edges, cursor: null });
    n.nodes.forEach((x) => nodes.set(x.id, x));
    n.edges.forEach((x) => edges.set(x.id, x));
  });
  if (state.from && state.to && state.paths.length) {
    const data = await gql(PATHS, { from: state.from, to: state.to, maxHops: Number($('path-hops').value), first: 3, ...throughVariable(), ...asOfVariable() });
    state.paths = data.paths ?? [];
    state.shownPath = 0;
    const p = pathElements();
    p.nodes.forEach((x) => nodes.set(x.id, x));
    p.edges.forEach((x) => edges.set(x.id, x));
  }
  const queryMs = performance.now() - asked;
  const keep = [...state.focus, state.from, state.to].filter(Boolean);
  const drawn = await graph.reconcile([...nodes.values()], [...edges.values()], keep);
  state.focus.forEach(markExpanded);
  highlightPath();
  if (state.paths.length || (state.from && state.to && $('path-results').firstChild)) renderPaths();
  recordDraw(day ? `ties as of ${day}` : 'ties at any date', queryMs, drawn);
  if (state.selected && !graph.has(state.selected)) {
    showPanel(el('section', { class: 'panel-section' }, el('p', { class: 'notice' },
      day ? `The selected tie did not hold on ${day}, so it is hidden. Choose “All dates” to see it again.` : 'The selected item is no longer drawn.')));
    state.selected = null;
  } else if (state.selected?.startsWith('rel/')) {
    await selectRelation(state.selected);
  } else if (state.selected) {
    await selectEntity(state.selected);
  }
  sync();
}

// ----------------------------------------------------------------------------------------------- page plumbing

function asOfVariable() {
  return state.asOf ? { asOf: state.asOf } : {};
}

/** Chains through a shared mineral only when asked ("Through minerals too"); else the API's default, actors first. */
function throughVariable() {
  return $('path-minerals').checked ? { through: 'ANY' } : {};
}

function exportHref(format, { id } = {}) {
  const params = new URLSearchParams({ format });
  if (id) {
    params.set('id', id);
    params.set('depth', '1');
    params.set('limitPerNode', String(state.expansions.get(id)?.limit ?? PAGE));
    if (state.asOf) params.set('asOf', state.asOf);
  }
  return `/export?${params}`;
}

/** Runs an action with the busy flag up (tests and the spinner wait on it) and reports any failure. */
async function run(action) {
  state.busy++;
  document.body.dataset.busy = 'true';
  try {
    await action();
  } catch (e) {
    showError(e);
  } finally {
    state.busy--;
    if (state.busy === 0) document.body.dataset.busy = 'false';
  }
}

function recordDraw(what, queryMs, drawn) {
  const parts = Object.fromEntries(Object.entries(drawn.parts ?? {}).map(([k, v]) => [k, Math.round(v)]));
  const entry = { what, queryMs: Math.round(queryMs), drawMs: Math.round(drawn.ms), ...parts, nodes: graph.counts().nodes, edges: graph.counts().edges, added: drawn.addedNodes + drawn.addedEdges };
  timings.draws.push(entry);
  timings.lastDraw = entry;
  setStatus(`${entry.nodes} entities · ${entry.edges} ties · ${what}: answered in ${entry.queryMs} ms, drawn in ${entry.drawMs} ms`);
}

function sync() {
  writePermalink(state);
  live.watch(watchedIds());
  const last = state.lastQuery;
  const link = $('graphiql-link');
  if (last) {
    link.href = graphiqlHref(last.query, last.variables);
    link.removeAttribute('aria-disabled');
  } else {
    link.href = '/graphql';
  }
  const selectedEntity = state.selected && !state.selected.startsWith('rel/') ? state.selected : state.focus.at(-1);
  for (const a of document.querySelectorAll('[data-export-format]')) {
    const scope = a.dataset.exportScope;
    if (scope === 'entity') {
      a.hidden = !selectedEntity;
      if (selectedEntity) a.href = exportHref(a.dataset.exportFormat, { id: selectedEntity });
    } else if (scope === 'path') {
      a.hidden = !(state.paths.length && state.from && state.to);
      const params = new URLSearchParams({ format: a.dataset.exportFormat, from: state.from ?? '', to: state.to ?? '' });
      if (state.asOf) params.set('asOf', state.asOf);
      a.href = `/export?${params}`;
    } else {
      a.href = exportHref(a.dataset.exportFormat);
    }
  }
  $('export-entity-name').textContent = selectedEntity ? graph.nodeLabel(selectedEntity) ?? selectedEntity : '';
  $('empty-state').hidden = !graph.isEmpty;
  if (timeline.isOpen) {
    timeline.highlight(state.selected);
    const { ids, onScreen } = timelineIds();
    run(() => timeline.load(ids, onScreen));
  }
}

function showPanel(content) {
  clear(panel).append(content);
  // The path finder may sit above the details: bring what was just asked for into view.
  panel.scrollIntoView({ block: 'start', behavior: 'instant' });
}

function showWelcome() {
  showPanel(panels.welcomePanel((id) => run(() => openEntity(id, { focus: true }))));
}

function showSummary() {
  if (graph.isEmpty) return showWelcome();
  const { nodes, edges } = graph.counts();
  showPanel(el('section', { class: 'panel-section' },
    el('h2', {}, `${nodes} entities, ${edges} ties`),
    el('p', {}, 'Click an entity to draw its ties, or a tie to read its evidence.')));
}

function togglePathPanel(open) {
  const section = $('path-panel');
  const show = open ?? section.hidden;
  section.hidden = !show;
  $('path-toggle').setAttribute('aria-expanded', String(show));
  if (show && !pathFrom.id && state.selected && !state.selected.startsWith('rel/')) {
    pathFrom.set({ id: state.selected, name: graph.nodeLabel(state.selected) });
    state.from = state.selected;
  }
  if (show) (pathFrom.id ? $('path-to') : $('path-from')).focus();
}

function showPathPanel() { togglePathPanel(true); }

function setStatus(text) {
  status.textContent = text;
  status.classList.remove('error');
}

function showError(error) {
  status.textContent = error.message;
  status.classList.add('error');
  console.error(error);
}

// For the browser tests: read-only views of what is drawn and where, and how long drawing took.
window.mgExplorer = {
  timings,
  has: (id) => graph.has(id),
  pagePoint: (id) => graph.pagePoint(id),
  counts: () => graph.counts(),
  classesOf: (id) => (graph.has(id) ? graph.cy.getElementById(id).classes() : null),
  endsOf: (id) => graph.endsOf(id),
  labelOf: (id) => (graph.has(id) ? graph.cy.getElementById(id).data('label') : null),
  selected: () => state.selected,
  isSelected: (id) => graph.has(id) && graph.cy.getElementById(id).selected(),
};

// ------------------------------------------------------------------------------------------------ start: the URL

async function restore() {
  const saved = readPermalink();
  try {
    live.resumeAfter((await gql(LATEST_SEQUENCE)).latestSequence);
  } catch (e) {
    console.warn('live updates start from now:', e.message); // the page still works without the change log
  }
  if (saved.asOf) {
    state.asOf = saved.asOf;
    graph.showValidity = true;
    dates.set(saved.asOf);
  }
  for (const id of saved.focus) await expand(id, PAGE);
  if (saved.from && saved.to) {
    state.from = saved.from;
    state.to = saved.to;
    const ends = await gql(`query Ends($ids: [ID!]!) { nodes(ids: $ids) { id name kind } }`, { ids: [saved.from, saved.to] });
    pathFrom.set(ends.nodes[0]);
    pathTo.set(ends.nodes[1]);
    await findPaths();
  }
  if (saved.selected?.startsWith('rel/')) await selectRelation(saved.selected);
  else if (saved.selected) await openEntity(saved.selected);
  else if (state.focus.length) await selectEntity(state.focus.at(-1));
  else showWelcome();
  if (saved.document) await openDocument(saved.document.source, saved.document.at);
  if (saved.timeline) timeline.toggle(true);
  if (graph.isEmpty) setStatus('Search for an entity, or pick one on the right, to draw its ties.');
  sync();
}

document.body.dataset.busy = 'false';
run(restore);
