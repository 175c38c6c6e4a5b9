// Reads the ids the synthetic runs draw from — every entity's, every government's — from Neo4j's Query API and
// writes them one per line to OUT/entities.txt and OUT/governments.txt. NEO4J_USER / NEO4J_PASSWORD from the environment.
//   node ids.mjs --neo4j http://127.0.0.1:27474 --out DIR
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values: options } = parseArgs({ options: { neo4j: { type: "string" }, out: { type: "string" } } });
const auth = Buffer.from(`${process.env.NEO4J_USER ?? "neo4j"}:${process.env.NEO4J_PASSWORD}`).toString("base64");

async function ids(statement) {
    const response = await fetch(new URL("/db/neo4j/query/v2", options.neo4j), {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Basic ${auth}` },
        body: JSON.stringify({ statement }),
    });
    const answer = await response.json();
    if (!response.ok || answer.errors?.length) throw new Error(`${statement}: ${response.status} ${JSON.stringify(answer.errors)}`);
    return answer.data.values.map(row => row[0]);
}

mkdirSync(options.out, { recursive: true });
for (const [file, statement] of [
    ["entities.txt", "MATCH (n:Entity) RETURN n.id ORDER BY n.id"],
    ["governments.txt", "MATCH (n:Government) RETURN n.id ORDER BY n.id"],
]) {
    const found = await ids(statement);
    if (found.length === 0) throw new Error(`${statement}: no ids`);
    writeFileSync(join(options.out, file), found.join("\n") + "\n");
    console.log(`${file}: ${found.length.toLocaleString("en-GB")} ids`);
}
