import { gql, SEARCH } from './api.js';
import { el, clear, kindIcon } from './dom.js';
import { kindOf } from './kinds.js';

const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Turns a text input into a search box with suggestions from the API's `search` (names and aliases, accents and
 * case ignored: "T-MEC" finds the USMCA). Picking a suggestion (click, or arrows + Enter) calls onPick(entity).
 */
export function attachSearch(input, list, { onPick, onError }) {
  let timer = 0;
  let sequence = 0;
  let hits = [];
  let active = -1;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', list.id);
  list.setAttribute('role', 'listbox');

  input.addEventListener('input', () => {
    delete input.dataset.id;
    clearTimeout(timer);
    timer = setTimeout(suggest, 140);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!hits.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      highlight();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (hits.length) pick(hits[Math.max(active, 0)].entity);
    } else if (event.key === 'Escape') {
      hide();
    }
  });
  input.addEventListener('blur', () => setTimeout(hide, 150));
  input.addEventListener('focus', () => { if (hits.length && input.value.trim()) show(); });

  async function suggest() {
    const text = input.value.trim();
    const mine = ++sequence;
    if (!HAS_WORD.test(text)) {
      hits = [];
      hide();
      return;
    }
    try {
      const data = await gql(SEARCH, { text, first: 8 });
      if (mine !== sequence) return; // a later keystroke already asked again
      hits = data.search ?? [];
      active = hits.length ? 0 : -1;
      render(text);
    } catch (e) {
      if (mine === sequence) onError?.(e);
    }
  }

  function render(text) {
    clear(list);
    if (!hits.length) {
      list.append(el('li', { class: 'suggestion empty', role: 'option', 'aria-disabled': 'true' }, `Nothing in the graph matches “${text}”.`));
    }
    hits.forEach((hit, i) => {
      const entity = hit.entity;
      const kind = kindOf(entity.kind);
      const alias = hit.matchedName && hit.matchedName !== entity.name ? hit.matchedName : null;
      list.append(el('li', {
        class: 'suggestion',
        role: 'option',
        id: `${list.id}-${i}`,
        dataset: { id: entity.id },
        onmousedown: (event) => { event.preventDefault(); pick(entity); },
      },
      kindIcon(entity.kind, kind.colour, kind.shape, 16),
      el('span', { class: 'suggestion-text' },
        el('span', { class: 'suggestion-name' }, entity.name),
        alias ? el('span', { class: 'suggestion-alias' }, `matched “${alias}”`) : null),
      el('span', { class: 'suggestion-kind' }, kind.label)));
    });
    show();
    highlight();
  }

  function highlight() {
    [...list.querySelectorAll('.suggestion')].forEach((item, i) => item.classList.toggle('active', i === active));
    if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
  }

  function pick(entity) {
    input.value = entity.name;
    input.dataset.id = entity.id;
    hits = [];
    hide();
    onPick(entity);
  }

  function show() {
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  function hide() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  }

  return {
    /** Sets the box to an entity without searching (e.g. restoring a permalink). */
    set(entity) {
      input.value = entity?.name ?? '';
      if (entity?.id) input.dataset.id = entity.id;
      else delete input.dataset.id;
    },
    get id() { return input.dataset.id ?? null; },
  };
}
