// The page's state lives in its URL, so a link reopens exactly the same view:
//   ?focus=official/claudia-sheinbaum,mineral/lithium   the entities whose ties are drawn, in order
//   &sel=rel/…  or  &sel=official/…                        what the side panel shows
//   &asOf=2024-01-01                                       the day ties must hold on (absent: any date)
//   &from=…&to=…                                           the path shown
//   &doc=source/…&at=rel/…                                 the document open, at that tie's passage
//   &timeline=1                                            the timeline panel open

const ID = /^[a-z]+\/[a-z0-9]+(-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readPermalink(search = window.location.search) {
  const params = new URLSearchParams(search);
  const ids = (name) => (params.get(name) ?? '').split(',').map((s) => s.trim()).filter((s) => ID.test(s));
  const one = (name) => ids(name)[0] ?? null;
  const asOf = params.get('asOf');
  return {
    focus: [...new Set(ids('focus'))],
    selected: one('sel'),
    asOf: asOf && DAY.test(asOf) ? asOf : null,
    from: one('from'),
    to: one('to'),
    document: one('doc') ? { source: one('doc'), at: one('at') } : null,
    timeline: params.get('timeline') === '1',
  };
}

export function writePermalink(state) {
  const params = new URLSearchParams();
  if (state.focus.length) params.set('focus', state.focus.join(','));
  if (state.selected) params.set('sel', state.selected);
  if (state.asOf) params.set('asOf', state.asOf);
  if (state.from && state.to) {
    params.set('from', state.from);
    params.set('to', state.to);
  }
  if (state.document) {
    params.set('doc', state.document.source);
    if (state.document.at) params.set('at', state.document.at);
  }
  if (state.timeline) params.set('timeline', '1');
  // Slashes and commas stay readable in the address bar.
  const query = params.toString().replace(/%2F/g, '/').replace(/%2C/g, ',');
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
}
