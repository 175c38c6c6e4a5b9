// Where timeline items go on a horizontal time axis: each item covers its date's earliest..latest days (a year-only
// date the whole year, a day a point), rows are shared by items whose labels do not collide, ticks fall on years.
// Pure geometry; timelinePanel.js draws it.

const DAY_MS = 24 * 60 * 60 * 1000;
export const YEAR_WIDTH = 150; // px per year at least, so a busy year stays readable (the axis scrolls sideways)
const LABEL_CHAR = 6.4; // px per character of a label at the axis' font size (an estimate, for row packing)
const LABEL_MAX = 190;
const GAP = 10;
const POINT = 6; // a bar narrower than this (a day, a week) is drawn as a point

export const dayMs = (day) => Date.parse(`${day}T00:00:00Z`);

/** Items whose dates have a year (to place), and those without one (XXXX-02: listed apart). */
export function placeable(items) {
  const placed = [];
  const withoutYear = [];
  for (const item of items) (item.date?.earliest && item.date?.latest ? placed : withoutYear).push(item);
  return { placed, withoutYear };
}

/**
 * The axis for `items` (all placeable) in at least `width` px: { width, x(day), day(x), ticks, rows, boxes }, each box
 * { item, left, barWidth, point, labelWidth, row }.
 */
export function layoutAxis(items, width, { extraDays = [] } = {}) {
  const starts = items.map((i) => dayMs(i.date.earliest));
  const ends = items.map((i) => dayMs(i.date.latest) + DAY_MS);
  const extra = extraDays.map(dayMs);
  let first = Math.min(...starts, ...extra);
  let last = Math.max(...ends, ...extra);
  if (!Number.isFinite(first) || !Number.isFinite(last)) {
    const year = new Date().getUTCFullYear();
    first = Date.UTC(year, 0, 1);
    last = Date.UTC(year + 1, 0, 1);
  }
  // Whole years, so ticks sit at the edges and a year-only span fills exactly one year.
  const firstYear = new Date(first).getUTCFullYear();
  const lastYear = new Date(last - 1).getUTCFullYear() + 1;
  const from = Date.UTC(firstYear, 0, 1);
  const to = Date.UTC(lastYear, 0, 1);
  const years = lastYear - firstYear;
  const inner = Math.max(width - 2 * GAP, years * YEAR_WIDTH);
  const x = (ms) => GAP + ((ms - from) / (to - from)) * inner;

  const ticks = [];
  for (let year = firstYear; year <= lastYear; year++) ticks.push({ year, left: x(Date.UTC(year, 0, 1)) });

  const rowEnds = []; // per row, where its last box's label ends
  const boxes = items.map((item, i) => {
    const left = x(starts[i]);
    const barWidth = Math.max(x(ends[i]) - left, 0);
    const point = barWidth < POINT;
    // A point's label follows its dot; a span's sits under its bar. Either is cut to the room reserved for it.
    const labelWidth = point ? Math.min(LABEL_MAX, LABEL_CHAR * labelLength(item)) : Math.max(barWidth, Math.min(LABEL_MAX, LABEL_CHAR * labelLength(item)));
    const right = left + (point ? 14 : 0) + labelWidth;
    let row = rowEnds.findIndex((end) => end + GAP <= left);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(right);
    } else {
      rowEnds[row] = right;
    }
    return { item, left, barWidth, point, labelWidth, row };
  });
  return {
    width: inner + 2 * GAP,
    rows: rowEnds.length,
    ticks,
    boxes,
    x: (day) => x(dayMs(day)),
  };
}

function labelLength(item) {
  return (item.title ?? '').length + (item.date.expected ? 10 : 0);
}
