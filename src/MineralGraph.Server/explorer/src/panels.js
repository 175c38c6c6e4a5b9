import { el, kindIcon } from './dom.js';
import { kindOf, relationWords, ENTITY_KINDS } from './kinds.js';
import { pathSummary, strengthBadge, strengthReasons } from './strength.js';
import { amountWords } from './amount.js';
import { dateWords } from './dateWords.js';

// What the side panel shows: an entity, a tie with its evidence, or the welcome text. Pure rendering: every action
// is a callback supplied by main.js.

export function entityChip(entity, onClick) {
  const kind = kindOf(entity.kind);
  return el(onClick ? 'button' : 'span', {
    class: 'entity-chip',
    type: onClick ? 'button' : null,
    dataset: { id: entity.id },
    onclick: onClick ? () => onClick(entity.id) : null,
    title: `${kind.label}: ${entity.name}`,
  }, kindIcon(entity.kind, kind.colour, kind.shape, 13), el('span', {}, entity.name));
}

function dateRange(r) {
  const since = dateWords(r.since);
  const until = dateWords(r.until);
  if (since && until) return `${since} – ${until}`;
  if (since && r.since.expected) return `not yet: expected to begin ${since.replace(' — expected', '')}`;
  if (since) return `since ${since}${r.isCurrent === false ? ' (ended, date unknown)' : ''}`;
  if (until) return `until ${until}`;
  return r.isCurrent === true ? 'current; start not given' : 'dates not given';
}

/**
 * A quote with its document. With `onRead(sourceId, relationId, quote, button)`, a "Read in the document" button opens
 * the held text at the quote; a source whose text the project does not hold says so instead.
 */
export function citation(evidence, { relationId = null, onRead = null } = {}) {
  const source = evidence.source ?? {};
  const meta = [source.publisher, source.author, source.date?.value, evidence.locator].filter(Boolean).join(' · ');
  return el('figure', { class: 'evidence' },
    el('blockquote', { class: 'evidence-quote' }, evidence.quote),
    el('figcaption', {},
      source.url
        ? el('a', { class: 'evidence-title', href: source.url, target: '_blank', rel: 'noopener noreferrer' }, source.title ?? source.id)
        : el('span', { class: 'evidence-title' }, source.title ?? source.id),
      meta ? el('span', { class: 'evidence-meta' }, meta) : null,
      evidence.reportedBy ? el('span', { class: 'evidence-reported-by', title: 'Whom the document attributes these words to' }, `as reported by ${evidence.reportedBy}`) : null,
      source.origin === 'SEED' ? el('span', { class: 'badge badge-seed', title: 'One of the five articles the graph was built from; the quote is checked against its text.' }, 'checked against text') : null),
    onRead && relationId ? readControl(evidence, relationId, onRead) : null);
}

function readControl(evidence, relationId, onRead) {
  const source = evidence.source ?? {};
  if (!source.textKind || source.textKind === 'NONE') {
    return el('p', { class: 'muted small no-text' }, 'The project holds no text for this source.');
  }
  const button = el('button', {
    type: 'button',
    class: 'read-document',
    dataset: { source: source.id, relation: relationId },
    title: source.textKind === 'PASSAGES' ? 'Open the passages kept from the page, at this quote' : 'Open the document at this quote, highlighted',
  }, 'Read in the document');
  button.addEventListener('click', () => onRead(source.id, relationId, evidence.quote, button));
  return button;
}

export function welcomePanel(onExample) {
  const examples = [
    ['official/claudia-sheinbaum', 'Claudia Sheinbaum', 'OFFICIAL'],
    ['mineral/lithium', 'Lithium', 'MINERAL'],
    ['agreement/usmca', 'USMCA (T-MEC)', 'AGREEMENT'],
    ['agreement/minerals-security-partnership', 'Minerals Security Partnership', 'AGREEMENT'],
  ];
  return el('section', { class: 'panel-section welcome' },
    el('h2', {}, 'Who is tied to whom in the critical-minerals supply chain'),
    el('p', {}, 'Search for a government, an official, a company, a mineral or an agreement. Click an entity to draw its ties; click a tie to read the document and the exact sentence that support it.'),
    el('p', { class: 'muted' }, 'Start with:'),
    el('div', { class: 'chips' }, examples.map(([id, name, kind]) => entityChip({ id, name, kind }, () => onExample(id)))));
}

