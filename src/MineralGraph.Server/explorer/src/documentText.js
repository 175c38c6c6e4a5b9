// A source's held text cut for reading: into blocks (the document's paragraphs, or the passages kept from an outside
// page), and each block into runs, each run with the citations that quote it. Offsets are the API's: JS string
// indices into `text`. Pure functions; documentView.js turns runs into text nodes and <mark>s.

/** What the server puts between two passages kept from a page (they are not contiguous in the page). */
export const PASSAGE_BREAK = '\n\n¶\n\n';
const PARAGRAPH_BREAK = /\n[ \t]*\n\s*/g;

/** [{ start, end }] covering the text: passages for PASSAGES, paragraphs (blank-line separated) otherwise. */
export function blocks(text, textKind) {
  const result = [];
  let start = 0;
  const push = (end) => { if (end > start) result.push({ start, end }); };
  if (textKind === 'PASSAGES') {
    for (let at = text.indexOf(PASSAGE_BREAK); at >= 0; at = text.indexOf(PASSAGE_BREAK, start)) {
      push(at);
      start = at + PASSAGE_BREAK.length;
    }
  } else {
    for (const match of text.matchAll(PARAGRAPH_BREAK)) {
      push(match.index);
      start = match.index + match[0].length;
    }
  }
  push(text.length);
  return result;
}

/**
 * The block cut where any citation starts or ends: [{ start, end, citations }], `citations` being those covering the
 * whole run (several ties may quote the same words, and quotes may overlap).
 */
export function runs(block, citations) {
  const inside = citations.filter((c) => c.end > block.start && c.start < block.end && c.end > c.start);
  const cuts = new Set([block.start, block.end]);
  for (const c of inside) {
    cuts.add(Math.max(c.start, block.start));
    cuts.add(Math.min(c.end, block.end));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const result = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [start, end] = [sorted[i], sorted[i + 1]];
    result.push({ start, end, citations: inside.filter((c) => c.start <= start && c.end >= end) });
  }
  return result;
}

/**
 * The citation a reader asked for: the tie's citation with the same quote, else the tie's first one in the
 * document; null when the document holds none for that tie.
 */
export function findCitation(citations, relationId, quote) {
  const ofTie = citations.filter((c) => c.relation.id === relationId);
  return ofTie.find((c) => quote && c.quote === quote) ?? ofTie[0] ?? null;
}
