// Prints, as JSON, what report.mjs states next to the table: the run's settings (from the environment `run`
// exports), the machine, and the versions of everything measured.
import { readFileSync } from "node:fs";
import os from "node:os";

const env = name => process.env[name] ?? "";
const installed = name => JSON.parse(readFileSync(new URL(`../peer/node_modules/${name}/package.json`, import.meta.url), "utf8")).version;
const [threads, connections, seconds, runs, warmup, peerProcesses] = env("OPTIONS").split(" ").map(Number);

console.log(JSON.stringify({
    kind: env("GRAPH"),
    graph: env("GRAPH") === "synthetic" ? "synthetic 1M-relation (seed 1, 100,000 entities)" : "seed (graph-seed)",
    started: env("STARTED"),
    modes: env("GRAPH") === "synthetic"
        ? "(a) and (b) ask an id drawn at random per request from every entity / every government, so no cache can help"
        : "fixed ids, taken in turn (a: 5 entities, d: 3 pairs; b, c, e: one each)",
    options: { threads, connections, seconds, runs, warmup, peerProcesses },
    leftOut: env("LEFT_OUT").split("\n").map(l => l.trim()).filter(Boolean),
    machine: {
        cores: os.cpus().length,
        model: os.cpus()[0]?.model.trim() ?? "unknown",
        memory: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
        kernel: `${os.type()} ${os.release()}`,
    },
    loadBefore: env("LOAD_BEFORE"),
    loadAfter: env("LOAD_AFTER"),
    neo4j: env("NEO4J_VERSION"),
    versions: {
        MineralGraph: env("COMMIT"),
        ".NET": env("DOTNET_VERSION"),
        "@neo4j/graphql": installed("@neo4j/graphql"),
        "@apollo/server": installed("@apollo/server"),
        graphql: installed("graphql"),
        "neo4j-driver": installed("neo4j-driver"),
        "Node.js": process.version,
        wrk: env("WRK_VERSION"),
    },
}, null, 2));