export function entityPanel(entity, { drawn, total, hasMore, onMore, onPathFrom, onPathTo, onCommon, onEntity, exportHref }) {
  const kind = kindOf(entity.kind);
  const facts = [];
  const add = (label, value) => { if (value !== null && value !== undefined && value !== '') facts.push([label, value]); };
  const type = entity.governmentType ?? entity.mineralType ?? entity.projectType ?? entity.agreementType ?? entity.eventType ?? entity.measureType;
  add('Type', type ? relationWords(type) : null);
  add('Status', entity.status ? relationWords(entity.status) : null);
  add('Date', dateWords(entity.date));
  for (const step of entity.dates ?? []) add(step.role ? step.role.charAt(0) + step.role.slice(1).toLowerCase().replace(/_/g, ' ') : 'Date', dateWords({ ...step, role: null }));
  add('Place', entity.place);
  add('Symbol', entity.symbol);
  add('ISO code', entity.iso);
  add('Publisher', entity.publisher);
  add('Author', entity.author);
  add('Country', entity.country ? entityChip({ ...entity.country, kind: 'GOVERNMENT' }, onEntity) : null);

  return el('section', { class: 'panel-section entity-panel', dataset: { id: entity.id } },
    el('div', { class: 'panel-kind' }, kindIcon(entity.kind, kind.colour, kind.shape, 16), kind.label),
    el('h2', { class: 'panel-title' }, entity.name),
    entity.aliases?.length ? el('p', { class: 'aliases' }, 'Also: ', entity.aliases.join(' · ')) : null,
    entity.description ? el('p', { class: 'description' }, entity.description) : null,
    facts.length ? el('dl', { class: 'facts' }, facts.flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, value)])) : null,
    entity.url ? el('p', {}, el('a', { href: entity.url, target: '_blank', rel: 'noopener noreferrer' }, 'Read the document')) : null,
    el('div', { class: 'tie-count' },
      el('span', { class: 'tie-count-text' }, total === null ? `${drawn} ties drawn` : `${Math.min(drawn, total)} of ${total} ties drawn`),
      hasMore ? el('button', { type: 'button', class: 'button button-small', id: 'more-ties', onclick: onMore }, 'Show more ties') : null),
    el('div', { class: 'actions' },
      el('button', { type: 'button', class: 'button', onclick: onPathFrom }, 'Path from here'),
      el('button', { type: 'button', class: 'button', onclick: onPathTo }, 'Path to here'),
      onCommon ? el('button', { type: 'button', class: 'button add-common', onclick: onCommon }, 'Add to common ties') : null,
      el('a', { class: 'button', href: exportHref, download: '' }, 'Download ties (GEXF)')));
}

export function relationPanel(relation, { onEntity, onRelation, onRead }) {
  const claim = el('p', { class: 'claim' },
    entityChip(relation.from, onEntity),
    el(relation.denied ? 's' : 'span', { class: 'claim-verb' }, relationWords(relation.kind), relation.role ? ` (${relation.role})` : ''),
    entityChip(relation.to, onEntity));
  return el('section', { class: 'panel-section relation-panel', dataset: { id: relation.id } },
    el('div', { class: 'panel-kind' }, 'Tie',
      relation.denied ? el('span', { class: 'badge badge-denied', id: 'denied-badge', title: 'The source says this tie does not hold' }, 'Denied') : null,
      relation.disputed ? el('span', { class: 'badge badge-disputed', id: 'disputed-badge' }, 'Disputed') : null),
    relation.denied ? el('p', { class: 'denied-note', role: 'note' }, 'The source says this does NOT hold:') : null,
    claim,
    el('dl', { class: 'facts' },
      relation.amount ? [el('dt', {}, 'Amount'), el('dd', { class: 'amount' }, amountWords(relation.amount), relation.amount.basis ? el('span', { class: 'muted' }, ` (${relation.amount.basis})`) : null)] : null,
      el('dt', {}, 'When'), el('dd', {}, dateRange(relation)),
      el('dt', {}, 'Holds now'), el('dd', {}, relation.isCurrent === true ? 'yes' : relation.isCurrent === false ? 'no' : 'not settled by the sources'),
      relation.note ? [el('dt', {}, 'Note'), el('dd', {}, relation.note)] : null),
    relation.disputed ? disputedBox(relation, onEntity, onRelation, onRead) : null,
    el('h3', {}, relation.evidence.length === 1 ? 'Evidence' : `Evidence (${relation.evidence.length} documents)`),
    el('div', { class: 'evidence-list' }, relation.evidence.map((e) => citation(e, { relationId: relation.id, onRead }))),
    el('p', { class: 'muted small' }, `Tie id: ${relation.id}`));
}

