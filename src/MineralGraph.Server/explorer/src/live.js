// Live updates: one GraphQL-over-SSE subscription (graphChanged) to the entities whose ties are on screen. It is read
// with fetch and a ReadableStream (EventSource cannot POST or set headers), re-opened when the entities change, and
// after a dropped connection re-opened with Last-Event-ID, so no change is missed or seen twice.

const ENDPOINT = '/graphql';
const MAX_IDS = 20; // the server's Subscriptions:MaxIds default
const SUBSCRIPTION = `
subscription Live($ids: [ID!]) {
  graphChanged(ids: $ids) { sequence operation targets actor at }
}`;

/**
 * Watches the graph for changes to some ids; `onChange(change)` is called for each one. `watch(ids)` sets the ids
 * (the first MAX_IDS, most wanted first; none stops watching), `resumeAfter(sequence)` says where the page's reading of the graph began,
 * and `notice(text)` shows the small "graph updated" notice.
 */
export function watchChanges({ onChange }) {
  let ids = [];
  let key = '';
  let controller = null;
  let lastEventId = null;
  let retry = 1000;
  const note = noticeElement();

  async function open(forKey) {
    controller?.abort();
    if (!ids.length) return;
    // Until the new subscription answers, changes to the new ids may not reach the page yet (tests wait for 'open').
    document.body.dataset.live = 'connecting';
    controller = new AbortController();
    const mine = controller;
    try {
      const headers = { 'content-type': 'application/json', accept: 'text/event-stream' };
      if (lastEventId) headers['last-event-id'] = lastEventId;
      const response = await fetch(ENDPOINT, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: SUBSCRIPTION, variables: { ids } }),
        signal: mine.signal,
      });
      if (!response.ok || !response.body) throw new Error(`live updates: ${response.status}`);
      retry = 1000;
      document.body.dataset.live = 'open'; // for tests and styling: changes from now on reach the page
      for await (const event of events(response.body)) {
        if (event.id) lastEventId = event.id;
        if (event.type !== 'next') continue;
        const result = JSON.parse(event.data);
        if (result.errors?.length) {
          // SLOW_CONSUMER or a problem with the ids: resume shortly from the last change seen.
          break;
        }
        if (result.data?.graphChanged) onChange(result.data.graphChanged);
      }
    } catch (e) {
      if (mine.signal.aborted) return;
    }
    if (mine.signal.aborted || forKey !== key) return;
    document.body.dataset.live = 'closed';
    // The stream ended (server restart, network): try again, waiting longer each time, up to 30 s.
    setTimeout(() => { if (forKey === key) open(forKey); }, retry);
    retry = Math.min(retry * 2, 30000);
  }

  return {
    watch(next) {
      const wanted = [...new Set(next)].slice(0, MAX_IDS);
      const nextKey = [...wanted].sort().join(' ');
      if (nextKey === key) return;
      ids = wanted;
      key = nextKey;
      open(key);
    },
    /**
     * The latest change the page knows the graph includes, read before anything is drawn: subscriptions then start
     * after it, so a change made between a draw and its subscription is sent too (applying a change twice is harmless).
     */
    resumeAfter(sequence) {
      if (lastEventId === null && Number.isInteger(sequence)) lastEventId = String(sequence);
    },
    notice(text) {
      note.textContent = text;
      note.hidden = false;
      clearTimeout(note.hideTimer);
      note.hideTimer = setTimeout(() => { note.hidden = true; }, 6000);
    },
  };
}

/** Server-sent events from a byte stream, per the event-stream rules: fields, comments, a blank line dispatches. */
async function* events(body) {
  const reader = body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let type = '';
  let data = [];
  let id = null;
  while (true) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let newline;
    while ((newline = buffer.search(/\r\n|\r|\n/)) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + (buffer.startsWith('\r\n', newline) ? 2 : 1));
      if (line === '') {
        if (data.length) yield { type: type || 'message', data: data.join('\n'), id };
        type = '';
        data = [];
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let text = colon < 0 ? '' : line.slice(colon + 1);
      if (text.startsWith(' ')) text = text.slice(1);
      if (field === 'event') type = text;
      else if (field === 'data') data.push(text);
      else if (field === 'id') id = text;
    }
  }
}

function noticeElement() {
  const note = document.createElement('div');
  note.id = 'live-notice';
  note.className = 'live-notice';
  note.setAttribute('role', 'status');
  note.setAttribute('aria-live', 'polite');
  note.hidden = true;
  document.body.append(note);
  return note;
}
