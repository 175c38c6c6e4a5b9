import { SOURCE_TEXT } from './api.js';
import { el, clear } from './dom.js';
import { relationWords } from './kinds.js';
import { dateWords } from './dateWords.js';
import { blocks, runs, findCitation } from './documentText.js';

// The document view: a source's held text beside the graph, opened at a cited passage. Every passage the graph
// quotes is a <mark> (data-relation: the tie it is clicked for; data-relations: every tie quoting it); the one asked
// for is marked current and scrolled into view. The text goes in as text nodes only: it comes from outside pages.

const MAX_CHUNKS = 20; // the text is read in the API's pages; a held document is far smaller than 20 of them

export class DocumentView {
  /**
   * `pane` is the (hidden) section to fill; `ask(query, variables)` runs a GraphQL query; `onRelation(id, citation)`
   * is called when a reader clicks a passage; `onClose()` after the pane closed (Esc or its button).
   */
  constructor(pane, { ask, onRelation, onClose }) {
    this.pane = pane;
    this.ask = ask;
    this.onRelation = onRelation;
    this.onClose = onClose;
    this.source = null; // the source shown, with text and citations
    this.current = null; // the citation shown as current
    this.opener = null; // where focus returns on close
    this.sources = new Map(); // id → source, as read once
    // Esc closes it from within, or from anywhere but a text field (where Esc clears the field or its suggestions).
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !this.isOpen || event.defaultPrevented) return;
      if (!pane.contains(event.target) && event.target.closest?.('input, select, textarea')) return;
      event.preventDefault();
      this.close();
    });
  }

  get isOpen() { return !this.pane.hidden; }

  get sourceId() { return this.source?.id ?? null; }

  get relationId() { return this.current?.relation.id ?? null; }

  /** Opens `sourceId` at the tie `relationId`'s passage (the one quoting `quote`, when given). */
  async open(sourceId, { relationId = null, quote = null, opener = null } = {}) {
    const source = await this.read(sourceId);
    this.opener = opener ?? (this.isOpen ? this.opener : document.activeElement);
    this.source = source;
    this.current = relationId ? findCitation(source.citations, relationId, quote) : null;
    this.render(relationId, quote);
    this.pane.hidden = false;
    this.scrollToCurrent();
    this.pane.querySelector('.document-title').focus({ preventScroll: true });
  }

  close() {
    if (!this.isOpen) return;
    this.pane.hidden = true;
    this.source = null;
    this.current = null;
    clear(this.pane);
    const back = this.opener?.isConnected ? this.opener : null;
    this.opener = null;
    back?.focus({ preventScroll: true });
    this.onClose();
  }

  async read(sourceId) {
    if (this.sources.has(sourceId)) return this.sources.get(sourceId);
    const data = await this.ask(SOURCE_TEXT, { id: sourceId, offset: 0 });
    const source = data.node;
    if (!source || source.kind !== 'SOURCE') throw new Error(`There is no source ${sourceId} in the graph.`);
    let text = source.text ?? '';
    // Long texts come in pages: ask for the rest until the whole length is held.
    for (let i = 0; source.textLength !== null && text.length < source.textLength && i < MAX_CHUNKS; i++) {
      const more = (await this.ask(SOURCE_TEXT, { id: sourceId, offset: text.length })).node?.text ?? '';
      if (!more) break;
      text += more;
    }
    const read = { ...source, text, citations: [...source.citations].sort((a, b) => a.start - b.start || a.end - b.end) };
    this.sources.set(sourceId, read);
    return read;
  }

  render(relationId, quote) {
    const s = this.source;
    const meta = [s.publisher, s.author, dateWords(s.date)].filter(Boolean).join(' · ');
    const quoted = new Set(s.citations.map((c) => `${c.start}:${c.end}`)).size;
    clear(this.pane).append(
      el('header', { class: 'document-head' },
        el('div', { class: 'panel-kind' }, 'Document',
          el('button', { type: 'button', class: 'document-close', 'aria-label': 'Close the document (Esc)', title: 'Close (Esc)', onclick: () => this.close() }, '×')),
        el('h2', { class: 'document-title', id: 'document-title', tabindex: '-1' }, s.title ?? s.name),
        meta ? el('p', { class: 'document-meta' }, meta) : null,
        s.url ? el('p', { class: 'document-url' }, el('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.url)) : null,
        this.checkNote(relationId, quote),
        s.textKind === 'PASSAGES' ? el('p', { class: 'document-passages-note' }, 'Passages kept from the page; read the whole page at the URL.') : null,
        s.textKind !== 'NONE' && quoted > 0
          ? el('p', { class: 'muted small document-hint' }, `${quoted} ${quoted === 1 ? 'passage is' : 'passages are'} quoted for ties of the graph: click one to draw its tie.`)
          : null),
      s.textKind === 'NONE'
        ? el('p', { class: 'notice document-none' }, 'The project holds no text for this source: read it at the URL.')
        : el('div', { class: `document-text document-${s.textKind.toLowerCase()}`, id: 'document-text', tabindex: '0', 'aria-label': 'The document text' },
          blocks(s.text, s.textKind).map((block) => el(s.textKind === 'PASSAGES' ? 'blockquote' : 'p', { class: 'document-block' },
            runs(block, s.citations).map((run) => this.runNode(run))))));
  }

  /** Whether the quote asked for was found in the held text (the API gives offsets only for quotes it found). */
  checkNote(relationId, quote) {
    if (!relationId || this.source.textKind === 'NONE') return null;
    return this.current
      ? el('p', { class: 'document-check checked', id: 'document-check' }, '✓ Quote checked against the held text')
      : el('p', { class: 'document-check unchecked', id: 'document-check' },
        quote ? 'This quote was not found in the held text.' : 'The held text has no passage quoted for this tie.');
  }

  runNode(run) {
    const text = this.source.text.slice(run.start, run.end);
    if (!run.citations.length) return document.createTextNode(text);
    const current = this.current && run.citations.includes(this.current);
    // Clicking draws the current tie when this run quotes it, else the tie whose quote is the narrowest here.
    const primary = current ? this.current : [...run.citations].sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
    const ties = [...new Map(run.citations.map((c) => [c.relation.id, c.relation])).values()];
    const mark = el('mark', {
      class: `citation-mark${current ? ' current' : ''}`,
      tabindex: '0',
      role: 'button',
      'aria-current': current ? 'true' : null,
      title: `Quoted for: ${ties.map(tieWords).join('; ')}`,
      dataset: { relation: primary.relation.id, relations: ties.map((r) => r.id).join(' '), start: String(primary.start) },
    }, text);
    const pick = () => this.pick(primary);
    mark.addEventListener('click', pick);
    mark.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        pick();
      }
    });
    return mark;
  }

  /** A reader clicked a passage: it becomes current (drawn again, scroll kept) and the caller draws its tie. */
  pick(citation) {
    const scroller = this.pane.querySelector('#document-text');
    const top = scroller?.scrollTop ?? 0;
    this.current = citation;
    this.render(citation.relation.id, citation.quote);
    const again = this.pane.querySelector('#document-text');
    if (again) again.scrollTop = top;
    this.pane.querySelector('mark.citation-mark.current')?.focus({ preventScroll: true });
    this.onRelation(citation.relation.id, citation);
  }

  scrollToCurrent() {
    const mark = this.pane.querySelector('mark.citation-mark.current');
    if (mark) mark.scrollIntoView({ block: 'center', behavior: 'instant' });
    else this.pane.querySelector('#document-text')?.scrollTo({ top: 0 });
  }
}

function tieWords(relation) {
  return `${relation.denied ? 'not: ' : ''}${relation.from.name} ${relationWords(relation.kind)} ${relation.to.name}`;
}
