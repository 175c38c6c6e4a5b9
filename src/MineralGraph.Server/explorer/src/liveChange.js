// What a curator's change (from the live feed, live.js) does to the page: the one place a change reaches the
// drawing and the side panel, so the page never shows a tie the graph no longer asserts or a name it no longer uses.

const RETRACTION = `
query Retraction($id: ID!) {
  relation(id: $id) { id retraction { reason by } }
}`;

const NAMES = `
query Names($ids: [ID!]!) {
  nodes(ids: $ids) { id name }
}`;

/**
 * Applies `change` ({ sequence, operation, targets, actor }) to what is on screen. `page` gives the page's state and
 * graph and what the page does: `ask` (GraphQL), `redraw(id)` (an opened entity's ties again), `repath()` (the paths
 * shown, asked again), `showSelected()` (the panel again), `closeSelected(text)` (the panel closed, saying why), `notice(text)` and `sync()`.
 */
export async function applyChange(change, page) {
  const { state, graph } = page;
  const targets = change.targets;
  const onScreen = (id) => graph.has(id) || state.focus.includes(id) || state.selected === id;
  if (!targets.some(onScreen)) return;

  // Whether the open panel shows something the change touched: the entity itself, or the tie or one of its ends.
  const selected = state.selected;
  const shown = selected ? [selected, ...(graph.endsOf(selected) ?? [])] : [];
  const panelTouched = shown.some((id) => targets.includes(id));
  const tie = targets.find((id) => id.startsWith('rel/'));
  const words = what(change, graph); // before the change, while the merged entity is still drawn with its name
  let closing = null;

  if (change.operation === 'retractRelation' && tie) {
    graph.removeTie(tie, kept(state));
    if (selected === tie) closing = tie;
  } else if (change.operation === 'mergeEntities') {
    // Targets: the survivor, then the id merged into it (which keeps resolving to it).
    const [survivor, merged] = targets;
    graph.replaceNode(merged, { id: survivor });
    renameEntity(state, merged, survivor);
  }

  // The entities the reader opened that the change touched: their ties are asked for again (a new tie, a tie now
  // disputed, the merged entity's ties now the survivor's) and what is drawn is brought up to date.
  const touched = state.focus.filter((id) => targets.includes(id));
  for (const id of touched) await page.redraw(id);
  // Other drawn entities the change renamed (or merged into): their new names.
  if (change.operation === 'updateEntity' || change.operation === 'mergeEntities') {
    const ids = targets.filter((id) => !id.startsWith('rel/') && graph.has(id) && !touched.includes(id));
    if (ids.length) {
      const data = await page.ask(NAMES, { ids });
      for (const node of data.nodes ?? []) if (node) graph.relabel(node.id, node.name);
    }
  }

  // A path shown through the tie or entity changed is asked for again: it may be gone, or another may now be stronger.
  const onPath = (step) => [step.relation.id, step.from.id, step.to.id].some((id) => targets.includes(id));
  if (state.paths.some((path) => path.steps.some(onPath))) await page.repath();

  if (closing) {
    const data = await page.ask(RETRACTION, { id: closing });
    const retraction = data.relation?.retraction;
    page.closeSelected(`This tie was retracted by a curator${retraction ? ` (${retraction.by}): ${retraction.reason}` : '.'}`);
  } else if (state.selected && (panelTouched || state.selected !== selected)) {
    await page.showSelected();
  }
  page.notice(`Graph updated: ${words} by ${change.actor} (change ${change.sequence}).`);
  page.sync();
}

/** An entity id that now resolves to another (merged into it): the page's state holds the survivor's id instead. */
export function renameEntity(state, from, to) {
  state.focus = [...new Set(state.focus.map((id) => (id === from ? to : id)))];
  const expansion = state.expansions.get(from);
  if (expansion) {
    state.expansions.delete(from);
    const other = state.expansions.get(to);
    if (!other || other.limit < expansion.limit) state.expansions.set(to, { ...expansion, cursor: null });
  }
  for (const key of ['selected', 'from', 'to']) {
    if (state[key] === from) state[key] = to;
  }
}

/** What a drawn tie's removal must not take away with it: the entities the reader opened, path ends, the selection. */
function kept(state) {
  return [...state.focus, state.from, state.to, state.selected].filter(Boolean);
}

function what(change, graph) {
  const name = (id) => graph.nodeLabel(id) ?? id;
  switch (change.operation) {
    case 'assertRelation': return 'a tie asserted';
    case 'retractRelation': return 'a tie retracted';
    case 'updateEntity': return `${name(change.targets[0])} changed`;
    case 'mergeEntities': return `${name(change.targets[1])} merged into ${name(change.targets[0])}`;
    default: return change.operation;
  }
}
