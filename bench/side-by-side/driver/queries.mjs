// The benchmark's questions, each asked in both dialects: MineralGraph's schema (schema/mineralgraph.graphql) and
// the peer's (peer/type-defs.graphql). Each asks for the same data with the same page sizes: `ours` and `peer` write
// the request body for one set of arguments, `fromOurs` and `fromPeer` reduce an answer's data to one canonical form
// (equivalent.mjs compares the two before any timing).

const FIRST = 20; // page size of every tie list, on both sides (MineralGraph's default `first`)
// MineralGraph lists only the ties no curator retracted (unless asked), by id; the peer is asked the same. Where
// the other end is a union, the peer's filter is given per member kind (one left out would not be listed at all).
const standing = (...union) => {
    const edge = "edge: { retractionAt: { eq: null } }";
    const where = union.length ? union.map(kind => `${kind}: { ${edge} }`).join(", ") : edge;
    return `where: { ${where} }, sort: [{ edge: { id: ASC } }]`;
};

/** The peer's root list for an entity kind, from the id's prefix (`official/…` → officials). */
const peerList = id => {
    const kind = id.slice(0, id.indexOf("/"));
    return { agency: "agencies", company: "companies" }[kind] ?? `${kind}s`;
};

const sorted = (list, key = JSON.stringify) => [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const ref = e => (e ? { id: e.id, name: e.name } : null);
const idOf = x => (x ? x.id : null);
const ourTie = r => ({ id: r.id, quotes: r.evidence.map(e => e.quote) });
const peerTie = r => ({ id: r.id, quotes: r.evidenceQuotes ?? [] });
// Whitespace folded so both sides send compact documents.
const body = (query, variables) => JSON.stringify({ query: query.replace(/\s+/g, " "), variables });

/** The one entity the peer's root list returns, or null. */
const only = list => (list && list.length === 1 ? list[0] : null);

export const queries = [
    {
        name: "entity-by-id",
        title: "(a) an entity by id, `{ id name }`",
        ours: ({ id }) => body("query Entity($id: ID!) { node(id: $id) { id name } }", { id }),
        peer: ({ id }) => body(`query Entity($id: ID!) { ${peerList(id)}(where: { id: { eq: $id } }) { id name } }`, { id }),
        fromOurs: data => ref(data.node),
        fromPeer: data => ref(only(Object.values(data)[0])),
    },
    {
        name: "member-of-ties",
        title: "(b) a government with its MEMBER_OF ties, each tie's quotes and the other end's id and name",
        ours: ({ id }) => body(`query Ties($id: ID!) { node(id: $id) { id name
            relations(kinds: [MEMBER_OF], direction: OUTGOING, first: ${FIRST}) {
              edges { node { id evidence { quote } } other { id name } } } } }`, { id }),
        peer: ({ id }) => body(`query Ties($id: ID!) { governments(where: { id: { eq: $id } }) { id name
            memberOfConnection(first: ${FIRST}, ${standing()}) {
              edges { properties { id evidenceQuotes } node { id name } } } } }`, { id }),
        fromOurs: data => data.node && {
            ...ref(data.node),
            ties: data.node.relations.edges.map(e => ({ ...ourTie(e.node), other: ref(e.other) })),
        },
        fromPeer: data => {
            const g = only(data.governments);
            return g && { ...ref(g), ties: g.memberOfConnection.edges.map(e => ({ ...peerTie(e.properties), other: ref(e.node) })) };
        },
    },
    {
        name: "covers-members",
        title: "(c) a mineral ← COVERS ← agreements ← MEMBER_OF ← members, quotes on every tie",
        ours: ({ id }) => body(`query Covers($id: ID!) { node(id: $id) { id name
            relations(kinds: [COVERS], direction: INCOMING, first: ${FIRST}) {
              edges { node { id evidence { quote } } other { id name
                relations(kinds: [MEMBER_OF], direction: INCOMING, first: ${FIRST}) {
                  edges { node { id evidence { quote } } other { id name } } } } } } } }`, { id }),
        // Only agreements can have members (graph-seed/README.md); the other kinds that may cover a mineral
        // have no MEMBER_OF field in the peer's model, so for them only id and name are asked.
        peer: ({ id }) => body(`query Covers($id: ID!) { minerals(where: { id: { eq: $id } }) { id name
            coversIncomingConnection(first: ${FIRST}, ${standing("Agreement", "Measure", "Project", "Event")}) {
              edges { properties { id evidenceQuotes } node {
                ... on Agreement { id name
                  memberOfIncomingConnection(first: ${FIRST}, ${standing("Government", "Agency", "Company")}) {
                    edges { properties { id evidenceQuotes } node {
                      ... on Government { id name } ... on Agency { id name } ... on Company { id name } } } } }
                ... on Measure { id name } ... on Project { id name } ... on Event { id name } } } } } }`, { id }),
        fromOurs: data => data.node && {
            ...ref(data.node),
            covers: data.node.relations.edges.map(e => ({
                ...ourTie(e.node),
                other: { ...ref(e.other), members: e.other.relations.edges.map(m => ({ ...ourTie(m.node), other: ref(m.other) })) },
            })),
        },
        fromPeer: data => {
            const m = only(data.minerals);
            return m && {
                ...ref(m),
                covers: m.coversIncomingConnection.edges.map(e => ({
                    ...peerTie(e.properties),
                    other: {
                        ...ref(e.node),
                        members: (e.node.memberOfIncomingConnection?.edges ?? []).map(x => ({ ...peerTie(x.properties), other: ref(x.node) })),
                    },
                })),
            };
        },
    },
    {
        name: "paths",
        title: "(d) shortest paths between two entities (≤ 4 hops, first 3), every hop's tie and quotes",
        ours: ({ from, to }) => body(`query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) {
            hops steps { from { id name } to { id name } direction relation { id kind evidence { quote } } } } }`, { from, to }),
        peer: ({ from, to }) => body(`query Paths($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: 3) {
            hops steps { from { id name } to { id name } direction relation { id kind evidenceQuotes } } } }`, { from, to }),
        fromOurs: data => data.paths && data.paths.map(p => ({
            hops: p.hops,
            steps: p.steps.map(s => ({ from: ref(s.from), to: ref(s.to), direction: s.direction, relation: { ...ourTie(s.relation), kind: s.relation.kind } })),
        })),
        fromPeer: data => data.paths.map(p => ({
            hops: p.hops,
            steps: p.steps.map(s => ({ from: ref(s.from), to: ref(s.to), direction: s.direction, relation: { ...peerTie(s.relation), kind: s.relation.kind } })),
        })),
    },
    {
        name: "allies-sharing-capacity",
        title: "(e) alliances whose members refine minerals China restricts, every link cited",
        ours: ({ stage, restrictedBy }) => body(`query Allies($stage: CapacityStage, $restrictedBy: ID) {
            alliesSharingCapacity(stage: $stage, restrictedBy: $restrictedBy) {
              alliance { id name }
              members { government { id name } membership { id evidence { quote } }
                        holdings { holder { id name } mineral { id name } capacity { id evidence { quote } }
                                   basedIn { id } restrictedMineral { id } groupLink { id } } }
              minerals { mineral { id name } measure { id } restriction { id evidence { quote } } imposedBy { id } } } }`,
            { stage, restrictedBy }),
        peer: ({ stage, restrictedBy }) => body(`query Allies($stage: CapacityStage!, $restrictedBy: ID!) {
            alliesSharingCapacity(stage: $stage, restrictedBy: $restrictedBy) {
              alliance { id name }
              members { government { id name } membership { id evidenceQuotes }
                        holdings { holder { id name } mineral { id name } capacity { id evidenceQuotes }
                                   basedIn { id } restrictedMineral { id } groupLink { id } } }
              minerals { mineral { id name } measure { id } restriction { id evidenceQuotes } imposedBy { id } } } }`,
            { stage, restrictedBy }),
        // The two order alliances, members and holdings by name differently (folded vs as stored): compared as sets.
        fromOurs: data => data.alliesSharingCapacity && alliances(data.alliesSharingCapacity, ourTie),
        fromPeer: data => alliances(data.alliesSharingCapacity, peerTie),
    },
];

function alliances(list, tie) {
    return sorted(list.map(a => ({
        alliance: ref(a.alliance),
        members: sorted(a.members.map(m => ({
            government: ref(m.government),
            membership: tie(m.membership),
            holdings: sorted(m.holdings.map(h => ({
                holder: ref(h.holder), mineral: ref(h.mineral), capacity: tie(h.capacity),
                basedIn: idOf(h.basedIn), restrictedMineral: idOf(h.restrictedMineral), groupLink: idOf(h.groupLink),
            }))),
        })), m => m.government.id),
        minerals: sorted(a.minerals.map(r => ({
            mineral: ref(r.mineral), measure: idOf(r.measure), restriction: tie(r.restriction), imposedBy: idOf(r.imposedBy),
        }))),
    })), a => a.alliance.id);
}
