// Writes the request bodies wrk sends: for each query, DIR/<query>.ours.jsonl and DIR/<query>.peer.jsonl, line i
// of both asking the same question, and DIR/<query>.mode ("rotate": fixed arguments taken in turn; "random": one
// line drawn at random per request). On the seed every query has fixed arguments; on the synthetic graph (a) and
// (b) draw from every entity / government id (IDS_DIR/entities.txt, governments.txt), so no cache can help.
//   node bodies.mjs --graph seed|synthetic --out DIR [--ids IDS_DIR] [--queries a,b]
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { queries } from "./queries.mjs";

const { values: options } = parseArgs({
    options: { graph: { type: "string" }, out: { type: "string" }, ids: { type: "string" }, queries: { type: "string" } },
});

// Ids that exist in both graphs: the synthetic graph carries the real seed's skeleton (src/MineralGraph.Synthetic).
const fixed = {
    "entity-by-id": ["official/marcelo-ebrard", "government/mexico", "agreement/usmca", "mineral/lithium", "company/mp-materials"]
        .map(id => ({ id })),
    "member-of-ties": [{ id: "government/canada" }],
    "covers-members": [{ id: "mineral/critical-minerals" }],
    "paths": [
        { from: "official/claudia-sheinbaum", to: "agreement/minerals-security-partnership" },
        { from: "official/marcelo-ebrard", to: "government/china" },
        { from: "government/mexico", to: "mineral/dysprosium" },
    ],
    "allies-sharing-capacity": [{ stage: "REFINING", restrictedBy: "government/china" }],
};

const idsFrom = file => readFileSync(join(options.ids, file), "utf8").split("\n").filter(Boolean).map(id => ({ id }));
const drawn = options.graph === "synthetic"
    ? { "entity-by-id": () => idsFrom("entities.txt"), "member-of-ties": () => idsFrom("governments.txt") }
    : {};

const wanted = options.queries ? new Set(options.queries.split(",")) : null;
mkdirSync(options.out, { recursive: true });
for (const query of queries.filter(q => !wanted || wanted.has(q.name))) {
    const random = drawn[query.name];
    const cases = random ? random() : fixed[query.name];
    writeFileSync(join(options.out, `${query.name}.ours.jsonl`), cases.map(query.ours).join("\n") + "\n");
    writeFileSync(join(options.out, `${query.name}.peer.jsonl`), cases.map(query.peer).join("\n") + "\n");
    writeFileSync(join(options.out, `${query.name}.mode`), random ? "random\n" : "rotate\n");
    console.log(`${query.name}: ${cases.length} ${random ? "ids drawn at random per request" : "fixed argument set(s), in turn"}`);
}
