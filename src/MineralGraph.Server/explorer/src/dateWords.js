// A date as the explorer writes it: the value, the source's own words beside it when they differ ("second half of
// 2026"), what it is the date of, and "expected" for a date still to come, so it never reads as a past fact.

export function dateWords(date) {
  if (!date) return null;
  const role = date.role ? `${date.role.toLowerCase().replace(/_/g, ' ')} ` : '';
  const words = date.text && date.text !== date.value ? ` ("${date.text}")` : '';
  return `${role}${date.value}${words}${date.expected ? ' — expected' : ''}`;
}
