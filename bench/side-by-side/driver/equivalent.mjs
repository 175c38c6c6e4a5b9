// Before any timing: asks each query of a sample of its bodies (all fixed ones; 20 spread over a random set) and
// checks every answer is a 200 without errors, not empty, and — reduced to the canonical form queries.mjs gives —
// the same on MineralGraph as on the peer. With --peer, the peer's forms are saved to --reference; without it,
// MineralGraph's are compared with a saved --reference (each server configuration is checked before it is timed).
// Writes the names of the queries that passed to --passed, and prints the first difference of any that did not.
//   node equivalent.mjs --bodies DIR --ours URL [--peer URL] --reference FILE --passed FILE
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import { queries } from "./queries.mjs";

const { values: options } = parseArgs({
    options: {
        bodies: { type: "string" }, ours: { type: "string" }, peer: { type: "string" },
        reference: { type: "string" }, passed: { type: "string" },
    },
});

const SAMPLE = 20;
const lines = file => readFileSync(file, "utf8").split("\n").filter(Boolean);
const spread = list => (list.length <= SAMPLE ? list.map((_, i) => i) : Array.from({ length: SAMPLE }, (_, k) => Math.floor((k * list.length) / SAMPLE)));

async function ask(url, body) {
    const response = await fetch(url, {
        method: "POST", headers: { "Content-Type": "application/json" }, body, signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    let answer;
    try { answer = JSON.parse(text); } catch { throw new Error(`${response.status}, not JSON: ${text.slice(0, 300)}`); }
    if (response.status !== 200 || answer.errors) throw new Error(`${response.status} ${JSON.stringify(answer.errors ?? answer).slice(0, 400)}`);
    return answer.data;
}

/** The first place two canonical forms differ, as a path and both values. */
function difference(a, b, path = "$") {
    if (isDeepStrictEqual(a, b)) return null;
    if (a && b && typeof a === "object" && typeof b === "object") {
        for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
            const found = difference(a[key], b[key], `${path}.${key}`);
            if (found) return found;
        }
    }
    return `${path}: MineralGraph ${JSON.stringify(a)?.slice(0, 200)} ≠ peer ${JSON.stringify(b)?.slice(0, 200)}`;
}

const isEmpty = form => form === null || form === undefined || (Array.isArray(form) && form.length === 0);
const reference = options.peer ? {} : JSON.parse(readFileSync(options.reference, "utf8"));
const passed = [];
for (const query of queries) {
    const oursFile = join(options.bodies, `${query.name}.ours.jsonl`);
    if (!existsSync(oursFile)) continue;
    const ours = lines(oursFile), peer = lines(join(options.bodies, `${query.name}.peer.jsonl`));
    let problem = null;
    try {
        if (options.peer) reference[query.name] = [];
        for (const [k, i] of spread(ours).entries()) {
            if (options.peer) {
                const form = query.fromPeer(await ask(options.peer, peer[i]));
                if (isEmpty(form)) throw new Error(`the peer's answer to line ${i + 1} is empty: ${peer[i].slice(0, 200)}`);
                reference[query.name].push(form);
            }
            const expected = reference[query.name]?.[k];
            if (expected === undefined) throw new Error("no reference answer saved for it");
            const form = query.fromOurs(await ask(options.ours, ours[i]));
            const diff = difference(form, expected);
            if (diff) throw new Error(`line ${i + 1} differs at ${diff}`);
        }
    } catch (error) {
        problem = error.message;
    }
    console.log(problem ? `  ${query.name}: NOT equivalent, left out: ${problem}` : `  ${query.name}: equivalent answers (${spread(ours).length} checked)`);
    if (!problem) passed.push(query.name);
}
if (options.peer) writeFileSync(options.reference, JSON.stringify(reference));
writeFileSync(options.passed, passed.map(name => `${name}\n`).join(""));
