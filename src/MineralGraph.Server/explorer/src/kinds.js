// How each kind of entity looks. Colours match src/MineralGraph.Export/KindColours.cs so exported files (GEXF,
// graphology) open looking like this page; shapes tell kinds apart without relying on colour alone.
export const ENTITY_KINDS = {
  GOVERNMENT: { label: 'Government', colour: '#1f4e79', shape: 'round-hexagon' },
  OFFICIAL: { label: 'Official', colour: '#d55e00', shape: 'ellipse' },
  AGENCY: { label: 'Agency', colour: '#0072b2', shape: 'round-rectangle' },
  COMPANY: { label: 'Company', colour: '#cc79a7', shape: 'barrel' },
  MINERAL: { label: 'Mineral', colour: '#009e73', shape: 'round-diamond' },
  PROJECT: { label: 'Project', colour: '#e69f00', shape: 'round-triangle' },
  AGREEMENT: { label: 'Agreement', colour: '#6a3d9a', shape: 'round-octagon' },
  EVENT: { label: 'Event', colour: '#56b4e9', shape: 'star' },
  MEASURE: { label: 'Measure', colour: '#8c564b', shape: 'round-tag' },
  SOURCE: { label: 'Source', colour: '#7f7f7f', shape: 'rectangle' },
};

export function kindOf(kind) {
  return ENTITY_KINDS[kind] ?? { label: kind, colour: '#999999', shape: 'ellipse' };
}

/** "HOLDS_POSITION" → "holds position": how a relation kind reads in a sentence. */
export function relationWords(kind) {
  return String(kind).toLowerCase().replace(/_/g, ' ');
}

export const DISPUTED_COLOUR = '#c0392b';
export const DENIED_COLOUR = '#6b7785';