function disputedBox(relation, onEntity, onRelation, onRead) {
  return el('div', { class: 'disputed-box', role: 'note' },
    el('p', { class: 'disputed-title' }, 'Another source disagrees. The graph keeps both claims:'),
    relation.disputedBy.map((other) => el('div', { class: 'disputing-claim', dataset: { id: other.id } },
      el('button', { type: 'button', class: 'link-button', onclick: () => onRelation(other.id) },
        `${other.denied ? 'Denied: ' : ''}${other.from.name} ${relationWords(other.kind)}${other.role ? ` (${other.role})` : ''} ${other.to.name}`),
      other.since || other.until ? el('span', { class: 'muted small' }, ` · ${dateRange(other)}`) : null,
      other.evidence.map((e) => citation(e, { relationId: other.id, onRead })))));
}

export function pathResults(paths, { from, to, onStep, onShow, onRead, selectedIndex }) {
  if (!paths.length) {
    return el('p', { class: 'path-empty', id: 'path-empty' }, `No chain of ties joins ${from} and ${to} within the hops allowed.`);
  }
  return el('div', { class: 'path-results' }, paths.map((path, index) => el('section', {
    class: `path-result${index === selectedIndex ? ' shown' : ''}`,
    dataset: { index },
  },
  el('button', { type: 'button', class: 'path-header', onclick: () => onShow(index) },
    el('span', {}, `Path ${index + 1}`), el('span', { class: 'muted' }, `${path.hops} ${path.hops === 1 ? 'hop' : 'hops'}`)),
  pathSummary(path),
  el('ol', { class: 'hops' }, path.steps.map((step, position) => el('li', {
    class: `hop${path.weakestStep?.position === position ? ' hop-weakest' : ''}`,
    dataset: { id: step.relation.id },
  },
    el('button', { type: 'button', class: 'hop-claim', onclick: () => onStep(step.relation.id) },
      el('strong', {}, step.from.name), ' ',
      el('span', { class: 'claim-verb' }, step.direction === 'BACKWARD' ? `← ${relationWords(step.relation.kind)} —` : `— ${relationWords(step.relation.kind)} →`),
      ' ', el('strong', {}, step.to.name),
      step.relation.disputed ? el('span', { class: 'badge badge-disputed' }, 'Disputed') : null),
    step.strength ? strengthBadge(step.strength, path.weakestStep?.position === position ? 'Weakest hop' : 'Hop') : null,
    step.strength && path.weakestStep?.position === position ? strengthReasons(step.strength) : null,
    el('div', { class: 'citation' }, step.relation.evidence.map((e) => citation(e, { relationId: step.relation.id, onRead }))))))))); 
}

export function legend() {
  return el('div', { class: 'legend-body' },
    el('ul', { class: 'legend-kinds' }, Object.entries(ENTITY_KINDS).map(([kind, k]) =>
      el('li', {}, kindIcon(kind, k.colour, k.shape, 14), k.label))),
    el('ul', { class: 'legend-ties' },
      el('li', {}, el('span', { class: 'line line-solid' }), 'tie (arrow: who does what to whom)'),
      el('li', {}, el('span', { class: 'line line-disputed' }), 'disputed: sources disagree'),
      el('li', {}, el('span', { class: 'line line-denied' }), 'denied: the source says it does not hold'),
      el('li', {}, el('span', { class: 'line line-dotted' }), 'dates cannot settle the chosen day'),
      el('li', {}, el('span', { class: 'line line-path' }), 'on the path'),
      el('li', {}, el('span', { class: 'ring' }), 'more ties not drawn yet')));
}
