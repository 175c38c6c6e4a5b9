import { el } from './dom.js';

// How strong a path or a tie is, as the API scores it (0–100, the reasons in words): a journalist reads this before
// printing a chain. Pure rendering, used by the path results and the common-ties panel.

/** A small badge with the score; its title lists the reasons. */
export function strengthBadge(strength, label = 'Strength') {
  const level = strength.score >= 80 ? 'strong' : strength.score >= 50 ? 'fair' : 'weak';
  return el('span', {
    class: `badge badge-strength strength-${level}`,
    title: (strength.reasons ?? []).join('\n'),
    dataset: { score: String(strength.score) },
  }, `${label} ${strength.score}`);
}

/** The reasons behind a tie's score, one per line, lost points marked. */
export function strengthReasons(strength) {
  return el('ul', { class: 'strength-reasons' }, (strength.reasons ?? []).map((reason) =>
    el('li', { class: /\(−\d+\)$/.test(reason) ? 'reason-lost' : 'reason-kept' }, reason)));
}

/** The line under a path's header: its strength, its weakest hop, whether it needs a shared mineral, the hubs. */
export function pathSummary(path) {
  const weakest = path.weakestStep ? path.weakestStep.position + 1 : null;
  return el('div', { class: 'path-strength' },
    strengthBadge({ score: path.strength, reasons: [path.explanation] }),
    weakest ? el('span', { class: 'weakest-hop-label' }, `weakest: hop ${weakest}`) : null,
    path.through === 'ANY' ? el('span', { class: 'badge badge-topical', title: 'At least one hop only says two things share a subject, such as a mineral.' }, 'through a shared subject') : null,
    path.hubs?.length ? el('span', { class: 'muted small' }, ` via ${path.hubs.map((h) => h.name).join(', ')}`) : null,
    el('p', { class: 'path-explanation muted small' }, path.explanation));
}
