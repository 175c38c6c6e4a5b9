// Turns one run's results into the side-by-side table: per query, MineralGraph with the read cache off and on and
// the peer — req/s, p50, p99 of the best of the runs (the one with most req/s) — the ratios ours/peer, and the
// MineralGraph-Store-Round-Trips header MineralGraph sent (mean/max over the timed requests), and whether issue 13's
// targets are met. Prints it and writes it, with the machine and the versions, as markdown to --markdown.
//   node report.mjs --results DIR --markdown FILE
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { queries } from "./queries.mjs";

const { values: options } = parseArgs({ options: { results: { type: "string" }, markdown: { type: "string" } } });
const meta = JSON.parse(readFileSync(join(options.results, "meta.json"), "utf8"));
const configs = ["ours-cache-off", "ours-cache-on", "peer"];

function best(config, query) {
    const runs = [];
    for (let n = 1; existsSync(join(options.results, config, `${query}.run${n}.txt`)); n++) {
        const file = join(options.results, config, `${query}.run${n}.txt`);
        const last = readFileSync(file, "utf8").trim().split("\n").pop();
        try { runs.push(JSON.parse(last)); } catch { throw new Error(`${file}: no result line from wrk (the last line is '${last}')`); }
    }
    if (runs.length === 0) return null;
    const rate = r => r.requests / r.seconds;
    const top = runs.reduce((a, b) => (rate(b) > rate(a) ? b : a));
    return { ...top, rate: rate(top), failed: runs.reduce((n, r) => n + r.failed_answers + r.socket_errors + r.timeouts, 0), runs: runs.length };
}

const int = n => Math.round(n).toLocaleString("en-GB");
const rate = n => (n >= 100 ? int(n) : n.toFixed(1));
const ms = n => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : "—");
const cell = r => !r ? "not measured"
    : r.requests === 0 ? "no answer within the run"
    : `${rate(r.rate)} · ${ms(r.p50_ms)} · ${ms(r.p99_ms)}${r.failed ? ` ⚠ ${int(r.failed)} failed` : ""}`;
const trips = r => (r && r.round_trips_reported ? `${(r.round_trips_total / r.round_trips_reported).toFixed(2)}/${r.round_trips_max}` : "—");

// Issue 13's targets. Seed: cache off ≥ 1.5× the peer's req/s, p99 no higher, one round trip per root field; cache on
// (the same queries repeated) ≥ 10×. The 1M graph, random ids: cache off ≥ 1.5× on (a) and (b).
const synthetic = (meta.kind ?? (meta.graph.startsWith("synthetic") ? "synthetic" : "seed")) === "synthetic";
const mark = ok => (ok ? "✔" : "✘");
function targets(off, on, peer) {
    if (!off || !peer || off.requests === 0 || peer.requests === 0) return "—";
    const offMet = off.rate >= 1.5 * peer.rate && (synthetic || (off.p99_ms <= peer.p99_ms && off.round_trips_max === 1));
    if (synthetic) return `off ${mark(offMet)}`;
    return `off ${mark(offMet)} · on ${on && on.requests > 0 ? mark(on.rate >= 10 * peer.rate) : "—"}`;
}

const rows = queries.filter(q => configs.some(c => best(c, q.name))).map(q => {
    const [off, on, peer] = configs.map(c => best(c, q.name));
    return `| ${q.title} | ${cell(off)} | ${cell(on)} | ${cell(peer)} | ${ratio(off?.rate, peer?.rate)} | ${ratio(on?.rate, peer?.rate)} | ` +
        `${ratio(off?.p99_ms, peer?.p99_ms)} | ${trips(off)} · ${trips(on)} | ${targets(off, on, peer)} |`;
});

const o = meta.options;
const markdown = [
    `## Side by side: MineralGraph on Neo4j vs @neo4j/graphql — ${meta.graph} graph, ${meta.started}`,
    "",
    `wrk ${o.threads} threads, ${o.connections} connections, ${o.seconds} s per run, best of ${o.runs} (after a ${o.warmup} s warm-up), ` +
        `loopback; ${meta.modes}. Cells: req/s · p50 ms · p99 ms.`,
    "",
    "| query | ours, read cache off | ours, read cache on | @neo4j/graphql (peer) | off/peer req/s | on/peer req/s | p99 off/peer | store round trips off · on (mean/max) | issue 13 targets |",
    "|---|---:|---:|---:|---:|---:|---:|---|---|",
    ...rows,
    "",
    synthetic
        ? "Targets (issue 13): with the read cache off, ≥ 1.5× the peer's req/s on (a) and (b) with random ids."
        : "Targets (issue 13): read cache off ≥ 1.5× the peer's req/s with a p99 no higher and one store round trip; " +
          "read cache on ≥ 10× the peer's req/s.",
    "",
    ...(meta.leftOut.length ? ["Not measured:", ...meta.leftOut.map(l => `- ${l}`), ""] : []),
    `Machine: ${meta.machine.cores} cores (${meta.machine.model}), ${meta.machine.memory}, ${meta.machine.kernel}. ` +
        `Load average (1/5/15 min) before: ${meta.loadBefore}; after: ${meta.loadAfter}.`,
    `Versions: ${Object.entries(meta.versions).map(([k, v]) => `${k} ${v}`).join(", ")}.`,
    `Neo4j: ${meta.neo4j}. Peer processes: ${o.peerProcesses}.`,
    "",
].join("\n");

process.stdout.write(markdown);
writeFileSync(options.markdown, markdown);
