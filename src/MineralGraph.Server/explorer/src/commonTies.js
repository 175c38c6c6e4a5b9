import { COMMON_TIES } from './api.js';
import { el, clear } from './dom.js';
import { relationWords } from './kinds.js';
import { entityChip, citation } from './panels.js';
import { strengthBadge, strengthReasons } from './strength.js';

// "Common ties": the entities tied to every one of two to five picked entities (interlocks), strongest first, each
// tie with its strength and evidence. The picked entities come from the entity panel's "Add to common ties".

export const MAX_PICKED = 5; // the API's limit (commonTies takes 2 to 5 ids)

/**
 * Wires the common-ties section. `ask(query, variables)` runs a GraphQL query; `draw(nodes, edges, ids)` draws the
 * answer and marks `ids`; `onEntity(id)` / `onRelation(id)` open an entity or a tie; `onRead` a quote's document.
 */
export function attachCommonTies(section, { ask, asOfVariable, draw, onEntity, onRelation, onRead, run, onAsked }) {
  const picked = []; // { id, name, kind }
  const list = section.querySelector('#common-picked');
  const go = section.querySelector('#common-go');
  const results = section.querySelector('#common-results');
  section.querySelector('#common-clear').addEventListener('click', () => { picked.length = 0; clear(results); render(); });
  go.addEventListener('click', () => run(find));

  function render() {
    section.hidden = picked.length === 0;
    clear(list).append(...picked.map((entity) => el('li', { class: 'common-picked-entity', dataset: { id: entity.id } },
      entityChip(entity, onEntity),
      el('button', { type: 'button', class: 'link-button', title: 'Remove', 'aria-label': `Remove ${entity.name}`, onclick: () => remove(entity.id) }, '×'))));
    go.disabled = picked.length < 2;
    go.textContent = picked.length < 2 ? 'Add one more entity' : `Find what the ${picked.length} have in common`;
  }

  function remove(id) {
    const i = picked.findIndex((e) => e.id === id);
    if (i >= 0) picked.splice(i, 1);
    render();
  }

  async function find() {
    const variables = { ids: picked.map((e) => e.id), first: 10, ...asOfVariable() };
    const data = await ask(COMMON_TIES, variables);
    onAsked({ query: COMMON_TIES, variables });
    const ties = data.commonTies ?? [];
    const nodes = new Map(picked.map((e) => [e.id, { id: e.id, kind: e.kind, label: e.name }]));
    const edges = new Map();
    for (const tie of ties) {
      nodes.set(tie.entity.id, { id: tie.entity.id, kind: tie.entity.kind, label: tie.entity.name });
      for (const link of tie.ties) edges.set(link.relation.id, { ...link.relation, source: link.relation.fromId, target: link.relation.toId });
    }
    await draw([...nodes.values()], [...edges.values()], [...ties.map((t) => t.entity.id), ...edges.keys()]);
    clear(results).append(resultList(ties));
  }

  function resultList(ties) {
    if (!ties.length) {
      return el('p', { class: 'common-empty', id: 'common-empty' }, `Nothing is tied to all of ${picked.map((e) => e.name).join(', ')}.`);
    }
    return el('ol', { class: 'common-results' }, ties.map((tie) => el('li', { class: 'common-tie', dataset: { id: tie.entity.id } },
      el('div', { class: 'common-tie-header' }, entityChip(tie.entity, onEntity), strengthBadge({ score: tie.strength, reasons: [] })),
      el('ul', { class: 'common-links' }, tie.ties.map((link) => el('li', {
        class: `common-link${link.relation.id === tie.weakestTie.relation.id ? ' common-link-weakest' : ''}`,
        dataset: { id: link.relation.id },
      },
        el('button', { type: 'button', class: 'hop-claim', onclick: () => onRelation(link.relation.id) },
          el('strong', {}, link.with.name), ' ',
          el('span', { class: 'claim-verb' }, link.direction === 'OUTGOING' ? `← ${relationWords(link.relation.kind)} —` : `— ${relationWords(link.relation.kind)} →`),
          ' ', el('strong', {}, tie.entity.name)),
        strengthBadge(link.strength, link.relation.id === tie.weakestTie.relation.id ? 'Weakest tie' : 'Tie'),
        link.relation.id === tie.weakestTie.relation.id ? strengthReasons(link.strength) : null,
        el('div', { class: 'citation' }, link.relation.evidence.map((e) => citation(e, { relationId: link.relation.id, onRead })))))))));
  }

  render();
  return {
    /** Adds an entity (at most MAX_PICKED, each once) and shows the section. */
    add(entity) {
      if (!picked.some((e) => e.id === entity.id) && picked.length < MAX_PICKED) picked.push({ id: entity.id, name: entity.name, kind: entity.kind });
      render();
      section.scrollIntoView({ block: 'start', behavior: 'instant' });
    },
    ids: () => picked.map((e) => e.id),
  };
}
