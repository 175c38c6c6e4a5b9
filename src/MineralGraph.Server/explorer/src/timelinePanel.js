import { TIMELINE } from './api.js';
import { el, clear } from './dom.js';
import { kindOf, relationWords } from './kinds.js';
import { dateWords } from './dateWords.js';
import { placeable, layoutAxis } from './timelineAxis.js';

// The timeline panel: what was signed, announced, restricted or begun, for the entities on screen, in date order.
// A horizontal axis (coarse dates as spans, expected ones hollow and labelled) with a marker at the date slider's
// day, and the same items as a list for keyboards and screen readers. Clicking an item selects its tie (or its
// event, agreement or measure). Export links give the same items as CSV or TimelineJS JSON.

export const MAX_IDS = 20; // the API's limit for timeline(ids)
const PAGE = 100; // the API's largest page
const MAX_PAGES = 5; // at most 500 items: more would not read as a timeline
const ROW_HEIGHT = 26;
const TICKS_HEIGHT = 22;
const KINDS = ['RELATION', 'EVENT', 'AGREEMENT', 'MEASURE'];
const KIND_WORDS = { RELATION: 'Ties', EVENT: 'Events', AGREEMENT: 'Agreements', MEASURE: 'Measures' };

export class TimelinePanel {
  /**
   * `section` holds the panel's static parts (index.html); `ask(query, variables)` runs a GraphQL query;
   * `onRelation(id)` / `onEntity(id)` select a tie or an entity; `onToggle(open)` after it opened or closed.
   */
  constructor(section, { ask, run, onRelation, onEntity, onToggle }) {
    this.section = section;
    this.ask = ask;
    this.run = run;
    this.onRelation = onRelation;
    this.onEntity = onEntity;
    this.onToggle = onToggle;
    this.axis = section.querySelector('#timeline-axis');
    this.list = section.querySelector('#timeline-list');
    this.scope = section.querySelector('#timeline-scope');
    this.items = [];
    this.total = 0;
    this.key = null; // the ids and kinds the items were asked for
    this.sequence = 0;
    this.day = null; // the marker's day
    this.selected = null; // the tie or entity selected on the page
    this.clicked = null; // the item clicked last
    this.ids = [];
    this.kinds = new Set(KINDS);
    section.querySelector('#timeline-close').addEventListener('click', () => this.toggle(false));
    for (const box of section.querySelectorAll('input[name="timeline-kind"]')) {
      box.addEventListener('change', () => {
        if (box.checked) this.kinds.add(box.value);
        else this.kinds.delete(box.value);
        this.run(() => this.load(this.ids, this.onScreen));
      });
    }
    new ResizeObserver(() => { if (this.isOpen) this.drawAxis(); }).observe(this.axis);
  }

  get isOpen() { return !this.section.hidden; }

  toggle(open = !this.isOpen) {
    this.section.hidden = !open;
    this.onToggle(open);
  }

