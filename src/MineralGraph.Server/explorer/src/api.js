// The page reads the graph only through the public GraphQL API at /graphql (same origin), with the queries below.
// Each query is also what the "Open in GraphiQL" link shows, so a journalist can see and reuse exactly what the
// page asked.

const ENDPOINT = '/graphql';

export class ApiError extends Error {}

/** Runs a query; the data, or an ApiError carrying the API's own messages. */
export async function gql(query, variables = {}) {
  let response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (e) {
    throw new ApiError(`The server could not be reached (${e.message}).`);
  }
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`The server answered ${response.status} without a GraphQL result.`);
  }
  if (body.errors?.length && !body.data) throw new ApiError(body.errors.map((e) => e.message).join(' '));
  if (body.errors?.length) {
    // Partial answers (e.g. one unknown id among several) still draw; the messages go to the status bar.
    const messages = body.errors.map((e) => e.message).join(' ');
    if (Object.values(body.data ?? {}).every((v) => v === null)) throw new ApiError(messages);
  }
  return body.data;
}

/** The link that opens a query, with its variables, in GraphiQL. */
export function graphiqlHref(query, variables) {
  const params = new URLSearchParams({ query: query.trim() });
  if (variables && Object.keys(variables).length) params.set('variables', JSON.stringify(variables, null, 2));
  return `${ENDPOINT}?${params}`;
}

const DATES = 'since { value text expected } until { value text expected }';
const AMOUNT = 'amount { value unit qualifier basis text date { value text expected } }';

// Where the page's reading of the graph begins: live updates (live.js) start after this change.
export const LATEST_SEQUENCE = `
query LatestSequence {
  latestSequence
}`;

export const SEARCH = `
query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    matchedName
    entity { id name kind description }
  }
}`;

export const NEIGHBOURHOOD = `
query Neighbourhood($id: ID!, $depth: Int, $asOf: Date, $limitPerNode: Int) {
  neighbourhood(id: $id, depth: $depth, asOf: $asOf, limitPerNode: $limitPerNode) {
    truncated
    center { id name kind }
    nodes { id kind label }
    edges { id source target kind label role ${DATES} isCurrent validity disputed denied ${AMOUNT} }
  }
}`;

// A hub's ties past the first page: the entity's own relations, paged with cursors.
export const MORE_RELATIONS = `
query MoreRelations($id: ID!, $asOf: Date, $first: Int, $after: String) {
  node(id: $id) {
    id
    relations(asOf: $asOf, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        other { id name kind }
        node { id kind role ${DATES} isCurrent validity disputed denied ${AMOUNT} fromId toId }
      }
    }
  }
}`;

const STEP = 'value text expected role';

// Enum-typed fields named alike on different kinds (type) are aliased: GraphQL cannot merge them in one selection.
export const ENTITY = `
query Entity($id: ID!, $asOf: Date) {
  node(id: $id) {
    id name kind aliases description
    relations(asOf: $asOf, first: 1) { totalCount }
    ... on Government { governmentType: type iso }
    ... on Official { country { id name } }
    ... on Agency { country { id name } }
    ... on Company { country { id name } }
    ... on Mineral { symbol mineralType: type }
    ... on Project { projectType: type status country { id name } }
    ... on Agreement { agreementType: type status date { ${STEP} } dates { ${STEP} } }
    ... on Event { eventType: type date { ${STEP} } dates { ${STEP} } place }
    ... on Measure { measureType: type status date { ${STEP} } dates { ${STEP} } country { id name } }
    ... on Source { publisher author date { value } url }
  }
}`;

const CITATION = 'quote locator reportedBy source { id title publisher author date { value } url origin textKind }';

export const RELATION = `
query Relation($id: ID!) {
  relation(id: $id) {
    id kind role note isCurrent validity disputed denied ${DATES} ${AMOUNT}
    from { id name kind }
    to { id name kind }
    evidence { ${CITATION} }
    disputedBy {
      id kind role denied ${DATES} ${AMOUNT}
      from { id name }
      to { id name }
      evidence { ${CITATION} }
    }
  }
}`;

export const PATHS = `
query Paths($from: ID!, $to: ID!, $maxHops: Int, $asOf: Date, $first: Int, $through: PathThrough) {
  paths(from: $from, to: $to, maxHops: $maxHops, asOf: $asOf, first: $first, through: $through) {
    hops strength through explanation
    weakestStep { position }
    hubs { id name }
    steps {
      direction
      strength { score reasons }
      from { id name kind }
      to { id name kind }
      relation {
        id kind role ${DATES} isCurrent validity disputed denied ${AMOUNT} fromId toId
        evidence { ${CITATION} }
      }
    }
  }
}`;

export const COMMON_TIES = `
query CommonTies($ids: [ID!]!, $asOf: Date, $first: Int) {
  commonTies(ids: $ids, asOf: $asOf, first: $first) {
    entity { id name kind }
    strength
    weakestTie { with { id } relation { id } }
    ties {
      with { id name kind }
      direction
      strength { score reasons }
      relation {
        id kind role ${DATES} isCurrent validity disputed fromId toId
        evidence { ${CITATION} }
      }
    }
  }
}`;

// A source's held text with every passage the graph quotes (offsets are JS string indices into the text).
export const SOURCE_TEXT = `
query SourceText($id: ID!, $offset: Int) {
  node(id: $id) {
    id name kind
    ... on Source {
      title publisher author url origin textKind textLength
      date { value text expected role }
      text(offset: $offset)
      citations { quote start end relation { id kind denied from { id name } to { id name } } }
    }
  }
}`;

const TIMELINE_DATE = 'value precision earliest latest text expected role';

// What happened to the entities on screen, in date order: dated ties, events, agreements, measures.
export const TIMELINE = `
query Timeline($ids: [ID!], $kinds: [TimelineItemKind!], $first: Int, $after: String) {
  timeline(ids: $ids, kinds: $kinds, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id kind title edge
        date { ${TIMELINE_DATE} }
        entity { id name kind }
        relation { id kind denied fromId toId from { id name kind } to { id name kind } }
      }
    }
  }
}`;
