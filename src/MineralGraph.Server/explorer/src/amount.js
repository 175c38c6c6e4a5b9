// A tie's figure as the explorer writes it: the source's own words when the API gives them ("more than $70
// million"), otherwise the value, its unit and its hedge.

const HEDGES = { EXACTLY: '', ABOUT: 'about ', MORE_THAN: 'more than ', UP_TO: 'up to ' };

export function amountWords(amount) {
  if (!amount) return null;
  if (amount.text) return amount.text;
  const value = Number(amount.value).toLocaleString('en');
  return `${HEDGES[amount.qualifier] ?? ''}${value} ${amount.unit}`;
}