  /** Asks for the items of `ids` (at most MAX_IDS; `onScreen` entities are drawn) unless already shown. */
  async load(ids, onScreen) {
    this.ids = ids.slice(0, MAX_IDS);
    this.onScreen = onScreen;
    this.updateLinks();
    const kinds = KINDS.filter((k) => this.kinds.has(k));
    const key = JSON.stringify([this.ids, kinds]);
    if (key === this.key) return;
    this.key = key;
    const sequence = ++this.sequence;
    if (!this.ids.length) {
      this.items = [];
      this.total = 0;
      this.render();
      return;
    }
    const variables = { ids: this.ids, first: PAGE, ...(kinds.length < KINDS.length ? { kinds } : {}) };
    const items = [];
    let total = 0;
    let after = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      let data;
      try {
        data = await this.ask(TIMELINE, { ...variables, ...(after ? { after } : {}) });
      } catch (e) {
        if (sequence === this.sequence) this.key = null; // ask again next time
        throw e;
      }
      if (sequence !== this.sequence) return; // the entities on screen changed meanwhile
      const answer = data.timeline;
      total = answer.totalCount;
      items.push(...answer.edges.map((e) => e.node));
      if (!answer.pageInfo.hasNextPage) break;
      after = answer.pageInfo.endCursor;
    }
    this.items = items;
    this.total = total;
    this.render();
  }

  /** Forgets the items, so the next load asks again (after the graph was cleared, say). */
  reset() { this.key = null; }

  render() {
    const more = this.onScreen > this.ids.length
      ? ` · the first ${this.ids.length} of the ${this.onScreen} entities on screen (those you opened first)`
      : ` · the ${this.ids.length} ${this.ids.length === 1 ? 'entity' : 'entities'} on screen`;
    const shown = this.items.length < this.total ? `${this.items.length} of ${this.total} items` : `${this.total} ${this.total === 1 ? 'item' : 'items'}`;
    const { placed, withoutYear } = placeable(this.items);
    const apart = withoutYear.length ? ` · ${withoutYear.length} without a year, listed last` : '';
    this.scope.textContent = this.ids.length ? `${shown}${more}${apart}` : 'Draw some entities to see their timeline.';
    clear(this.list).append(
      ...placed.map((item) => this.listItem(item)),
      withoutYear.length ? el('li', { class: 'timeline-apart', role: 'presentation' }, 'Date without year (cannot be placed on the axis):') : null,
      ...withoutYear.map((item) => this.listItem(item, true)));
    this.drawAxis();
    this.highlight(this.selected);
  }

  listItem(item, withoutYear = false) {
    const button = el('button', { type: 'button', class: 'timeline-entry' },
      el('span', { class: 'timeline-date' }, dateWords(item.date)),
      el('span', { class: 'timeline-kind' }, kindLabel(item)),
      el('span', { class: 'timeline-title' }, item.title),
      item.date.expected ? el('span', { class: 'badge badge-expected' }, 'expected') : null);
    button.addEventListener('click', () => this.pick(item));
    return el('li', {
      class: `timeline-row${withoutYear ? ' without-year' : ''}`,
      dataset: { id: item.id, kind: item.kind, earliest: item.date.earliest ?? '', target: targetOf(item) },
    }, button);
  }

  drawAxis() {
    const { placed } = placeable(this.items);
    const axis = layoutAxis(placed, this.axis.clientWidth || 600);
    this.layout = axis;
    const track = el('div', { class: 'timeline-track' });
    track.style.width = `${axis.width}px`;
    track.style.height = `${TICKS_HEIGHT + Math.max(axis.rows, 1) * ROW_HEIGHT + 8}px`;
    for (const tick of axis.ticks) {
      const t = el('div', { class: 'timeline-tick' }, el('span', {}, String(tick.year)));
      t.style.left = `${tick.left}px`;
      track.append(t);
    }
    for (const box of axis.boxes) track.append(this.axisItem(box));
    const marker = el('div', { class: 'timeline-marker', id: 'timeline-marker', hidden: true }, el('span', { class: 'timeline-marker-label' }));
    track.append(marker);
    const empty = placed.length || !this.ids.length ? null : el('p', { class: 'timeline-axis-note muted small' }, 'No dated items for these entities.');
    const scroll = this.axis.scrollLeft;
    clear(this.axis).append(track, empty);
    this.axis.scrollLeft = scroll;
    this.moveMarker(this.day);
    this.highlight(this.selected);
  }

  axisItem({ item, left, barWidth, point, labelWidth, row }) {
    const node = el('button', {
      type: 'button',
      tabindex: '-1', // the list below is the keyboard's way in
      class: `timeline-item kind-${item.kind.toLowerCase()}${point ? ' point' : ' span'}${item.date.expected ? ' expected' : ''}`,
      title: `${dateWords(item.date)} · ${item.title}`,
      dataset: { id: item.id, target: targetOf(item), earliest: item.date.earliest, latest: item.date.latest },
    },
    el('span', { class: 'timeline-bar' }),
    el('span', { class: 'timeline-label' }, item.title, item.date.expected ? el('span', { class: 'timeline-expected' }, ' expected') : null));
    node.style.left = `${point ? left - 5 : left}px`;
    node.style.top = `${TICKS_HEIGHT + row * ROW_HEIGHT}px`;
    node.style.setProperty('--bar', `${point ? 10 : barWidth}px`);
    node.style.setProperty('--label', `${labelWidth}px`);
    const colour = kindOf(item.entity?.kind ?? item.kind).colour;
    node.style.setProperty('--colour', item.kind === 'RELATION' ? '#5b6b7b' : colour);
    node.addEventListener('click', () => this.pick(item));
    return node;
  }

  pick(item) {
    this.clicked = item.id;
    const target = targetOf(item);
    if (item.kind === 'RELATION') this.onRelation(target);
    else if (target) this.onEntity(target);
  }

  /** Marks the items of the selected tie or entity (the clicked one first, when it is among them). */
  highlight(selected) {
    this.selected = selected;
    const nodes = [...this.section.querySelectorAll('.timeline-row, .timeline-item')];
    const matching = nodes.filter((n) => selected && n.dataset.target === selected);
    const clickedMatches = matching.some((n) => n.dataset.id === this.clicked);
    for (const n of nodes) {
      const on = matching.includes(n) && (!clickedMatches || n.dataset.id === this.clicked);
      n.classList.toggle('selected', on);
      const button = n.matches('button') ? n : n.querySelector('button');
      button?.setAttribute('aria-pressed', String(on));
    }
    const row = this.list.querySelector('.timeline-row.selected');
    row?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  }

  /** Puts the marker at `day` (YYYY-MM-DD; null hides it): the date slider's day. */
  moveMarker(day) {
    this.day = day;
    const marker = this.axis.querySelector('#timeline-marker');
    if (!marker || !this.layout) return;
    marker.hidden = !day;
    if (!day) return;
    const left = Math.min(Math.max(this.layout.x(day), 0), this.layout.width);
    marker.style.left = `${left}px`;
    marker.dataset.day = day;
    marker.classList.toggle('outside', left !== this.layout.x(day));
    marker.querySelector('.timeline-marker-label').textContent = day;
    // Keep the marker in sight as the slider moves it.
    const view = this.axis;
    if (left < view.scrollLeft + 20 || left > view.scrollLeft + view.clientWidth - 20) view.scrollLeft = Math.max(0, left - view.clientWidth / 2);
  }

  updateLinks() {
    for (const a of this.section.querySelectorAll('[data-timeline-format]')) {
      const params = new URLSearchParams({ format: a.dataset.timelineFormat, ids: this.ids.join(',') });
      const kinds = KINDS.filter((k) => this.kinds.has(k));
      if (kinds.length < KINDS.length) params.set('kinds', kinds.join(','));
      a.href = `/export/timeline?${params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',')}`;
      a.hidden = !this.ids.length;
    }
  }
}

/** The tie a RELATION item is about, or the event, agreement or measure an item is. */
function targetOf(item) {
  return item.kind === 'RELATION' ? item.relation?.id ?? '' : item.entity?.id ?? '';
}

function kindLabel(item) {
  if (item.kind === 'RELATION') return `tie${item.relation ? ` · ${relationWords(item.relation.kind)}` : ''}`;
  return KIND_WORDS[item.kind]?.slice(0, -1).toLowerCase() ?? item.kind.toLowerCase();
}
