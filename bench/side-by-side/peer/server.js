// The peer in MineralGraph's side-by-side benchmark: Apollo Server 4 (standalone) + @neo4j/graphql 7 over Bolt,
// set up as both projects' docs say for production: NODE_ENV=production (Apollo then turns introspection and
// stack traces off by default), no @neo4j/graphql debug output, one driver per process with the driver's default
// connection pool. Settings (environment): NEO4J_BOLT_URI, NEO4J_USER, NEO4J_PASSWORD, PEER_PORT,
// PEER_PROCESSES (default 1: Node serves from one thread; 2 forks one server per core, sharing the port).
import cluster from "node:cluster";
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const setting = (name, fallback) => {
    const value = process.env[name] ?? fallback;
    if (value === undefined) throw new Error(`${name} is not set`);
    return value;
};

const processes = Number(setting("PEER_PROCESSES", "1"));
if (!Number.isInteger(processes) || processes < 1 || processes > 8) throw new Error("PEER_PROCESSES must be 1 to 8");

if (cluster.isPrimary && processes > 1) {
    for (let i = 0; i < processes; i++) cluster.fork();
    // A worker that dies takes the benchmark's answers with it: stop the whole peer rather than serve half.
    cluster.on("exit", (worker, code) => {
        console.error(`peer worker ${worker.process.pid} exited (${code}); stopping`);
        process.exit(1);
    });
    process.on("SIGTERM", () => { for (const w of Object.values(cluster.workers)) w.kill("SIGTERM"); process.exit(0); });
} else {
    await serve();
}

async function serve() {
    const driver = neo4j.driver(
        setting("NEO4J_BOLT_URI"),
        neo4j.auth.basic(setting("NEO4J_USER", "neo4j"), setting("NEO4J_PASSWORD")));
    await driver.verifyConnectivity();

    const typeDefs = readFileSync(new URL("./type-defs.graphql", import.meta.url), "utf8");
    const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
    const server = new ApolloServer({ schema });
    const port = Number(setting("PEER_PORT"));
    const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port } });
    console.log(`peer ready at ${url} (pid ${process.pid}, @neo4j/graphql over ${setting("NEO4J_BOLT_URI")})`);

    process.on("SIGTERM", async () => {
        await server.stop();
        await driver.close();
        process.exit(0);
    });
}
